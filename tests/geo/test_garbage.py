"""Whatever a form or an import file sends, geo look-ups answer None or [] and never raise."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concertons.geo import communes, departements

GARBAGE = [
    "",
    "   ",
    None,
    "x" * 10_000,
    "Nord" * 2_500,
    "\x00\x01\x1f\x7f",
    "\u200b\u200c\u200d\ufeff",
    "\ud800",
    "'; DROP TABLE communes; --",
    "1 OR 1=1",
    "<script>alert('Nord')</script>",
    "<b>59</b> <i>Lille</i>",
    "((((((((((((((((((((",
    "🙂🙂",
    "Ⅸ",
    "٥٩",
]
# Odd but not meaningless: these may find something ("((59))" is the Nord), they must only not raise.
ODD = ["None", "null", "(" * 150 + "59" + ")" * 48, "²", "Saint " * 33, "Paris " + "9" * 190, "(Le)", "s/"]


def call_everything(value):
    assert departements.get(value) is None or isinstance(departements.get(value), departements.Departement)
    assert communes.get(value) is None or isinstance(communes.get(value), communes.Commune)
    assert isinstance(communes.lookup(value), list)
    assert isinstance(communes.lookup("Lille", value), list)
    assert isinstance(communes.by_postal_code(value), list)
    assert isinstance(communes.search(value), list)
    assert isinstance(communes.search("Lil", value), list)
    assert communes.departement_of(value) is None or isinstance(communes.departement_of(value), str)


@pytest.mark.parametrize("value", GARBAGE)
def test_garbage_finds_nothing(value):
    assert departements.get(value) is None
    assert communes.get(value) is None
    assert communes.lookup(value) == []
    assert communes.by_postal_code(value) == []
    assert communes.search(value) == []
    if value is not None:  # None is "any département"
        assert communes.lookup("Lille", value) == []
        assert communes.search("Lil", value) == []
    assert communes.departement_of(value) is None


@pytest.mark.parametrize("value", ODD)
def test_odd_values_never_raise(value):
    call_everything(value)


@given(st.text())
def test_any_text_never_raises(value):
    call_everything(value)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300).map(lambda text: f"Saint {text} (59)"))
def test_any_text_around_a_plausible_name_never_raises(value):
    call_everything(value)


@given(st.one_of(st.none(), st.integers(), st.floats(), st.binary(), st.lists(st.text()), st.booleans()))
def test_values_that_are_not_text_never_raise(value):
    call_everything(value)
