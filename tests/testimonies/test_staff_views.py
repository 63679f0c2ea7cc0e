import pytest
from django.urls import reverse

from concertons.accounts.models import AuditEntry
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory, MembershipFactory
from tests.signatures.test_staff_views import verified_client
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-moderation")


def test_a_moderator_reviews_masks_more_unmasks_asks_and_publishes(client, campaign):
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    staff = verified_client(client, moderator)
    testimony, _receipt = submit(
        campaign=campaign, text="Mme Durand, de Lille, m'a dit que Bernadette Zorglub partait."
    )

    queue = staff.get(reverse("testimonies_staff:queue", args=[campaign.slug]))
    assert reverse("testimonies_staff:review", args=[campaign.slug, testimony.pk]) in queue.text
    page = staff.get(reverse("testimonies_staff:review", args=[campaign.slug, testimony.pk]))
    assert (
        '<mark class="span span--person">' in page.text and "Durand" in page.text
    )  # moderators see originals

    staff.post(reverse("testimonies_staff:mask_more", args=[campaign.slug, testimony.pk]),
               {"words": "Lille", "label": "ADDRESS"})  # fmt: skip
    testimony.refresh_from_db()
    assert "Lille" not in testimony.masked_text
    lille = next(i for i, (start, end, _l, source) in enumerate(testimony.spans) if source == "moderator")
    staff.post(reverse("testimonies_staff:unmask", args=[campaign.slug, testimony.pk, lille]))
    testimony.refresh_from_db()
    assert "Lille" in testimony.masked_text

    staff.post(
        reverse("testimonies_staff:ask", args=[campaign.slug, testimony.pk]), {"question": "Quel service ?"}
    )
    publish = reverse("testimonies_staff:publish", args=[campaign.slug, testimony.pk])
    unconfirmed = staff.post(publish, follow=True)
    assert "Cochez la case pour confirmer" in unconfirmed.text
    testimony.refresh_from_db()
    assert testimony.status != Testimony.Status.PUBLISHED and testimony.raw_text_encrypted is not None
    staff.post(publish, {"confirm": "on"})
    testimony.refresh_from_db()
    assert testimony.status == Testimony.Status.PUBLISHED and testimony.raw_text_encrypted is None
    logged = set(AuditEntry.objects.filter(actor=moderator).values_list("action", flat=True))
    assert logged == {"testimony_masked", "testimony_unmasked", "testimony_question", "testimony_published"}


def test_a_moderator_rejects_with_a_reason(client, campaign):
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    staff = verified_client(client, moderator)
    testimony, _r = submit(campaign=campaign)
    url = reverse("testimonies_staff:reject", args=[campaign.slug, testimony.pk])

    staff.post(url, {"reason": ""})
    testimony.refresh_from_db()
    assert testimony.status == Testimony.Status.TO_REVIEW

    staff.post(url, {"reason": "Propos diffamatoires."})
    testimony.refresh_from_db()
    assert (
        testimony.status == Testimony.Status.REJECTED
        and testimony.rejection_reason == "Propos diffamatoires."
    )


def test_moderators_outside_their_departements_or_collective_are_refused(client, campaign):
    testimony, _r = submit(campaign=campaign, departement="62")
    limited = MembershipFactory(collective=campaign.collective, role="moderator", departements=["59"]).user
    staff = verified_client(client, limited)
    assert (
        staff.get(reverse("testimonies_staff:review", args=[campaign.slug, testimony.pk])).status_code == 403
    )
    assert (
        staff.post(
            reverse("testimonies_staff:publish", args=[campaign.slug, testimony.pk]), {"confirm": "on"}
        ).status_code
        == 403
    )
    testimony.refresh_from_db()
    assert testimony.status == Testimony.Status.TO_REVIEW


def test_organisers_do_not_read_testimonies(client, campaign):
    testimony, _r = submit(campaign=campaign)
    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user
    staff = verified_client(client, organiser)
    assert staff.get(reverse("testimonies_staff:queue", args=[campaign.slug])).status_code == 403
    assert (
        staff.get(reverse("testimonies_staff:review", args=[campaign.slug, testimony.pk])).status_code == 403
    )


def test_moderation_pages_need_two_factor(client, campaign):
    testimony, _r = submit(campaign=campaign)
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    client.force_login(moderator)
    response = client.get(reverse("testimonies_staff:review", args=[campaign.slug, testimony.pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:two_factor"))


def test_the_review_page_shows_the_week_in_words_the_themes_and_the_confirmation(client, campaign):
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    staff = verified_client(client, moderator)
    testimony, _r = submit(campaign=campaign, themes=["effectifs", "sante_travail"])
    Testimony.objects.filter(pk=testimony.pk).update(week="2026-W49")

    queue = staff.get(reverse("testimonies_staff:queue", args=[campaign.slug])).text
    assert "semaine du 30 novembre 2026" in queue and "2026-W49" not in queue
    page = staff.get(reverse("testimonies_staff:review", args=[campaign.slug, testimony.pk])).text
    assert "Semaine du 30 novembre 2026" in page and "Nord (59)" in page
    assert "Effectifs : postes supprimés" in page and "Santé au travail" in page
    assert "le texte original sera détruit" in page
