from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign
from concertons.geo import departements
from concertons.meetings.models import Meeting, Minutes, Registration

# A calendar feed keeps recent meetings too, so a subscriber's calendar does not lose them the day after.
FEED_PAST_DAYS = 180


def _with_places(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    return meetings.annotate(
        taken=Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)),
        waiting=Count("registrations", filter=Q(registrations__status=Registration.Status.WAITING)),
    )


def meeting_upcoming_list(*, campaign: Campaign, departement: str | None = None) -> QuerySet[Meeting]:
    """Meetings of the campaign that have not ended, soonest first, with their places taken."""
    meetings = Meeting.objects.filter(campaign=campaign).upcoming()
    if departement is not None:
        meetings = meetings.filter(departement=departement)
    return _with_places(meetings).select_related("campaign")


def meeting_next_end(*, campaign: Campaign):
    """When the first meeting still to come ends (it then stops being "to come"), or None."""
    return (
        Meeting.objects.filter(campaign=campaign)
        .upcoming()
        .order_by("ends_at")
        .values_list("ends_at", flat=True)
        .first()
    )


def meeting_exists(*, campaign: Campaign) -> bool:
    return Meeting.objects.filter(campaign=campaign).exists()


def meeting_past_list(*, campaign: Campaign, limit: int = 50) -> QuerySet[Meeting]:
    """Ended meetings, latest first, with their published minutes when there are some."""
    return Meeting.objects.filter(campaign=campaign).past().select_related("campaign", "minutes")[:limit]


@dataclass(frozen=True)
class DepartementGroup:
    code: str
    label: str
    meetings: list[Meeting]


def meeting_upcoming_by_departement(*, campaign: Campaign) -> list[DepartementGroup]:
    """Upcoming meetings grouped by département in official order; national meetings first."""
    groups: dict[str, list[Meeting]] = {}
    for meeting in meeting_upcoming_list(campaign=campaign):
        groups.setdefault(meeting.departement, []).append(meeting)
    result = []
    if "" in groups:
        result.append(DepartementGroup("", "", groups.pop("")))
    for departement in departements.all_departements():
        if departement.code in groups:
            result.append(DepartementGroup(departement.code, departement.label, groups[departement.code]))
    return result


def meeting_public_get(*, campaign: Campaign, pk: int) -> Meeting | None:
    return _with_places(Meeting.objects.filter(campaign=campaign, pk=pk)).select_related("campaign").first()


def minutes_published(*, meeting: Meeting) -> Minutes | None:
    """The meeting's minutes if published, with their points and the demands they decided on."""
    return (
        Minutes.objects.filter(meeting=meeting, published_at__isnull=False)
        .prefetch_related("items__demand", "items__status_change")
        .first()
    )


def meeting_feed_list(*, campaign: Campaign, departement: str | None = None) -> QuerySet[Meeting]:
    """What a calendar feed carries: upcoming meetings and those of the last months."""
    meetings = Meeting.objects.filter(
        campaign=campaign, ends_at__gt=timezone.now() - timedelta(days=FEED_PAST_DAYS)
    ).select_related("campaign")
    if departement is not None:
        meetings = meetings.filter(departement=departement)
    return meetings.order_by("starts_at", "pk")


def meeting_staff_list(*, campaign: Campaign) -> QuerySet[Meeting]:
    """Every meeting of the campaign for its organisers, latest first, with places and minutes."""
    return (
        _with_places(Meeting.objects.filter(campaign=campaign))
        .select_related("minutes")
        .order_by("-starts_at", "-pk")
    )


def registration_list(*, meeting: Meeting) -> list[Registration]:
    """Registrations as organisers see them: places first, then the waiting list in order, then the rest."""
    order = {
        Registration.Status.CONFIRMED: 0,
        Registration.Status.WAITING: 1,
        Registration.Status.PENDING: 2,
        Registration.Status.CANCELLED: 3,
    }
    registrations = list(meeting.registrations.all())
    registrations.sort(key=lambda r: (order[r.status], r.waitlisted_at or r.created_at, r.created_at, r.pk))
    return registrations


EXPORT_COLUMNS = {
    "name": _("Nom"),
    "email": _("E-mail"),
    "status": _("Statut"),
    "registered_at": _("Inscription"),
    "confirmed_at": _("Confirmation"),
    "waiting_position": _("Rang sur la liste d'attente"),
}


def registration_export_rows(*, meeting: Meeting) -> list[dict]:
    """The registrations CSV: who comes, who waits (in order); cancelled and unconfirmed ones are left out."""
    rows = []
    position = 0
    for registration in registration_list(meeting=meeting):
        if registration.status not in (Registration.Status.CONFIRMED, Registration.Status.WAITING):
            continue
        if registration.status == Registration.Status.WAITING:
            position += 1
        rows.append(
            {
                "name": registration.name,
                "email": registration.email,
                "status": str(registration.get_status_display()),
                "registered_at": timezone.localtime(registration.created_at).strftime("%d/%m/%Y %H:%M"),
                "confirmed_at": timezone.localtime(registration.confirmed_at).strftime("%d/%m/%Y %H:%M")
                if registration.confirmed_at
                else "",
                "waiting_position": position if registration.status == Registration.Status.WAITING else "",
            }
        )
    return rows
