"""A visitor's journey, at a phone's and a desktop's width, with and without JavaScript: the wall, the
figures, the map, a département, its CSV and its PDF cahier. Each step is checked by axe-core and saved as
a screenshot (test-artifacts/journey-*.png)."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from concertons.campaigns.models import Campaign
from concertons.publication.services import reports
from concertons.testimonies import services as testimony_services
from tests.browser.conftest import axe_violations, screenshot, watch_errors
from tests.signatures.factories import SignatureFactory
from tests.testimonies.factories import submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

VIEWS = [(375, True), (375, False), (1280, True), (1280, False)]


@pytest.fixture
def campaign(live_server, settings):
    settings.SITE_URL = live_server.url
    call_command("demo")
    campaign = Campaign.objects.get(slug="appel")
    SignatureFactory.create_batch(6, campaign=campaign, departement="59", profession="educateur")
    for n in range(6):
        testimony, _receipt = submit(
            campaign=campaign, departement="59", service="ase", themes=["effectifs"], redact=False,
            text=f"Constat {n} : trois postes vacants depuis l'été.", counts={"vacant_posts": 3},
        )  # fmt: skip
        testimony_services.testimony_redact(testimony=testimony)
        testimony.refresh_from_db()
        testimony_services.testimony_publish(testimony=testimony, actor=None)
    return campaign


def open_page(browser, width: int, javascript: bool):
    """The page a person uses, and the page axe-core runs in: the same one with JavaScript on; without it
    (page.evaluate cannot run there), a twin that loads the same address with every script blocked."""
    context = browser.new_context(
        locale="fr-FR", viewport={"width": width, "height": 800}, java_script_enabled=javascript
    )
    page = context.new_page()
    watch_errors(page)
    if javascript:
        return page, page
    twin = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 800}).new_page()
    twin.route("**/*.js", lambda route: route.abort())
    return page, twin


def step(page, checker, name: str, *, reloadable: bool = True) -> None:
    """One page of a journey: one <main>, saved as a screenshot; then, where it can be loaded again (not the
    answer to a form), no serious axe-core violation and nothing wider than the screen."""
    assert page.locator("main").count() == 1, page.url
    screenshot(page, name)
    if checker is not page:
        if not reloadable:
            return
        checker.goto(page.url)
    assert axe_violations(checker) == [], page.url
    overflow = checker.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, page.url


@pytest.mark.parametrize(("width", "javascript"), VIEWS)
def test_a_visitor_reads_the_wall_the_figures_a_departement_its_csv_and_its_cahier(
    browser, live_server, campaign, width, javascript
):
    page, checker = open_page(browser, width, javascript)
    view = f"{width}-{'js' if javascript else 'nojs'}"

    page.goto(live_server.url + "/appel/")
    page.get_by_role("navigation", name="Cet appel").get_by_role("link", name="Constats", exact=True).click()
    page.get_by_role("heading", level=1, name="Le mur des constats").wait_for()
    assert page.get_by_text("trois postes vacants").count() == 6
    step(page, checker, f"journey-wall-{view}")

    page.get_by_role("navigation", name="Cet appel").get_by_role("link", name="Chiffres", exact=True).click()
    page.get_by_role("heading", level=1, name="Le constat en chiffres").wait_for()
    assert page.locator("#graphique-signatures-departements svg [data-departement]").count() == 101
    step(page, checker, f"journey-dashboard-{view}")

    page.get_by_label("Voir un département").select_option("59")
    page.get_by_role("button", name="Afficher").click()
    page.get_by_role("heading", level=1, name="Nord (59)").wait_for()
    step(page, checker, f"journey-departement-{view}")

    csv_link = page.get_by_role("link", name="Télécharger ces chiffres (CSV)").first
    csv = page.request.get(live_server.url + csv_link.get_attribute("href"), timeout=60000)
    assert csv.ok and csv.headers["content-type"].startswith("text/csv")

    cahier = page.get_by_role("link", name="Cahier de constats et d'exigences (PDF)")
    waiting = page.request.get(live_server.url + cahier.get_attribute("href"), timeout=60000)
    assert waiting.status == 202  # asked of the worker; the page says it is being prepared
    reports.report_store(campaign=campaign, departement="59")  # what the worker does
    pdf = page.request.get(live_server.url + cahier.get_attribute("href"))
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    assert page.console_errors == []
    page.context.close()
    checker.context.close()


@pytest.mark.parametrize(("width", "javascript"), VIEWS)
def test_a_signer_signs_confirms_finds_their_name_corrects_it_and_shares_the_call(
    browser, live_server, settings, smtp, width, javascript
):
    import re
    import time

    from tests.browser.conftest import wait_for_proof_of_work

    settings.SITE_URL = live_server.url
    call_command("demo")
    page, checker = open_page(browser, width, javascript)
    view = f"{width}-{'js' if javascript else 'nojs'}"

    page.goto(live_server.url + "/appel/")
    opened = time.monotonic()
    page.get_by_label("Nom").first.fill("Roux")
    page.get_by_label("Prénom").fill("Léa")
    page.get_by_label("Profession").select_option(value="psychologue")
    page.get_by_label("Commune de travail").fill("Agen")
    page.get_by_label("Adresse e-mail").fill("lea.roux@example.org")
    page.get_by_label("J'accepte que mon nom").check()
    page.get_by_label("Commentaire").fill("Nous manquons de tout.")
    page.get_by_label("J'accepte que ces informations soient conservées").check()
    if javascript:
        wait_for_proof_of_work(page)
    time.sleep(max(0, 3.5 - (time.monotonic() - opened)))  # the form's time trap
    page.get_by_role("button", name="Je signe l'appel").click()
    page.get_by_role("heading", name="Merci ! Il reste une étape").wait_for()
    assert page.url == live_server.url + "/appel/signer/merci/"
    step(page, checker, f"journey-signed-{view}")

    [message] = smtp.wait_for(1)
    body = message.get_content()
    page.goto(re.search(r"(http://\S+/signature/confirmer/\S+/)", body).group(1))
    page.get_by_role("button", name="Je confirme ma signature").click()
    page.get_by_role("heading", name="Et maintenant ?").wait_for()
    step(page, checker, f"journey-confirmed-{view}", reloadable=False)
    share = page.get_by_label("Adresse de l'appel")
    assert share.input_value() == live_server.url + "/appel/"
    copy = page.get_by_role("button", name="Copier le lien")
    if javascript:  # the copy button is shown by the script, after the page has loaded
        expect(copy).to_be_visible()
    else:
        expect(copy).to_be_hidden()
    assert page.get_by_role("link", name="Par e-mail").get_attribute("href").startswith("mailto:?")

    page.get_by_role("link", name="Voir les signataires").click()
    page.get_by_label("Chercher un nom").fill("roux")
    page.get_by_role("button", name="Afficher").click()
    page.get_by_text("1 nom trouvé.").wait_for()
    expect(page.get_by_text("ROUX Léa - Psychologue à Agen (47)")).to_be_visible()
    step(page, checker, f"journey-found-{view}")

    page.goto(re.search(r"(http://\S+/signature/corriger/\S+/)", body).group(1))
    assert page.get_by_label("Commentaire").input_value() == "Nous manquons de tout."
    page.get_by_label("Commune de travail").fill("Villeneuve-sur-Lot")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Votre signature est corrigée.").wait_for()
    assert page.get_by_label("Commentaire").input_value() == "Nous manquons de tout."
    step(page, checker, f"journey-corrected-{view}", reloadable=False)
    assert page.console_errors == []
    page.context.close()
    checker.context.close()


@pytest.mark.parametrize(("width", "javascript"), VIEWS)
def test_a_worker_testifies_reloads_the_receipt_and_follows_their_testimony(
    browser, live_server, width, javascript
):
    import time

    from concertons.testimonies.models import Testimony
    from tests.browser.conftest import wait_for_proof_of_work

    call_command("demo")
    page, checker = open_page(browser, width, javascript)
    view = f"{width}-{'js' if javascript else 'nojs'}"

    page.goto(live_server.url + "/appel/")
    page.get_by_role("navigation", name="Cet appel").get_by_role("link", name="Témoigner", exact=True).click()
    opened = time.monotonic()
    page.get_by_label("Département où vous travaillez").select_option("47")
    page.get_by_label("Votre constat").fill(
        "Deux postes vacants depuis mars, Mme Lefebvre n'est pas remplacée."
    )
    step(page, checker, f"journey-testify-{view}")
    if javascript:
        wait_for_proof_of_work(page)
    time.sleep(max(0, 3.5 - (time.monotonic() - opened)))  # the form's time trap
    page.get_by_role("button", name="Envoyer mon témoignage").click()
    code = page.locator(".receipt__code").inner_text()
    step(page, checker, f"journey-receipt-{view}", reloadable=False)

    page.reload()  # with JavaScript the page's address became a GET page; without it the form is sent again
    assert "Ce formulaire a déjà été envoyé" in page.content() and code not in page.content()
    assert "anti-robot" not in page.content()  # no false accusation
    assert Testimony.objects.count() == 1

    page.get_by_role("link", name="Suivre mon témoignage").first.click()
    page.get_by_label("Votre code de suivi").fill(code)
    if javascript:
        wait_for_proof_of_work(page)
    page.get_by_role("button", name="Ouvrir").click()
    page.get_by_text("Où en est-il :").wait_for()
    step(page, checker, f"journey-follow-{view}", reloadable=False)
    assert page.console_errors == []
    page.context.close()
    checker.context.close()
