import threading

from django_tasks_db.management.commands import db_worker

from concertons.core import periodic


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
            return super().handle(*args, batch=batch, **options)
        finally:
            stop.set()
