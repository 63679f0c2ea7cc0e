"""A person's data across the apps (GDPR rights of access and erasure), for the admins' page
(signatures.staff_views.person_data): above the apps it reads and erases, so that none of them imports another
for it. Signatures, meeting registrations and outgoing e-mails are looked up by the address's key."""

from django.db import transaction

from concertons.accounts.models import AuditEntry
from concertons.core.text import email_key
from concertons.mailer.models import OutgoingEmail
from concertons.meetings import services as meeting_services
from concertons.meetings.models import Registration
from concertons.signatures.models import Signature


def _in_scope(queryset, path: str, collectives):
    """Rows of these collectives only (None: every collective, for a platform admin)."""
    return queryset if collectives is None else queryset.filter(**{f"{path}__in": collectives})


def _scope_detail(collectives) -> dict:
    """What the audit entry says of the request's reach."""
    return {"collectives": "*" if collectives is None else sorted(c.slug for c in collectives)}


def person_data_export(*, email: str, actor, collectives=None) -> list[dict]:
    """Everything kept about one address in these collectives' campaigns (GDPR right of access);
    collectives=None: in every collective."""
    key = email_key(email)
    rows = []
    signatures = _in_scope(Signature.objects.filter(email_key=key), "campaign__collective", collectives)
    for signature in signatures.select_related("campaign", "version"):
        rows.append(
            {
                "campaign": signature.campaign.slug,
                "version": signature.version.number,
                "last_name": signature.last_name,
                "first_name": signature.first_name,
                "profession": signature.profession,
                "job_title": signature.job_title,
                "service": signature.service,
                "workplace": signature.workplace,
                "commune": signature.commune,
                "departement": signature.departement,
                "email": signature.email,
                "public": signature.is_public,
                "comment": signature.comment,
                "source": signature.source,
                "status": signature.status,
                "created_at": signature.created_at.isoformat(),
                "confirmed_at": signature.confirmed_at.isoformat() if signature.confirmed_at else None,
            }
        )
    registrations = _in_scope(
        Registration.objects.filter(email_key=key), "meeting__campaign__collective", collectives
    )
    for registration in registrations.select_related("meeting"):
        rows.append(
            {
                "meeting": registration.meeting.title,
                "starts_at": registration.meeting.starts_at.isoformat(),
                "name": registration.name,
                "email": registration.email,
                "status": registration.status,
                "created_at": registration.created_at.isoformat(),
            }
        )
    AuditEntry.log(
        AuditEntry.Action.PERSON_DATA_EXPORTED, actor=actor, found=len(rows), **_scope_detail(collectives)
    )
    return rows


@transaction.atomic
def person_data_erase(*, email: str, actor, collectives=None) -> int:
    """Erase one address's signatures, registrations and mails in these collectives (GDPR right to
    erasure; collectives=None: everywhere). Returns how many signatures and registrations were deleted."""
    key = email_key(email)
    signatures = _in_scope(Signature.objects.filter(email_key=key), "campaign__collective", collectives)
    deleted, _by_model = signatures.delete()
    registrations = _in_scope(
        Registration.objects.filter(email_key=key), "meeting__campaign__collective", collectives
    )
    for registration in registrations:
        # Cancelling first frees the place for the waiting list, as if the person had cancelled.
        if registration.status != Registration.Status.CANCELLED:
            meeting_services.registration_cancel(registration=registration)
        registration.delete()
        deleted += 1

    mails = _in_scope(OutgoingEmail.objects.filter(to__iexact=email.strip()), "collective", collectives)
    mails.exclude(status=OutgoingEmail.Status.SENDING).delete()
    AuditEntry.log(
        AuditEntry.Action.PERSON_DATA_ERASED, actor=actor, deleted=deleted, **_scope_detail(collectives)
    )
    return deleted
