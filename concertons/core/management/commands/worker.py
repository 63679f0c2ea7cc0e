import logging
import threading
import time

from django.db import OperationalError, close_old_connections
from django_tasks_db.management.commands import db_worker

from concertons.core import periodic

logger = logging.getLogger("concertons.worker")
RETRY_SECONDS = 2


class Command(db_worker.Command):
    help = (
        "Lance le travailleur de tâches : envoi des e-mails, notifications, et tâches périodiques "
        "(nouvel essai des e-mails, purge des signatures non confirmées)."
    )

    def handle(self, *args, batch: bool = False, **options) -> None:
        if batch:
            # --batch (tests, cron): the periodic jobs once, then every queued task, then exit.
            periodic.run_due(periodic.jobs())
            return super().handle(*args, batch=batch, **options)
        stop = threading.Event()
        thread = threading.Thread(target=periodic.run_forever, args=(stop,), name="periodic", daemon=True)
        thread.start()
        try:
            while True:
                try:
                    return super().handle(*args, batch=batch, **options)
                except OperationalError as error:
                    # The database restarted or failed over (seen in bench/soak): wait and go on, rather
                    # than leave it to the process manager.
                    logger.warning(
                        "worker: database unavailable (%s); retrying in %s s", error, RETRY_SECONDS
                    )
                    close_old_connections()
                    time.sleep(RETRY_SECONDS)
        finally:
            stop.set()
