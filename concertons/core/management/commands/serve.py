"""`concertons serve`: the production server, granian in WSGI mode on concertons.wsgi:application.

The command checks the project, prints what it is about to serve, then replaces itself with granian's own
command line (os.execv), so that SIGTERM and SIGINT from a process manager reach granian directly.

Privacy: granian's access log is off. With --access-log it is on, with a format that has no client
address, no query string and no header (see ACCESS_LOG_FORMAT), and without any request about a
testimony: granian logs through GRANIAN_LOG_CONFIG, which puts the project's DropTestimonyTraces filter on
its handlers (journald would otherwise keep, to the microsecond, when each testimony form was sent).
"""

import os
import shutil
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from concertons.core import observability

WSGI_TARGET = "concertons.wsgi:application"
# Measured with bench/signatures on 2 cores, 2 workers, 32 clients (bench/README.md; machine shared with
# other work): the signature API's throughput was about the same (~100/s, CPU-bound) with 1, 2, 4 or 8 threads
# per worker, while its p99 grew with the threads (SQLite 283 / 465 / 1036 / 1999 ms, PostgreSQL 81 / 116 /
# 305 ms for 1 / 2 / 4 threads): more threads only add GIL switches and SQLite lock waits. 2, not 1, so that
# one slow request does not stall a whole worker.
DEFAULT_THREADS = 2
# Never %(addr)s (the client address), %(query_string)s (may carry tokens) nor %(header{...})s.
ACCESS_LOG_FORMAT = '[%(time)s] "%(method)s %(path)s %(protocol)s" %(status)d %(dt_ms).1fms'
# granian's own logging setup (its handlers and formats) plus the filter of concertons/core/logging.py.
GRANIAN_LOG_CONFIG = Path(__file__).resolve().parents[2] / "granian-logging.json"


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def granian_argv(
    *, host: str, port: int, workers: int, threads: int, access_log: bool, log_level: str
) -> list[str]:
    """granian's command line, run with this interpreter (so the same virtual environment)."""
    argv = [
        sys.executable,
        "-m",
        "granian",
        "--interface",
        "wsgi",
        "--no-ws",
        "--host",
        host,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--blocking-threads",
        str(threads),
        # At most `threads` requests in progress per worker: the others wait in granian's queue instead of
        # piling up on database locks (granian's default is backlog/workers, about 500).
        "--backpressure",
        str(threads),
        "--log-level",
        log_level,
        "--log-config",
        str(GRANIAN_LOG_CONFIG),
        # Given explicitly, so GRANIAN_LOG_ACCESS_* environment variables cannot bring the address back.
        *(["--access-log", "--access-log-fmt", ACCESS_LOG_FORMAT] if access_log else ["--no-access-log"]),
        "--respawn-failed-workers",
        WSGI_TARGET,
    ]
    return argv


def metrics_folder(port: int) -> Path:
    """The folder where this server's workers add up their /metrics counts (prometheus_client's multiprocess
    mode), emptied at each start as prometheus_client requires; one per port, so two servers on one machine
    keep their own. An operator's PROMETHEUS_MULTIPROC_DIR is used as it is."""
    configured = os.environ.get(observability.MULTIPROCESS_DIR_VARIABLE)
    if configured:
        return Path(configured)
    folder = Path(settings.DATA_DIR) / "metrics" / str(port)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, mode=0o700)
    return folder


def describe_database() -> str:
    database = settings.DATABASES["default"]
    engine = database["ENGINE"].rsplit(".", 1)[-1]
    if engine == "sqlite3":
        return f"SQLite {database['NAME']}"
    host = database.get("HOST") or "socket local"
    port = f":{database['PORT']}" if database.get("PORT") else ""
    return f"{engine} {database.get('NAME')} sur {host}{port}"  # never the password


class Command(BaseCommand):
    help = (
        "Sert le site en production avec granian (WSGI) : concertons.wsgi:application. Aucun journal "
        "d'accès par défaut ; avec --access-log, un journal sans adresse IP."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1", help="Adresse d'écoute (défaut : 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port d'écoute (défaut : 8000).")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processus granian (défaut : nombre de processeurs disponibles).",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=DEFAULT_THREADS,
            help=f"Fils d'exécution par processus (défaut : {DEFAULT_THREADS}).",
        )
        parser.add_argument(
            "--access-log",
            action="store_true",
            help=(
                "Journal d'accès : date, méthode, chemin, statut, durée ; jamais l'adresse du client, "
                "ni les pages des témoignages."
            ),
        )
        parser.add_argument(
            "--log-level",
            default="info",
            choices=["critical", "error", "warning", "info", "debug"],
            help="Niveau du journal de granian (défaut : info).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Affiche la commande granian sans la lancer.",
        )

    def handle(self, *args, host, port, workers, threads, access_log, log_level, dry_run, **options):
        workers = cpu_count() if workers is None else workers
        if workers < 1 or threads < 1:
            raise CommandError("--workers et --threads doivent valoir au moins 1.")
        if not 0 < port < 65536:
            raise CommandError(f"Port invalide : {port}.")
        settings_module = os.environ.get("DJANGO_SETTINGS_MODULE", "")
        argv = granian_argv(
            host=host, port=port, workers=workers, threads=threads, access_log=access_log, log_level=log_level
        )
        shown_host = f"[{host}]" if ":" in host else host
        self.stdout.write(
            f"Concertons : granian (WSGI) sert {WSGI_TARGET} sur http://{shown_host}:{port}/\n"
            f"  processus : {workers} × {threads} fils d'exécution\n"
            f"  réglages : {settings_module}\n"
            f"  base de données : {describe_database()}\n"
            f"  journal d'accès : "
            + (
                "activé, sans adresse IP, sans paramètres d'URL, sans les pages des témoignages"
                if access_log
                else "désactivé (aucune adresse IP)"
            )
        )
        if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
            self.stderr.write(
                self.style.WARNING(
                    "Fichiers statiques non rassemblés : lancez d'abord `concertons collectstatic` "
                    "(sans cela, les pages ne trouvent ni leur feuille de style ni leurs scripts)."
                )
            )
        if settings_module.endswith(".dev") or settings.DEBUG:
            self.stderr.write(
                self.style.WARNING(
                    "Attention : réglages de développement ou DEBUG actif. En production, utilisez "
                    "DJANGO_SETTINGS_MODULE=concertons.settings.production."
                )
            )
        if dry_run:
            self.stdout.write(" ".join(argv))
            return
        os.environ[observability.MULTIPROCESS_DIR_VARIABLE] = str(metrics_folder(port))
        sys.stdout.flush()
        sys.stderr.flush()
        connections.close_all()  # nothing of this process's database state goes on into granian
        os.execv(sys.executable, argv)
