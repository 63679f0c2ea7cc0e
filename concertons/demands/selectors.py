from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.urls import reverse

from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Theme
from concertons.demands.models import Demand, DemandStatusChange, DemandSupport
from concertons.signatures.models import Signature


def demand_list(*, campaign: Campaign) -> QuerySet[Demand]:
    """The campaign's demands in their order."""
    return Demand.objects.filter(campaign=campaign).order_by("position", "pk")


def demand_get(*, campaign: Campaign, pk: int) -> Demand | None:
    return Demand.objects.filter(campaign=campaign, pk=pk).first()


def theme_labels(codes: list[str]) -> list[str]:
    return [str(Theme(code).label) for code in codes if code in Theme.values]


def demand_support_counts(*, campaign: Campaign) -> dict[int, dict[str, int]]:
    """Raw supports per demand and per signer's département, public signers or not, confirmed signatures
    only ("" for no département). Organisers' pages only (behind 2FA): public pages read SupportFigures."""
    rows = (
        DemandSupport.objects.filter(demand__campaign=campaign, signature__status=Signature.Status.CONFIRMED)
        .values("demand_id", "signature__departement")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_demand: dict[int, dict[str, int]] = defaultdict(dict)
    for row in rows:
        code = row["signature__departement"] or ""
        by_demand[row["demand_id"]][code] = by_demand[row["demand_id"]].get(code, 0) + row["n"]
    return dict(by_demand)


# Status per département ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    change: DemandStatusChange
    meeting_title: str = ""
    minutes_url: str = ""


def _history_entry(change: DemandStatusChange) -> HistoryEntry:
    decision = getattr(change, "decision", None)  # the minutes item that decided it, if any
    if decision is None:
        return HistoryEntry(change)
    meeting = decision.minutes.meeting
    return HistoryEntry(
        change,
        meeting_title=meeting.title,
        minutes_url=reverse("meetings:minutes", kwargs={"slug": meeting.campaign.slug, "pk": meeting.pk}),
    )


def demand_status_history(
    *, campaign: Campaign, departement: str = "", demand: Demand | None = None
) -> list[HistoryEntry]:
    """Every recorded status, oldest first, with the minutes that decided it when there are some."""
    changes = (
        DemandStatusChange.objects.filter(demand__campaign=campaign)
        .select_related("demand", "decision__minutes__meeting__campaign")
        .chronological()
    )
    if departement:
        changes = changes.filter(departement=departement)
    if demand is not None:
        changes = changes.filter(demand=demand)
    return [_history_entry(change) for change in changes]


def demand_current_statuses(*, campaign: Campaign) -> dict[tuple[int, str], DemandStatusChange]:
    """The latest recorded status of each (demand, département) pair; absent pairs are "not raised"."""
    current = {}
    for change in DemandStatusChange.objects.filter(demand__campaign=campaign).chronological():
        current[(change.demand_id, change.departement)] = change
    return current


@dataclass(frozen=True)
class DepartementStatus:
    """A demand's standing in one département, as the PDF cahier lists it."""

    title: str
    status: str
    status_label: str
    since: object  # date of the current status, None while not raised
    note: str


def demands_for_departement(*, campaign: Campaign, departement: str) -> list[DepartementStatus]:
    """Each demand with its current status in the département (publication's cahier asks for this)."""
    current = demand_current_statuses(campaign=campaign)
    rows = []
    for demand in demand_list(campaign=campaign):
        change = current.get((demand.pk, departement))
        status = change.status if change else DemandStatusChange.Status.NOT_RAISED
        rows.append(
            DepartementStatus(
                title=demand.title,
                status=status,
                status_label=str(DemandStatusChange.Status(status).label),
                since=change.date if change else None,
                note=change.note if change else "",
            )
        )
    return rows


def demand_supported_ids(*, signature: Signature) -> set[int]:
    """The demands this signatory supports."""
    return set(DemandSupport.objects.filter(signature=signature).values_list("demand_id", flat=True))


def demand_staff_history(*, campaign: Campaign, departement: str = "", limit: int = 100) -> QuerySet:
    """The latest recorded changes, newest first, for the organisers' page."""
    changes = (
        DemandStatusChange.objects.filter(demand__campaign=campaign)
        .select_related("demand", "actor", "decision__minutes__meeting")
        .order_by("-created_at", "-pk")
    )
    if departement:
        changes = changes.filter(departement=departement)
    return changes[:limit]
