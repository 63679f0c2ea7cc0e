"""Every hostile or malformed input gets a French message on the right field, and nothing is written."""

import pytest
from django.urls import reverse

from concertons.mailer.models import OutgoingEmail
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import sign_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignFactory()


def post(client, campaign, **overrides):
    return client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data(**overrides))


def field_errors(response, field: str) -> list[str]:
    return response.context["form"].errors.get(field, [])


@pytest.mark.parametrize(
    "last_name", ["O'Neil", "N'Diaye", "de La Tour", "Le Goff", "D’Almeida", "Ñúñez", "Dupont-Moretti"]
)
def test_names_with_apostrophes_particles_and_accents_are_kept_as_written(client, campaign, last_name):
    response = post(client, campaign, last_name=last_name, first_name="Jean-Édouard")
    assert response.status_code == 302, response.context["form"].errors
    signature = Signature.objects.get()
    assert (signature.last_name, signature.first_name) == (last_name, "Jean-Édouard")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("last_name", "<script>alert(1)</script>", "ne peut contenir que des lettres"),
        ("last_name", "Robert'); DROP TABLE signatures_signature;--", "ne peut contenir que des lettres"),
        ("last_name", "Du\x00pont", "caractère nul"),
        ("last_name", "Du\x07pont", "caractères de contrôle"),
        ("last_name", "Du\u200bpont", "caractères invisibles"),
        ("first_name", "\u202eenna", "caractères invisibles"),
        ("last_name", "😀😀😀", "doit contenir des lettres"),
        ("last_name", "A" * 10_000, "au plus 100 caractères"),
        ("first_name", "", "Ce champ est obligatoire."),
        ("workplace", "<img src=x onerror=alert(1)>", "< et >"),
        ("job_title", "x" * 10_000, "au plus 150 caractères"),
        ("comment", "y" * 10_000, "au plus 1000 caractères"),
        ("email", "pas-une-adresse", "Saisissez une adresse de courriel valide."),
        ("email", "a@b", "Saisissez une adresse de courriel valide."),
        ("email", "", "Ce champ est obligatoire."),
        ("departement", "2C", "Département inconnu"),
        ("departement", "00", "Département inconnu"),
        ("departement", "975", "Département inconnu"),
        ("commune", "Zzyzx-les-Bains", "Nous ne trouvons pas cette commune"),
        ("profession", "astronaute", "Sélectionnez un choix valide"),
        ("consent", None, "Cochez cette case pour signer"),
    ],
)
def test_bad_input_gets_a_french_message_on_its_field_and_writes_nothing(
    client, campaign, field, value, message
):
    response = post(client, campaign, **{field: value})

    assert response.status_code == 200
    errors = " ".join(field_errors(response, field))
    assert message in errors, response.context["form"].errors
    assert Signature.objects.count() == 0
    assert OutgoingEmail.objects.count() == 0


def test_a_misspelt_commune_is_refused_with_the_close_ones(client, campaign):
    response = post(client, campaign, commune="Lile", departement="")
    assert "Vouliez-vous dire : Lille (59)" in " ".join(field_errors(response, "commune"))
    assert Signature.objects.count() == 0


def test_a_commune_outside_the_chosen_departement_is_refused_with_where_it_is(client, campaign):
    response = post(client, campaign, commune="Agen", departement="59")
    assert "n'est pas dans le département 59 (elle est dans : 47)" in " ".join(
        field_errors(response, "commune")
    )
    assert Signature.objects.count() == 0


def test_an_ambiguous_commune_asks_for_the_departement(client, campaign):
    response = post(client, campaign, commune="Saint-Denis", departement="")
    errors = " ".join(field_errors(response, "departement"))
    assert "Plusieurs communes portent ce nom" in errors and "93" in errors and "974" in errors

    response = post(client, campaign, commune="Saint Denis", departement="974")
    assert response.status_code == 302
    assert Signature.objects.get().departement == "974"


def test_departement_is_derived_from_an_unambiguous_commune(client, campaign):
    post(client, campaign, commune="bully les mines", departement="")
    signature = Signature.objects.get()
    assert (signature.commune, signature.departement, signature.commune_insee) == (
        "Bully-les-Mines",
        "62",
        "62186",
    )


def test_a_lower_case_departement_code_is_understood(client, campaign):
    assert post(client, campaign, commune="Ajaccio", departement="2a").status_code == 302
    assert Signature.objects.get().departement == "2A"


def test_other_profession_needs_a_function(client, campaign):
    response = post(client, campaign, profession="autre", job_title="")
    assert "Précisez votre fonction" in " ".join(field_errors(response, "job_title"))


def test_html_in_a_comment_is_stored_as_text_and_shown_escaped(client, campaign):
    from concertons.signatures import services

    post(client, campaign, comment="<script>alert('x')</script> Courage !")
    signature = Signature.objects.get()
    signature.status = Signature.Status.CONFIRMED
    signature.save()
    services.signature_publish_comment(signature=signature, actor=None)

    listing = client.get(reverse("signatures:list", args=[campaign.slug]))
    assert "<script>alert" not in listing.text
    assert "&lt;script&gt;alert" in listing.text


def test_an_htmx_submission_gets_the_form_back_with_its_errors(client, campaign):
    response = client.post(
        reverse("signatures:sign", args=[campaign.slug]),
        sign_data(email="faux"),
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 422
    assert response.text.lstrip().startswith("<form")
    assert "Saisissez une adresse de courriel valide." in response.text


def test_an_htmx_submission_that_succeeds_sends_the_browser_to_the_thanks_page(client, campaign, smtp):
    response = client.post(
        reverse("signatures:sign", args=[campaign.slug]), sign_data(), headers={"HX-Request": "true"}
    )
    # Not the thanks page's HTML, which htmx would put inside the call's form: a full navigation.
    assert response["HX-Redirect"] == reverse("signatures:thanks", args=[campaign.slug])
    assert response.text == ""
