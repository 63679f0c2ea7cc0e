import re
import time

from django.core import signing

SIGN_DATA = {
    "last_name": "Dupont",
    "first_name": "Anne",
    "profession": "assistant_social",
    "job_title": "assistante sociale de polyvalence",
    "service": "polyvalence",
    "workplace": "MDS Agen centre",
    "commune": "Agen",
    "departement": "",
    "email": "anne.dupont@example.org",
    "is_public": "on",
    "comment": "",
    "consent": "on",
}


def form_started(seconds_ago: float = 30) -> str:
    """A time-trap token as the page would have issued it some seconds ago."""
    return signing.dumps(time.time() - seconds_ago, salt="concertons.form-started")


def sign_data(**overrides) -> dict:
    data = {**SIGN_DATA, "form_started": form_started(), **overrides}
    return {key: value for key, value in data.items() if value is not None}


def link_from(message, kind: str) -> str:
    """The path of a link of the given kind (confirmer, retirer, corriger…) in an e-mail body."""
    body = message.get_content()
    match = re.search(rf"https?://[^\s/]+(/[^\s]*/signature/{kind}/[^\s]+/)", body)
    assert match, f"no {kind} link in: {body}"
    return match.group(1)
