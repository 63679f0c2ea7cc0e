"""Jobs the worker runs on a schedule, beside queued tasks: e-mail retries, purges, masking, figures.

Each app registers its own in its jobs.py (found by Django's autodiscover_modules). Each job is safe to run
from several workers at once (claims, idempotent deletes).
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from django.db import close_old_connections
from django.utils.module_loading import autodiscover_modules

from concertons.core.logging import TESTIMONY_TRACE

logger = logging.getLogger("concertons.worker")
# How long finished task results stay (for a look when something failed): their arguments name rows.
TASK_RESULTS_DAYS = 7


@dataclass
class Job:
    name: str
    run: Callable[[], int]
    every_seconds: float
    # Whether the journal may say how much the job did ("e-mails to retry: 2"). Never for a job about
    # testimonies (masking, raw texts, storage order, figures): it acts seconds after one was sent or
    # published, and journald would keep "testimonies to mask: 1" with the time to the microsecond. A job
    # stays silent unless its registration says otherwise.
    says_what_it_did: bool = False
    last_run: float = field(default=-1e12)


_registered: list[Job] = []


def register(
    name: str, run: Callable[[], int], *, every_seconds: float, says_what_it_did: bool = False
) -> None:
    """Called by each app's jobs.py, so that this module knows no app (the apps sit above it)."""
    if any(job.name == name for job in _registered):
        return  # a jobs module imported twice registers once
    _registered.append(Job(name, run, every_seconds, says_what_it_did))


def jobs() -> list[Job]:
    """Fresh copies of every app's jobs (each worker keeps its own last runs)."""
    autodiscover_modules("jobs")
    return [replace(job) for job in _registered]


def run_due(job_list: list[Job], now: float | None = None) -> None:
    now = time.monotonic() if now is None else now
    for job in job_list:
        if now - job.last_run < job.every_seconds:
            continue
        job.last_run = now
        close_old_connections()
        try:
            done = job.run()
        except Exception:  # a failing job must not stop the others, nor the worker
            # Written anyway, so that it gets fixed; for a silent job, as an error about testimonies (held
            # until the next full hour by DropTestimonyTraces).
            logger.exception(
                "periodic job failed: %s", job.name, extra={TESTIMONY_TRACE: not job.says_what_it_did}
            )
        else:
            if done and job.says_what_it_did:
                logger.info("%s: %s", job.name, done)


def run_forever(stop: threading.Event, tick_seconds: float = 1) -> None:
    job_list = jobs()
    while not stop.is_set():
        run_due(job_list)
        stop.wait(tick_seconds)
