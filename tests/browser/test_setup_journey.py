"""Issue 14's journey, in Chromium, from a fresh install, without /admin/ and without a shell: the first
account from the printed link, the collective and its look, a second organiser invited by e-mail and
enrolled in 2FA, a call written and published, a list imported after a dry run, a testimony moderated, a
past meeting recorded with its minutes. Each step is screenshotted at 1280 and 375 px
(test-artifacts/setup-*.png) and checked by axe-core."""

import base64
import io
import re
import time

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from PIL import Image

from concertons.testimonies import services as testimony_services
from tests.browser.conftest import axe_violations, screenshot, wait_for_proof_of_work

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CALL = "## Nous constatons\n\n- des postes vacants\n- des absences non remplacées\n\n## Nous exigeons\n\n- des recrutements"
LIST = (
    "MARTIN Julie - assistante sociale à Roubaix (59)\n"
    "DUPONT Anne - éducatrice spécialisée à Lile\n"
    "LE GOFF Yann - psychologue à\nAgen (47)\n"
)
TESTIMONY = "Depuis le départ de Mme Lefebvre en mars, trois postes d'AS sont vacants dans notre service."


def step(page, name: str, problems: list) -> None:
    """Screenshot at both widths; what axe-core finds is collected, so one run lists every problem."""
    if violations := axe_violations(page):
        problems.append((name, violations))
    wide = page.viewport_size
    screenshot(page, f"setup-{name}-1280")
    page.set_viewport_size({"width": 375, "height": 740})
    if page.evaluate("() => document.documentElement.scrollWidth") > 375:
        problems.append((name, "wider than 375 px"))
    screenshot(page, f"setup-{name}-375")
    page.set_viewport_size(wide)


def enrol(page) -> None:
    """Scan the QR code as an authenticator would (its key is printed under it), then keep the recovery codes."""
    secret = page.locator("code.secret").inner_text().replace(" ", "")
    page.get_by_label("Code à 6 chiffres").fill(f"{totp(base64.b32decode(secret)):06d}")
    page.get_by_role("button", name="Valider").click()
    page.get_by_role("heading", name="Vos codes de secours").wait_for()


def png_logo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 100), "#1d5e2c").save(out, format="PNG")
    return out.getvalue()


def test_from_a_fresh_install_to_a_running_campaign_without_admin_or_shell(browser, live_server, smtp):
    problems: list = []
    visited: list[str] = []
    out = io.StringIO()
    call_command("first_account_link", stdout=out)  # what `make run` prints
    link = out.getvalue().split("ouvrez ", 1)[1].strip().replace("http://127.0.0.1:8000", live_server.url)

    def new_page():
        page = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}).new_page()
        page.on("request", lambda request: visited.append(request.url))
        return page

    # 1. The platform admin, from the printed link.
    admin = new_page()
    admin.goto(link)
    step(admin, "01-first-account", problems)
    admin.get_by_label("Identifiant").fill("camille")
    admin.get_by_label("Adresse électronique").fill("camille@example.org")
    admin.locator("#id_password1").fill("un long mot de passe")
    admin.locator("#id_password2").fill("un long mot de passe")
    admin.get_by_role("button", name="Créer le compte").click()
    step(admin, "02-enrol", problems)
    enrol(admin)
    step(admin, "03-recovery-codes", problems)
    admin.get_by_role("link", name="C'est noté, continuer").click()

    # 2. The collective and its look.
    admin.get_by_label("Nom du collectif").fill("Section CGT Action sociale du Nord")
    admin.get_by_role("button", name="Créer le collectif").click()
    admin.get_by_label("Couleur du bandeau").fill("#1d5e2c")
    admin.get_by_label("Logo").set_input_files(
        {"name": "logo.png", "mimeType": "image/png", "buffer": png_logo()}
    )
    admin.get_by_label("Directeur·rice de la publication").fill("La secrétaire de la section")
    admin.get_by_label("Adresse de contact").fill("contact@example.org")
    admin.get_by_role("button", name="Enregistrer").click()
    admin.get_by_text("La présentation du collectif est enregistrée.").wait_for()
    step(admin, "04-collective", problems)

    # 3. A second organiser, invited by e-mail, who enrols in 2FA.
    admin.goto(live_server.url + "/gestion/")
    admin.get_by_role("link", name="L'équipe (inviter, rôles)").click()
    admin.get_by_label("Adresse e-mail").fill("sami@example.org")
    admin.get_by_label("Rôle").last.select_option("organiser")
    admin.get_by_role("button", name="Inviter").click()
    admin.get_by_text("Invitation envoyée à sami@example.org.").wait_for()
    step(admin, "05-team", problems)
    [invitation] = [m for m in smtp.wait_for(1) if m["To"] == "sami@example.org"]
    welcome = re.search(r"https?://\S+/gestion/bienvenue/\S+/", invitation.get_content()).group(0)
    sami = new_page()
    sami.goto(live_server.url + welcome[welcome.index("/gestion/") :])
    step(sami, "06-welcome", problems)
    sami.locator("#id_new_password1").fill("un autre long mot de passe")
    sami.locator("#id_new_password2").fill("un autre long mot de passe")
    sami.get_by_role("button", name="Ouvrir mon compte").click()
    enrol(sami)
    sami.get_by_role("link", name="C'est noté, continuer").click()
    sami.get_by_text("Organisateur·rice").first.wait_for()

    # 4. The call: written, previewed, published.
    sami.get_by_role("link", name="Nouvel appel").click()
    sami.get_by_label("Titre").fill("Appel du travail social du Nord")
    sami.get_by_label("Résumé").fill("Signez, témoignez, venez aux réunions.")
    sami.get_by_label("Texte de l'appel").fill(CALL)
    sami.get_by_role("button", name="Aperçu").click()
    sami.get_by_role("heading", name="Nous constatons").wait_for()
    step(sami, "07-call-preview", problems)
    sami.get_by_role("button", name="Enregistrer", exact=True).click()
    sami.get_by_role("button", name="Publier l'appel").click()
    sami.get_by_text("L'appel est maintenant : Publié.").wait_for()
    step(sami, "08-call-published", problems)

    # 5. A list imported by upload, after a dry run.
    sami.goto(live_server.url + "/gestion/appel-du-travail-social-du-nord/signatures/importer/")
    sami.get_by_label("Fichier").set_input_files(
        {"name": "liste.txt", "mimeType": "text/plain", "buffer": LIST.encode()}
    )
    sami.get_by_role("button", name="Vérifier la liste").click()
    sami.get_by_text("Vouliez-vous dire : Lille (59)").wait_for()
    step(sami, "09-import-dry-run", problems)
    sami.get_by_role("button", name="Importer les 3 signataires").click()
    sami.get_by_text("3 signature(s) importée(s)").wait_for()
    step(sami, "10-imported", problems)

    # 6. A testimony, from the public page, moderated by the admin.
    author = new_page()
    author.goto(live_server.url + "/appel-du-travail-social-du-nord/temoigner/")
    opened = time.monotonic()
    author.get_by_label("Département où vous travaillez").select_option("59")
    author.get_by_label("Votre constat").fill(TESTIMONY)
    wait_for_proof_of_work(author)
    time.sleep(max(0, 3.5 - (time.monotonic() - opened)))
    author.get_by_role("button", name="Envoyer mon témoignage").click()
    author.locator(".receipt code").wait_for()
    testimony_services.testimonies_redact_received()  # what the worker does within seconds
    admin.goto(live_server.url + "/gestion/appel-du-travail-social-du-nord/constats/")
    admin.locator("table a").first.click()
    admin.locator("mark.span--person").first.wait_for()
    step(admin, "11-review", problems)
    admin.get_by_label("Je confirme : le texte original sera détruit").check()
    admin.get_by_role("button", name="Publier le texte masqué").click()
    admin.get_by_text("Témoignage publié").wait_for()

    # 7. A meeting already held, with its minutes.
    sami.goto(live_server.url + "/gestion/appel-du-travail-social-du-nord/reunions/nouvelle/")
    sami.get_by_label("Type").select_option("assemblee")
    sami.get_by_label("Titre").fill("Assemblée de rentrée")
    sami.get_by_label("Début").fill("2026-09-15T18:00")
    sami.get_by_label("Fin").fill("2026-09-15T20:00")
    sami.get_by_label("Cette réunion a déjà eu lieu").check()
    sami.get_by_label("Adresse").fill("Bourse du travail, Lille")
    sami.get_by_label("Nombre de places").fill("80")
    sami.get_by_label("Organisé par").fill("Section CGT Action sociale du Nord")
    sami.get_by_role("button", name="Enregistrer").click()
    sami.get_by_role("link", name="Compte rendu").first.click()
    sami.get_by_label("Compte rendu").fill(
        "Quarante collègues présent·es. Décision : délégation au conseil départemental."
    )
    sami.get_by_role("button", name="Enregistrer le texte").click()
    sami.get_by_role("button", name="Publier le compte rendu").click()
    step(sami, "12-minutes", problems)

    # 8. What the public now sees.
    author.goto(live_server.url + "/appel-du-travail-social-du-nord/")
    assert author.locator(".site-name").inner_text().strip() == "Section CGT Action sociale du Nord"
    assert author.locator(".site-name__logo").count() == 1
    author.goto(live_server.url + "/appel-du-travail-social-du-nord/constats/")
    author.get_by_text("trois postes d'AS sont vacants").wait_for()
    assert "Lefebvre" not in author.locator("main").inner_text()
    step(author, "13-wall", problems)
    author.goto(live_server.url + "/appel-du-travail-social-du-nord/signataires/")
    author.get_by_text("MARTIN Julie").wait_for()
    author.goto(live_server.url + "/appel-du-travail-social-du-nord/reunions/")
    author.get_by_text("Assemblée de rentrée").first.wait_for()

    assert not [url for url in visited if "/admin/" in url]
    assert problems == [], "\n".join(map(str, problems))
