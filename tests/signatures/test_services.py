import threading

import pytest
from django.db import connection
from django.utils import timezone

from concertons import gdpr
from concertons.accounts.models import AuditEntry
from concertons.campaigns import services as campaign_services
from concertons.mailer.models import OutgoingEmail
from concertons.signatures import selectors, services, tokens
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory, MembershipFactory, UserFactory
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db


def signer(**overrides) -> services.SignerData:
    data = {
        "last_name": "Diallo",
        "first_name": "Awa",
        "profession": "educateur",
        "departement": "59",
        "commune": "Lille",
        "commune_insee": "59350",
        "email": "awa.diallo@example.org",
        "is_public": True,
    }
    return services.SignerData(**{**data, **overrides})


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_submissions_of_one_address_leave_one_signature():
    campaign = CampaignFactory()
    campaign_services.campaign_version_current(campaign=campaign)
    barrier = threading.Barrier(2)
    errors = []

    def submit():
        try:
            barrier.wait()
            services.signature_submit(campaign=campaign, signer=signer())
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Signature.objects.filter(campaign=campaign).count() == 1
    # The second submission's e-mail replaces the first's if that one was not written yet; else both went.
    assert 1 <= OutgoingEmail.objects.count() <= 2
    assert not Signature.objects.get(campaign=campaign).confirmation_due


def test_only_confirmed_signatures_count_and_hidden_ones_stop_counting():
    campaign = CampaignFactory()
    SignatureFactory.create_batch(3, campaign=campaign, departement="59")
    SignatureFactory(campaign=campaign, pending=True)
    hidden = SignatureFactory(campaign=campaign, departement="62")
    organiser = UserFactory()

    services.signature_hide(signature=hidden, reason="Faux nom", actor=organiser)

    counts = selectors.signature_counts(campaign=campaign)
    assert counts.confirmed == 3
    assert counts.by_departement == {"59": 3}
    entry = AuditEntry.objects.get(action=AuditEntry.Action.SIGNATURE_HIDDEN)
    assert entry.actor_name == organiser.username and entry.detail == {"reason": "Faux nom"}


def test_hiding_needs_a_reason():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="motif"):
        services.signature_hide(signature=SignatureFactory(), reason="   ", actor=UserFactory())


def test_paper_signatures_count_at_once_and_are_marked_as_paper():
    campaign = CampaignFactory()
    organiser = UserFactory()
    signature = services.signature_add_paper(campaign=campaign, signer=signer(email=""), actor=organiser)

    assert signature.status == Signature.Status.CONFIRMED and signature.source == Signature.Source.PAPER
    counts = selectors.signature_counts(campaign=campaign)
    assert counts.confirmed == 1 and counts.by_source == {"paper": 1}
    assert AuditEntry.objects.filter(action=AuditEntry.Action.SIGNATURE_PAPER_ADDED).count() == 1


def test_amending_a_published_call_keeps_both_versions_and_tells_earlier_signatories(smtp):
    campaign = CampaignFactory(text="Version un")
    first = SignatureFactory(campaign=campaign)
    campaign.text = "Version deux, amendée"
    campaign.save()

    new_version = campaign_services.campaign_amend(campaign=campaign, actor=UserFactory())

    assert new_version.number == 2
    assert list(campaign.versions.values_list("text", flat=True)) == ["Version un", "Version deux, amendée"]
    [email] = OutgoingEmail.objects.filter(to=first.email)
    assert "Le texte de l'appel a changé" in email.subject
    assert selectors.signature_counts(campaign=campaign).by_version == {1: 1}

    endorse = tokens.read_token(tokens.make_token(first, tokens.ENDORSE), tokens.ENDORSE)
    services.signature_endorse_version(signature=endorse)
    assert selectors.signature_counts(campaign=campaign).by_version == {2: 1}
    assert campaign_services.campaign_amend(campaign=campaign) is None  # nothing changed since


def test_organisers_hear_once_at_each_quarter_of_a_goal():
    campaign = CampaignFactory(signature_goal=4)
    MembershipFactory(
        collective=campaign.collective, role="organiser", user=UserFactory(email="orga@example.org")
    )
    campaign.departement_goals.create(departement="59", goal=2)

    SignatureFactory(campaign=campaign, departement="59")
    assert services.signature_goals_notify(campaign_id=campaign.pk) == ["total:25", "59:25", "59:50"]
    assert services.signature_goals_notify(campaign_id=campaign.pk) == []
    SignatureFactory.create_batch(3, campaign=campaign, departement="47")
    assert services.signature_goals_notify(campaign_id=campaign.pk) == [
        "total:50",
        "total:75",
        "total:100",
    ]
    assert OutgoingEmail.objects.filter(to="orga@example.org").count() == 6


def test_unconfirmed_signatures_are_purged_after_the_delay(settings):
    settings.SIGNATURE_PENDING_DAYS = 7
    old = SignatureFactory(pending=True)
    Signature.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=8))
    recent = SignatureFactory(pending=True)
    confirmed = SignatureFactory()
    Signature.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - timezone.timedelta(days=30))

    assert services.signature_purge_unconfirmed() == 1
    assert set(Signature.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_an_admin_exports_then_erases_one_persons_data_across_campaigns():
    admin = UserFactory(is_superuser=True)
    SignatureFactory(email="Lea.Martin@example.org")
    SignatureFactory(email="lea.martin@example.org", campaign=CampaignFactory())
    other = SignatureFactory(email="quelquun@example.org")

    exported = gdpr.person_data_export(email="LEA.MARTIN@example.org", actor=admin)
    assert len(exported) == 2 and {row["email"].lower() for row in exported} == {"lea.martin@example.org"}

    assert gdpr.person_data_erase(email="lea.martin@example.org", actor=admin) == 2
    assert list(Signature.objects.values_list("pk", flat=True)) == [other.pk]
    logged = AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_DATA_ERASED).get()
    assert "lea" not in str(logged.detail).lower()


def test_the_audit_log_cannot_be_edited_or_deleted():
    entry = AuditEntry.log(AuditEntry.Action.SIGNATURES_EXPORTED, actor=UserFactory())
    entry.action = AuditEntry.Action.SIGNATURE_SHOWN
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.update(action="x")


def test_public_line_follows_the_users_format():
    signature = SignatureFactory(
        last_name="Dupont",
        first_name="Anne",
        job_title="assistante sociale",
        commune="Agen",
        departement="47",
    )
    assert signature.public_line == "DUPONT Anne - assistante sociale à Agen (47)"
    signature.job_title = ""
    assert signature.public_line == "DUPONT Anne - Assistant·e de service social à Agen (47)"


def test_personal_data_requests_cover_meeting_registrations_and_free_the_place():
    from concertons.meetings.models import Registration
    from tests.meetings.factories import MeetingFactory, RegistrationFactory

    admin = UserFactory(is_superuser=True)
    meeting = MeetingFactory(capacity=1)
    seated = RegistrationFactory(
        meeting=meeting, email="efface@example.org", status=Registration.Status.CONFIRMED
    )
    waiting = RegistrationFactory(
        meeting=meeting, email="attend@example.org", status=Registration.Status.WAITING
    )

    exported = gdpr.person_data_export(email="efface@example.org", actor=admin)
    assert [row.get("meeting") for row in exported] == [meeting.title]

    assert gdpr.person_data_erase(email="efface@example.org", actor=admin) == 1
    assert not Registration.objects.filter(pk=seated.pk).exists()
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED  # the freed place went to the waiting list
