import pytest

from .helpers import assert_hidden, assert_kept, masked


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("J'ai reçu Léa Martin ce matin.", ["Léa", "Martin"]),
        (
            "MARTIN Léa et DUPONT Jean-Pierre sont suivis par l'ASE.",
            ["MARTIN", "Léa", "DUPONT", "Jean-Pierre"],
        ),
        ("Mme Dupont refuse la mesure.", ["Dupont"]),
        ("M. Benali est venu seul.", ["Benali"]),
        ("Le Dr Nguyen a signé le certificat.", ["Nguyen"]),
        ("Kylian pleure tous les soirs.", ["Kylian"]),
        ("J'ai vu la petite Léa hier.", ["Léa"]),
        ("Jean-Baptiste de La Fontaine est arrivé.", ["Jean-Baptiste", "Fontaine"]),
        ("J'ai accompagné M. et Mme N'Diaye chez le juge.", ["N'Diaye"]),
        ("la petite léa et son frère kevin ont été placés", ["léa", "kevin"]),
        ("madame benali est épuisée", ["benali"]),
        ("Ma cheffe, Sandrine, refuse mes rapports.", ["Sandrine"]),
        ("La famille Kowalczyk attend depuis six mois.", ["Kowalczyk"]),
        ("Rose est partie en congé maladie.", ["Rose"]),
    ],
)
def test_names_are_masked_in_every_written_form(text, names):
    assert_hidden(text, *names)


def test_titles_stay_outside_the_mask():
    assert masked("Mme Dupont et M. Martin") == "Mme [personne] et M. [personne]"


def test_first_and_family_name_make_one_placeholder():
    assert masked("Léa MARTIN arrive.") == "[personne] arrive."


def test_a_name_found_once_is_masked_everywhere_in_the_text():
    assert masked("Léa MARTIN est arrivée. Plus tard, MARTIN a appelé.") == (
        "[personne] est arrivée. Plus tard, [personne] a appelé."
    )


def test_a_common_word_after_a_name_is_not_a_name_again():
    assert_kept("Rose est partie. La rose du jardin est fanée.", "rose du jardin")


def test_town_of_a_first_name_stays_when_it_is_a_place():
    assert_kept("Nous sommes allés à Nancy voir la directrice.", "à Nancy")


def test_town_named_like_a_person_of_the_text_is_masked_too():
    assert masked("Nancy a appelé. Nous sommes allés à Nancy.") == (
        "[personne] a appelé. Nous sommes allés à [personne]."
    )


def test_people_named_in_school_names_stay():
    assert_kept("Le collège Jean Moulin a signalé la situation.", "collège Jean Moulin")
