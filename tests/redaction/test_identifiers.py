import pytest
from stdnum import iban
from stdnum.fr import nir

from concertons.redaction import Label

from .helpers import assert_hidden, found, masked

VALID_NIR = "1850578006084" + nir.calc_check_digits("1850578006084")
CORSICAN_NIR = "290122A123456" + nir.calc_check_digits("290122A123456")


def spaced_nir(value: str) -> str:
    return f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} {value[10:13]} {value[13:]}"


@pytest.mark.parametrize(
    "value",
    [
        VALID_NIR,
        spaced_nir(VALID_NIR),
        CORSICAN_NIR,
        spaced_nir(CORSICAN_NIR),
        VALID_NIR[:13] + " " + VALID_NIR[13:],
        ".".join(
            [
                VALID_NIR[0],
                VALID_NIR[1:3],
                VALID_NIR[3:5],
                VALID_NIR[5:7],
                VALID_NIR[7:10],
                VALID_NIR[10:13],
                VALID_NIR[13:],
            ]
        ),
    ],
)
def test_nir_with_a_valid_key_is_masked_with_or_without_spaces(value):
    text = f"Son numéro est {value} et il attend."
    assert found(text) == [(value, Label.NIR)]
    assert masked(text) == "Son numéro est [n° sécu] et il attend."


def test_nir_with_a_wrong_key_is_masked_when_announced():
    wrong = VALID_NIR[:-2] + ("00" if VALID_NIR[-2:] != "00" else "01")
    assert masked(f"n° sécu : {wrong}") == "n° sécu : [n° sécu]"


def test_iban_is_checked_and_masked():
    value = "FR76 3000 6000 0112 3456 7890 189"
    assert iban.is_valid(value)
    assert found(f"IBAN : {value} MERCI") == [(value, Label.IBAN)]
    assert masked(f"Virement sur {value.replace(' ', '')}.") == "Virement sur [iban]."


@pytest.mark.parametrize(
    "value",
    ["fr76 1027 8726 3864 5159 1858 868", "FR76 17515 09632 79438246637 27", "FR7610107999232197353033971"],
)
def test_iban_in_lower_case_or_grouped_like_a_rib_is_masked(value):
    assert masked(f"versement sur {value}, merci") == "versement sur [iban], merci"


def test_two_ibans_in_a_row_are_both_masked():
    value = "FR76 3000 6000 0112 3456 7890 189"
    assert masked(f"{value}, {value.replace(' ', '')}") == "[iban], [iban]"


def test_iban_shape_with_a_wrong_key_is_masked_only_when_announced():
    wrong = "FR76 3000 6000 0112 3456 7890 188"
    assert masked(f"son IBAN {wrong}") == "son IBAN [iban]"


@pytest.mark.parametrize(
    "email",
    [
        "lea.martin@gmail.com",
        "j-p.dupont+caf@cd47.fr",
        "sandrine_b@orange.fr",
        "lea.martin (at) gmail (dot) com",
    ],
)
def test_email_addresses_are_masked(email):
    text = f"Écrire à {email} avant lundi."
    assert masked(text) == "Écrire à [courriel] avant lundi."


@pytest.mark.parametrize(
    ("text", "case_id"),
    [
        ("le dossier n° 2023-ASE-0456 est bloqué", "2023-ASE-0456"),
        ("dossier n°12345, la famille attend", "12345"),
        ("réf. : AB/12/345", "AB/12/345"),
        ("numéro allocataire CAF : 7654321", "7654321"),
        ("dossier MDPH n° 75-2021-001234 en attente", "75-2021-001234"),
        ("la mesure 2021/AEMO/12 n'a jamais commencé", "2021/AEMO/12"),
        ("Identifiant dans le logiciel : INDIV-00458721.", "INDIV-00458721"),
        ("Le numéro de l'enfant sur le jugement, 23/00415, ne correspond pas", "23/00415"),
        ("numéro unique 059 1117 0019 487. À chaque renouvellement", "059 1117 0019 487"),
        ("référence client 4001 2873 551, mais", "4001 2873 551"),
        ("Son numéro d'écrou, 48291, figure partout", "48291"),
        ("l'audience RG 22/00871 est reportée", "RG 22/00871"),
        ("la famille Hakimi, SIAO-62-2024-11208, attend", "SIAO-62-2024-11208"),
    ],
)
def test_case_numbers_are_masked(text, case_id):
    assert (case_id, Label.CASE_ID) in found(text)
    assert_hidden(text, case_id)


@pytest.mark.parametrize(
    "text",
    [
        "le dossier est en attente depuis 2019",
        "dossier du 12 mars",
        "n° 3 sur la liste",
        "le dossier n° 2023",
    ],
)
def test_years_and_ranks_after_a_case_word_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    "separator",
    [" - ", " / ", "  ", "-", " – ", "/", " clé ", " clé : "],
)
@pytest.mark.parametrize("digits", [VALID_NIR[:13], spaced_nir(VALID_NIR)[:-3]])
def test_nir_key_set_apart_belongs_to_the_nir(digits, separator):
    value = f"{digits}{separator}{VALID_NIR[13:]}"
    text = f"Mme Dupuis, {value}, n'a plus de mutuelle."
    assert (value, Label.NIR) in found(text)
    assert_hidden(text, VALID_NIR[13:] + ",")


def test_nir_key_set_apart_is_checked_without_a_keyword():
    # No "n° sécu" before it: only the key, read with the 13 digits, says it is a NIR.
    value = f"{VALID_NIR[:13]} - {VALID_NIR[13:]}"
    assert masked(f"Léon, {value}, attend.").endswith("[n° sécu], attend.")


@pytest.mark.parametrize(
    ("text", "case_id"),
    [
        ("dossier FSL fsl 2018 8915. La convocation", "fsl 2018 8915"),
        ("leur numero de dossier fsl cest fsl 2023 4471 merci", "fsl 2023 4471"),
        ("dossier rsa RSA 2024 03871 en attente", "RSA 2024 03871"),
        ("la RQTH au bout de onze mois, MDPH 0302019924279, trop tard", "0302019924279"),
        ("son dossier 0592018171681 attend", "0592018171681"),
        ("MDPH : 059 2023 001234.", "059 2023 001234"),
    ],
)
def test_lower_case_and_mdph_case_numbers_are_masked(text, case_id):
    assert (case_id, Label.CASE_ID) in found(text)
    assert_hidden(text, case_id)


def test_an_announcing_word_stays_outside_the_case_number():
    assert found("référence client 4001 2873 551, mais") == [("4001 2873 551", Label.CASE_ID)]
    assert found("numéro de dossier MDPH 0592023001234") == [("0592023001234", Label.CASE_ID)]


@pytest.mark.parametrize(
    "text",
    [
        "Budget 2023 : 1 200 000 euros, 1 300 000 en 2024.",
        "Le code INSEE 59512 et le 59350, 2 communes.",
        "Entre 2019 et 2023 1234 familles ont été suivies.",
    ],
)
def test_budgets_codes_and_counts_are_not_case_numbers(text):
    assert [label for _text, label in found(text) if label == Label.CASE_ID] == []


def test_nir_key_in_brackets_belongs_to_the_nir():
    value = f"{spaced_nir(VALID_NIR)[:-3]} ({VALID_NIR[13:]})"
    assert found(f"Son NIR : {value}, à vérifier.") == [(value, Label.NIR)]


@pytest.mark.parametrize(
    ("text", "case_id"),
    [
        ("on a déposé fsl 2018 8915 hier", "fsl 2018 8915"),
        ("voir fsl-2021-6801 et la suite", "fsl-2021-6801"),
        ("la demande rsa-2024-03871 attend", "rsa-2024-03871"),
    ],
)
def test_scheme_references_in_lower_case_need_no_keyword(text, case_id):
    assert (case_id, Label.CASE_ID) in found(text)


@pytest.mark.parametrize("text", ["le RSA 2024 coûte cher", "la covid-19 a tout changé", "en 2023-2024 ok"])
def test_a_scheme_and_a_year_are_not_a_case_number(text):
    assert masked(text) == text


def test_a_scheme_naming_the_kind_of_file_stays_outside_its_number():
    assert found("dossier baj 2025/103861, en attente") == [("2025/103861", Label.CASE_ID)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jugement rg 18/05822 : le jaf a fixé", "jugement [n° de dossier] :"),
        ("le dossier de gianni (2023-ase-4386) a été transféré", "([n° de dossier])"),
        ("la référence tut-13-2019-0442 circule", "la référence [n° de dossier] circule"),
    ],
)
def test_case_numbers_typed_in_lower_case_are_masked(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize("text", ["je 12/2023 j'ai vu la cheffe.", "le covid-19 a tout changé."])
def test_months_and_diseases_are_no_case_numbers(text):
    assert masked(text) == text


def test_a_court_reference_of_assistance_educative_is_masked():
    assert "dossier [n° de dossier] :" in masked("Rapport transmis au juge, dossier AE 23/00467 : la mère")


def test_an_iban_after_a_code_shaped_like_an_iban_start_is_found():
    assert masked("code Hf91ExTD FR76 3000 6000 0112 3456 7890 189 fin") == "code Hf91ExTD [iban] fin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("matricule M-0045871 à l'appui.", "matricule [n° de dossier] à"),
        ("Réf. dossier : 2024/004518.", "Réf. dossier : [n° de dossier]."),
        ("NUD 0591223456789 pour la demande", "NUD [n° de dossier] pour"),
    ],
)
def test_staff_numbers_references_and_housing_request_numbers_are_masked(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office's name as a form's label
        (
            "Numéros :\nCAF : 6012457\nFrance Travail : 7734102M\n",
            "CAF : [n° de dossier]\nFrance Travail : [n° de dossier]",
        ),
        ("MDPH : 971-2024-003128 depuis mars", "MDPH : [n° de dossier] depuis"),
        # letters before, inside or after the number belong to it
        ("dossier JE/MNA-24-0193.", "dossier [n° de dossier]."),
        ("parquet n° P.24.117.0932 pour la plainte", "parquet n° [n° de dossier] pour"),
        ("BAJ n° 2024/005871 B pour l'aide", "BAJ n° [n° de dossier] pour"),
        ("Note au juge, dossier J 23/00417-2 :", "dossier [n° de dossier] :"),
        ("le numéro ASE ASE.59.K-88412 et", "le numéro ASE [n° de dossier] et"),
        ("l'ordonnance du juge des enfants A24/0317-B et", "des enfants [n° de dossier] et"),
    ],
)
def test_case_numbers_after_an_office_or_with_letters_are_masked_whole(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    ["CAF : 450 € par mois, rien de plus.", "MDPH : 2023 a été une année noire.", "CAF : 1 250 € de rappel."],
)
def test_amounts_and_years_after_an_office_are_no_case_numbers(text):
    assert masked(text) == text


def test_a_scheme_year_and_number_with_a_hyphen_is_one_reference():
    assert "l'AEMO [n° de dossier] touche" in masked("l'AEMO AEMO 2024-0933 touche à sa fin en juin.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Référent RSA : Yannick. CAF 3391057.", "3391057"),
        ("Réfugiée statutaire depuis 2019, OFPRA 19-03-01172.", "19-03-01172"),
        ("Dans SOLIS la fiche INDIV-00458721 et une autre fiche.", "INDIV-00458721"),
        ("Objet : Demandeur 5521086P", "5521086P"),
        ("Dossier FSL énergie, facture Engie réf. 310 045 872 114, RIB joint.", "310 045 872 114"),
    ],
)
def test_numbers_after_an_office_s_name_or_of_a_known_shape_are_case_ids(text, number):
    assert (number, Label.CASE_ID) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pour l'AAH tout passe par le formulaire MDPH 15692*01.",
        "Le numéro de la réunion Teams, 385 227 914 061, est affiché au tableau.",
        "La CAF 59 a fermé ses accueils en 2024.",
    ],
)
def test_forms_meetings_and_departements_are_not_case_ids(text):
    assert all(label != Label.CASE_ID for _, label in found(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Audience du tribunal, dossier JI 24/0043, reportée.", "JI 24/0043"),
        ("Réf. LGR 0041 872 356 du bailleur, relance envoyée.", "LGR 0041 872 356"),
    ],
)
def test_capitals_opening_a_case_number_are_part_of_it(text, number):
    assert (number, Label.CASE_ID) in found(text)


def test_the_office_before_a_case_number_stays_readable():
    assert ("3391057", Label.CASE_ID) in found("Référent RSA : Yannick. CAF 3391057.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("N/Réf : DS/ASE/2024-0871, merci de la rappeler.", "DS/ASE/2024-0871"),
        ("Mutuelle : adhérent MUT-0045871-A depuis mars.", "MUT-0045871-A"),
        ("Son dossier C2S-2024-458712 est bloqué.", "C2S-2024-458712"),
        ("INE de Yanis : 0912345678K, demandé par le collège.", "0912345678K"),
        ("Extrait GED 000123456 joint au rapport.", "000123456"),
        ("Hospitalisé (NIP 1200458, séjour 24087451).", "1200458"),
    ],
)
def test_codes_of_letters_and_figures_and_software_numbers_are_case_ids(text, number):
    assert (number, Label.CASE_ID) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le numéro de lot du vaccin, 4K7821, est à recopier.",
        "L'instruction interministérielle n° DGCS/SD1/2025/14 est arrivée.",
        "Réclamez le différentiel avec le modèle joint, réf. RH-FRAIS-2024.",
        "Le COVID-19 a tout changé.",
    ],
)
def test_batches_instructions_and_form_letters_are_not_case_ids(text):
    assert all(label != Label.CASE_ID for _, label in found(text))


def test_a_case_number_ends_at_the_line_before_a_field_in_capitals():
    assert ("2024-APA-00871", Label.CASE_ID) in found("Dossier APA 2024-APA-00871\nGIR 3, plan notifié")


def test_a_portalis_number_is_a_case_id():
    assert found("Audience du JE, n° Portalis DBVA-Y-4587-XK : placement") == [
        ("DBVA-Y-4587-XK", Label.CASE_ID)
    ]


def test_two_figures_that_are_no_day_and_month_make_a_file_number():
    assert ("13-24-0875", Label.CASE_ID) in found("Dossier 13-24-0875. Passage en préfecture.")


@pytest.mark.parametrize(
    "text",
    [
        "Dossier déposé le 04/01, récépissé le 22/03.",
        "Prévoir l'interprète pour le dossier de 15h30.",
        "La chambre criminelle (Cass. crim., 12 janvier 2022, n° 21-84.104) l'a jugé.",
        "Préavis déposé sous le n° 2024-117, rendez-vous devant la préfecture.",
    ],
)
def test_dates_times_case_law_and_strike_notices_are_not_case_ids(text):
    assert masked(text) == text
