import pytest

from concertons.accounts.models import AuditEntry
from concertons.signatures import importing, list_reading
from concertons.signatures.list_reading import parse_csv, parse_entry, parse_list, profession_from_function
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory

# The reading functions need no database, but tests/conftest.py clears the (database) cache around every test.
pytestmark = pytest.mark.django_db

EXAMPLE = (
    "MARTIN Julie – puéricultrice de PMI à Lomme (59) / LE GOFF Yann - éducateur ASE (29) /\n"
    "DA SILVA Ana-Maria - assistante soc. de polyvalence à Saint Denis\n"
)


def fields(entry, *names):
    return tuple(entry.data[name] for name in names)


# --- Reading a list (no database) ---------------------------------------------------------------------------------


def test_the_example_lines_give_three_entries_with_their_positions():
    martin, le_goff, da_silva = parse_list(EXAMPLE)

    assert (martin.number, martin.line) == (1, 1)
    assert fields(martin, "last_name", "first_name", "job_title", "commune", "departement") == (
        "MARTIN", "Julie", "puéricultrice de PMI", "Lomme", "59",
    )  # fmt: skip
    assert martin.data["profession"] == "puericultrice"
    assert (le_goff.number, le_goff.line) == (2, 1)
    assert fields(le_goff, "last_name", "first_name", "profession", "job_title", "commune", "departement") == (
        "LE GOFF", "Yann", "educateur", "éducateur ASE", "", "29",
    )  # fmt: skip
    assert (da_silva.number, da_silva.line) == (3, 2)
    assert fields(da_silva, "last_name", "first_name", "profession", "job_title", "commune", "departement") == (
        "DA SILVA", "Ana-Maria", "assistant_social", "assistante soc. de polyvalence", "Saint Denis", "",
    )  # fmt: skip
    assert all(entry.is_public and not entry.problems for entry in (martin, le_goff, da_silva))


@pytest.mark.parametrize(
    "text",
    [
        "MARTIN\nJulie – puéricultrice de PMI à Lomme (59)",
        "MARTIN Julie\n– puéricultrice de PMI à Lomme (59)",
        "MARTIN Julie –\npuéricultrice de PMI à Lomme (59)",
        "MARTIN Julie – puéricultrice de\nPMI à Lomme (59)",
        "MARTIN Julie – puéricultrice de PMI à\nLomme\n(59)",
        "MARTIN   Julie —  puéricultrice\tde PMI à Lomme  (59)",
        "MARTIN\u00a0Julie \u2013 puéricultrice de PMI à Lomme (59) /",
        "  / MARTIN Julie - puéricultrice de PMI a Lomme (59) /  / \n\n / ",
    ],
)
def test_entries_broken_across_lines_or_oddly_spaced_read_the_same(text):
    (entry,) = parse_list(text)

    assert fields(entry, "last_name", "first_name", "job_title", "commune", "departement") == (
        "MARTIN", "Julie", "puéricultrice de PMI", "Lomme", "59",
    )  # fmt: skip


def test_a_line_break_ends_an_entry_only_where_a_new_one_starts():
    text = (
        "DE\nLA TOUR Jean Édouard - éducateur à\nRoubaix (59)\n"
        "DUPONT Anne - assistante sociale à Agen\n"
        "N'DIAYE Aïssatou - psychologue\n"
        "BERNARD Jean-\nPierre - infirmier (47)\n"
        "\n"
        "PETIT Paul - animateur\n"
        "ASE Lille (59)"
    )

    entries = parse_list(text)

    assert [(entry.line, entry.data["last_name"], entry.data["first_name"]) for entry in entries] == [
        (1, "DE LA TOUR", "Jean Édouard"),
        (4, "DUPONT", "Anne"),
        (5, "N'DIAYE", "Aïssatou"),
        (6, "BERNARD", "Jean-Pierre"),
        (9, "PETIT", "Paul"),
    ]
    assert entries[0].data["commune"] == "Roubaix"
    assert entries[4].data["job_title"] == "animateur ASE Lille"  # "ASE Lille" is not the start of a name
    assert entries[4].position == "entrée 5, lignes 9 à 10" and "La ligne 10, « ASE Lille (59) »" in " ".join(
        entries[4].warnings
    )
    assert [entry.number for entry in entries] == [1, 2, 3, 4, 5]


def test_empty_entries_and_blank_lines_are_skipped():
    assert parse_list(" / \n\n /  / \n") == []
    assert len(parse_list("DUPONT Anne - psychologue (47) / / / MARTIN Julie - psychologue (59) /")) == 2


def test_slashes_inside_words_do_not_split_entries():
    (entry,) = parse_list("DUPONT Anne - éducatrice à Beaumont s/ Oise (95)")

    assert entry.data["commune"] == "Beaumont s/ Oise"


@pytest.mark.parametrize(
    ("name", "last", "first", "warned"),
    [
        ("LE GOFF Yann", "LE GOFF", "Yann", False),
        ("DE LA TOUR Jean Édouard", "DE LA TOUR", "Jean Édouard", False),
        ("DA SILVA Ana-Maria", "DA SILVA", "Ana-Maria", False),
        ("O'NEIL Mary ANNE", "O'NEIL", "Mary ANNE", False),
        ("MARTIN JULIE", "MARTIN", "JULIE", True),  # all in capitals: the last word is the first name
        ("Martin Julie", "Martin", "Julie", True),  # no capitals: the first word is the last name
        ("MARTIN", "MARTIN", "", False),  # the form then asks for the first name
    ],
)
def test_the_last_name_is_the_leading_words_in_capitals(name, last, first, warned):
    entry = parse_entry(f"{name} - psychologue (47)")

    assert fields(entry, "last_name", "first_name") == (last, first)
    assert bool(entry.warnings) is warned


@pytest.mark.parametrize(
    ("text", "function", "commune", "departement"),
    [
        ("éducateur ASE (29)", "éducateur ASE", "", "29"),
        ("médecin de PMI de Lille (59)", "médecin de PMI", "Lille", "59"),
        ("infirmière à la PMI de Roubaix", "infirmière à la PMI", "Roubaix", ""),
        ("infirmière à PMI (59)", "infirmière à PMI", "", "59"),  # an acronym, not a town
        ("éducatrice à l'ASE (2a)", "éducatrice à l'ASE", "", "2a"),
        ("psychologue à Lille (Nord)", "psychologue", "Lille", "59"),
        ("médecin (PMI)", "médecin (PMI)", "", ""),
        ("cheffe de service à Saint-Denis (974)", "cheffe de service", "Saint-Denis", "974"),
        ("éducateur de rue (59)", "éducateur de rue", "", "59"),
        ("assistante sociale à agen", "assistante sociale", "agen", ""),
        ("éducatrice à temps partiel à Lille", "éducatrice à temps partiel", "Lille", ""),
    ],
)
def test_function_place_and_departement(text, function, commune, departement):
    entry = parse_entry(f"DUPONT Anne - {text}")

    assert fields(entry, "job_title", "commune", "departement") == (function, commune, departement)


@pytest.mark.parametrize(
    ("function", "profession"),
    [
        ("puéricultrice de PMI", "puericultrice"),
        ("infirmière puéricultrice", "puericultrice"),
        ("éducateur ASE", "educateur"),
        ("éducatrice spécialisée", "educateur"),
        ("éducatrice de jeunes enfants", "autre"),
        ("moniteur-éducateur", "autre"),
        ("assistante soc. de polyvalence", "assistant_social"),
        ("assistante sociale", "assistant_social"),
        ("assistant de service social", "assistant_social"),
        ("AS de secteur", "assistant_social"),
        ("assistante familiale", "assistant_familial"),
        ("assistant(e) familial(e)", "assistant_familial"),
        ("psychologue ASE", "psychologue"),
        ("infirmier", "infirmier"),
        ("CESF", "cesf"),
        ("conseillère en économie sociale et familiale", "cesf"),
        ("TISF", "tisf"),
        ("médecin de PMI", "medecin_pmi"),
        ("sage-femme", "sage_femme"),
        ("secrétaire médico-sociale", "secretaire"),
        ("cheffe de service ASE", "cadre"),
        ("chef·fe de service", "cadre"),
        ("cadre de santé", "cadre"),
        ("référente insertion", "referent_insertion"),
        ("référent RSA", "referent_insertion"),
        ("animatrice", "animateur"),
        ("conseillère conjugale et familiale", "conseiller_conjugal"),
        ("agent d'accueil", "autre"),
        ("", "autre"),
    ],
)
def test_profession_is_guessed_only_when_the_function_clearly_names_it(function, profession):
    assert profession_from_function(function) == profession


def test_a_10000_character_line_is_one_entry_refused_without_being_parsed():
    (entry,) = parse_list("DUPONT Anne - " + "éducatrice " * 1000)

    assert entry.problems and "trop longue" in entry.problems[0]


def test_invisible_and_control_characters_are_kept_for_the_form_to_refuse():
    (entry,) = parse_list("DU\u200bPONT Anne - psy\x00chologue (47)")

    assert "\u200b" in entry.data["last_name"] and "\x00" in entry.data["job_title"]
    assert "\\u200b" in entry.excerpt and "\\u0000" in entry.excerpt  # quoted, never sent raw to a terminal


# --- Reading a CSV (no database) ----------------------------------------------------------------------------------


def test_csv_with_the_export_header():
    text = (
        "last_name,first_name,profession,workplace,commune,departement,public,source,confirmed_at\r\n"
        "DUPONT,Anne,Psychologue,MDS centre,Agen,47,True,paper,2025-01-01T10:00:00+00:00\r\n"
        "\r\n"
        'MARTIN,Julie,"puéricultrice de PMI, secteur nord",,Lomme,59,False,import,\r\n'
    )

    parsed = list_reading.read_entries(text, filename="signataires.txt")
    dupont, martin = parsed.entries

    assert parsed.kind == "csv" and parsed.notes == ()
    assert (dupont.line, martin.line) == (2, 4)
    assert fields(dupont, "profession", "job_title", "workplace", "commune", "departement") == (
        "psychologue", "", "MDS centre", "Agen", "47",
    )  # fmt: skip
    assert dupont.is_public is True and martin.is_public is False
    assert fields(martin, "profession", "job_title") == (
        "puericultrice",
        "puéricultrice de PMI, secteur nord",
    )


def test_csv_with_french_headers_and_semicolons_as_excel_writes_them():
    text = "Nom;Prénom;Fonction;Lieu de travail;Commune;Département;Public;Remarque\nDUPONT;Anne;AS;;Agen;47;oui;x\n"

    parsed = list_reading.read_entries(text)
    (entry,) = parsed.entries

    assert parsed.kind == "csv"
    assert "Remarque" in parsed.notes[0]
    assert fields(entry, "last_name", "first_name", "profession", "commune") == (
        "DUPONT",
        "Anne",
        "assistant_social",
        "Agen",
    )


def test_csv_without_a_public_column_is_public_and_a_formula_prefix_is_taken_off():
    (entry,) = parse_csv("nom,prénom,fonction\nDUPONT,Anne,'=chargée de mission\n")

    assert entry.is_public is True
    assert entry.data["job_title"] == "=chargée de mission"


def test_csv_rows_with_too_many_cells_or_an_unknown_public_value_are_problems():
    too_many, unknown = parse_csv("nom,prénom,public\nDUPONT,Anne,oui,de trop\nMARTIN,Julie,peut-être\n")

    assert "4 colonnes" in too_many.problems[0]
    assert "peut-être" in unknown.problems[0]


def test_a_csv_header_without_names_is_refused():
    with pytest.raises(list_reading.ImportFileError, match="nom et du prénom"):
        parse_csv("commune,departement\nAgen,47\n")


def test_a_file_not_in_utf8_or_too_big_is_refused():
    with pytest.raises(list_reading.ImportFileError, match="UTF-8"):
        list_reading.decode("DUPONT Anne - éducatrice".encode("latin-1"))
    with pytest.raises(list_reading.ImportFileError, match="trop gros"):
        list_reading.decode(b"x" * (list_reading.MAX_FILE_BYTES + 1))
    assert list_reading.decode("\ufeffDUPONT".encode()) == "DUPONT"


# --- Checking and writing -----------------------------------------------------------------------------------------


def run(campaign, text, **options):
    return importing.signatures_import(
        campaign=campaign, entries=list_reading.read_entries(text).entries, **options
    )


def test_importing_the_example_lines_gives_three_confirmed_public_imported_signatures():
    campaign = CampaignFactory()

    report = run(campaign, EXAMPLE)

    assert report.ok and report.written == 3
    martin, le_goff, da_silva = (
        campaign.signatures.get(last_name=name) for name in ("MARTIN", "LE GOFF", "DA SILVA")
    )
    for signature in (martin, le_goff, da_silva):
        assert signature.source == Signature.Source.IMPORT
        assert signature.status == Signature.Status.CONFIRMED
        assert signature.is_public and signature.confirmed_at is not None
        assert signature.version.number == 1
        assert signature.email == "" and signature.email_key == ""
    assert martin.public_line == "MARTIN Julie - puéricultrice de PMI à Lomme (59)"
    assert (le_goff.commune, le_goff.departement) == ("", "29")
    assert le_goff.public_line == "LE GOFF Yann - éducateur ASE (29)"
    # Saint-Denis is in 11, 30, 93 and 974: the commune is kept, the département left empty, with a warning.
    assert (da_silva.commune, da_silva.commune_insee, da_silva.departement) == ("Saint-Denis", "", "")
    warned = {result.entry.data["last_name"]: result.warnings for result in report.with_warnings}
    assert set(warned) == {"DA SILVA"}
    assert "11, 30, 93, 974" in warned["DA SILVA"][0]


def test_a_known_commune_gets_its_official_name_insee_code_and_departement():
    campaign = CampaignFactory()

    run(campaign, "DUPONT Anne - assistante sociale à agen")

    signature = campaign.signatures.get()
    assert (signature.commune, signature.commune_insee, signature.departement) == ("Agen", "47001", "47")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("DUPONT - éducatrice (47)", "Prénom : Ce champ est obligatoire"),
        ("DUPONT Anne (47)", "Précisez votre fonction"),
        ("DUPONT Anne - <script>alert(1)</script> (47)", "Les signes < et > ne sont pas acceptés"),
        ("<b>DUPONT</b> Anne - éducatrice (47)", "Un nom ne peut contenir que des lettres"),
        ("ROBERT'); DROP TABLE signatures_signature;-- Bobby - x", "Un nom ne peut contenir que des lettres"),
        ("DU\u200bPONT Anne - éducatrice (47)", "caractères invisibles"),
        ("DUPONT Anne - édu\u202ecatrice (47)", "caractères invisibles"),
        ("DUPONT Anne - éducatrice\x00 (47)", "Le caractère nul n’est pas autorisé"),
        ("DUPONT Anne - éducatrice\x1b[2J (47)", "caractères de contrôle"),
        ("DUPONT Anne - " + "x" * 10_000, "Entrée trop longue"),
    ],
)
def test_invalid_and_hostile_entries_are_refused_with_the_forms_french_message(line, message):
    campaign = CampaignFactory()

    report = run(campaign, f"MARTIN Julie - psychologue (59)\n{line}")

    (rejected,) = report.rejected
    assert rejected.entry.number == 2 and rejected.entry.line == 2
    assert any(message in reason for reason in rejected.reasons), rejected.reasons
    assert not report.ok
    assert not campaign.signatures.exists()
    assert not AuditEntry.objects.exists()


def test_skip_invalid_imports_the_valid_entries():
    campaign = CampaignFactory()

    report = run(
        campaign, "MARTIN Julie - psychologue (59)\nDUPONT Anne - <b>éducatrice</b> (47)", skip_invalid=True
    )

    assert report.ok and report.written == 1 and len(report.rejected) == 1
    assert list(campaign.signatures.values_list("last_name", flat=True)) == ["MARTIN"]


def test_dry_run_checks_everything_and_writes_nothing():
    campaign = CampaignFactory()

    report = run(campaign, EXAMPLE, dry_run=True)

    assert report.ok and len(report.valid) == 3 and report.written == 0
    assert not campaign.signatures.exists()
    assert not campaign.versions.exists()
    assert not AuditEntry.objects.exists()


def test_people_already_signed_or_twice_in_the_file_are_duplicates():
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign, last_name="Martin", first_name="Julie", departement="59")
    SignatureFactory(campaign=campaign, last_name="Petit", first_name="Paul", departement="47", pending=True)
    SignatureFactory(last_name="LE GOFF", first_name="Yann", departement="29")  # another campaign

    report = run(
        campaign,
        "MARTIN Julie - psychologue (59) / LE GOFF Yann - éducateur (29) / LE-GOFF Yänn - éducateur ASE (29)\n"
        "PETIT Paul - animateur à Agen / MARTIN Julie - psychologue (62)",
    )

    assert [(result.entry.number, result.reasons[0]) for result in report.duplicates] == [
        (1, "Déjà signataire de cet appel."),
        (3, "Déjà plus haut dans le fichier (entrée 2, ligne 1)."),
    ]
    # A pending signature may never be confirmed: the imported one is kept rather than risk losing the person.
    assert report.written == 3
    assert campaign.signatures.filter(source=Signature.Source.IMPORT).count() == 3


def test_running_the_same_import_twice_adds_nothing_the_second_time():
    campaign = CampaignFactory()
    run(campaign, EXAMPLE)

    report = run(campaign, EXAMPLE)

    assert report.ok and report.written == 0 and len(report.duplicates) == 3
    assert campaign.signatures.count() == 3


def test_csv_emails_are_kept_and_deduplicated():
    campaign = CampaignFactory()
    SignatureFactory(
        campaign=campaign, email="Anne.Dupont@example.org", last_name="Dupont", first_name="Anne"
    )

    report = run(
        campaign,
        "nom,prénom,fonction,commune,email\n"
        "DUPONT,Anne,psychologue,Lille,anne.dupont@EXAMPLE.org\n"
        "MARTIN,Julie,psychologue,Lille,julie@example.org\n"
        "MARTINE,Julie,psychologue,Lille,JULIE@example.org\n"
        "PETIT,Paul,psychologue,Lille,pas-une-adresse\n",
        skip_invalid=True,
    )

    assert [result.entry.number for result in report.duplicates] == [1, 3]
    assert "Adresse e-mail" in report.rejected[0].reasons[0]
    assert campaign.signatures.get(last_name="MARTIN").email_key == "julie@example.org"


def test_a_real_import_is_audited():
    campaign = CampaignFactory()

    run(campaign, EXAMPLE + "\nDUPONT Anne - <b>éducatrice</b> (47)", skip_invalid=True, filename="liste.txt")

    entry = AuditEntry.objects.get(action=AuditEntry.Action.SIGNATURES_IMPORTED)
    assert entry.campaign == campaign
    assert entry.detail == {"file": "liste.txt", "read": 4, "imported": 3, "duplicates": 0, "rejected": 1}


def test_an_entry_with_neither_commune_nor_departement_is_imported_with_a_warning():
    campaign = CampaignFactory()

    report = run(campaign, "DUPONT Anne - psychologue")

    (result,) = report.valid
    assert "Ni commune ni département" in result.warnings[0]
    assert campaign.signatures.get().departement == ""


def test_imported_signatures_sign_the_current_version():
    campaign = CampaignFactory()
    first = SignatureFactory(campaign=campaign).version
    campaign.versions.create(number=2, title="Texte modifié", text="Nouveau texte")

    run(campaign, "MARTIN Julie - psychologue (59)")

    assert first.number == 1
    assert campaign.signatures.get(last_name="MARTIN").version.number == 2


@pytest.mark.parametrize(
    ("line", "kept", "note"),
    [
        ("DUPONT Anne - éducatrice à Lile", ("Lile", ""), "introuvable dans la liste officielle : gardée telle quelle. Vouliez-vous dire : Lille (59)"),
        ("DUPONT Anne - éducatrice à Atlantide (47)", ("Atlantide", "47"), "« Atlantide » introuvable"),
        ("DUPONT Anne - éducatrice à Lille (75)", ("Lille", "75"), "« Lille » est dans le département 59, la liste indique 75 : à vérifier."),
        ("DUPONT Anne - éducatrice à Roubaix (99)", ("Roubaix", "59"), "Département « 99 » inconnu : laissé vide, à vérifier."),
    ],
)  # fmt: skip
def test_a_typo_in_a_list_keeps_the_signatory_and_flags_it_for_review(line, kept, note):
    """A real signatory is never dropped for a typo: what cannot be settled is kept as written and flagged."""
    campaign = CampaignFactory()

    report = run(campaign, line)

    assert report.ok and report.written == 1
    signature = Signature.objects.get()
    assert (signature.commune, signature.departement) == kept
    assert note in signature.review_note
    assert note in " ".join(report.valid[0].warnings)


def test_an_entry_over_several_lines_says_which_lines():
    [first, second] = list_reading.parse_list(
        "MARTIN Julie - assistante sociale à\nRoubaix (59)\nDUPONT Anne - éducatrice (47)"
    )
    assert first.spans_lines and first.position == "entrée 1, lignes 1 à 2"
    assert not second.spans_lines and second.position == "entrée 2, ligne 3"
