import pytest
from django.urls import reverse

from concertons.testimonies import services
from concertons.testimonies.models import FieldCount, Testimony
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import form_started
from tests.testimonies import factories
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db

FORM = {
    "departement": "59",
    "service": "ase",
    "employer": "departement",
    "profession": "educateur",
    "themes": ["effectifs", "sante_travail"],
    "text": "Nous sommes deux éducateurs pour quarante enfants. Mme Benali, notre cheffe, le sait.",
    "detail": "full",
    "vacant_posts": "3",
    "vacant_months": "8",
}


@pytest.fixture
def campaign():
    return CampaignFactory()


def post_testimony(client, campaign, **overrides):
    data = {**FORM, "form_started": form_started(), **overrides}
    if data["form_started"] == "TOO_FAST":
        data["form_started"] = form_started(seconds_ago=-60)
    data = {key: value for key, value in data.items() if value is not None}
    return client.post(reverse("testimonies:testify", args=[campaign.slug]), data)


def receipt_in(response) -> str:
    return factories.receipt_in(response.text)


def test_testifying_shows_the_receipt_once_and_sets_no_cookie(client, campaign):
    page = client.get(reverse("testimonies:testify", args=[campaign.slug]))
    assert page.status_code == 200 and "Votre témoignage est anonyme" in page.text
    response = post_testimony(client, campaign)

    assert response.status_code == 200
    receipt = receipt_in(response)
    assert len(receipt) == 29
    assert not response.cookies and not page.cookies
    testimony = Testimony.objects.get()
    assert testimony.themes == ["effectifs", "sante_travail"]
    assert testimony.field_count.vacant_posts == 3


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"text": "", "vacant_posts": "", "vacant_months": ""}, "__all__", "Écrivez votre constat"),
        ({"text": "x" * 5001}, "text", "au plus 5000 caractères"),
        ({"departement": "2C"}, "departement", "Département inconnu"),
        ({"departement": ""}, "departement", "Ce champ est obligatoire"),
        ({"text": "<script>alert(1)</script> bonjour"}, "text", "balises"),
        ({"text": "Bonjour\x07 à tous"}, "text", "caractères de contrôle"),
        ({"text": "Bon\u200bjour"}, "text", "caractères invisibles"),
        ({"vacant_posts": "-3"}, "vacant_posts", "supérieure ou égale à 0"),
        (
            {"measures_waiting": "4", "measures_median_days": "1000000000"},
            "measures_median_days",
            "inférieure ou égale",
        ),
        ({"absences_people": "2", "absences_days": "300"}, "absences_days", "Plus de jours que de collègues"),
        ({"absences_people": "100000"}, "absences_people", "inférieure ou égale à 500"),
        ({"vacant_posts": "deux"}, "vacant_posts", "Saisissez un nombre entier"),
        ({"themes": ["inconnu"]}, "themes", "Sélectionnez un choix valide"),
        ({"form_started": "TOO_FAST"}, "__all__", "trop vite"),
    ],
)
def test_bad_input_gets_a_french_message_and_writes_nothing(client, campaign, overrides, field, message):
    response = post_testimony(client, campaign, **overrides)
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors, response.context["form"].errors
    assert not Testimony.objects.exists() and not FieldCount.objects.exists()


def test_the_follow_up_page_reads_questions_takes_an_answer_and_deletes(client, campaign):
    testimony, receipt = submit(campaign=campaign)
    services.testimony_ask(testimony=testimony, question="Quel service ?", actor=None)
    url = reverse("testimonies:follow_up")

    page = client.post(url, {"receipt": receipt.lower()})
    assert "Quel service ?" in page.text and "[téléphone]" in page.text
    assert not page.cookies

    client.post(url, {"receipt": receipt, "action": "answer", "text": "L'ASE du Nord."})
    testimony.refresh_from_db()
    assert testimony.status == Testimony.Status.TO_REVIEW

    client.post(url, {"receipt": receipt, "action": "delete"})  # not confirmed: nothing happens
    assert Testimony.objects.exists()
    gone = client.post(url, {"receipt": receipt, "action": "delete", "confirm": "oui"})
    assert "Votre témoignage est supprimé" in gone.text
    assert not Testimony.objects.exists()


def test_unknown_and_wrong_receipts_get_the_same_answer(client, campaign):
    _testimony, receipt = submit(campaign=campaign, redact=False)
    url = reverse("testimonies:follow_up")
    wrong = client.post(url, {"receipt": receipt[:-1] + ("B" if receipt[-1] != "B" else "C")})
    unknown = client.post(url, {"receipt": "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"})
    malformed = client.post(url, {"receipt": "' OR 1=1 --"})
    assert wrong.status_code == unknown.status_code == malformed.status_code == 404
    assert wrong.context["form"].errors == unknown.context["form"].errors == malformed.context["form"].errors


def test_brute_forcing_receipts_is_rate_limited(client, campaign):
    from concertons.testimonies.views import RECEIPT_TRIES_PER_HOUR_WITHOUT_POW

    url = reverse("testimonies:follow_up")
    for _ in range(RECEIPT_TRIES_PER_HOUR_WITHOUT_POW):  # no proof-of-work here (test_receipt_dos.py)
        assert client.post(url, {"receipt": "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"}).status_code == 404
    assert client.post(url, {"receipt": "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"}).status_code == 429


def test_the_wall_lists_published_testimonies_with_stable_links(client, campaign):
    published, _r = submit(campaign=campaign)
    services.testimony_publish(testimony=published, actor=None)
    submit(campaign=campaign, text="Un autre, pas encore relu, sur Mme Poulain.")

    wall = client.get(reverse("testimonies:wall", args=[campaign.slug]))
    assert published.masked_text.split(".")[0] in wall.text
    assert "Poulain" not in wall.text
    link = reverse("testimonies:wall_detail", args=[campaign.slug, published.public_id])
    assert link in wall.text
    assert client.get(link).status_code == 200
    assert not client.get(reverse("testimonies:wall", args=[campaign.slug]), {"theme": "management"}).context[
        "entries"
    ]
    assert client.get(reverse("testimonies:wall_detail", args=[campaign.slug, "inconnu"])).status_code == 404


def test_the_wall_can_be_searched_by_words_and_read_page_by_page(client, campaign):
    for n in range(23):
        testimony, _r = submit(
            campaign=campaign, text=f"Constat numéro {n} : trop de dossiers.", redact=False
        )
        services.testimony_redact(testimony=testimony)
        testimony.refresh_from_db()
        services.testimony_publish(testimony=testimony, actor=None)
    special, _r = submit(campaign=campaign, text="Les éducatrices de l'ASE sont épuisées.", redact=False)
    services.testimony_redact(testimony=special)
    special.refresh_from_db()
    services.testimony_publish(testimony=special, actor=None)
    url = reverse("testimonies:wall", args=[campaign.slug])

    first = client.get(url)
    assert len(first.context["entries"]) == 20 and "24 constats." in first.text
    assert "Page 1 sur 2" in first.text
    assert len(client.get(url, {"page": "2"}).context["entries"]) == 4
    found = client.get(url, {"mots": "EDUCATRICES epuisees"})  # no accents, capitals: still found
    assert [entry.testimony.pk for entry in found.context["entries"]] == [special.pk]
    assert client.get(url, {"mots": "introuvable"}).context["entries"] == []
    hostile = client.get(url, {"mots": "<script>alert(1)</script>", "page": "zz"})
    assert hostile.status_code == 200 and "<script>alert(1)" not in hostile.text
    assert hostile.context["entries"] == []
    invisible = client.get(url, {"mots": "tr\u200bop"})
    assert "caractères invisibles" in invisible.text and len(invisible.context["entries"]) == 20
