"""Every staff page, as a verified admin sees it on a phone and on a desktop: nothing wider than the screen,
no duplicate id, one <main>, no serious axe-core violation. Screenshots in test-artifacts/staff-*.png."""

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.campaigns.models import Campaign
from tests.browser.conftest import axe_violations, screenshot
from tests.campaigns.factories import MembershipFactory
from tests.demands.factories import DemandFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.signatures.factories import SignatureFactory
from tests.testimonies.factories import submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_PROBLEMS = """() => {
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const wide = document.documentElement.scrollWidth > window.innerWidth;
  const culprits = wide ? [...document.querySelectorAll('main *')]
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll'))
    .slice(0, 3).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)) : [];
  return {
    duplicated: ids.filter((id, i) => ids.indexOf(id) !== i),
    width: document.documentElement.scrollWidth,
    culprits,
    mains: document.querySelectorAll('main').length,
  };
}"""


@pytest.fixture
def staff_site(live_server):
    call_command("demo")
    campaign = Campaign.objects.get(slug="appel")
    admin = MembershipFactory(collective=campaign.collective, role="admin").user
    device = TOTPDevice.objects.create(user=admin, name="app", confirmed=True)
    SignatureFactory(campaign=campaign, comment="Un commentaire à relire avant publication.")
    SignatureFactory(campaign=campaign, review_note="Commune « Lile » introuvable : gardée telle quelle.")
    testimony, _receipt = submit(campaign)
    meeting = MeetingFactory(campaign=campaign)
    RegistrationFactory(meeting=meeting)
    demand = DemandFactory(campaign=campaign)
    slug = campaign.slug
    pages = {
        "home": "/gestion/",
        "collective": f"/gestion/collectifs/{campaign.collective.slug}/",
        "members": f"/gestion/collectifs/{campaign.collective.slug}/equipe/",
        "campaign": f"/gestion/{slug}/appel/",
        "campaign-new": f"/gestion/collectifs/{campaign.collective.slug}/nouvel-appel/",
        "signatures": f"/gestion/{slug}/signatures/",
        "paper": f"/gestion/{slug}/signatures/papier/",
        "import": f"/gestion/{slug}/signatures/importer/",
        "person-data": "/gestion/donnees-personnelles/",
        "queue": f"/gestion/{slug}/constats/",
        "review": f"/gestion/{slug}/constats/{testimony.pk}/",
        "demands": f"/gestion/{slug}/exigences/",
        "demand-new": f"/gestion/{slug}/exigences/nouvelle/",
        "demand-edit": f"/gestion/{slug}/exigences/{demand.pk}/modifier/",
        "demand-status": f"/gestion/{slug}/exigences/statuts/",
        "meetings": f"/gestion/{slug}/reunions/",
        "meeting-new": f"/gestion/{slug}/reunions/nouvelle/",
        "meeting-edit": f"/gestion/{slug}/reunions/{meeting.pk}/modifier/",
        "registrations": f"/gestion/{slug}/reunions/{meeting.pk}/inscriptions/",
        "minutes": f"/gestion/{slug}/reunions/{meeting.pk}/compte-rendu/",
    }
    return live_server.url, admin, device, pages


def log_in(page, base: str, admin, device) -> None:
    page.goto(base + "/gestion/")
    page.get_by_label("Identifiant").fill(admin.username)
    page.get_by_label("Mot de passe").fill("un mot de passe assez long")
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_label("Code à 6 chiffres").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("button", name="Valider").click()
    page.get_by_role("heading", name="Gestion", level=1).wait_for()


@pytest.mark.parametrize("width", [375, 1280])
def test_every_staff_page_fits_the_screen_and_passes_axe(browser, staff_site, width):
    base, admin, device, pages = staff_site
    context = browser.new_context(
        locale="fr-FR", viewport={"width": width, "height": 800}, is_mobile=width < 500
    )
    page = context.new_page()
    log_in(page, base, admin, device)
    problems = []
    for name, path in pages.items():
        response = page.goto(base + path)
        if response.status != 200:
            problems.append((name, "status", response.status))
            continue
        found = page.evaluate(PAGE_PROBLEMS)
        if found["duplicated"]:
            problems.append((name, "duplicate ids", found["duplicated"]))
        if found["width"] > width:
            problems.append((name, f"{found['width']} px wide", found["culprits"]))
        if found["mains"] != 1:
            problems.append((name, "mains", found["mains"]))
        if violations := axe_violations(page):
            problems.append((name, "axe", violations))
        screenshot(page, f"staff-{name}-{width}")
    # The import's dry run, which only a POST shows.
    page.goto(base + pages["import"])
    page.get_by_label("Ou collez la liste ici").fill(
        "MARTIN Julie - assistante sociale à Lile\nDUPONT Anne - éducatrice spécialisée à\nAgen (47)"
    )
    page.get_by_role("button", name="Vérifier la liste").click()
    page.get_by_text("entrées lues").wait_for()
    found = page.evaluate(PAGE_PROBLEMS)
    if found["width"] > width or found["duplicated"]:
        problems.append(("import-preview", found))
    if violations := axe_violations(page):
        problems.append(("import-preview", "axe", violations))
    screenshot(page, f"staff-import-preview-{width}")
    context.close()
    assert problems == [], "\n".join(map(str, problems))
