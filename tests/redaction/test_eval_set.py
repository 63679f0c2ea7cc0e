"""Sanity checks of the redaction evaluation set (tests/redaction/eval/).

These tests judge the data, not the engine: the set must load, be large and
varied enough, and every gold span must be exact and, for checksummed
identifiers, valid.
"""

import collections
import re

import pytest
from stdnum import iban
from stdnum.fr import nir

from tests.redaction.eval.loader import (
    EVAL_DIR,
    LABELS,
    EvalSetError,
    EvalText,
    GoldSpan,
    load_eval_set,
    parse_line,
)

MIN_TEXTS = 400
MIN_CLEAN_TEXTS = 120
MIN_SPANS_PER_LABEL = 40


@pytest.fixture(scope="module")
def texts() -> list[EvalText]:
    return load_eval_set()


def _spans(texts, label=None):
    return [(t, g) for t in texts for g in t.gold if label is None or g.label == label]


def test_set_loads_with_enough_texts(texts):
    assert len(texts) >= MIN_TEXTS
    assert all(isinstance(t, EvalText) for t in texts)
    assert all(isinstance(g, GoldSpan) for t in texts for g in t.gold)


def test_enough_texts_without_any_identifying_detail(texts):
    assert sum(1 for t in texts if not t.gold) >= MIN_CLEAN_TEXTS


def test_traps_file_is_entirely_clean(texts):
    traps = [t for t in texts if t.file == "traps_clean.txt"]
    assert len(traps) >= 80
    assert [t.id for t in traps if t.gold] == []


@pytest.mark.parametrize("label", LABELS)
def test_every_label_is_well_represented(texts, label):
    assert len(_spans(texts, label)) >= MIN_SPANS_PER_LABEL


def test_person_spans_are_the_majority_label(texts):
    counts = collections.Counter(g.label for _, g in _spans(texts))
    assert counts["PERSON"] >= 200
    assert counts.most_common(1)[0][0] == "PERSON"


def test_offsets_match_the_text(texts):
    for t in texts:
        for g in t.gold:
            assert 0 <= g.start < g.end <= len(t.text), t.id
            assert t.text[g.start : g.end] == g.text, t.id
            assert g.text == g.text.strip(), t.id
        assert "[[" not in t.text and "]]" not in t.text, t.id


def test_spans_are_sorted_and_never_overlap(texts):
    for t in texts:
        for a, b in zip(t.gold, t.gold[1:], strict=False):
            assert a.end <= b.start, f"{t.id}: {a} overlaps {b}"


def test_ids_are_unique_and_point_to_their_file(texts):
    ids = [t.id for t in texts]
    assert len(ids) == len(set(ids))
    for t in texts:
        assert t.id == f"{t.file}:{t.line}"
        assert (EVAL_DIR / t.file).is_file()


def test_no_two_texts_are_identical(texts):
    def normalise(text: str) -> str:
        return " ".join(text.casefold().split())

    seen: dict[str, str] = {}
    duplicates = []
    for t in texts:
        key = normalise(t.text)
        if key in seen:
            duplicates.append((seen[key], t.id))
        seen.setdefault(key, t.id)
    assert duplicates == []


def test_texts_are_testimony_sized(texts):
    too_short_or_long = [t.id for t in texts if not 20 <= len(t.text.split()) <= 130]
    assert too_short_or_long == []


def test_every_nir_is_valid(texts):
    # "… 019 (53)": a key in brackets is the same number
    invalid = [
        (t.id, g.text)
        for t, g in _spans(texts, "NIR")
        if not nir.is_valid(g.text.replace("(", "").replace(")", ""))
    ]
    assert invalid == []


def test_every_iban_is_valid(texts):
    invalid = [(t.id, g.text) for t, g in _spans(texts, "IBAN") if not iban.is_valid(g.text)]
    assert invalid == []


def test_person_spans_never_include_a_civility_title(texts):
    title = re.compile(r"(?i)^(mme|mlle|m\.|mr|dr|madame|mademoiselle|monsieur|ma[iî]tre|me)\b")
    assert [(t.id, g.text) for t, g in _spans(texts, "PERSON") if title.match(g.text)] == []


def test_birth_date_spans_hold_the_date_only(texts):
    prefix = re.compile(r"(?i)^(n[ée]e?|le|en|ddn|date)\b")
    assert [(t.id, g.text) for t, g in _spans(texts, "DATE_OF_BIRTH") if prefix.match(g.text)] == []


def test_address_spans_leave_the_preposition_out(texts):
    prefix = re.compile(r"(?i)^(au|aux|à|a|dans|chez)\s")
    assert [(t.id, g.text) for t, g in _spans(texts, "ADDRESS") if prefix.match(g.text)] == []


def test_email_spans_look_like_addresses(texts):
    pattern = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
    assert [(t.id, g.text) for t, g in _spans(texts, "EMAIL") if not pattern.match(g.text)] == []


OVERSEAS_CODES = ("262", "590", "594", "596")


def test_phone_spans_hold_ten_digits_or_an_international_number(texts):
    def digits(text: str) -> str:
        return re.sub(r"\D", "", text)

    bad = []
    for t, g in _spans(texts, "PHONE"):
        d = digits(g.text)
        if d.startswith("0033"):
            d = "0" + d[4:]
        elif d.startswith("330"):  # +33 (0)6 …
            d = d[2:]
        elif d.startswith("33"):
            d = "0" + d[2:]
        elif d[:3] in OVERSEAS_CODES:  # +262 692 …: La Réunion and Mayotte, the Antilles, Guyane
            d = "0" + d[3:]
        if not (len(d) == 10 and d.startswith("0") and d[1] in "12345679"):
            bad.append((t.id, g.text))
    assert bad == []


def test_every_mention_of_a_marked_name_is_marked(texts):
    """A name marked once in a text must be marked wherever it recurs in that text."""
    missed = []
    for t in texts:
        covered = [False] * len(t.text)
        for g in t.gold:
            covered[g.start : g.end] = [True] * (g.end - g.start)
        names = {
            w for g in t.gold if g.label == "PERSON" for w in re.findall(r"\w[\w'-]+", g.text) if len(w) > 2
        }
        for m in re.finditer(r"\w[\w'-]+", t.text):
            if m.group(0) in names and not covered[m.start()]:
                missed.append((t.id, m.group(0)))
    assert missed == []


def test_some_texts_span_several_lines(texts):
    assert any("\n" in t.text for t in texts)


# --- splits -----------------------------------------------------------------


def test_splits_partition_the_set(texts):
    dev, test = load_eval_set("dev"), load_eval_set("test")
    assert {t.id for t in dev} | {t.id for t in test} == {t.id for t in texts}
    assert not {t.id for t in dev} & {t.id for t in test}
    assert all(t.split == "dev" for t in dev) and all(t.split == "test" for t in test)


def test_test_split_is_about_a_quarter_and_covers_every_file_and_label(texts):
    test = load_eval_set("test")
    assert 0.2 <= len(test) / len(texts) <= 0.3
    assert {t.file for t in test} == {t.file for t in texts}
    counts = collections.Counter(g.label for t in test for g in t.gold)
    assert all(counts[label] >= 10 for label in LABELS), counts
    assert sum(1 for t in test if not t.gold) >= 25


def test_split_is_deterministic():
    assert [t.id for t in load_eval_set("test")] == [t.id for t in load_eval_set("test")]


def test_unknown_split_is_refused():
    with pytest.raises(ValueError, match="unknown split"):
        load_eval_set("train")


# --- strict markup parsing ----------------------------------------------------


def test_parse_line_builds_offsets():
    text, gold = parse_line("Mme [[PERSON:Durand]] au [[PHONE:06 12 34 56 78]].\\nFin")
    assert text == "Mme Durand au 06 12 34 56 78.\nFin"
    assert [(g.label, text[g.start : g.end]) for g in gold] == [
        ("PERSON", "Durand"),
        ("PHONE", "06 12 34 56 78"),
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Mme [[NAME:Durand]] est là", "unknown label 'NAME'"),
        ("Mme [[PERSON:Durand est là", "unbalanced '\\[\\['"),
        ("Mme Durand]] est là", "unbalanced '\\]\\]'"),
        ("Mme [[PERSON:]] est là", "empty PERSON span"),
        ("Mme [[PERSON:   ]] est là", "empty PERSON span"),
        ("Mme [[PERSON: Durand]] est là", "whitespace"),
        ("Mme [[Durand]] est là", "must start with 'LABEL:'"),
        ("Mme [[PERSON:Du[[PERSON:rand]] est là", "nested"),
    ],
)
def test_parse_line_rejects_malformed_markup(line, message):
    with pytest.raises(EvalSetError, match=message):
        parse_line(line, file="x.txt", lineno=7)


def test_errors_name_the_file_and_line(tmp_path):
    (tmp_path / "bad.txt").write_text(
        "# comment\n\nUn texte correct.\nMme [[NOM:Durand]]\n", encoding="utf-8"
    )
    with pytest.raises(EvalSetError, match=r"^bad\.txt:4: unknown label 'NOM'"):
        load_eval_set(root=tmp_path)


def test_loader_skips_comments_and_blank_lines_and_splits_by_rank(tmp_path):
    lines = ["# en-tête", ""] + [f"Texte numéro {i} avec [[PERSON:Léa]]." for i in range(1, 9)]
    (tmp_path / "a.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_eval_set(root=tmp_path)
    assert [t.id for t in loaded][:2] == ["a.txt:3", "a.txt:4"]
    assert [t.split for t in loaded] == ["dev", "dev", "dev", "test"] * 2


# --- generated splits and look-alikes (issue 12) -------------------------------------------------

GENERATED_MIN_TEXTS = 380
GENERATED_MIN_SPANS = 500
GENERATED_MIN_SPANS_PER_LABEL = 20


@pytest.fixture(scope="module")
def generated():
    from tests.redaction.eval.generated_loader import load_generated

    return {split: load_generated(split) for split in ("dev", "test")}


def _folded_text(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize("split", ["dev", "test"])
def test_generated_split_loads_with_enough_texts_and_spans(generated, split):
    from tests.redaction.eval.generated_loader import GENERATED_LABELS

    texts = generated[split]
    assert len(texts) >= GENERATED_MIN_TEXTS
    counts = collections.Counter(g.label for t in texts for g in t.gold)
    assert sum(counts.values()) >= GENERATED_MIN_SPANS
    assert set(counts) <= set(GENERATED_LABELS)
    assert all(counts[label] >= GENERATED_MIN_SPANS_PER_LABEL for label in GENERATED_LABELS), counts
    assert sum(1 for t in texts if not t.gold) >= 50
    assert len({t.id for t in texts}) == len(texts)
    assert all(1 <= len(t.gold) <= 4 for t in texts if t.gold)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_generated_spans_are_inside_their_text_sorted_and_exact(generated, split):
    for t in generated[split]:
        for g in t.gold:
            assert 0 <= g.start < g.end <= len(t.text), t.id
            assert t.text[g.start : g.end] == g.text == g.text.strip(), t.id
            assert g.kind, t.id
        for a, b in zip(t.gold, t.gold[1:], strict=False):
            assert a.end <= b.start, f"{t.id}: {a} overlaps {b}"


def test_generated_splits_share_no_text_and_no_template(generated):
    dev, test = generated["dev"], generated["test"]
    assert not {_folded_text(t.text) for t in dev} & {_folded_text(t.text) for t in test}
    assert len({_folded_text(t.text) for t in dev}) == len(dev)
    assert len({_folded_text(t.text) for t in test}) == len(test)
    dev_templates = {f for t in dev for f in t.templates}
    test_templates = {f for t in test for f in t.templates}
    assert dev_templates and test_templates
    assert not dev_templates & test_templates


def test_generated_splits_share_no_name_and_no_site():
    """The test split's people and sites are never seen on dev: disjoint lists, not just texts."""
    from bench.redaction.generate import lexicon

    dev, test = lexicon("dev"), lexicon("test")
    for attribute in ("streets", "residences", "nicknames"):
        assert not set(getattr(dev, attribute)) & set(getattr(test, attribute)), attribute
    dev_first = {n for names in dev.first_names.values() for n in names.items}
    test_first = {n for names in test.first_names.values() for n in names.items}
    dev_names = dev_first | set(dev.surnames.items) | {c.name for c in dev.communes.items}
    test_names = test_first | set(test.surnames.items) | {c.name for c in test.communes.items}
    assert not dev_names & test_names


def test_generated_person_and_site_names_are_masked_wherever_they_recur(generated):
    word = re.compile(r"\w[\w'’-]+")
    missed = []
    for t in generated["dev"] + generated["test"]:
        covered = [False] * len(t.text)
        for g in t.gold:
            covered[g.start : g.end] = [True] * (g.end - g.start)
        names = {
            w.casefold()
            for g in t.gold
            if g.label in ("PERSON", "WORKPLACE")
            for w in word.findall(g.text)
            if len(w) > 2
        }
        missed += [
            (t.id, m.group(0))
            for m in word.finditer(t.text)
            if m.group(0).casefold() in names and not covered[m.start()]
        ]
    assert missed == []


def test_generated_numbers_are_valid(generated):
    spans = [(t.id, g) for split in generated.values() for t in split for g in t.gold]
    bad_nir = [
        (i, g.text)
        for i, g in spans
        if g.label == "NIR" and not nir.is_valid(re.sub(r"[^0-9AB]", "", g.text))
    ]
    bad_iban = [
        (i, g.text) for i, g in spans if g.label == "IBAN" and not iban.is_valid(g.text.replace("-", ""))
    ]
    assert bad_nir == [] and bad_iban == []


def test_generated_files_are_what_the_generator_writes():
    """Deterministic: the committed files are a fresh generation (seeds, templates, word lists)."""
    from bench.redaction.generate import OUT_DIR, generate_all, lines_of

    for split, items in generate_all().items():
        written = (OUT_DIR / f"{split}.jsonl").read_text(encoding="utf-8")
        assert written == lines_of(split, items), f"{split}: run python -m bench.redaction.generate"


def test_lookalikes_are_many_and_clean():
    from tests.redaction.eval.generated_loader import load_lookalikes

    lookalikes = load_lookalikes()
    assert len(lookalikes) >= 120
    assert [t.id for t in lookalikes if t.gold] == []
