"""The registration path as a person lives it, with a real SMTP server: register on the page, confirm from the
e-mail, get the invitation, cancel; the waiting list promoted by e-mail; bad input with French messages."""

import re
from datetime import timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from concertons.meetings import tokens
from concertons.meetings.models import Registration
from tests.campaigns.factories import CampaignFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.meetings.helpers import link_from
from tests.signatures.helpers import form_started

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting():
    return MeetingFactory(
        campaign=CampaignFactory(slug="appel-reunions"),
        title="Assemblée d'Agen",
        capacity=1,
        departement="47",
    )


def register(client, meeting, **overrides):
    data = {
        "name": "Anne Dupont",
        "email": "anne.dupont@example.org",
        "consent": "on",
        "form_started": form_started(),
        **overrides,
    }
    return client.post(
        reverse("meetings:detail", args=[meeting.campaign.slug, meeting.pk]),
        {key: value for key, value in data.items() if value is not None},
    )


def test_register_confirm_from_the_email_get_the_invitation_and_cancel(
    client, meeting, smtp, django_capture_on_commit_callbacks
):
    page = client.get(reverse("meetings:detail", args=[meeting.campaign.slug, meeting.pk]))
    assert "Délégation au conseil départemental" in page.text and "1 restante" in page.text

    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, meeting)
    assert response.status_code == 302
    assert response.url == reverse("meetings:thanks", args=[meeting.campaign.slug, meeting.pk])
    assert Registration.objects.get().status == Registration.Status.PENDING
    [message] = smtp.wait_for(1)
    assert message["To"] == "anne.dupont@example.org"
    assert "Confirmez votre inscription : Assemblée d'Agen" in message["Subject"]

    confirm_path = link_from(message, "confirmer")
    assert "Je confirme mon inscription" in client.get(confirm_path).text
    assert (
        Registration.objects.get().status == Registration.Status.PENDING
    )  # a GET (a mail scanner) does nothing
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(confirm_path)
    assert "Votre inscription est confirmée" in confirmed.text
    assert Registration.objects.get().status == Registration.Status.CONFIRMED

    invitation = smtp.wait_for(2)[1]
    assert "Inscription confirmée : Assemblée d'Agen" in invitation["Subject"]
    body = invitation.get_content()
    assert "Salle Jean-Jaurès" in body and "(heure de Paris)" in body
    ics_path = re.search(r"https?://[^\s/]+(/\S+/invitation\.ics)", body).group(1)
    calendar = icalendar.Calendar.from_ical(client.get(ics_path).content)
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].dt == timezone.localtime(meeting.starts_at).replace(microsecond=0)

    cancel_path = link_from(invitation, "annuler")
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = client.post(cancel_path)
    assert "Votre inscription est annulée" in cancelled.text
    assert Registration.objects.get().status == Registration.Status.CANCELLED
    assert "déjà annulée" in client.post(cancel_path).text


def test_a_cancellation_gives_the_place_to_the_waiting_list_by_email(
    client, meeting, smtp, django_capture_on_commit_callbacks
):
    seated = RegistrationFactory(meeting=meeting)
    with django_capture_on_commit_callbacks(execute=True):
        register(client, meeting)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = client.post(link_from(smtp.wait_for(1)[0], "confirmer"))
    assert "Vous êtes sur la liste d'attente" in waiting.text and "n° 1" in waiting.text
    assert "Liste d'attente : Assemblée d'Agen" in smtp.wait_for(2)[1]["Subject"]
    detail = client.get(reverse("meetings:detail", args=[meeting.campaign.slug, meeting.pk]))
    assert "complet" in detail.text

    cancel = reverse(
        "meetings:cancel", args=[meeting.campaign.slug, tokens.make_token(seated, tokens.CANCEL)]
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(cancel)

    promoted = [m for m in smtp.wait_for(4) if m["To"] == "anne.dupont@example.org"][-1]
    assert "Une place s'est libérée : Assemblée d'Agen" in promoted["Subject"]
    assert "/invitation.ics" in promoted.get_content()
    assert Registration.objects.get(email="anne.dupont@example.org").status == Registration.Status.CONFIRMED


def test_registering_twice_tells_nobody_and_creates_nothing(
    client, meeting, smtp, django_capture_on_commit_callbacks
):
    RegistrationFactory(meeting=meeting, email="anne.dupont@example.org", email_key="anne.dupont@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, meeting)
    assert response.status_code == 302  # the same answer as for a first registration
    assert Registration.objects.count() == 1
    [message] = smtp.wait_for(1)
    assert "Vous êtes déjà inscrit·e" in message["Subject"]


def test_cancelling_an_unknown_registration_says_so_in_french(client, meeting):
    registration = RegistrationFactory(meeting=meeting)
    for token in ("inconnu", tokens.make_token(registration, tokens.CONFIRM)):
        response = client.post(reverse("meetings:cancel", args=[meeting.campaign.slug, token]))
        assert response.status_code == 404
        assert "Inscription introuvable" in response.text
    registration_id = registration.pk
    registration.delete()
    gone = client.post(
        reverse(
            "meetings:cancel", args=[meeting.campaign.slug, tokens.make_token(registration, tokens.CANCEL)]
        )
    )
    assert gone.status_code == 404 and "Inscription introuvable" in gone.text
    assert not Registration.objects.filter(pk=registration_id).exists()


def test_a_confirm_link_of_another_campaign_or_expired_is_refused(client, meeting):
    registration = RegistrationFactory(meeting=meeting, pending=True)
    other = CampaignFactory()
    response = client.post(
        reverse("meetings:confirm", args=[other.slug, tokens.make_token(registration, tokens.CONFIRM)])
    )
    assert response.status_code == 404 and "Ce lien ne fonctionne plus" in response.text
    registration.refresh_from_db()
    assert registration.status == Registration.Status.PENDING


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "pas-une-adresse"}, "Saisissez une adresse de courriel valide."),
        ({"name": ""}, "Ce champ est obligatoire."),
        ({"name": "1234"}, "Un nom doit contenir des lettres."),
        ({"name": "Anne <b>"}, "Un nom ne peut contenir que des lettres"),
        ({"consent": None}, "Cochez cette case pour vous inscrire."),
        ({"form_started": "x"}, "Ce formulaire a expiré"),
        ({"form_started": form_started(-3600)}, "Formulaire envoyé trop vite"),
    ],
)
def test_bad_registrations_get_a_french_message_and_write_nothing(client, meeting, overrides, message):
    response = register(client, meeting, **overrides)
    assert response.status_code == 200
    assert message in response.text
    assert Registration.objects.count() == 0


def test_a_robot_filling_the_honeypot_is_answered_as_usual_and_nothing_is_kept(client, meeting):
    response = register(client, meeting, website="http://spam.example")
    assert response.status_code == 302 and Registration.objects.count() == 0


def test_without_proof_of_work_registrations_are_rate_limited(client, meeting):
    meetings = [MeetingFactory(campaign=meeting.campaign) for _ in range(6)]
    answers = [register(client, m, email=f"p{n}@example.org").status_code for n, m in enumerate(meetings)]
    assert answers == [302] * 5 + [200]
    assert "Réessayez dans une heure" in register(client, meeting).text


def test_a_started_meeting_shows_no_form_and_refuses_registrations(client):
    meeting = MeetingFactory(starts_at=timezone.now() - timedelta(minutes=10))
    page = client.get(reverse("meetings:detail", args=[meeting.campaign.slug, meeting.pk]))
    assert "les inscriptions sont closes" in page.text and "Je m&#x27;inscris" not in page.text
    response = register(client, meeting)
    assert response.status_code == 302
    assert "Les inscriptions sont closes : la réunion a déjà commencé." in client.get(response.url).text
    assert Registration.objects.count() == 0


def test_the_list_groups_upcoming_meetings_by_departement_without_a_map(client):
    campaign = CampaignFactory()
    MeetingFactory(campaign=campaign, departement="59", title="Lille")
    MeetingFactory(campaign=campaign, departement="47", title="Agen")
    MeetingFactory(
        campaign=campaign,
        departement="",
        title="Visio nationale",
        address="",
        online_url="https://v.example.org",
    )
    MeetingFactory(
        campaign=campaign,
        title="Passée",
        starts_at=timezone.now() - timedelta(days=3),
        ends_at=timezone.now() - timedelta(days=3) + timedelta(hours=2),
    )

    page = client.get(reverse("meetings:list", args=[campaign.slug])).text

    assert page.index("Au niveau national") < page.index("Lot-et-Garonne (47)") < page.index("Nord (59)")
    assert page.index("Visio nationale") < page.index("Agen") < page.index("Lille")
    assert "Réunions passées" in page and "Passée" in page
    assert reverse("meetings:departement_feed", args=[campaign.slug, "47"]) in page


def test_unknown_meetings_and_draft_campaigns_are_not_found(client, meeting):
    assert client.get(reverse("meetings:detail", args=[meeting.campaign.slug, 999999])).status_code == 404
    draft = MeetingFactory(campaign=CampaignFactory(draft=True))
    assert client.get(reverse("meetings:detail", args=[draft.campaign.slug, draft.pk])).status_code == 404
    assert (
        client.get(reverse("meetings:minutes", args=[meeting.campaign.slug, meeting.pk])).status_code == 404
    )
