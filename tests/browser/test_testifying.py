"""A worker testifies through the real page; a moderator, logged in with TOTP, publishes it on the wall."""

import re
import time

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from concertons.campaigns.models import Campaign
from concertons.testimonies import services
from concertons.testimonies.models import Testimony
from tests.browser.conftest import axe_violations, screenshot, wait_for_proof_of_work
from tests.campaigns.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = (
    "Depuis le départ de Mme Lefebvre en mars, trois postes d'AS sont vacants. Son numéro : 06 11 22 33 44."
)


def test_testify_then_a_moderator_publishes_it(page, browser, live_server):
    call_command("demo")
    page.goto(live_server.url + "/appel/")
    opened = time.monotonic()
    page.context.clear_cookies()  # the campaign page's sign form set a CSRF cookie; testifying sets none
    page.get_by_role("link", name="Témoigner anonymement").click()
    page.get_by_label("Département où vous travaillez").select_option("59")
    page.get_by_label("Service", exact=True).select_option("polyvalence")
    page.get_by_label("Effectifs : postes supprimés, gelés, vacants, absences non remplacées").check()
    page.get_by_label("Votre constat").fill(TEXT)
    page.get_by_label("Postes vacants dans votre service").fill("3")
    wait_for_proof_of_work(page)
    time.sleep(max(0, 3.5 - (time.monotonic() - opened)))
    assert axe_violations(page) == []
    page.get_by_role("button", name="Envoyer mon témoignage").click()

    receipt = page.locator(".receipt code").inner_text()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){5}", receipt)
    assert page.context.cookies() == []  # no cookie at all for the author
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page.get_by_role("button", name="Copier le code").click()
    page.get_by_text("Code copié.").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == receipt
    screenshot(page, "testimony-receipt")
    # On a phone the code wraps between groups of four, never inside one.
    page.set_viewport_size({"width": 320, "height": 740})
    assert (
        page.evaluate(
            "() => [...document.querySelectorAll('.receipt__code span')].map(s => s.getClientRects().length)"
        )
        == [1] * 6
    )
    # …whatever its groups: one opening on a figure may still start a line (a line may not break between a
    # hyphen and a figure by default: "HY37-8XNG" overflowed a phone's screen)
    page.evaluate(
        "() => document.querySelectorAll('.receipt__code span').forEach((s, i) => s.textContent = i + 'A7Z')"
    )
    assert (
        page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        <= 0
    )
    screenshot(page, "testimony-receipt-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    services.testimonies_redact_received()  # what the worker does within seconds

    # The team asks a question; the author comes back with the code and finds two separate forms.
    services.testimony_ask(testimony=Testimony.objects.get(), question="Quel service ?", actor=None)
    page.goto(live_server.url + "/constats/suivi/")
    page.get_by_label("Votre code de suivi").fill(receipt.lower().replace("-", " "))
    wait_for_proof_of_work(page)
    page.get_by_role("button", name="Ouvrir").click()
    page.get_by_text("L'équipe de modération vous pose une question").wait_for()
    expect(page.get_by_label("Votre réponse")).to_be_visible()
    expect(page.get_by_label("Ce que vous voulez ajouter")).to_be_visible()
    assert "auteur" not in page.locator("main").inner_text()
    assert axe_violations(page) == []
    screenshot(page, "follow-up")
    wait_for_proof_of_work(page)
    page.get_by_role("button", name="Envoyer ma réponse").click()
    page.get_by_label("Votre réponse").wait_for()
    page.locator(".form-errors").wait_for()  # an empty answer: said above the form, nothing sent
    assert page.get_by_label("Votre réponse").get_attribute("aria-invalid") == "true"
    page.get_by_label("Votre réponse").fill("Le service de polyvalence.")
    wait_for_proof_of_work(page)
    page.get_by_role("button", name="Envoyer ma réponse").click()
    page.get_by_text("Votre réponse est transmise à l'équipe de modération.").wait_for()

    campaign = Campaign.objects.get(slug="appel")
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    device = TOTPDevice.objects.create(user=moderator, name="app", confirmed=True)
    staff = browser.new_context(locale="fr-FR").new_page()
    staff.goto(live_server.url + "/gestion/")
    staff.get_by_label("Identifiant").fill(moderator.username)
    staff.get_by_label("Mot de passe").fill("un mot de passe assez long")
    staff.get_by_role("button", name="Se connecter").click()
    staff.get_by_label("Code à 6 chiffres").fill(f"{totp(device.bin_key):06d}")
    staff.get_by_role("button", name="Valider").click()
    staff.get_by_role("link", name="constats à relire").click()
    staff.locator("table a").first.click()
    staff.locator("mark.span--person").first.wait_for()  # a masked name is shown to the moderator
    screenshot(staff, "testimony-review")
    staff.get_by_label("Je confirme : le texte original sera détruit").check()
    staff.get_by_role("button", name="Publier le texte masqué").click()
    staff.get_by_text("Témoignage publié").wait_for()

    page.goto(live_server.url + "/appel/constats/")
    wall_text = page.locator(".wall").inner_text()
    assert "trois postes d'AS sont vacants" in wall_text
    assert "Lefebvre" not in wall_text and "06 11 22 33 44" not in wall_text
    assert axe_violations(page) == []
    screenshot(page, "wall")
    assert Testimony.objects.get().raw_text_encrypted is None
    assert page.console_errors == []
