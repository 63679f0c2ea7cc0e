"""Signed links sent to signers: confirm (expires), withdraw, correct, endorse a new version and support the
demands (do not)."""

from django.core import signing

from concertons.signatures.models import Signature

CONFIRM = "confirm"
WITHDRAW = "withdraw"
CORRECT = "correct"
ENDORSE = "endorse"
# Used by concertons.demands: the signer backs or withdraws support for the campaign's demands.
SUPPORT = "support"
PURPOSES = {CONFIRM, WITHDRAW, CORRECT, ENDORSE, SUPPORT}


def make_token(signature: Signature, purpose: str) -> str:
    assert purpose in PURPOSES
    return signing.dumps([signature.pk, signature.token_key], salt=f"concertons.signature.{purpose}")


def read_token(token: str, purpose: str, *, max_age_seconds: int | None = None) -> Signature | None:
    """The signature a link points to, or None when the link is forged, expired or revoked."""
    try:
        pk, token_key = signing.loads(token, salt=f"concertons.signature.{purpose}", max_age=max_age_seconds)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Signature.objects.select_related("campaign", "version").filter(pk=pk, token_key=token_key).first()
