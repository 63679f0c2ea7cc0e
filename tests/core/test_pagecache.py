"""Public pages kept for anonymous visitors (core.pagecache): fast, yet never stale, never shared tokens."""

import datetime
import re
import time

import pytest
from django.core import signing
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from concertons.signatures import services as signature_services
from concertons.signatures.models import Signature
from concertons.testimonies import services as testimony_services
from tests.campaigns.factories import CampaignFactory
from tests.meetings.factories import MeetingFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.helpers import sign_data
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_STARTED = re.compile(r'name="form_started" value="([^"]+)"')


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-garde", title="Appel gardé", text="Nous demandons des postes.")


def page(campaign, name="campaigns:detail"):
    return reverse(name, args=[campaign.slug])


def test_a_kept_page_gives_each_visitor_their_own_tokens_and_they_can_sign(
    campaign, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.CONCERTONS_ANTI_ABUSE = False  # the time trap's 3 s and the proof-of-work are tested elsewhere
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    Client().get(page(campaign))  # the first visit makes the first snapshot of the figures
    first_page = first.get(page(campaign)).text
    before_second = time.time()
    with django_assert_num_queries(0):  # kept: no query, no rendering
        second_page = second.get(page(campaign)).text

    assert "hole" not in CSRF_INPUT.search(second_page)[1]
    assert CSRF_INPUT.search(first_page)[1] != CSRF_INPUT.search(second_page)[1]
    assert second.cookies["csrftoken"].value  # the token's cookie is set for a visitor served a kept page
    # The time trap starts when this visitor loaded the page, not when the page was first rendered.
    started = signing.loads(FORM_STARTED.search(second_page)[1], salt="concertons.form-started")
    assert started >= before_second - 0.01

    data = sign_data(form_started=FORM_STARTED.search(second_page)[1], email="second@example.org")
    data["csrfmiddlewaretoken"] = CSRF_INPUT.search(second_page)[1]
    with django_capture_on_commit_callbacks(execute=True):
        answer = second.post(reverse("signatures:sign", args=[campaign.slug]), data)
    assert answer.status_code == 302
    assert Signature.objects.get().email == "second@example.org"


def test_the_proof_of_work_challenge_is_new_for_each_visitor(campaign, settings):
    settings.CONCERTONS_ANTI_ABUSE = True
    challenges = [
        re.search(r'challengejson="([^"]+)"', Client().get(page(campaign)).text)[1] for _ in range(2)
    ]
    assert challenges[0] != challenges[1]


def test_a_confirmed_hidden_or_withdrawn_signature_shows_at_once(
    campaign, django_capture_on_commit_callbacks
):
    visitor = Client()
    assert "MARTIN Léa" not in visitor.get(page(campaign, "signatures:list")).text
    counter = visitor.get(page(campaign, "signatures:counter")).text
    signature = SignatureFactory(
        campaign=campaign,
        last_name="Martin",
        first_name="Léa",
        is_public=True,
        status=Signature.Status.PENDING,
    )
    with django_capture_on_commit_callbacks(execute=True):
        signature_services.signature_confirm(signature=signature)
    assert "MARTIN Léa" in visitor.get(page(campaign, "signatures:list")).text
    assert visitor.get(page(campaign, "signatures:counter")).text != counter
    assert re.search(r"\b1\b", visitor.get(page(campaign)).text)

    with django_capture_on_commit_callbacks(execute=True):
        signature_services.signature_hide(signature=signature, reason="Doublon", actor=None)
    assert "MARTIN Léa" not in visitor.get(page(campaign, "signatures:list")).text


def test_a_confirmed_signature_leaves_the_dashboards_kept(
    campaign, django_assert_num_queries, django_capture_on_commit_callbacks
):
    """The dashboards show published figures only: a confirmation, which comes many times a second when a call
    spreads, must not render them again (the campaign page and the list, which count it live, are)."""
    visitor = Client()
    dashboards = [
        reverse("publication:dashboard", args=[campaign.slug]),
        reverse("publication:departement", args=[campaign.slug, "59"]),
    ]

    signature = SignatureFactory(campaign=campaign, departement="59", status=Signature.Status.PENDING)
    for url in dashboards:
        visitor.get(url)  # the first visit makes the first snapshots of the figures
        visitor.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        signature_services.signature_confirm(signature=signature)

    with django_assert_num_queries(0):  # still kept: not rendered again
        assert all(visitor.get(url).status_code == 200 for url in dashboards)
    assert '<strong class="counter__number">1</strong>' in visitor.get(page(campaign, "signatures:list")).text


def test_a_new_text_shows_at_once(campaign, django_capture_on_commit_callbacks):
    visitor = Client()
    assert "Nous demandons des postes." in visitor.get(page(campaign)).text
    campaign.text = "Nous demandons des remplacements."
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save()
    assert "Nous demandons des remplacements." in visitor.get(page(campaign)).text


def test_a_testimony_rejected_after_publication_leaves_the_dashboard_at_once(
    campaign, django_capture_on_commit_callbacks
):
    testimony, _receipt = submit(
        campaign=campaign, text="Quatre postes vacants à la protection de l'enfance.", redact=False
    )
    testimony_services.testimony_redact(testimony=testimony)
    testimony.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        testimony_services.testimony_publish(testimony=testimony, actor=None)
    visitor = Client()
    assert "Quatre postes vacants" in visitor.get(page(campaign, "publication:dashboard")).text
    with django_capture_on_commit_callbacks(execute=True):
        testimony_services.testimony_reject(testimony=testimony, reason="Identifiable", actor=None)
    assert "Quatre postes vacants" not in visitor.get(page(campaign, "publication:dashboard")).text


def test_staff_see_the_live_page(campaign, organiser_client):
    organiser_client.get(page(campaign))
    # A visitor with a session is never served a kept page: the view runs (and queries) each time.
    with CaptureQueriesContext(connection) as queries:
        organiser_client.get(page(campaign))
    assert any("campaigns_campaign" in query["sql"] for query in queries.captured_queries)


def test_the_404_page_is_kept_but_its_token_is_each_visitors_own():
    pages = [Client().get("/pas-une-page/nulle-part/") for _ in range(2)]
    tokens = [re.search(r'"x-csrftoken": "([^"]+)"', response.text)[1] for response in pages]
    assert all(response.status_code == 404 for response in pages)
    assert tokens[0] != tokens[1] and not any(token.startswith("hole") for token in tokens)


def test_a_kept_page_is_stored_until_a_midnight(campaign, settings):
    """Privacy: the cache row of a kept page must not say at what time of day it was rendered (the first visit
    after a confirmed signature or a published testimony)."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "concertons_cache"},
    }
    call_command("createcachetable")
    from django.core.cache import cache

    cache.clear()
    Client().get(page(campaign))
    Client().get(page(campaign, "publication:dashboard"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key, expires FROM concertons_cache")
        rows = cursor.fetchall()
    kept = [(key, expires) for key, expires in rows if ":pages:" in key]
    assert len(kept) == 5  # two pages, the generations of the site, the call and its signatures
    for _key, expires in kept:
        if isinstance(expires, str):  # SQLite gives the stored text
            expires = datetime.datetime.fromisoformat(expires)
        if timezone.is_naive(expires):
            expires = timezone.make_aware(expires, datetime.UTC)
        local = timezone.localtime(expires)
        assert (local.hour, local.minute, local.second) == (0, 0, 0)


def test_a_kept_page_ends_when_the_call_closes(campaign, django_capture_on_commit_callbacks):
    closes = timezone.now() + datetime.timedelta(hours=2)
    campaign.closes_at = closes
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save()
    visitor = Client()
    assert "Signer l'appel" in visitor.get(page(campaign)).text
    with freeze_time(closes + datetime.timedelta(seconds=1)):
        assert "Cet appel n'accepte plus de signatures." in visitor.get(page(campaign)).text


def test_the_campaign_page_counts_one_meeting_fewer_once_it_has_ended(campaign):
    starts = timezone.now() + datetime.timedelta(days=1)
    MeetingFactory(campaign=campaign, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
    visitor = Client()
    assert "1 réunion à venir" in visitor.get(page(campaign)).text
    with freeze_time(starts + datetime.timedelta(hours=3)):
        assert "réunion à venir" not in visitor.get(page(campaign)).text
