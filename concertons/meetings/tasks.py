from django_tasks import task

from concertons.meetings import services


@task()
def reminders_send() -> int:
    """The day-before reminders; the worker also runs this on a schedule (core/periodic.py)."""
    return services.meeting_reminders_send()
