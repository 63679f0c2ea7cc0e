import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.db.models import Max, ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _

from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Theme
from concertons.demands.models import Demand, DemandStatusChange, DemandSupport
from concertons.geo import departements
from concertons.signatures.models import Signature


@dataclass(frozen=True)
class DemandData:
    title: str
    text: str = ""
    themes: tuple[str, ...] = ()


def _checked_themes(themes) -> list[str]:
    unknown = [code for code in themes if code not in Theme.values]
    if unknown:
        raise ValidationError({"themes": _("Thème inconnu : « %(code)s ».") % {"code": str(unknown[0])[:40]}})
    return [code for code in Theme.values if code in set(themes)]  # the vocabulary's order, no duplicates


@transaction.atomic
def demand_create(*, campaign: Campaign, data: DemandData) -> Demand:
    """Add a demand at the end of the campaign's list."""
    if not data.title.strip():
        raise ValidationError({"title": _("Donnez un intitulé à l'exigence.")})
    last = (
        Demand.objects.select_for_update().filter(campaign=campaign).aggregate(last=Max("position"))["last"]
    )
    return Demand.objects.create(
        campaign=campaign,
        position=(last or 0) + 1,
        title=data.title.strip(),
        text=data.text,
        themes=_checked_themes(data.themes),
    )


@transaction.atomic
def demand_update(*, demand: Demand, data: DemandData) -> Demand:
    """Change a demand's wording or themes; its supports and history stay attached."""
    if not data.title.strip():
        raise ValidationError({"title": _("Donnez un intitulé à l'exigence.")})
    demand.title, demand.text, demand.themes = data.title.strip(), data.text, _checked_themes(data.themes)
    demand.save(update_fields=["title", "text", "themes", "updated_at"])
    return demand


@transaction.atomic
def demand_move(*, demand: Demand, offset: int) -> None:
    """Move a demand up (-1) or down (+1) in its campaign's order; positions are renumbered 1…n."""
    ordered = list(
        Demand.objects.select_for_update().filter(campaign_id=demand.campaign_id).order_by("position", "pk")
    )
    index = next(i for i, item in enumerate(ordered) if item.pk == demand.pk)
    target = min(max(index + offset, 0), len(ordered) - 1)
    ordered.insert(target, ordered.pop(index))
    for position, item in enumerate(ordered, start=1):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])


@transaction.atomic
def demand_delete(*, demand: Demand) -> None:
    """Delete a demand nobody acted on yet: once it has a status history or decisions, it stays."""
    if demand.status_changes.exists():
        raise ValidationError(
            _(
                "Cette exigence a un historique de statuts : elle ne peut plus être supprimée, seulement modifiée."
            )
        )
    try:
        with transaction.atomic():
            demand.delete()
    except ProtectedError as error:
        raise ValidationError(
            _("Cette exigence figure dans un compte rendu de réunion : elle ne peut plus être supprimée.")
        ) from error
    remaining = Demand.objects.filter(campaign_id=demand.campaign_id).order_by("position", "pk")
    for position, item in enumerate(remaining, start=1):
        if item.position != position:
            Demand.objects.filter(pk=item.pk).update(position=position)


# Support ---------------------------------------------------------------------------------------------


def _check_can_support(signature: Signature, demand: Demand) -> None:
    if signature.status != Signature.Status.CONFIRMED:
        raise ValidationError(
            _(
                "Votre signature n'est pas confirmée : ouvrez d'abord le lien de confirmation reçu par e-mail, "
                "puis revenez soutenir les exigences."
            )
        )
    if demand.campaign_id != signature.campaign_id:
        raise ValidationError(_("Cette exigence n'appartient pas à l'appel que vous avez signé."))


@transaction.atomic
def demand_support_add(*, signature: Signature, demand: Demand) -> DemandSupport:
    """A confirmed signatory backs a demand; supporting twice changes nothing."""
    _check_can_support(signature, demand)
    try:
        with transaction.atomic():  # a savepoint: a double click may race on the unique constraint
            support, _created = DemandSupport.objects.get_or_create(signature=signature, demand=demand)
    except IntegrityError:
        support = DemandSupport.objects.get(signature=signature, demand=demand)
    return support


@transaction.atomic
def demand_support_withdraw(*, signature: Signature, demand: Demand) -> bool:
    """Withdraw a support; True when there was one."""
    deleted, _by_model = DemandSupport.objects.filter(signature=signature, demand=demand).delete()
    return bool(deleted)


@dataclass(frozen=True)
class SupportChange:
    added: int
    withdrawn: int


@transaction.atomic
def demand_support_set(*, signature: Signature, demand_ids: set[int]) -> SupportChange:
    """The signatory's whole choice at once (the support page): back exactly these demands of the campaign."""
    # Lock the signature: two submissions of the page from two tabs apply one after the other.
    locked = Signature.objects.select_for_update().filter(pk=signature.pk).first()
    if locked is None:
        raise ValidationError(_("Cette signature n'existe plus : elle a sans doute été retirée."))
    demands = {demand.pk: demand for demand in Demand.objects.filter(campaign_id=locked.campaign_id)}
    unknown = set(demand_ids) - set(demands)
    if unknown:
        raise ValidationError(_("Exigence inconnue : elle a peut-être été supprimée. Rechargez la page."))
    current = set(DemandSupport.objects.filter(signature=locked).values_list("demand_id", flat=True))
    for demand_id in sorted(set(demand_ids) - current):
        demand_support_add(signature=locked, demand=demands[demand_id])
    withdrawn = current - set(demand_ids)
    if withdrawn:
        DemandSupport.objects.filter(signature=locked, demand_id__in=withdrawn).delete()
    return SupportChange(added=len(set(demand_ids) - current), withdrawn=len(withdrawn))


# Status per département -------------------------------------------------------------------------------


def _checked_status_input(*, demand: Demand, departement: str, status: str, date, link: str) -> str:
    if status not in DemandStatusChange.Status.values:
        raise ValidationError(
            {"status": _("Statut inconnu : « %(status)s ».") % {"status": str(status)[:40]}}
        )
    found = departements.get(departement or "")
    if found is None:
        raise ValidationError(
            {"departement": _("Département inconnu : « %(value)s ».") % {"value": str(departement)[:40]}}
        )
    if not isinstance(date, datetime.date):
        raise ValidationError({"date": _("Indiquez la date du changement de statut.")})
    if date > timezone.localdate():
        raise ValidationError({"date": _("La date ne peut pas être dans le futur.")})
    if link:
        try:
            URLValidator(schemes=["http", "https"])(link)
        except ValidationError as error:
            raise ValidationError(
                {"link": _("Le lien doit être une adresse web complète (https://…).")}
            ) from error
    return found.code


@transaction.atomic
def demand_status_record(
    *,
    demand: Demand,
    departement: str,
    status: str,
    date: datetime.date,
    note: str = "",
    link: str = "",
    actor=None,
) -> DemandStatusChange:
    """Record where a demand stands in a département from a date. Nothing is overwritten: the history grows."""
    code = _checked_status_input(demand=demand, departement=departement, status=status, date=date, link=link)
    note = " ".join((note or "").split())
    if len(note) > 500:
        raise ValidationError({"note": _("La note est limitée à 500 caractères.")})
    change = DemandStatusChange.objects.create(
        demand=demand,
        departement=code,
        status=status,
        date=date,
        note=note,
        link=link,
        actor=actor if actor is not None and actor.is_authenticated else None,
    )
    AuditEntry.log(
        AuditEntry.Action.DEMAND_STATUS_CHANGED,
        actor=actor,
        campaign=demand.campaign,
        object_id=change.pk,
        demand=demand.pk,
        departement=code,
        status=status,
    )
    return change
