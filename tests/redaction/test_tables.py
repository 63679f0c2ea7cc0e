"""Tables pasted from a spreadsheet or a program: the header says what each column holds."""

import pytest

from .helpers import assert_kept, masked

CAF_TABLE = (
    "Tableau des secours versés en mars :\n"
    "Bénéficiaire | N° alloc | Montant | IBAN\n"
    "HOARAU Marie-Josée | 4410982 | 150 € | FR76 3000 4012 3400 0178 4520 129\n"
    "FONTAINE Lucette | néant | 200 € | chèque\n"
    "Le fichier n'avait pas de mot de passe."
)


def test_cells_take_the_label_of_their_column():
    assert masked(CAF_TABLE).splitlines()[2:4] == [
        "[personne] | [n° de dossier] | 150 € | [iban]",
        "[personne] | néant | 200 € | chèque",
    ]


def test_a_tab_separated_extract_with_birth_dates_is_masked():
    text = (
        "Relevé recopié du logiciel :\n"
        "Nom\tPrénom\tNé(e) le\tN° dossier BDF\n"
        "Santucci\tGhjuvanni\t08/1974\t0202A24-031877\n"
        "La Banque de France demande l'original."
    )
    assert masked(text).splitlines()[2] == "[personne]\t[personne]\t[date de naissance]\t[n° de dossier]"


@pytest.mark.parametrize(
    "text",
    [
        "Postes | Vacants | Délai\nAS polyvalence | 12 | 6 mois\nPMI | 4 | 9 mois\nC'est intenable.",
        "Enfants | Attente\n14 | 3 mois\nLe chiffre ne baisse pas, il monte chaque année.",
        "Une phrase | avec une barre, sans tableau derrière, reste telle quelle pour tout le monde.",
    ],
)
def test_tables_of_figures_stay(text):
    assert masked(text) == text


def test_a_row_that_does_not_fit_the_header_ends_the_table():
    text = "Nom | Prénom\nDiallo | Awa\nMerci à toutes | à tous pour ce travail.\n"
    output = masked(text)
    assert "[personne] | [personne]" in output
    assert_kept(text, "Merci à toutes | à tous")
