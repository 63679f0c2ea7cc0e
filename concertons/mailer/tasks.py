from django_tasks import task

from concertons.mailer import services


@task()
def email_send(email_id: int) -> bool:
    return services.email_send(email_id=email_id)


@task()
def email_send_due() -> int:
    return services.email_send_due()
