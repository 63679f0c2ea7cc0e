from django_tasks import task

from concertons.signatures import services


@task()
def goal_notify(campaign_id: int) -> list[str]:
    return services.signature_goals_notify(campaign_id=campaign_id)


@task()
def purge_unconfirmed() -> int:
    return services.signature_purge_unconfirmed()


@task()
def confirmations_write() -> int:
    return services.signature_confirmations_write()
