"""The sign form's choice fields share their lists between instances (each API signature builds a form)."""

from concertons.signatures.forms import ApiSignatureForm


def test_choices_are_shared_yet_each_form_may_change_its_own():
    first, second = ApiSignatureForm({}), ApiSignatureForm({})
    assert first.fields["profession"].choices is second.fields["profession"].choices
    assert first.fields["profession"] is not second.fields["profession"]

    first.fields["profession"].choices = [("", "—"), ("autre", "Autre")]
    assert len(second.fields["profession"].choices) > 2
    assert len(ApiSignatureForm({}).fields["profession"].choices) > 2


def test_a_value_outside_the_list_is_still_refused_in_french():
    form = ApiSignatureForm({"profession": "astronaute", "service": "nulle-part"})
    assert not form.is_valid()
    assert "n’en fait pas partie" in form.errors["profession"][0]
    assert "n’en fait pas partie" in form.errors["service"][0]
