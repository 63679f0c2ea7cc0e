"""A person signs through the real page in Chromium, confirms from the e-mail, and finds their name listed."""

import re
import time

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from concertons.signatures.models import Signature
from tests.browser.conftest import axe_violations, screenshot, wait_for_proof_of_work

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(live_server, settings, smtp):
    settings.SITE_URL = live_server.url
    call_command("demo")
    return live_server.url


def test_sign_through_the_page_confirm_from_the_email_and_appear_on_the_list(page, demo, smtp):
    page.goto(demo + "/appel/")
    opened = time.monotonic()
    page.get_by_role("link", name="Signer l'appel").first.click()

    page.get_by_label("Nom").first.fill("N'Diaye")
    page.get_by_label("Prénom").fill("Awa")
    page.get_by_label("Profession").select_option(label="Éducateur·rice spécialisé·e")
    page.get_by_label("Fonction, telle qu'elle apparaîtra").fill("éducatrice ASE")
    page.get_by_label("Commune de travail").fill("Bully les Mines")
    page.get_by_label("Adresse e-mail").fill("awa.ndiaye@example.org")
    page.get_by_label("J'accepte que mon nom").check()
    page.get_by_label("J'accepte que ces informations soient conservées").check()
    # The proof-of-work widget solves its challenge by itself; the time trap wants a few seconds.
    wait_for_proof_of_work(page)
    time.sleep(max(0, 3.5 - (time.monotonic() - opened)))
    assert axe_violations(page) == []
    screenshot(page, "sign-form-filled")
    page.get_by_role("button", name="Je signe l'appel").click()

    page.get_by_role("heading", name="Merci ! Il reste une étape").wait_for()
    # The browser went to the thanks page: not the thanks page swapped inside the call's form.
    assert page.url == demo + "/appel/signer/merci/"
    assert page.locator("main").count() == 1 and page.locator("header.site-header").count() == 1
    [message] = smtp.wait_for(1)
    confirm_url = re.search(r"(http://\S+/signature/confirmer/\S+/)", message.get_content()).group(1)
    page.goto(confirm_url)
    page.get_by_role("button", name="Je confirme ma signature").click()
    page.get_by_role("heading", name="Votre signature est confirmée. Merci !").wait_for()

    # What a first-time signer sees next: the goal, then sharing, testifying and meeting, one step each.
    expect(page.get_by_role("heading", name="Et maintenant ?")).to_be_visible()
    expect(page.get_by_role("link", name="Témoigner anonymement")).to_be_visible()
    expect(page.get_by_role("link", name="Les réunions")).to_be_visible()
    assert page.get_by_label("Adresse de l'appel").input_value() == demo + "/appel/"
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=demo)
    page.get_by_role("button", name="Copier le lien").click()
    page.get_by_text("Lien copié : collez-le dans un message.").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == demo + "/appel/"
    assert axe_violations(page) == []
    screenshot(page, "signature-confirmed")
    page.get_by_role("link", name="Imprimer une affiche avec son QR code").click()
    page.locator(".poster__qr svg").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "poster")
    page.go_back()

    page.get_by_role("link", name="Voir les signataires").click()
    page.get_by_label("Chercher un nom").fill("awa")
    page.get_by_role("button", name="Afficher").click()
    page.get_by_text("1 nom trouvé.").wait_for()
    expect(page.get_by_text("N'DIAYE Awa - éducatrice ASE à Bully-les-Mines (62)")).to_be_visible()
    assert axe_violations(page) == []
    screenshot(page, "signature-list")
    assert page.console_errors == []
    assert Signature.objects.get().status == Signature.Status.CONFIRMED


def test_errors_are_shown_on_their_fields_and_nothing_is_lost(page, demo):
    page.goto(demo + "/appel/#signer")
    page.get_by_label("Nom").first.fill("Martin")
    page.get_by_label("Adresse e-mail").fill("pas-une-adresse")
    wait_for_proof_of_work(page)
    time.sleep(3.5)
    page.get_by_role("button", name="Je signe l'appel").click()

    summary = page.locator(".form-errors")
    summary.wait_for()
    assert page.get_by_label("Nom").first.input_value() == "Martin"  # what was typed is kept
    email = page.get_by_label("Adresse e-mail")
    assert email.get_attribute("aria-invalid") == "true"
    # The summary above the form takes the focus and links each error to its field, framed in red.
    assert summary.evaluate("element => element === document.activeElement")
    assert email.evaluate("element => getComputedStyle(element).borderTopWidth") == "2px"
    summary.get_by_role("link", name="Adresse e-mail : Saisissez une adresse de courriel valide.").click()
    assert email.evaluate("element => element === document.activeElement")
    assert axe_violations(page) == []
    screenshot(page, "sign-form-errors")
    assert Signature.objects.count() == 0


def test_signing_works_without_javascript(browser, demo, smtp):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(demo + "/appel/#signer")
    page.get_by_label("Prénom").fill("Léa")
    page.get_by_label("Profession").select_option(value="psychologue")
    page.get_by_label("Commune de travail").fill("Agen")
    page.get_by_label("Adresse e-mail").fill("lea.roux@example.org")
    page.get_by_label("J'accepte que ces informations soient conservées").check()
    time.sleep(3.5)
    page.get_by_role("button", name="Je signe l'appel").click()

    summary = page.locator(".form-errors")  # without JavaScript too, the errors take the focus
    assert summary.evaluate("element => element === document.activeElement")
    expect(summary.get_by_role("link", name="Nom : Ce champ est obligatoire.")).to_be_visible()
    page.get_by_label("Nom").first.fill("Roux")
    time.sleep(3.5)
    page.get_by_role("button", name="Je signe l'appel").click()

    expect(page.get_by_role("heading", name="Merci ! Il reste une étape")).to_be_visible()
    assert Signature.objects.get().email == "lea.roux@example.org"
    context.close()
