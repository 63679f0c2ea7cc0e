"""Importing a list from /gestion/: a dry run shows how each entry was read, then the import writes."""

import base64

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from concertons.accounts.models import AuditEntry
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory, MembershipFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db

LIST = (
    "MARTIN Julie - assistante sociale à Roubaix (59)\n"
    "DUPONT Anne - éducatrice spécialisée à Lile\n"
    "LE GOFF Yann - psychologue à\n"
    "Agen (47)\n"
    "PETIT Paul - <b>animateur</b> (47)\n"
    "MARTIN Julie - assistante sociale à Roubaix (59)\n"
)


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-import")


@pytest.fixture
def organiser(client, campaign):
    return verified_client(client, MembershipFactory(collective=campaign.collective, role="organiser").user)


def url(campaign):
    return reverse("signatures_staff:import", args=[campaign.slug])


def upload(name="liste.txt", content: bytes | None = None):
    return SimpleUploadedFile(name, LIST.encode() if content is None else content, content_type="text/plain")


def test_the_dry_run_shows_every_entry_as_read_and_writes_nothing(organiser, campaign):
    page = organiser.post(url(campaign), {"step": "preview", "file": upload(), "skip_invalid": "on"}).text

    assert "5 entrées lues." in page
    assert "À importer : 3 · doublons ignorés : 1 · refusées : 1 · à vérifier : 1." in page
    assert "Vouliez-vous dire : Lille (59)" in page
    assert "entrée 3, lignes 3 à 4" in page and "sur plusieurs lignes" in page
    assert "Déjà plus haut dans le fichier (entrée 1, ligne 1)." in page
    assert "&lt;b&gt;animateur&lt;/b&gt;" in page and "<b>animateur</b>" not in page
    assert page.count("<main") == 1
    assert not Signature.objects.exists() and not AuditEntry.objects.exists()


def test_the_import_writes_what_the_dry_run_showed_and_flags_what_to_check(organiser, campaign):
    preview = organiser.post(url(campaign), {"step": "preview", "file": upload(), "skip_invalid": "on"})
    content = preview.context["content"]

    response = organiser.post(
        url(campaign), {"step": "import", "content": content, "filename": "liste.txt", "skip_invalid": "1"}
    )
    assert response.status_code == 302 and response.url.endswith("?a_verifier=1")
    assert sorted(Signature.objects.values_list("last_name", "commune", "departement")) == [
        ("DUPONT", "Lile", ""), ("LE GOFF", "Agen", "47"), ("MARTIN", "Roubaix", "59"),
    ]  # fmt: skip
    entry = AuditEntry.objects.get(action=AuditEntry.Action.SIGNATURES_IMPORTED)
    assert entry.detail["imported"] == 3 and entry.detail["file"] == "liste.txt"

    listing = organiser.get(response.url).text
    assert "À vérifier seulement (1)" in listing and "Vouliez-vous dire : Lille (59)" in listing
    assert "MARTIN" not in listing  # only the flagged one
    dupont = Signature.objects.get(last_name="DUPONT")
    organiser.post(reverse("signatures_staff:checked", args=[campaign.slug, dupont.pk]))
    dupont.refresh_from_db()
    assert dupont.review_note == ""
    assert AuditEntry.objects.filter(action=AuditEntry.Action.SIGNATURE_CHECKED, object_id=dupont.pk).exists()


def test_by_default_one_refused_entry_stops_the_import(organiser, campaign):
    page = organiser.post(url(campaign), {"step": "preview", "file": upload()}).text
    assert "Des entrées sont refusées" in page and 'name="step" value="import"' not in page


def test_a_pasted_list_works_too_and_known_signatories_are_duplicates(organiser, campaign):
    SignatureFactory(campaign=campaign, last_name="MARTIN", first_name="Julie", departement="59")
    preview = organiser.post(
        url(campaign), {"step": "preview", "text": "MARTIN Julie - assistante sociale à Roubaix (59)"}
    )
    assert "Déjà signataire de cet appel." in preview.text
    assert 'name="step" value="import"' not in preview.text  # nothing to import


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choisissez un fichier, ou collez la liste."),
        ({"file": upload(content="DUPONT Anne - éducatrice à Agen".encode("cp1252"))}, "n'est pas en UTF-8"),
        ({"text": "   \n  "}, "Choisissez un fichier, ou collez la liste."),
        ({"text": "/ / /"}, "Aucune signature trouvée"),
        ({"file": upload(content=b"x" * 1_600_000)}, "1,5 Mo au plus"),
    ],
)
def test_what_cannot_be_read_gets_a_french_message(organiser, campaign, data, message):
    response = organiser.post(url(campaign), {"step": "preview", **data})
    assert response.status_code == 200 and message in response.text.replace("&#x27;", "'")
    assert not Signature.objects.exists()


def test_a_damaged_confirmation_writes_nothing(organiser, campaign):
    response = organiser.post(url(campaign), {"step": "import", "content": "pas du base64 !"}, follow=True)
    assert "n'a pas été reçue en entier" in response.text.replace("&#x27;", "'")
    assert not Signature.objects.exists()


def test_an_import_refused_at_confirmation_says_so_and_writes_nothing(organiser, campaign):
    content = base64.b64encode(LIST.encode()).decode()
    page = organiser.post(url(campaign), {"step": "import", "content": content, "filename": "liste.txt"}).text
    assert "Import annulé : 1 entrée(s) refusée(s)" in page
    assert not Signature.objects.exists()


def test_moderators_do_not_import(client, campaign):
    moderator = verified_client(
        client, MembershipFactory(collective=campaign.collective, role="moderator").user
    )
    assert moderator.get(url(campaign)).status_code == 403
