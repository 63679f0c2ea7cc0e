import re
from datetime import timedelta

from django.utils import timezone

from concertons.meetings.services import MeetingData


def meeting_data(**overrides) -> MeetingData:
    starts_at = overrides.pop("starts_at", timezone.now() + timedelta(days=10))
    data = {
        "title": "Assemblée départementale",
        "starts_at": starts_at,
        "ends_at": starts_at + timedelta(hours=2),
        "capacity": 20,
        "organiser": "Section syndicale du Nord",
        "departement": "59",
        "address": "Maison des syndicats, Lille",
        **overrides,
    }
    return MeetingData(**data)


def link_from(message, kind: str) -> str:
    """The path of a registration link (confirmer, annuler) in an e-mail body."""
    body = message.get_content()
    match = re.search(rf"https?://[^\s/]+(/[^\s]*/reunions/inscription/{kind}/[^\s]+/)", body)
    assert match, f"no {kind} link in: {body}"
    return match.group(1)
