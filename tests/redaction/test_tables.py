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


def test_an_extract_aligned_with_blanks_is_read_by_its_header():
    text = (
        "Extraction\nNUMIND     NOM           PRENOM     DATNAIS\n"
        "004581227  HOAREAU       Jean-Luc   14/08/1979\n004581228  HOAREAU       Mathéo     02/02/2011"
    )
    output = masked(text)
    for secret in ("004581227", "HOAREAU", "Jean-Luc", "14/08/1979", "Mathéo", "02/02/2011"):
        assert secret not in output
    assert "NUMIND" in output and "DATNAIS" in output


def test_a_naiss_column_holds_birth_dates():
    text = "ID | NOM | PRENOM | NAISS | SEXE\nX | KACZMAREK | Zofia | 2015-03-03 | F"
    assert "2015-03-03" not in masked(text)
