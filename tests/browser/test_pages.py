import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server):
    call_command("demo")
    return live_server.url


def test_home_and_demo_campaign_open_in_chromium_without_console_errors(page, demo):
    page.goto(demo + "/")
    assert page.title() == "Les appels — Concertons"
    page.get_by_role("link", name="Appel des professionnel·les des services sociaux").click()
    page.wait_for_load_state()

    assert page.title().startswith("Appel des professionnel·les des services sociaux et médico-sociaux")
    expect(page.get_by_role("heading", level=2, name="Nous exigeons")).to_be_visible()
    screenshot(page, "demo-campaign")
    assert page.console_errors == []


PUBLIC_PAGES = [
    "/", "/appel/", "/nexiste-pas/", "/gestion/connexion/", "/appel/signataires/", "/appel/temoigner/",
    "/appel/constats/", "/constats/suivi/", "/confidentialite/", "/appel/tableau-de-bord/",
    "/appel/tableau-de-bord/59/", "/appel/exigences/", "/appel/exigences/departements/", "/appel/reunions/",
    "/appel/signer/mes-liens/", "/appel/affiche/", "/mentions-legales/", "/accessibilite/", "/appel/compteur/",
]  # fmt: skip
CAMPAIGN_SECTIONS = ["Appel", "Signataires", "Témoigner", "Constats", "Chiffres", "Exigences", "Réunions"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_have_no_serious_accessibility_violation(page, demo, path):
    page.goto(demo + path)
    assert axe_violations(page) == []
    assert page.console_errors == []
    duplicated_ids = page.evaluate(
        "() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
        " return ids.filter((id, i) => ids.indexOf(id) !== i); }"
    )
    assert duplicated_ids == []
    assert page.locator("main").count() == 1


@pytest.mark.parametrize("width", [375, 1280])
def test_every_section_of_a_campaign_is_one_step_away(browser, demo, width):
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(demo + "/appel/")
    campaign_nav = page.get_by_role("navigation", name="Cet appel")
    for section in CAMPAIGN_SECTIONS:
        campaign_nav.get_by_role("link", name=section, exact=True).click()
        current = page.get_by_role("navigation", name="Cet appel").locator("[aria-current=page]")
        expect(current).to_have_text(section)  # one link, the section's (waits for the new page)
    screenshot(page, f"campaign-nav-{width}")
    context.close()


def test_skip_link_is_the_first_stop_and_leads_to_the_content(page, demo):
    page.goto(demo + "/appel/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenu"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_fit_a_phone_screen(phone_page, demo, path):
    phone_page.goto(demo + path)
    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, path
    assert axe_violations(phone_page) == [], path
    screenshot(phone_page, "phone" + path.replace("/", "-").rstrip("-"))


def test_pages_work_without_javascript(browser, demo):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(demo + "/")
    page.get_by_role("link", name="Appel des professionnel·les des services sociaux").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Appel des professionnel·les")
    context.close()


def test_on_a_wide_screen_the_sign_box_stays_beside_the_call_while_one_reads(browser, demo):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(demo + "/appel/")
    page.mouse.wheel(0, 2500)
    page.get_by_role("heading", name="Nous exigeons").wait_for()
    page.wait_for_function("() => window.scrollY > 2000")
    sign_box = page.locator(".sign-section").bounding_box()
    assert sign_box["y"] >= 0 and sign_box["y"] + sign_box["height"] <= 800
    expect(page.get_by_role("heading", name="Signer l'appel")).to_be_visible()
    page.get_by_label("Adresse e-mail").focus()  # deep in the box: it scrolls within it, still on screen
    expect(page.get_by_label("Adresse e-mail")).to_be_visible()
    screenshot(page, "sign-box-in-view-1280")


def test_the_api_documentation_shows_its_operations_under_the_site_s_csp(page, live_server):
    page.goto(live_server.url + "/api/docs")
    page.locator(".opblock").first.wait_for(timeout=30000)
    assert page.locator(".opblock").count() >= 3
    assert page.console_errors == []
