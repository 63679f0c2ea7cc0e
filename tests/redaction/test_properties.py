"""Properties of detect and mask on generated texts (hypothesis)."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from concertons.redaction import Label, Span, detect, mask, merge

FRAGMENTS = [
    "Léa",
    "MARTIN",
    "Mme Dupont",
    "kevin",
    "la petite Inès",
    "Jean-Pierre de La Fontaine",
    "N'Diaye",
    "06 12 34 56 78",
    "+33612345678",
    "lea.martin@gmail.com",
    "12 rue des Lilas",
    "née le 3 mars 2015",
    "FR76 3000 6000 0112 3456 7890 189",
    "dossier n° 2023-ASE-0456",
    "1 85 05 78 006 084 91",
    "à Agen (47)",
    "la CAF",
    "12 postes vacants",
    "le 3 mars",
    "et",
    ",",
    ".",
    "\n",
    "😀",
    "\u200b",
    "éducatrice",
    "rose",
    "Rose",
    "Nancy",
    "à Nancy",
    "[personne]",
]
texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=14).map(" ".join)
spans = st.builds(
    lambda start, length, label: Span(start, start + length, label, "test"),
    st.integers(-5, 60),
    st.integers(0, 20),
    st.sampled_from(list(Label)),
)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_offsets_stay_inside_the_text_and_spans_never_overlap(text):
    found = detect(text)
    assert all(0 <= span.start < span.end <= len(text) for span in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@SETTINGS
@given(texts)
def test_masking_never_leaves_a_detected_span_in_the_output(text):
    found = detect(text)
    output = mask(text, found)
    for span in found:
        secret = text[span.start : span.end].strip()
        if len(secret) > 1:
            assert not re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", output), (secret, output)


@SETTINGS
@given(texts)
def test_masking_twice_changes_nothing_more(text):
    once = mask(text, detect(text))
    assert mask(once, detect(once)) == once


@SETTINGS
@given(st.lists(spans, max_size=8), st.text(max_size=60))
def test_merged_spans_never_overlap_and_stay_in_the_text(generated, text):
    merged = merge(generated, text)
    assert all(0 <= span.start < span.end <= len(text) for span in merged)
    assert all(a.end <= b.start for a, b in zip(merged, merged[1:], strict=False))
    assert merge(merged, text) == merged
