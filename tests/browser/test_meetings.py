"""A person registers to a meeting through the real page in Chromium, confirms from the e-mail, and the pages of
the demands and meetings pass axe-core, on a desktop and on a phone."""

import datetime
import re
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from concertons.campaigns.models import Campaign
from concertons.demands import services as demand_services
from concertons.meetings.models import Registration
from tests.browser.conftest import axe_violations, screenshot, wait_for_proof_of_work
from tests.demands.factories import DemandFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.signatures.factories import SignatureFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server, settings, smtp):
    settings.SITE_URL = live_server.url
    call_command("demo")
    campaign = Campaign.objects.get(slug="appel")
    staffing = DemandFactory(campaign=campaign, title="Remplacer rapidement et durablement les absent·es")
    DemandFactory(
        campaign=campaign, title="Des moyens pour l'ASE, la PMI et la polyvalence", themes=["moyens"]
    )
    demand_services.demand_status_record(
        demand=staffing,
        departement="47",
        status="negotiating",
        date=datetime.date(2026, 10, 12),
        note="Rencontre DGA",
    )
    demand_services.demand_support_add(signature=SignatureFactory(campaign=campaign), demand=staffing)
    meeting = MeetingFactory(
        campaign=campaign,
        title="Assemblée des services sociaux d'Agen",
        capacity=2,
        starts_at=timezone.now() + timedelta(days=5),
    )
    RegistrationFactory(meeting=meeting)  # one place left
    return live_server.url, meeting


def test_register_through_the_page_and_confirm_from_the_email(page, demo, smtp):
    url, meeting = demo
    page.goto(url + "/appel/")
    page.get_by_role("link", name="Se réunir : les réunions à venir").click()
    page.get_by_role("heading", name="Se rassembler, se concerter : les réunions").wait_for()
    assert axe_violations(page) == []
    page.get_by_role("link", name="Assemblée des services sociaux d'Agen").click()
    opened = time.monotonic()
    expect(page.get_by_text("1 restante")).to_be_visible()

    page.get_by_label("Prénom et nom").fill("Awa N'Diaye")
    page.get_by_label("Adresse e-mail").fill("awa.ndiaye@example.org")
    page.get_by_label("J'accepte que mon nom et mon adresse soient conservés").check()
    wait_for_proof_of_work(page)
    time.sleep(max(0, 3.5 - (time.monotonic() - opened)))  # the time trap wants a few seconds
    assert axe_violations(page) == []
    screenshot(page, "meeting-register")
    page.get_by_role("button", name="Je m'inscris").click()

    page.get_by_role("heading", name="Merci ! Il reste une étape").wait_for()
    [message] = smtp.wait_for(1)
    assert message["To"] == "awa.ndiaye@example.org"
    confirm_url = re.search(r"(http://\S+/reunions/inscription/confirmer/\S+/)", message.get_content()).group(
        1
    )
    page.goto(confirm_url)
    page.get_by_role("button", name="Je confirme mon inscription").click()
    page.get_by_role("heading", name="Votre inscription est confirmée. À bientôt !").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "meeting-confirmed")

    invitation = smtp.wait_for(2)[1]
    assert "Inscription confirmée" in invitation["Subject"]
    registration = Registration.objects.get(email="awa.ndiaye@example.org")
    assert registration.status == Registration.Status.CONFIRMED and registration.name == "Awa N'Diaye"

    page.get_by_role("link", name="Revenir à la réunion").click()
    page.get_by_text("complet : les nouvelles inscriptions vont sur liste d'attente").wait_for()
    assert page.console_errors == []


def test_demand_pages_pass_axe_and_fit_a_phone(page, phone_page, demo):
    url, _meeting = demo
    for path in (
        "/appel/",
        "/appel/exigences/",
        "/appel/exigences/departements/",
        "/appel/exigences/departement/47/",
    ):
        page.goto(url + path)
        assert axe_violations(page) == [], path
        assert page.console_errors == []
        if path == "/appel/":
            expect(page.get_by_role("heading", name="Nos exigences")).to_be_visible()
            page.locator(".demands-section").screenshot(path=str(screenshot(page, "campaign-demands")))
    screenshot(page, "demands-departement")
    page.goto(url + "/appel/exigences/departements/")
    expect(page.get_by_role("cell", name="En négociation 12/10/2026")).to_be_visible()
    screenshot(page, "demands-table")

    for path in ("/appel/exigences/", "/appel/reunions/", "/appel/exigences/departements/"):
        phone_page.goto(url + path)
        overflow = phone_page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, path
    screenshot(phone_page, "meetings-phone")


def test_registering_works_without_javascript(browser, demo, smtp):
    url, meeting = demo
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(url + meeting.get_absolute_url())
    page.get_by_label("Prénom et nom").fill("Léa Roux")
    page.get_by_label("Adresse e-mail").fill("lea.roux@example.org")
    page.get_by_label("J'accepte que mon nom et mon adresse soient conservés").check()
    time.sleep(3.5)
    page.get_by_role("button", name="Je m'inscris").click()
    page.get_by_role("heading", name="Merci ! Il reste une étape").wait_for()
    assert Registration.objects.get(email="lea.roux@example.org").status == Registration.Status.PENDING
    context.close()
