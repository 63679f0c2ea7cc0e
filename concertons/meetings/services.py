from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from concertons.campaigns.models import Campaign
from concertons.core import antiabuse
from concertons.core.text import email_key
from concertons.geo import departements
from concertons.mailer import services as mailer
from concertons.meetings import tokens
from concertons.meetings.models import (
    MAX_CAPACITY,
    Meeting,
    Registration,
    new_token_key,
)

# One address gets at most this many e-mails an hour from re-submitting the form, so it cannot be used to
# flood someone's mailbox. E-mails that follow the person's own clicks (confirmed, promoted) always go.
EMAILS_PER_ADDRESS_PER_HOUR = 3
# Reminders go to confirmed registrants of meetings starting within this delay ("the day before").
REMINDER_AHEAD = timedelta(hours=24)


@dataclass(frozen=True)
class MeetingData:
    title: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    organiser: str
    departement: str = ""
    kind: str = Meeting.Kind.MEETING
    description: str = ""
    agenda: str = ""
    address: str = ""
    online_url: str = ""
    # Recorded afterwards, to keep its minutes and decisions: then, and only then, it starts in the past.
    already_held: bool = False


@dataclass(frozen=True)
class RegistrantData:
    name: str
    email: str


def _check_meeting(data: MeetingData, *, existing: Meeting | None = None) -> dict:
    """Every rule a meeting obeys, each with its French message on its field; returns the fields to save."""
    errors: dict[str, str] = {}
    if not (data.title or "").strip():
        errors["title"] = _("Donnez un titre à la réunion.")
    if not (data.organiser or "").strip():
        errors["organiser"] = _("Indiquez qui organise la réunion.")
    if data.kind not in Meeting.Kind.values:
        errors["kind"] = _("Type de réunion inconnu.")
    starts_at, ends_at = data.starts_at, data.ends_at
    for name, value in (("starts_at", starts_at), ("ends_at", ends_at)):
        if not isinstance(value, datetime) or timezone.is_naive(value):
            errors[name] = _("Indiquez la date et l'heure.")
    if "starts_at" not in errors and "ends_at" not in errors:
        if ends_at <= starts_at:
            errors["ends_at"] = _("La réunion doit finir après avoir commencé.")
        moved = existing is None or existing.starts_at != starts_at
        if data.already_held and starts_at > timezone.now():
            errors["starts_at"] = _(
                "Une réunion qui a déjà eu lieu a commencé dans le passé : vérifiez la date."
            )
        elif moved and starts_at <= timezone.now() and not data.already_held:
            errors["starts_at"] = _(
                "Une réunion à venir ne peut pas commencer dans le passé. Pour garder la trace d'une réunion "
                "qui a déjà eu lieu (et de son compte rendu), cochez « Cette réunion a déjà eu lieu »."
            )
    if isinstance(data.capacity, bool) or not isinstance(data.capacity, int):
        errors["capacity"] = _("Indiquez le nombre de places.")
    elif data.capacity < 1:
        errors["capacity"] = _("Il faut au moins une place.")
    elif data.capacity > MAX_CAPACITY:
        errors["capacity"] = _("Pas plus de %(n)s places.") % {"n": f"{MAX_CAPACITY:_}".replace("_", " ")}
    elif existing is not None:
        taken = existing.registrations.holding_a_place().count()
        if data.capacity < taken:
            errors["capacity"] = _(
                "%(n)s personnes ont déjà une place : la capacité ne peut pas descendre en dessous."
            ) % {"n": taken}
    code = ""
    if data.departement:
        found = departements.get(data.departement)
        if found is None:
            errors["departement"] = _("Département inconnu : « %(value)s ».") % {
                "value": data.departement[:40]
            }
        else:
            code = found.code
    if not (data.address or "").strip() and not (data.online_url or "").strip():
        errors["address"] = _("Indiquez une adresse, un lien de visioconférence, ou les deux.")
    if data.online_url:
        try:
            URLValidator(schemes=["http", "https"])(data.online_url)
        except ValidationError:
            errors["online_url"] = _("Le lien doit être une adresse web complète (https://…).")
    if errors:
        raise ValidationError(errors)
    fields = asdict(data)
    del fields["already_held"]
    return {
        **fields,
        "departement": code,
        "title": data.title.strip(),
        "organiser": data.organiser.strip(),
    }


@transaction.atomic
def meeting_schedule(*, campaign: Campaign, data: MeetingData, actor=None) -> Meeting:
    """Create a meeting; it shows on the campaign's pages and calendars at once."""
    fields = _check_meeting(data)
    return Meeting.objects.create(
        campaign=campaign,
        created_by=actor if actor is not None and actor.is_authenticated else None,
        **fields,
    )


@transaction.atomic
def meeting_update(*, meeting: Meeting, data: MeetingData) -> Meeting:
    """Change a meeting. More places promote people from the waiting list; fewer than taken are refused."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    fields = _check_meeting(data, existing=meeting)
    for name, value in fields.items():
        setattr(meeting, name, value)
    meeting.sequence += 1
    meeting.save()
    _fill_free_places(meeting)
    return meeting


# E-mails ----------------------------------------------------------------------------------------------


def _absolute(name: str, **kwargs) -> str:
    return settings.SITE_URL + reverse(name, kwargs=kwargs)


def _links(registration: Registration) -> dict[str, str]:
    meeting = registration.meeting
    slug = meeting.campaign.slug
    return {
        "confirm": _absolute(
            "meetings:confirm", slug=slug, token=tokens.make_token(registration, tokens.CONFIRM)
        ),
        "cancel": _absolute(
            "meetings:cancel", slug=slug, token=tokens.make_token(registration, tokens.CANCEL)
        ),
        "meeting": settings.SITE_URL + meeting.get_absolute_url(),
        "ics": _absolute("meetings:ics", slug=slug, pk=meeting.pk),
    }


def _mail(registration: Registration, template: str, **context) -> None:
    mailer.email_queue(
        to=registration.email,
        template=template,
        collective=registration.meeting.campaign.collective,
        context={
            "registration": registration,
            "meeting": registration.meeting,
            "campaign": registration.meeting.campaign,
            "links": _links(registration),
            **context,
        },
    )


def _mail_unless_flooded(registration: Registration, template: str) -> None:
    # Per meeting and address: registering to several meetings in an hour is normal, re-sending one form is not.
    subject = f"{registration.meeting_id}:{registration.email_key}"
    if antiabuse.over_limit(subject, scope="meeting-mail-to", limit=EMAILS_PER_ADDRESS_PER_HOUR):
        return
    _mail(registration, template)


# Registration -----------------------------------------------------------------------------------------


def _check_open(meeting: Meeting) -> None:
    if meeting.has_started:
        raise ValidationError(_("Les inscriptions sont closes : la réunion a déjà commencé."))


@transaction.atomic
def registration_submit(*, meeting: Meeting, person: RegistrantData) -> Registration:
    """Register with a name and an e-mail address: a link to confirm the address is sent. Registering again
    with the same address creates nothing: the link (or, once confirmed, the cancel link) is sent again.
    The caller answers the same way in every case, so the form tells nobody who is registered."""
    _check_open(meeting)
    key = email_key(person.email)
    if not key or not (person.name or "").strip():
        raise ValidationError(_("Indiquez votre nom et votre adresse e-mail."))
    existing = Registration.objects.select_for_update().filter(meeting=meeting, email_key=key).first()
    if existing is None:
        try:
            with transaction.atomic():  # a savepoint: a concurrent twin may win the unique constraint
                registration = Registration.objects.create(
                    meeting=meeting, name=person.name.strip(), email=person.email.strip(), email_key=key
                )
        except IntegrityError:
            existing = Registration.objects.select_for_update().get(meeting=meeting, email_key=key)
        else:
            _mail_unless_flooded(registration, "meetings/emails/confirm.txt")
            return registration
    if existing.status in (Registration.Status.PENDING, Registration.Status.CANCELLED):
        if existing.status == Registration.Status.CANCELLED:
            existing.token_key = new_token_key()  # the old cancel link must not cancel the new registration
        existing.name, existing.email = person.name.strip(), person.email.strip()
        existing.status = Registration.Status.PENDING
        existing.confirmed_at = existing.waitlisted_at = existing.cancelled_at = existing.reminded_at = None
        existing.save()
        _mail_unless_flooded(existing, "meetings/emails/confirm.txt")
    else:
        _mail_unless_flooded(existing, "meetings/emails/already_registered.txt")
    return existing


def waiting_position(registration: Registration) -> int:
    """1 for the first person on the waiting list."""
    ids = list(registration.meeting.registrations.waiting().values_list("pk", flat=True))
    return ids.index(registration.pk) + 1 if registration.pk in ids else 0


def _fill_free_places(meeting: Meeting) -> list[Registration]:
    """Give free places to the waiting list, first come first served. The caller holds the meeting's lock."""
    if meeting.has_started:
        return []
    free = meeting.capacity - meeting.registrations.holding_a_place().count()
    promoted = []
    if free > 0:
        for registration in meeting.registrations.select_for_update().waiting()[:free]:
            registration.status = Registration.Status.CONFIRMED
            registration.save(update_fields=["status"])
            registration.meeting = meeting
            _mail(registration, "meetings/emails/promoted.txt")
            promoted.append(registration)
    return promoted


@transaction.atomic
def registration_confirm(*, registration: Registration) -> Registration:
    """The person clicked the link in the e-mail: a place if one is free, else the waiting list.

    The meeting's row is locked (SELECT … FOR UPDATE on PostgreSQL; SQLite's IMMEDIATE transactions take the
    write lock at BEGIN), so confirmations for one meeting are counted one at a time: never over capacity."""
    meeting = Meeting.objects.select_for_update().select_related("campaign").get(pk=registration.meeting_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    registration.meeting = meeting
    if registration.status != Registration.Status.PENDING:
        return registration  # a second click changes nothing
    _check_open(meeting)
    _fill_free_places(meeting)  # nobody jumps the queue, even if places were freed without promotion
    now = timezone.now()
    registration.confirmed_at = now
    if meeting.registrations.holding_a_place().count() < meeting.capacity:
        registration.status = Registration.Status.CONFIRMED
        registration.save(update_fields=["status", "confirmed_at"])
        _mail(registration, "meetings/emails/registered.txt")
    else:
        registration.status = Registration.Status.WAITING
        registration.waitlisted_at = now
        registration.save(update_fields=["status", "confirmed_at", "waitlisted_at"])
        _mail(registration, "meetings/emails/waiting.txt", position=waiting_position(registration))
    return registration


@dataclass(frozen=True)
class Cancellation:
    registration: Registration
    already_cancelled: bool = False
    promoted: list[Registration] = field(default_factory=list)


@transaction.atomic
def registration_cancel(*, registration: Registration) -> Cancellation:
    """The person cancels from their link; a freed place goes at once to the first on the waiting list."""
    meeting = Meeting.objects.select_for_update().select_related("campaign").get(pk=registration.meeting_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    registration.meeting = meeting
    if registration.status == Registration.Status.CANCELLED:
        return Cancellation(registration, already_cancelled=True)
    if meeting.has_started:
        raise ValidationError(_("La réunion a déjà commencé : l'inscription ne peut plus être annulée."))
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    _mail(registration, "meetings/emails/cancelled.txt")
    return Cancellation(registration, promoted=_fill_free_places(meeting))


def meeting_reminders_send(*, now: datetime | None = None) -> int:
    """E-mail confirmed registrants of meetings starting within 24 hours, once each. Safe from several workers:
    marking `reminded_at` is the claim, in the same transaction as the queued e-mail."""
    now = now or timezone.now()
    due = Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminded_at__isnull=True,
        meeting__starts_at__gt=now,
        meeting__starts_at__lte=now + REMINDER_AHEAD,
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            claimed = Registration.objects.filter(
                pk=pk, reminded_at__isnull=True, status=Registration.Status.CONFIRMED
            ).update(reminded_at=now)
            if not claimed:
                continue
            registration = Registration.objects.select_related("meeting__campaign").get(pk=pk)
            _mail(registration, "meetings/emails/reminder.txt")
            sent += 1
    return sent


# Minutes and decisions --------------------------------------------------------------------------------


def registrations_purge_unconfirmed(*, older_than_days: int | None = None) -> int:
    """Delete registrations whose address was never confirmed (they hold no place). Returns how many."""
    days = settings.SIGNATURE_PENDING_DAYS if older_than_days is None else older_than_days
    limit = timezone.now() - timezone.timedelta(days=days)
    deleted, _by_model = Registration.objects.filter(
        status=Registration.Status.PENDING, created_at__lt=limit
    ).delete()
    return deleted
