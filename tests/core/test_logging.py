import logging
import re
import uuid
from pathlib import Path

import pytest
from django.urls import reverse

from concertons.core import periodic
from concertons.core.logging import DropTestimonyTraces
from concertons.testimonies import services as testimony_services
from concertons.testimonies.models import Testimony


def record(message: str, level=logging.INFO, created=1_795_447_123.456) -> logging.LogRecord:
    entry = logging.LogRecord("django.server", level, __file__, 1, message, None, None)
    entry.created = created
    return entry


def test_lines_about_testimonies_are_dropped_below_error():
    keep = DropTestimonyTraces()
    assert not keep.filter(record('"POST /appel/temoigner/ HTTP/1.1" 200'))
    assert not keep.filter(record('INSERT INTO "testimonies_testimony" ...', level=logging.DEBUG))
    assert not keep.filter(record('"POST /constats/suivi/ HTTP/1.1" 404', level=logging.WARNING))
    assert keep.filter(record('"GET /appel/ HTTP/1.1" 200'))


def test_errors_about_testimonies_are_written_at_the_next_hour_dated_to_the_hour(journal):
    # journald stamps a line with the moment it is written: rounding the time inside the line is not enough.
    keep = journal.filters[0]
    entry = record("Internal Server Error: /appel/temoigner/", level=logging.ERROR)
    entry.name, entry.request = "django.request", object()
    logging.getLogger(entry.name).handle(entry)
    assert journal.records == []

    keep.release()  # what the timer does at the next full hour

    assert journal.records == [entry]
    assert entry.created % 3600 == 0 and entry.msecs == 0 and entry.request is None
    assert journal.lines == ["django.request ERROR Internal Server Error: /appel/temoigner/"]


def test_every_testimony_path_is_recognised():
    paths = [
        reverse("testimonies:testify", args=["appel"]),
        reverse("testimonies:follow_up"),
        reverse("api:testimony_create", kwargs={"slug": "appel"}),
        reverse("api:testimony_mine"),
        reverse("api:altcha_challenge"),
        reverse("testimonies_staff:publish", args=["appel", uuid.uuid4()]),
    ]
    keep = DropTestimonyTraces()
    assert [path for path in paths if keep.filter(record(f'"POST {path} HTTP/1.1" 200'))] == []
    assert keep.filter(record(f'"GET {reverse("testimonies:wall", args=["appel"])} HTTP/1.1" 200'))


class Journal(logging.Handler):
    """What a journal would keep: every record that passes the project's filter, as written."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.addFilter(DropTestimonyTraces())
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    @property
    def lines(self) -> list[str]:
        return [f"{record.name} {record.levelname} {record.getMessage()}" for record in self.records]


@pytest.fixture
def journal():
    """Everything logged, down to DEBUG, through the filter that settings.LOGGING puts on every handler."""
    handler = Journal()
    root, ours = logging.getLogger(), logging.getLogger("concertons")
    levels, handlers = (root.level, ours.level), root.handlers[:]
    # The journal alone: the console's own filter would hold an error until the next full hour, then write it
    # after pytest has closed the stream.
    root.handlers = [handler]
    root.setLevel(logging.DEBUG)
    ours.setLevel(logging.DEBUG)
    yield handler
    root.handlers = handlers
    root.setLevel(levels[0])
    ours.setLevel(levels[1])


@pytest.mark.django_db(transaction=True)  # run_due() closes the connection first, as the worker does
def test_the_worker_writes_no_line_that_follows_a_testimony(journal):
    from tests.campaigns.factories import CampaignFactory
    from tests.testimonies.factories import submit

    campaign = CampaignFactory()
    jobs = periodic.jobs()
    periodic.run_due(jobs, now=0)  # the day's figures, before anyone testifies
    journal.records.clear()

    testimony, _receipt = submit(campaign=campaign, redact=False, counts={"vacant_posts": 3})
    periodic.run_due(jobs, now=10_000)  # every job is due again: the testimony gets masked
    testimony.refresh_from_db()
    assert testimony.status == Testimony.Status.TO_REVIEW
    testimony_services.testimony_publish(testimony=testimony, actor=None)
    periodic.run_due(jobs, now=20_000)
    testimony_services.testimony_delete(testimony=testimony)
    periodic.run_due(jobs, now=30_000)

    # A line "testimonies to mask: 1" a few seconds after the form was sent dates it to the second, in a
    # journal that keeps it with its own time, whatever the database refuses to keep.
    assert journal.lines == []


@pytest.mark.django_db  # run_due closes stale database connections
def test_a_failing_job_about_testimonies_is_reported_dated_to_the_hour(journal):
    def fail() -> int:
        raise RuntimeError("the masking model is missing")

    periodic.run_due([periodic.Job("testimonies to mask", fail, every_seconds=5)], now=0)
    assert journal.records == []
    journal.filters[0].release()

    [failure] = journal.records
    assert failure.levelno == logging.ERROR and "testimonies to mask" in failure.getMessage()
    assert failure.created % 3600 == 0 and failure.msecs == 0


@pytest.mark.django_db  # run_due closes stale database connections
def test_jobs_that_never_follow_a_testimony_still_say_what_they_did(journal):
    periodic.run_due(
        [periodic.Job("e-mails to retry", lambda: 2, every_seconds=10, says_what_it_did=True)], now=0
    )
    assert journal.lines == ["concertons.worker INFO e-mails to retry: 2"]


DOCS = Path(__file__).resolve().parents[2] / "docs"


def nginx_example() -> str:
    [block] = re.findall(r"```nginx\n(.*?)```", (DOCS / "deploy.md").read_text(encoding="utf-8"), re.DOTALL)
    return block


def nginx_map(config: str, source: str, target: str):
    """The `map source target {…}` of an nginx configuration, as a function (exact keys, then regexes in order)."""
    body = re.search(rf"^map \{source} \{target} \{{\n(.*?)^\}}", config, re.MULTILINE | re.DOTALL).group(1)
    exact, patterns, default = {}, [], ""
    for line in body.splitlines():
        entry = re.match(r'\s*("[^"]*"|\S+)\s+(\S+);', line)
        if entry is None:
            continue
        key, value = entry.group(1).strip('"'), entry.group(2)
        if key == "default":
            default = value
        elif key.startswith("~*"):
            patterns.append((re.compile(key[2:], re.IGNORECASE), value))
        elif key.startswith("~"):
            patterns.append((re.compile(key[1:]), value))
        else:
            exact[key] = value

    def value_of(text: str) -> str:
        if text in exact:
            return exact[text]
        return next((value for pattern, value in patterns if pattern.search(text)), default)

    return value_of


def test_the_nginx_example_logs_no_testimony_request_and_no_address():
    config = nginx_example()
    assert config == (DOCS / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    loggable = nginx_map(config, "$uri", "$loggable")
    testimony_paths = [
        reverse("testimonies:testify", args=["appel"]),
        reverse("testimonies:follow_up"),
        reverse("api:testimony_create", kwargs={"slug": "appel"}),
        reverse("api:testimony_mine"),
        reverse("api:altcha_challenge"),
        reverse("testimonies_staff:review", args=["appel", uuid.uuid4()]),
        reverse("testimonies_staff:publish", args=["appel", uuid.uuid4()]),
    ]
    assert [path for path in testimony_paths if loggable(path) != "0"] == []
    other_paths = [
        "/",
        "/healthz",
        reverse("testimonies:wall", args=["appel"]),
        reverse("api:signature_create", kwargs={"slug": "appel"}),
        reverse("testimonies_staff:queue", args=["appel"]),
    ]
    assert [path for path in other_paths if loggable(path) != "1"] == []

    # Every access log is off, or goes through the map; what it writes is the very $uri the map judged.
    access_logs = re.findall(r"^\s*access_log\s+([^;]*);", config, re.MULTILINE)
    assert access_logs and all(log == "off" or log.endswith(" if=$loggable") for log in access_logs)
    [log_format] = re.findall(r"^log_format\s+[^;]*;", config, re.MULTILINE | re.DOTALL)
    assert "$uri" in log_format and "$request_uri" not in log_format and "$request " not in log_format
    for variable in ("$remote_addr", "$http_x_forwarded_for", "$http_user_agent", "$binary_remote_addr"):
        assert variable not in log_format
    # nginx's error lines carry the client's address and the request: only critical ones are kept.
    assert re.findall(r"^\s*error_log\s+\S+\s+(\w+);", config, re.MULTILINE) == ["crit"]


def test_no_job_about_testimonies_or_figures_says_what_it_did():
    """Registered by each app: the ones that act right after a testimony stay silent in the journal."""
    jobs = {job.name: job for job in periodic.jobs()}
    silent = {"testimonies to mask", "raw texts past their delay", "testimony rows to reorder",
              "published figures to refresh"}  # fmt: skip
    assert silent <= set(jobs)
    assert not any(jobs[name].says_what_it_did for name in silent)
    assert {name for name, job in jobs.items() if job.says_what_it_did} == set(jobs) - silent
