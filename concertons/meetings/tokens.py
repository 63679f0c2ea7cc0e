"""Signed links sent to people who register: confirm the address (expires) and cancel (does not)."""

from django.core import signing

from concertons.meetings.models import Registration

CONFIRM = "confirm"
CANCEL = "cancel"
PURPOSES = {CONFIRM, CANCEL}


def make_token(registration: Registration, purpose: str) -> str:
    assert purpose in PURPOSES
    return signing.dumps([registration.pk, registration.token_key], salt=f"concertons.registration.{purpose}")


def read_token(token: str, purpose: str, *, max_age_seconds: int | None = None) -> Registration | None:
    """The registration a link points to, or None when the link is forged, expired or revoked."""
    try:
        pk, token_key = signing.loads(
            token, salt=f"concertons.registration.{purpose}", max_age=max_age_seconds
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Registration.objects.select_related("meeting__campaign").filter(pk=pk, token_key=token_key).first()
