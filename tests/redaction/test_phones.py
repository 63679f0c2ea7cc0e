import pytest

from concertons.redaction import Label

from .helpers import assert_kept, found, masked


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "06/12/34/56/78",
        "06 12 345 678",
        "+33 6 12 34 56 78",
        "+33612345678",
        "+33 (0)6 12 34 56 78",
        "0033 6 12 34 56 78",
        "0033612345678",
        "05 53 69 47 00",
        "+262 692 12 34 56",
        "+44 20 7946 0958",
        "(+33) 3 20 44 59 62",
        "0693 41 28 57",
    ],
)
def test_french_phone_formats_are_masked(phone):
    text = f"Vous pouvez joindre la maman au {phone}, après 17 h."
    assert found(text) == [(phone, Label.PHONE)]
    assert masked(text) == "Vous pouvez joindre la maman au [téléphone], après 17 h."


def test_text_that_is_only_a_phone_number_is_fully_masked():
    assert masked("0612345678") == "[téléphone]"
    assert masked(" 06 12 34 56 78\n") == " [téléphone]\n"


@pytest.mark.parametrize(
    "text",
    [
        "La réunion du 01/02/2023 12 familles présentes.",
        "12 postes vacants, 3 mois d'attente, 115 appels.",
        "Budget 2023 : 1 200 000 euros.",
        "Appelez le 119 ou le 115.",
    ],
)
def test_dates_counts_and_short_numbers_are_not_phones(text):
    assert [label for _text, label in found(text) if label == Label.PHONE] == []


def test_figures_stay_readable_next_to_a_phone():
    assert_kept("12 postes vacants, rappeler au 06 12 34 56 78", "12 postes vacants")


@pytest.mark.parametrize(
    "phone", ["01  00  91  23  32", "06\u00a0\u00a012\u00a0\u00a034\u00a0\u00a056\u00a0\u00a078"]
)
def test_pairs_separated_by_two_blanks_are_a_phone(phone):
    text = f"il faut appeler le {phone}. Les familles"
    assert found(text) == [(phone, Label.PHONE)]


@pytest.mark.parametrize("phone", ["06 12.34.56.78", "06.12 34-56 78"])
def test_pairs_with_mixed_separators_are_a_phone(phone):
    assert found(f"au {phone}, merci") == [(phone, Label.PHONE)]


@pytest.mark.parametrize(
    "text", ["le 01.02.2023 12 familles", "de 08.30-12.30 le lundi", "les 06-07 juin 2024"]
)
def test_dates_and_hours_with_mixed_separators_are_not_phones(text):
    assert [label for _text, label in found(text) if label == Label.PHONE] == []


def test_two_blanks_between_a_figure_and_a_count_are_not_a_phone():
    assert [label for _text, label in found("les 06  12 familles, 04  30 ans") if label == Label.PHONE] == []


@pytest.mark.parametrize("text", ["appelle au 0694.21.33.44 demain", "appelle au 0692-44-17-83 demain"])
def test_overseas_numbers_written_in_four_then_pairs_are_masked(text):
    assert masked(text) == "appelle au [téléphone] demain"


def test_a_number_cut_by_the_end_of_a_line_is_masked_whole():
    assert masked("Numéro de l'éducatrice : 06 12 57\n84 39 (elle préfère les SMS).") == (
        "Numéro de l'éducatrice : [téléphone] (elle préfère les SMS)."
    )
