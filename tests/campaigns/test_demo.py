import pytest
from django.core.management import call_command

from concertons.campaigns.models import Campaign

pytestmark = pytest.mark.django_db


def test_demo_loads_the_users_call_with_its_headings_and_lists(client):
    call_command("demo", stdout=None)

    campaign = Campaign.objects.get(slug="appel")
    assert campaign.status == Campaign.Status.PUBLISHED
    response = client.get("/appel/")
    assert "<h2>Nous constatons</h2>" in response.text
    assert "<h2>Nous exigeons</h2>" in response.text
    assert response.text.count("<li>") >= 15
    assert "rapport de force" in response.text


def test_running_demo_twice_keeps_one_campaign():
    call_command("demo")
    call_command("demo")
    assert Campaign.objects.filter(slug="appel").count() == 1
