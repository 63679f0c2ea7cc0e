"""What every part of the JSON API shares: the error body, and request bodies read off the forms."""

from django import forms
from ninja import Schema
from pydantic import create_model


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


def _json_type(field: forms.Field) -> tuple[object, object]:
    """(type, default) of a form field in a JSON body: every field optional, the form says what is missing."""
    if isinstance(field, forms.BooleanField):
        return bool, False
    if isinstance(field, forms.IntegerField):
        return int | None, None
    if isinstance(field, forms.MultipleChoiceField):
        return list[str], []
    return str, ""


def form_schema(
    name: str, form_class: type[forms.Form], *, extra: dict[str, tuple[object, object]]
) -> type[Schema]:
    """The body an endpoint takes: the fields of the form that checks it (so they are declared once), but the
    page's time trap, plus `extra` fields (the proof-of-work, which not every form has)."""
    fields = {
        field_name: _json_type(field)
        for field_name, field in form_class.base_fields.items()
        if field_name != "form_started"
    }
    return create_model(name, __base__=Schema, **{**fields, **extra})
