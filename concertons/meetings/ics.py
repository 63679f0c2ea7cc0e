"""iCalendar (RFC 5545) for meetings: one meeting's invitation, or a feed per campaign or département.

Times are written in Europe/Paris with a VTIMEZONE built from the system's time-zone database, so a meeting on
the night the clocks change lands on the right instant in any calendar application.
"""

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

TZID = "Europe/Paris"
PRODID = "-//Concertons//Reunions//FR"


def _offset_at(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset()


def _transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[datetime]:
    """The UTC instants, to the second, where the zone's offset changes between start and end."""
    found = []
    day = start
    while day < end:
        following = day + timedelta(days=1)
        if _offset_at(zone, day) != _offset_at(zone, following):
            low, high = day, following  # offset(low) != offset(high): bisect to the second
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset_at(zone, middle) == _offset_at(zone, low):
                    low = middle
                else:
                    high = middle
            found.append(high.replace(microsecond=0))
        day = following
    return found


def vtimezone(tzid: str, first: date, last: date) -> Timezone:
    """The zone's observances from the start of `first`'s year to the end of `last`'s, each onset written, as
    RFC 5545 §3.6.5 wants, in the local time in force before it (its TZOFFSETFROM)."""
    zone = ZoneInfo(tzid)
    start = datetime(first.year, 1, 1, tzinfo=UTC)
    end = datetime(last.year + 1, 1, 1, tzinfo=UTC)
    component = Timezone()
    component.add("tzid", tzid)
    opening = _offset_at(zone, start)
    initial = TimezoneDaylight() if start.astimezone(zone).dst() else TimezoneStandard()
    initial.add("dtstart", (start + opening).replace(tzinfo=None))
    initial.add("tzoffsetfrom", opening)
    initial.add("tzoffsetto", opening)
    initial.add("tzname", start.astimezone(zone).tzname())
    component.add_component(initial)
    for instant in _transitions(zone, start, end):
        before, after = _offset_at(zone, instant - timedelta(seconds=1)), _offset_at(zone, instant)
        local_after = instant.astimezone(zone)
        observance = TimezoneDaylight() if local_after.dst() else TimezoneStandard()
        observance.add("dtstart", (instant + before).replace(tzinfo=None))
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", local_after.tzname())
        component.add_component(observance)
    return component


def _description(meeting, url: str) -> str:
    parts = [f"{meeting.get_kind_display()} — {meeting.organiser}"]
    if meeting.description:
        parts.append(meeting.description)
    if meeting.agenda_items:
        parts.append("Ordre du jour :\n" + "\n".join(f"- {item}" for item in meeting.agenda_items))
    if meeting.online_url:
        parts.append(f"En ligne : {meeting.online_url}")
    parts.append(url)
    return "\n\n".join(parts)


def meeting_event(meeting, *, site_url: str, stamp: datetime) -> Event:
    zone = ZoneInfo(TZID)
    url = site_url + meeting.get_absolute_url()
    event = Event()
    event.add("uid", f"concertons-meeting-{meeting.pk}@{urlsplit(site_url).hostname or 'concertons'}")
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", meeting.title)
    event.add("description", _description(meeting, url))
    event.add("location", meeting.address or meeting.online_url)
    event.add("url", url)
    event.add("sequence", meeting.sequence)
    event.add("last-modified", meeting.updated_at.astimezone(UTC))
    event.add("status", "CONFIRMED")
    return event


def calendar_bytes(meetings: Iterable, *, name: str, site_url: str, now: datetime) -> bytes:
    """A VCALENDAR of these meetings (possibly none), with the VTIMEZONE their times refer to."""
    meetings = list(meetings)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZID)
    zone = ZoneInfo(TZID)
    days = [m.starts_at.astimezone(zone).date() for m in meetings] + [
        m.ends_at.astimezone(zone).date() for m in meetings
    ]
    calendar.add_component(vtimezone(TZID, min(days, default=now.date()), max(days, default=now.date())))
    for meeting in meetings:
        calendar.add_component(meeting_event(meeting, site_url=site_url, stamp=now))
    return calendar.to_ical()
