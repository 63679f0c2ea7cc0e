"""Minutes of a meeting: their text, the decisions they record on demands, and their publication."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from concertons.accounts.models import AuditEntry
from concertons.demands import services as demand_services
from concertons.demands.models import Demand, DemandStatusChange
from concertons.geo import departements
from concertons.meetings.models import (
    Meeting,
    Minutes,
    MinutesItem,
)


@transaction.atomic
def minutes_save(*, meeting: Meeting, text: str) -> Minutes:
    """Write or correct the minutes' text (published or not: decisions already applied stay as they are)."""
    minutes, _created = Minutes.objects.get_or_create(meeting=meeting)
    minutes.text = text
    minutes.save(update_fields=["text", "updated_at"])
    return minutes


@transaction.atomic
def minutes_item_add(
    *,
    meeting: Meeting,
    text: str,
    demand: Demand | None = None,
    departement: str = "",
    status: str = "",
    actor=None,
) -> MinutesItem:
    """Add a point to the minutes, optionally a decision on a demand's status in a département. On published
    minutes the decision goes into the demand's history at once; otherwise when the minutes are published."""
    minutes, _created = Minutes.objects.get_or_create(meeting=meeting)
    minutes = Minutes.objects.select_for_update().get(pk=minutes.pk)
    text = (text or "").strip()
    errors = {}
    if not text:
        errors["text"] = _("Écrivez le point du compte rendu.")
    code = ""
    if demand is not None or status:
        if demand is None:
            errors["demand"] = _("Choisissez l'exigence dont la décision change le statut.")
        elif demand.campaign_id != meeting.campaign_id:
            errors["demand"] = _("Cette exigence n'appartient pas à l'appel de la réunion.")
        if not status:
            errors["status"] = _("Choisissez le nouveau statut de l'exigence.")
        elif status not in DemandStatusChange.Status.values:
            errors["status"] = _("Statut inconnu : « %(status)s ».") % {"status": str(status)[:40]}
        found = departements.get(departement or meeting.departement or "")
        if found is None:
            errors["departement"] = _("Indiquez le département où la décision s'applique.")
        else:
            code = found.code
    if errors:
        raise ValidationError(errors)
    position = (minutes.items.aggregate(last=Max("position"))["last"] or 0) + 1
    item = MinutesItem.objects.create(
        minutes=minutes, position=position, text=text, demand=demand, departement=code, status=status or ""
    )
    if minutes.is_published and item.is_decision:
        _apply_decision(item, actor=actor)
    return item


@transaction.atomic
def minutes_item_delete(*, item: MinutesItem) -> None:
    """Remove a point; a decision already in a demand's history stays there, and so does its point."""
    if item.status_change_id:
        raise ValidationError(
            _("Cette décision figure déjà dans l'historique de l'exigence : elle ne peut plus être retirée.")
        )
    item.delete()


def _apply_decision(item: MinutesItem, *, actor) -> None:
    meeting = item.minutes.meeting
    change = demand_services.demand_status_record(
        demand=item.demand,
        departement=item.departement,
        status=item.status,
        date=timezone.localdate(meeting.starts_at),
        note=item.text[:500],
        actor=actor,
    )
    item.status_change = change
    item.save(update_fields=["status_change"])


@transaction.atomic
def minutes_publish(*, meeting: Meeting, actor) -> Minutes:
    """Publish the minutes after the meeting: they show on its page, and each decision changes its demand's
    status (linked back to these minutes). All or nothing: one invalid decision publishes nothing."""
    minutes = Minutes.objects.select_for_update().filter(meeting=meeting).first()
    if minutes is None or (not minutes.text.strip() and not minutes.items.exists()):
        raise ValidationError(_("Le compte rendu est vide : écrivez-le avant de le publier."))
    if minutes.is_published:
        raise ValidationError(_("Ce compte rendu est déjà publié."))
    if not meeting.has_started:
        raise ValidationError(_("Le compte rendu se publie après la réunion."))
    decisions = 0
    for item in minutes.items.select_related("demand__campaign", "minutes__meeting").order_by(
        "position", "pk"
    ):
        if (item.demand_id or item.status) and item.status_change_id is None:
            if not item.is_decision:
                raise ValidationError(
                    _("Le point %(n)s est une décision incomplète : exigence et statut sont nécessaires.")
                    % {"n": item.position}
                )
            _apply_decision(item, actor=actor)
            decisions += 1
    minutes.published_at = timezone.now()
    minutes.save(update_fields=["published_at", "updated_at"])
    AuditEntry.log(
        AuditEntry.Action.MINUTES_PUBLISHED,
        actor=actor,
        campaign=meeting.campaign,
        object_id=meeting.pk,
        decisions=decisions,
    )
    return minutes
