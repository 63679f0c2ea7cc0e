from django_tasks import task

from concertons.campaigns.models import Campaign
from concertons.publication.services import reports


@task()
def report_build(campaign_id: int, departement: str) -> None:
    campaign = Campaign.objects.get(pk=campaign_id)
    reports.report_store(campaign=campaign, departement=departement)
