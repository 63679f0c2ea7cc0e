"""Replays: reloading the receipt page must not make a second testimony, show a new code, or blame a robot.

The form page carries a random one-use token; a form posted again with a used token gets a page saying the
testimony was already received and its code shown only once. With JavaScript the receipt page replaces its
history entry by a GET page, so a reload does not post again. Receipt and follow-up pages are never stored.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.core import signing
from django.core.cache import caches
from django.db import connection
from django.urls import reverse

from concertons.testimonies.models import Testimony
from tests.browser.conftest import wait_for_proof_of_work
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import form_started
from tests.signatures.test_antiabuse import solved_payload
from tests.testimonies.test_no_trace import all_values
from tests.testimonies.test_views import FORM, receipt_in

pytestmark = pytest.mark.django_db

ALREADY = "Ce formulaire a déjà été envoyé"
SHOWN_ONCE = "n'a été affiché qu'une fois"


@pytest.fixture
def campaign():
    return CampaignFactory()


def form_url(campaign) -> str:
    return reverse("testimonies:testify", args=[campaign.slug])


def token_in(page) -> str:
    return re.search(r'name="submission_token" value="([^"]+)"', page.text).group(1)


def fresh_form(client, campaign, **overrides) -> dict:
    """What the browser would post: the page's one-use token, a form opened half a minute ago."""
    token = token_in(client.get(form_url(campaign)))
    return {**FORM, "form_started": form_started(), "submission_token": token, **overrides}


def no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "")


def test_the_form_page_carries_a_random_token_that_tells_no_time(client, campaign):
    first, second = client.get(form_url(campaign)), client.get(form_url(campaign))
    tokens = token_in(first), token_in(second)
    assert tokens[0] != tokens[1]
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{32}", token) for token in tokens)  # secrets.token_urlsafe(24)
    with pytest.raises(signing.BadSignature):  # random, not a signed timestamp
        signing.loads(tokens[0], salt="concertons.form-started")
    assert no_store(first)  # a page restored from the browser's cache would carry a used token


def test_reloading_the_receipt_without_javascript_makes_no_second_testimony(client, campaign):
    data = fresh_form(client, campaign)
    first = client.post(form_url(campaign), data)
    code = receipt_in(first)

    again = client.post(form_url(campaign), data)  # what the browser sends on reload

    assert again.status_code == 200
    assert ALREADY in again.text and SHOWN_ONCE in again.text
    assert 'class="receipt"' not in again.text and code not in again.text
    assert "form-errors" not in again.text
    assert Testimony.objects.count() == 1
    assert no_store(first) and no_store(again)


def test_reloading_with_javascript_resends_the_used_proof_of_work_and_is_no_robot_failure(client, campaign):
    data = fresh_form(client, campaign, altcha=solved_payload())
    assert client.post(form_url(campaign), data).status_code == 200

    again = client.post(form_url(campaign), data)

    assert again.status_code == 200
    assert ALREADY in again.text
    assert "anti-robot" not in again.text
    assert Testimony.objects.count() == 1


def test_a_form_with_errors_keeps_its_token_and_is_received_once_corrected(client, campaign):
    data = fresh_form(client, campaign, departement="")
    with_errors = client.post(form_url(campaign), data)
    assert "Ce champ est obligatoire" in with_errors.text
    assert token_in(with_errors) == data["submission_token"]

    corrected = client.post(form_url(campaign), {**data, "departement": "59"})
    assert 'class="receipt"' in corrected.text
    assert Testimony.objects.count() == 1


def test_two_forms_opened_one_after_the_other_make_two_testimonies(client, campaign):
    client.post(form_url(campaign), fresh_form(client, campaign))
    client.post(form_url(campaign), fresh_form(client, campaign))
    assert Testimony.objects.count() == 2


def test_the_receipt_page_points_its_history_entry_at_a_get_page(client, campaign):
    receipt_page = client.post(form_url(campaign), fresh_form(client, campaign))
    target = re.search(r'<meta name="concertons-history-url" content="([^"]+)">', receipt_page.text).group(1)
    assert target == form_url(campaign) + "?envoye=1"
    script = re.search(r'<script src="([^"]+/js/[^"]+\.js)"', receipt_page.text).group(1)
    assert "replaceState" in Path(finders.find(script.removeprefix(django_settings.STATIC_URL))).read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", receipt_page.text)  # no inline script (CSP)

    reloaded = client.get(target)

    assert reloaded.status_code == 200 and no_store(reloaded)
    assert ALREADY in reloaded.text and SHOWN_ONCE in reloaded.text
    assert "<form" not in reloaded.text.split('id="contenu"')[1]
    assert Testimony.objects.count() == 1


def test_neither_the_receipt_nor_the_token_is_stored_in_clear(client, campaign):
    data = fresh_form(client, campaign, altcha=solved_payload())
    code = receipt_in(client.post(form_url(campaign), data))
    hidden = {code, code.replace("-", ""), data["submission_token"]}

    with connection.cursor() as cursor:
        values = all_values(cursor)
    for table, column, value in values:
        text = bytes(value).decode("latin-1") if isinstance(value, bytes | memoryview) else str(value)
        assert not any(secret in text for secret in hidden), (table, column)
    for alias in ("default", "antiabuse"):
        stored = repr(caches[alias]._cache)  # LocMemCache: keys and pickled values
        assert not any(secret in stored for secret in hidden), alias
    assert Testimony.objects.get().submission_key  # a keyed hash of the token is what is kept


def test_the_follow_up_pages_are_never_stored(client, campaign):
    from tests.testimonies.factories import submit

    _testimony, receipt = submit(campaign=campaign, redact=False)
    url = reverse("testimonies:follow_up")
    assert no_store(client.get(url))
    assert no_store(client.post(url, {"receipt": "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"}))
    opened = client.post(url, {"receipt": receipt})
    assert "Votre témoignage" in opened.text and no_store(opened)
    assert '<meta name="concertons-history-url" content="/constats/suivi/">' in opened.text
    gone = client.post(url, {"receipt": receipt, "action": "delete", "confirm": "oui"})
    assert "Votre témoignage est supprimé" in gone.text and no_store(gone)


def test_the_api_takes_an_optional_one_use_token(client, campaign, settings):
    settings.CONCERTONS_ANTI_ABUSE = False
    url = f"/api/campaigns/{campaign.slug}/testimonies"
    body = {
        "departement": "62",
        "text": "Deux postes vacants.",
        "submission_token": "jeton-du-client-0123456789",
    }
    first = client.post(url, body, content_type="application/json")
    again = client.post(url, body, content_type="application/json")
    without = client.post(url, {**body, "submission_token": ""}, content_type="application/json")

    assert first.status_code == 201 and without.status_code == 201
    assert again.status_code == 409
    assert again.json() == {
        "detail": "Ce témoignage a déjà été reçu ; son code de suivi n'a été affiché qu'une fois.",
        "errors": {},
    }
    assert Testimony.objects.count() == 2


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_in_a_browser_reloading_the_receipt_asks_for_a_page_and_posts_nothing(page, live_server):
    campaign = CampaignFactory(slug="appel-rechargement")
    page.goto(f"{live_server.url}/{campaign.slug}/temoigner/")
    page.get_by_label("Département où vous travaillez").select_option("59")
    page.get_by_label("Votre constat").fill("Trois postes vacants depuis mars.")
    # The time trap wants a form open for a few seconds: say it was opened half a minute ago.
    page.locator("input[name=form_started]").evaluate("(input, value) => input.value = value", form_started())
    wait_for_proof_of_work(page)
    page.get_by_role("button", name="Envoyer mon témoignage").click()
    code = page.locator(".receipt code").inner_text()
    assert Testimony.objects.count() == 1
    page.wait_for_url(f"**/{campaign.slug}/temoigner/?envoye=1")  # history.replaceState, no request

    page.reload()

    assert ALREADY in page.content() and code not in page.content()
    assert "anti-robot" not in page.content()
    assert Testimony.objects.count() == 1
    assert page.console_errors == []
