"""iCalendar feeds and invitations, parsed back: RFC 5545 structure, Europe/Paris with its VTIMEZONE, and the
right UTC instants on both sides of the daylight-saving changes."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.urls import reverse
from freezegun import freeze_time

import concertons.urls  # noqa: F401  (imports pydantic before freezegun swaps `date`, which pydantic subclasses)
from concertons.meetings import ics, services
from tests.campaigns.factories import CampaignFactory
from tests.meetings.factories import MeetingFactory
from tests.meetings.helpers import meeting_data

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def paris(*args) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def parse(body: bytes) -> icalendar.Calendar:
    assert_rfc5545_lines(body)
    calendar = icalendar.Calendar.from_ical(body)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert calendar["METHOD"] == "PUBLISH"
    return calendar


def assert_rfc5545_lines(body: bytes) -> None:
    """Content lines end with CRLF and are folded at 75 octets (RFC 5545 §3.1)."""
    assert body.endswith(b"\r\n")
    lines = body.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"


def utc_instants(calendar: icalendar.Calendar) -> dict[str, tuple[datetime, datetime]]:
    """Each event's start and end in UTC, computed twice: by the library (system tz database) and from the
    file's own VTIMEZONE alone, as a calendar application without that database would."""
    [vtimezone] = calendar.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Paris"
    assert {c.name for c in vtimezone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    own_zone = vtimezone.to_tz(lookup_tzid=False)
    instants = {}
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            assert event[name].params["TZID"] == "Europe/Paris"
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        from_file = tuple(
            value.replace(tzinfo=None).replace(tzinfo=own_zone).astimezone(UTC) for value in (start, end)
        )
        from_library = (start.astimezone(UTC), end.astimezone(UTC))
        assert from_file == from_library
        assert event["DTSTAMP"].dt.tzinfo is not None and event["DTSTAMP"].to_ical().endswith(b"Z")
        instants[str(event["SUMMARY"])] = from_library
    return instants


@freeze_time("2026-10-01 12:00:00")
def test_a_feed_across_the_october_clock_change_gives_the_right_utc_instants(client):
    campaign = CampaignFactory(slug="appel-ics")
    for title, start, end in [
        ("Samedi, heure d'été", paris(2026, 10, 24, 10, 0), paris(2026, 10, 24, 12, 0)),
        ("Nuit du changement d'heure", paris(2026, 10, 25, 1, 30), paris(2026, 10, 25, 4, 0)),
        ("Dimanche, heure d'hiver", paris(2026, 10, 25, 10, 0), paris(2026, 10, 25, 12, 0)),
    ]:
        services.meeting_schedule(
            campaign=campaign, data=meeting_data(title=title, starts_at=start, ends_at=end)
        )

    response = client.get(reverse("meetings:feed", args=[campaign.slug]))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "max-age=900" in response["Cache-Control"]
    instants = utc_instants(parse(response.content))
    assert instants == {
        "Samedi, heure d'été": (datetime(2026, 10, 24, 8, 0, tzinfo=UTC), datetime(2026, 10, 24, 10, 0, tzinfo=UTC)),
        "Nuit du changement d'heure": (
            datetime(2026, 10, 24, 23, 30, tzinfo=UTC),
            datetime(2026, 10, 25, 3, 0, tzinfo=UTC),  # 3 h 30 long, though 2 h 30 on the wall clock
        ),
        "Dimanche, heure d'hiver": (datetime(2026, 10, 25, 9, 0, tzinfo=UTC), datetime(2026, 10, 25, 11, 0, tzinfo=UTC)),
    }  # fmt: skip


@freeze_time("2027-03-01 12:00:00")
def test_a_meeting_across_the_march_clock_change_gives_the_right_utc_instants(client):
    campaign = CampaignFactory(slug="appel-printemps")
    meeting = services.meeting_schedule(
        campaign=campaign,
        data=meeting_data(
            title="Nuit de mars", starts_at=paris(2027, 3, 28, 1, 0), ends_at=paris(2027, 3, 28, 4, 0)
        ),
    )

    response = client.get(reverse("meetings:ics", args=[campaign.slug, meeting.pk]))

    assert utc_instants(parse(response.content)) == {
        "Nuit de mars": (datetime(2027, 3, 28, 0, 0, tzinfo=UTC), datetime(2027, 3, 28, 2, 0, tzinfo=UTC))
    }


def test_the_vtimezone_agrees_with_the_tz_database_every_hour_for_two_years():
    component = ics.vtimezone("Europe/Paris", date(2026, 1, 1), date(2027, 12, 31))
    calendar = icalendar.Calendar.from_ical(
        b"BEGIN:VCALENDAR\r\n" + component.to_ical() + b"END:VCALENDAR\r\n"
    )
    own_zone = calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)
    instant = datetime(2026, 1, 1, tzinfo=UTC)
    while instant.year < 2028:
        assert instant.astimezone(own_zone).utcoffset() == instant.astimezone(PARIS).utcoffset(), instant
        instant += timedelta(hours=1)
    # RFC 5545 §3.6.5: each onset is written in the local time in force before it (its TZOFFSETFROM):
    # 02:00 when the clocks go forward in March, 03:00 when they go back in October.
    onsets = [
        (c.name, c["DTSTART"].dt)
        for c in component.subcomponents
        if c["TZOFFSETFROM"].td != c["TZOFFSETTO"].td
    ]
    assert onsets == [
        ("DAYLIGHT", datetime(2026, 3, 29, 2, 0)),
        ("STANDARD", datetime(2026, 10, 25, 3, 0)),
        ("DAYLIGHT", datetime(2027, 3, 28, 2, 0)),
        ("STANDARD", datetime(2027, 10, 31, 3, 0)),
    ]


def test_text_with_commas_semicolons_and_line_breaks_comes_back_intact(client):
    meeting = MeetingFactory(
        title="AG : postes, absences; moyens",
        description="Première ligne, avec virgule.\nDeuxième ligne; point-virgule \\ barre.",
        address="MDS, 12 rue de la Paix; 59000 Lille",
        online_url="https://visio.example.org/salle?id=12&code=ab",
    )
    body = client.get(reverse("meetings:ics", args=[meeting.campaign.slug, meeting.pk])).content
    [event] = parse(body).walk("VEVENT")

    assert str(event["SUMMARY"]) == "AG : postes, absences; moyens"
    assert str(event["LOCATION"]) == "MDS, 12 rue de la Paix; 59000 Lille"
    assert "Deuxième ligne; point-virgule \\ barre." in str(event["DESCRIPTION"])
    assert "- Délégation au conseil départemental" in str(event["DESCRIPTION"])
    assert "https://visio.example.org/salle?id=12&code=ab" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(meeting.get_absolute_url())
    assert str(event["UID"]).startswith(f"concertons-meeting-{meeting.pk}@")


def test_a_departement_feed_carries_only_its_meetings_and_an_empty_feed_is_valid(client):
    campaign = CampaignFactory()
    MeetingFactory(campaign=campaign, departement="47", title="Agen")
    MeetingFactory(campaign=campaign, departement="59", title="Lille")
    MeetingFactory(campaign=campaign, departement="", title="Nationale")

    feed = parse(client.get(reverse("meetings:departement_feed", args=[campaign.slug, "47"])).content)
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Agen"]
    everything = parse(client.get(reverse("meetings:feed", args=[campaign.slug])).content)
    assert len(everything.walk("VEVENT")) == 3
    empty = parse(client.get(reverse("meetings:departement_feed", args=[campaign.slug, "2B"])).content)
    assert empty.walk("VEVENT") == [] and len(empty.walk("VTIMEZONE")) == 1
    assert client.get(reverse("meetings:departement_feed", args=[campaign.slug, "96"])).status_code == 404


def test_a_changed_meeting_gets_a_higher_sequence_so_calendars_replace_it(client):
    meeting = services.meeting_schedule(campaign=CampaignFactory(), data=meeting_data())
    url = reverse("meetings:ics", args=[meeting.campaign.slug, meeting.pk])
    assert parse(client.get(url).content).walk("VEVENT")[0]["SEQUENCE"] == 0
    services.meeting_update(
        meeting=meeting, data=meeting_data(starts_at=meeting.starts_at, title="Nouveau titre")
    )
    [event] = parse(client.get(url).content).walk("VEVENT")
    assert event["SEQUENCE"] == 1 and str(event["SUMMARY"]) == "Nouveau titre"
