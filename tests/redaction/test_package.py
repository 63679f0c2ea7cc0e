import re
from pathlib import Path

import concertons.redaction as redaction

PACKAGE = Path(redaction.__file__).parent


def test_redaction_package_never_imports_django():
    offenders = [
        path.name
        for path in PACKAGE.rglob("*.py")
        if re.search(r"^\s*(import django|from django)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_every_label_has_its_placeholder():
    assert {label: redaction.PLACEHOLDERS[label] for label in redaction.Label} == {
        redaction.Label.PERSON: "[personne]",
        redaction.Label.PHONE: "[téléphone]",
        redaction.Label.EMAIL: "[courriel]",
        redaction.Label.ADDRESS: "[adresse]",
        redaction.Label.NIR: "[n° sécu]",
        redaction.Label.DATE_OF_BIRTH: "[date de naissance]",
        redaction.Label.IBAN: "[iban]",
        redaction.Label.CASE_ID: "[n° de dossier]",
        redaction.Label.WORKPLACE: "[lieu de travail]",
    }


def test_each_span_says_which_source_found_it():
    spans = redaction.detect("Léa MARTIN, 06 12 34 56 78, lea@example.org")
    assert [span.source for span in spans]
    assert all(span.source for span in spans)


def test_vendored_name_lists_record_their_source():
    source = (PACKAGE / "data" / "SOURCE.txt").read_text(encoding="utf-8")
    assert "prenoms==" in source and "refresh_redaction_data.py" in source


def test_batch_form_gives_the_same_spans_as_one_by_one():
    texts = ["Appelez Léa au 0612345678.", "", "Réunion le 3 mars avec la CAF.", "M. DUPONT, né le 1/2/1980"]
    assert list(redaction.detect_many(texts, batch_size=2)) == [redaction.detect(text) for text in texts]
