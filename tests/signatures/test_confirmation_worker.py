"""With the database task queue (production), signing is one insert: the worker writes the confirmation e-mail."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from concertons.campaigns import services as campaign_services
from concertons.mailer.models import OutgoingEmail
from concertons.signatures import services
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import link_from, sign_data

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def campaign(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.CONCERTONS_ANTI_ABUSE = False  # no proof-of-work to solve
    campaign = CampaignFactory(slug="appel-worker", title="Appel du travailleur")
    campaign_services.campaign_version_current(campaign=campaign)
    return campaign


def api_sign(client, campaign, email="lea.martin@example.org"):
    body = {
        "last_name": "Martin",
        "first_name": "Léa",
        "profession": "puericultrice",
        "commune": "Lomme",
        "departement": "59",
        "email": email,
        "consent": True,
    }
    return client.post(f"/api/campaigns/{campaign.slug}/signatures", body, content_type="application/json")


def test_signing_through_the_api_writes_one_row_and_the_worker_sends_the_confirmation(client, campaign, smtp):
    with CaptureQueriesContext(connection) as queries:
        response = api_sign(client, campaign)
    assert response.status_code == 202, response.content
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert len(writes) == 1 and "signatures_signature" in writes[0]
    signature = Signature.objects.get()
    assert signature.confirmation_due
    assert OutgoingEmail.objects.count() == 0 and DBTaskResult.objects.count() == 0

    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)

    [message] = smtp.wait_for(1)
    assert message["To"] == "lea.martin@example.org"
    assert "Confirmez votre signature" in message["Subject"]
    assert "MARTIN Léa" in message.get_content()
    signature.refresh_from_db()
    assert not signature.confirmation_due
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.SENT

    client.post(link_from(message, "confirmer"))
    assert Signature.objects.get().status == Signature.Status.CONFIRMED


def test_the_form_path_too_leaves_the_e_mail_to_the_worker(client, campaign, smtp):
    response = client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data())
    assert response.status_code == 302
    assert Signature.objects.get().confirmation_due and OutgoingEmail.objects.count() == 0

    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)
    assert smtp.wait_for(1)[0]["To"] == "anne.dupont@example.org"


def test_each_confirmation_is_written_once_however_often_the_job_runs(client, campaign):
    for n in range(3):
        assert api_sign(client, campaign, email=f"personne{n}@example.org").status_code == 202

    assert services.signature_confirmations_write() == 3
    assert services.signature_confirmations_write() == 0
    assert sorted(OutgoingEmail.objects.values_list("to", flat=True)) == [
        "personne0@example.org",
        "personne1@example.org",
        "personne2@example.org",
    ]


def test_a_signature_gone_or_hidden_before_the_worker_gets_no_e_mail(client, campaign):
    assert api_sign(client, campaign, email="parti@example.org").status_code == 202
    assert api_sign(client, campaign, email="masque@example.org").status_code == 202
    Signature.objects.filter(email="parti@example.org").delete()
    Signature.objects.filter(email="masque@example.org").update(status=Signature.Status.HIDDEN)

    assert services.signature_confirmations_write() == 0
    assert OutgoingEmail.objects.count() == 0
    assert not Signature.objects.filter(confirmation_due=True).exists()


def test_signing_again_before_the_worker_sends_one_e_mail_with_the_newest_details(client, campaign):
    assert api_sign(client, campaign).status_code == 202
    body = {
        "last_name": "Martin-Roux",
        "first_name": "Léa",
        "profession": "puericultrice",
        "commune": "Arras",
        "departement": "62",
        "email": "lea.martin@example.org",
        "consent": True,
    }
    again = client.post(f"/api/campaigns/{campaign.slug}/signatures", body, content_type="application/json")
    assert again.status_code == 202, again.content

    services.signature_confirmations_write()
    [email] = OutgoingEmail.objects.all()
    assert "MARTIN-ROUX Léa" in email.body


def test_asking_for_the_links_before_the_worker_wrote_them_sends_one_e_mail(client, campaign):
    assert api_sign(client, campaign).status_code == 202
    services.signature_links_resend(campaign=campaign, email="lea.martin@example.org")
    assert OutgoingEmail.objects.count() == 0  # the worker's e-mail is on its way

    services.signature_confirmations_write()
    services.signature_links_resend(campaign=campaign, email="lea.martin@example.org")
    assert OutgoingEmail.objects.count() == 2  # written, then sent again on request
