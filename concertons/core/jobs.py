"""The core's periodic job: what no app owns and nothing needs any more."""

from importlib import import_module

from django.conf import settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from concertons.core import periodic


def purge_task_results_and_sessions() -> int:
    """Finished task results after a week (their arguments name rows), expired sessions."""
    limit = timezone.now() - timezone.timedelta(days=periodic.TASK_RESULTS_DAYS)
    deleted = DBTaskResult.objects.finished().filter(finished_at__lt=limit).delete()[0]
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
    return deleted


periodic.register(
    "task results and sessions to purge",
    purge_task_results_and_sessions,
    every_seconds=3600,
    says_what_it_did=True,
)
