"""The project's names model (concertons/redaction/data/names): names no list knows, and what it
must not take for names."""

import pytest

from concertons.redaction import nlp

from .helpers import assert_hidden, masked


def test_the_shipped_model_holds_no_vectors_and_labels_names():
    files = {path.name for path in nlp.NAMES_DIR.iterdir()}
    assert "vocab" not in files and "tokenizer" not in files
    size = sum(path.stat().st_size for path in nlp.NAMES_DIR.rglob("*") if path.is_file())
    assert size < 10_000_000
    assert nlp.names_model().get_pipe("ner").labels == (nlp.NAME_LABEL,)


def test_the_names_model_splits_words_as_the_french_model_does():
    # the engine tokenises a text once for both models (engine._read)
    text = (
        "M. N'Diaye-Lefèvre (dite « Mimi »), 3 bis rue de l'Église, 06.12.34.56.78 ; aujourd'hui : "
        "l'ASE/PJJ a vu J.-P. & Léa-Marie à 14h30… #urgent https://ex.fr/a?b=c"
    )
    words = [token.text for token in nlp.load().make_doc(text)]
    assert [token.text for token in nlp.names_model().make_doc(text)] == words


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("J'ai rappelé tesfaye ce matin pour son loyer, il ne répond plus.", "tesfaye"),
        pytest.param(
            "vu ouazzani au guichet, il repasse lundi pour la CAF",
            "ouazzani",
            marks=pytest.mark.xfail(
                strict=True, reason="the names model retrained on 2026-12-03 no longer finds it (known miss)"
            ),
        ),
    ],
)
def test_a_name_no_list_knows_is_masked(text, secret):
    assert_hidden(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "Commune de naissance : Kayseri (Turquie). Le logiciel refuse les communes étrangères.",
        "Ils vivent aux Mureaux, les Mureaux c'est loin de tout.",
        "« mwen manké lajan », m'a-t-elle dit en créole, et elle a pleuré.",
        "jsp le num, tkt je rappelle demain, slt",
    ],
)
def test_places_phrases_of_other_languages_and_chat_words_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Entretien avec AHMADZAI Sardar, arrivé de Kaboul en mars.", ["AHMADZAI", "Sardar"]),
        ("Rencontré Mme Nhung Wu à la PMI, le bébé va bien.", ["Nhung", "Wu"]),
    ],
)
def test_the_parts_of_a_name_no_list_knows_are_masked_beside_the_rest(text, secrets):
    for secret in secrets:
        assert_hidden(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mamie Bruna garde les enfants le mercredi.", "Mamie"),
        ("Bébé Nour, DDN 02/05/2024, vu en consultation.", "Bébé"),
        ("Léa MARTIN CESF au CMP depuis mars.", "CMP"),
        ("Léa MARTIN CESF au CMP depuis mars.", "CESF"),
        ("De Marie, je ne sais rien.", "De"),
    ],
)
def test_family_words_and_acronyms_beside_a_name_stay(text, kept):
    assert kept in masked(text)


def test_a_first_name_that_is_a_small_commune_is_a_colleague_after_de():
    assert_hidden("t as vu le mail de vero ? encore un tableau a remplir pr vendredi", "vero")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mme Hala al-Khatib et M. Khaled el-Hamwi sont venus ensemble.", "al-Khatib"),
        ("Maria do Céu a appelé pour le loyer.", "do Céu"),
        ("Signé DUHAMEL C. pour la direction.", "C."),
        ("Marine: visite au terrain ce matin\nCédric: le grand a 12 ans ?\nMarine: oui", "Marine"),
    ],
)
def test_particles_initials_and_chat_speakers_are_masked_with_the_name(text, secret):
    assert_hidden(text, secret)


def test_form_labels_opening_lines_are_not_speakers():
    text = "Objet: relance du dossier\nRappel: réunion jeudi\nConclusion: rien de neuf"
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Le rapport est signé J-P. M. pour le service.", "M."),
        ("Mme Zaïnaba binti Ahamadi est venue avec ses trois enfants.", "binti Ahamadi"),
    ],
)
def test_an_initial_after_a_name_and_a_shimaore_filiation_are_masked(text, secret):
    assert_hidden(text, secret)
