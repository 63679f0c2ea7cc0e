from concertons.redaction import Label, Span, mask, merge


def span(start, end, label=Label.PERSON, source="test"):
    return Span(start, end, label, source)


def test_overlapping_spans_merge_into_their_union():
    assert merge([span(0, 5), span(3, 9)]) == [Span(0, 9, Label.PERSON, "test")]


def test_the_longer_span_gives_its_label_to_the_merge():
    merged = merge([span(3, 14, Label.ADDRESS, "rule"), span(8, 14, Label.PERSON, "spacy")])
    assert merged == [Span(3, 14, Label.ADDRESS, "rule+spacy")]


def test_equal_spans_keep_the_most_specific_label():
    assert merge([span(0, 10, Label.CASE_ID), span(0, 10, Label.PHONE)])[0].label == Label.PHONE


def test_same_label_spans_separated_by_a_blank_join_when_the_text_is_known():
    text = "Léa MARTIN arrive"
    assert merge([span(0, 3), span(4, 10)], text) == [Span(0, 10, Label.PERSON, "test")]
    assert merge([span(0, 3), span(4, 10, Label.PHONE)], text) == [span(0, 3), span(4, 10, Label.PHONE)]


def test_spans_are_clipped_to_the_text():
    assert merge([span(-3, 2), span(5, 50)], "abcdefgh") == [span(0, 2), span(5, 8)]


def test_mask_replaces_each_span_with_its_placeholder():
    text = "Léa au 0612345678"
    assert mask(text, [span(0, 3), span(7, 17, Label.PHONE)]) == "[personne] au [téléphone]"


def test_mask_without_spans_returns_the_text():
    assert mask("rien", []) == "rien"
