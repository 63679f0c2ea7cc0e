"""Each role acts on its own collectives only: every staff page and action of another collective's campaign
is refused, whatever the role, and a GDPR request reaches the admin's own collectives only."""

import pytest
from django.urls import reverse

from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.demands.models import Demand
from concertons.mailer.models import OutgoingEmail
from concertons.meetings.models import Meeting, Minutes, Registration
from concertons.signatures.models import Signature
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory, MembershipFactory
from tests.demands.factories import DemandFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.test_staff_views import verified_client
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db

SHARED_ADDRESS = "meme.personne@example.org"


@pytest.fixture
def own():
    return CampaignFactory(slug="appel-du-collectif")


@pytest.fixture
def other():
    """Another collective's campaign, with something of every kind in it."""
    campaign = CampaignFactory(slug="appel-d-un-autre")
    signature = SignatureFactory(campaign=campaign, email=SHARED_ADDRESS, last_name="Autre")
    testimony, _receipt = submit(campaign)
    meeting = MeetingFactory(campaign=campaign)
    RegistrationFactory(meeting=meeting, email=SHARED_ADDRESS)
    demand = DemandFactory(campaign=campaign)
    return {
        "campaign": campaign,
        "signature": signature,
        "testimony": testimony,
        "meeting": meeting,
        "demand": demand,
    }


def other_pages(other) -> list[tuple[str, str]]:
    """(method, url) of every staff page and action on the other collective's campaign."""
    slug = other["campaign"].slug
    signature, testimony = other["signature"].pk, other["testimony"].pk
    meeting, demand = other["meeting"].pk, other["demand"].pk
    gets = [
        reverse("signatures_staff:list", args=[slug]),
        reverse("signatures_staff:paper", args=[slug]),
        reverse("signatures_staff:import", args=[slug]),
        reverse("signatures_staff:export", args=[slug, "xlsx"]),
        reverse("signatures_staff:paper_sheet", args=[slug]),
        reverse("testimonies_staff:queue", args=[slug]),
        reverse("testimonies_staff:review", args=[slug, testimony]),
        reverse("demands_staff:list", args=[slug]),
        reverse("demands_staff:create", args=[slug]),
        reverse("demands_staff:edit", args=[slug, demand]),
        reverse("demands_staff:status", args=[slug]),
        reverse("meetings_staff:list", args=[slug]),
        reverse("meetings_staff:create", args=[slug]),
        reverse("meetings_staff:edit", args=[slug, meeting]),
        reverse("meetings_staff:registrations", args=[slug, meeting]),
        reverse("meetings_staff:export", args=[slug, meeting, "ods"]),
        reverse("meetings_staff:minutes", args=[slug, meeting]),
        reverse("campaigns_staff:collective", args=[other["campaign"].collective.slug]),
        reverse("campaigns_staff:members", args=[other["campaign"].collective.slug]),
        reverse("campaigns_staff:campaign_create", args=[other["campaign"].collective.slug]),
        reverse("campaigns_staff:campaign", args=[slug]),
    ]
    posts = [
        reverse("signatures_staff:hide", args=[slug, signature]),
        reverse("signatures_staff:show", args=[slug, signature]),
        reverse("signatures_staff:comment_publish", args=[slug, signature]),
        reverse("signatures_staff:checked", args=[slug, signature]),
        reverse("signatures_staff:import", args=[slug]),
        reverse("testimonies_staff:mask_more", args=[slug, testimony]),
        reverse("testimonies_staff:unmask", args=[slug, testimony, 0]),
        reverse("testimonies_staff:ask", args=[slug, testimony]),
        reverse("testimonies_staff:publish", args=[slug, testimony]),
        reverse("testimonies_staff:reject", args=[slug, testimony]),
        reverse("demands_staff:move", args=[slug, demand]),
        reverse("demands_staff:delete", args=[slug, demand]),
        reverse("meetings_staff:item_add", args=[slug, meeting]),
        reverse("meetings_staff:publish", args=[slug, meeting]),
        reverse("campaigns_staff:campaign_status", args=[slug]),
        reverse("campaigns_staff:campaign_goal", args=[slug]),
    ]
    return [("get", url) for url in gets] + [("post", url) for url in posts]


def snapshot(other) -> dict:
    """What the other collective has, to check that a refused action changed nothing."""
    return {
        "signatures": list(
            Signature.objects.values_list("pk", "status", "hidden_reason", "comment_published")
        ),
        "testimonies": list(Testimony.objects.values_list("pk", "status")),
        "demands": list(Demand.objects.values_list("pk", "position")),
        "meetings": list(Meeting.objects.values_list("pk", "title")),
        "minutes": list(Minutes.objects.values_list("pk", "published_at")),
        "registrations": Registration.objects.count(),
        "campaign": list(Campaign.objects.values_list("pk", "status", "title", "text")),
    }


@pytest.mark.parametrize("role", ["admin", "organiser", "moderator"])
def test_no_role_reaches_another_collective_s_pages_or_actions(client, own, other, role):
    member = verified_client(client, MembershipFactory(collective=own.collective, role=role).user)
    before = snapshot(other)
    for method, url in other_pages(other):
        response = getattr(member, method)(url, {"reason": "x", "text": "x", "spans": "0:3"})
        assert response.status_code in {403, 405}, (role, method, url, response.status_code)
    assert snapshot(other) == before
    assert not AuditEntry.objects.exists()


def test_a_collective_admin_s_gdpr_erasure_stops_at_their_own_collective(client, own, other):
    admin = verified_client(client, MembershipFactory(collective=own.collective, role="admin").user)
    SignatureFactory(campaign=own, email=SHARED_ADDRESS, last_name="Notre")
    RegistrationFactory(meeting=MeetingFactory(campaign=own), email=SHARED_ADDRESS)
    OutgoingEmail.objects.create(to=SHARED_ADDRESS, subject="A", body="A", collective=own.collective)
    theirs = OutgoingEmail.objects.create(
        to=SHARED_ADDRESS, subject="B", body="B", collective=other["campaign"].collective
    )
    url = reverse("signatures_staff:person_data")
    page = admin.get(url).text
    assert own.collective.name in page and other["campaign"].collective.name not in page

    exported = admin.post(url, {"email": SHARED_ADDRESS, "action": "export", "confirm": "on"}).json()
    assert [row["last_name"] for row in exported["signatures"] if "last_name" in row] == ["Notre"]
    assert len([row for row in exported["signatures"] if "meeting" in row]) == 1

    admin.post(url, {"email": SHARED_ADDRESS, "action": "erase", "confirm": "on"})
    assert list(Signature.objects.values_list("campaign__slug", flat=True)) == [other["campaign"].slug]
    assert list(Registration.objects.values_list("meeting__campaign", flat=True)) == [other["campaign"].pk]
    assert list(OutgoingEmail.objects.filter(to=SHARED_ADDRESS)) == [theirs]

    entries = AuditEntry.objects.filter(action__startswith="person_data").order_by("pk")
    assert [entry.detail["collectives"] for entry in entries] == [[own.collective.slug]] * 2


def test_a_platform_superuser_s_erasure_reaches_every_collective(client, own, other):
    from tests.campaigns.factories import UserFactory

    superuser = verified_client(client, UserFactory(is_superuser=True))
    SignatureFactory(campaign=own, email=SHARED_ADDRESS)
    superuser.post(
        reverse("signatures_staff:person_data"), {"email": SHARED_ADDRESS, "action": "erase", "confirm": "on"}
    )
    assert not Signature.objects.exists() and not Registration.objects.exists()
    assert AuditEntry.objects.get().detail["collectives"] == "*"


@pytest.mark.parametrize("role", ["organiser", "moderator"])
def test_only_admins_answer_gdpr_requests(client, own, role):
    member = verified_client(client, MembershipFactory(collective=own.collective, role=role).user)
    assert member.get(reverse("signatures_staff:person_data")).status_code == 403
