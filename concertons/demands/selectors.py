from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.urls import reverse
from django.utils import timezone

from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Theme
from concertons.demands.models import Demand, DemandStatusChange, DemandSupport
from concertons.geo import departements
from concertons.signatures.models import Signature
from concertons.testimonies.models import FieldCount, Testimony


@dataclass(frozen=True)
class Disclosed:
    """A count as it may be published: `value` is None when it is withheld (fewer than `threshold`)."""

    value: int | None
    threshold: int

    @property
    def withheld(self) -> bool:
        return self.value is None


def disclose_count(count: int, *, campaign: Campaign) -> Disclosed:
    """Publish a count of testimonies or field counts only when it reaches the campaign's k.

    Stand-in for the disclosure-control package (concertons.stats): once it lands, this is the one place
    that calls it. Zero is withheld too, so "none" and "one or two" look the same."""
    threshold = campaign.disclosure_threshold
    return Disclosed(count if count >= threshold else None, threshold)


@dataclass(frozen=True)
class Backing:
    testimonies: Disclosed
    field_counts: Disclosed


@dataclass(frozen=True)
class SupportCounts:
    total: int = 0
    by_departement: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DemandSummary:
    demand: Demand
    themes: list[str]  # labels
    backing: Backing
    supports: SupportCounts


def demand_list(*, campaign: Campaign) -> QuerySet[Demand]:
    """The campaign's demands in their order."""
    return Demand.objects.filter(campaign=campaign).order_by("position", "pk")


def demand_get(*, campaign: Campaign, pk: int) -> Demand | None:
    return Demand.objects.filter(campaign=campaign, pk=pk).first()


def theme_labels(codes: list[str]) -> list[str]:
    return [str(Theme(code).label) for code in codes if code in Theme.values]


def demand_backing(*, campaign: Campaign, demands: list[Demand]) -> dict[int, Backing]:
    """Published testimonies (and their field counts) sharing a theme with each demand, disclosed per k."""
    # Figures are daily snapshots, never live (DESIGN.md, privacy defaults): only testimonies published before
    # today count, so a count never moves right after one publication.
    published_before_today = Testimony.objects.published().filter(
        campaign=campaign, published_on__lt=timezone.localdate()
    )
    # Themes are a JSON list, which SQLite cannot filter on: intersect in Python.
    published = list(published_before_today.values_list("themes", "field_count__id").order_by())
    counts = FieldCount.objects.filter(testimony__in=published_before_today).only(
        *FieldCount.INDICATORS, "pmi_dropped"
    )
    non_empty = {count.pk for count in counts if not count.is_empty}
    backing = {}
    for demand in demands:
        wanted = set(demand.themes or [])
        matching = [(themes, count_id) for themes, count_id in published if wanted & set(themes or [])]
        backing[demand.pk] = Backing(
            testimonies=disclose_count(len(matching), campaign=campaign),
            field_counts=disclose_count(
                sum(1 for _themes, count_id in matching if count_id in non_empty), campaign=campaign
            ),
        )
    return backing


def demand_support_counts(*, campaign: Campaign) -> dict[int, SupportCounts]:
    """Supports per demand and per signer's département; only confirmed signatures count."""
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
    return {
        demand_id: SupportCounts(
            total=sum(counts.values()),
            by_departement={code: n for code, n in sorted(counts.items()) if code},
        )
        for demand_id, counts in by_demand.items()
    }


def demand_summaries(*, campaign: Campaign) -> list[DemandSummary]:
    """Each demand with its themes, backing and supports: the campaign page and the list of demands."""
    demands = list(demand_list(campaign=campaign))
    backing = demand_backing(campaign=campaign, demands=demands)
    supports = demand_support_counts(campaign=campaign)
    return [
        DemandSummary(
            demand=demand,
            themes=theme_labels(demand.themes),
            backing=backing[demand.pk],
            supports=supports.get(demand.pk, SupportCounts()),
        )
        for demand in demands
    ]


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
class StatusCell:
    status: str
    label: str
    date: object = None


@dataclass(frozen=True)
class StatusRow:
    departement: departements.Departement
    cells: list[StatusCell]
    supports: int


def demand_status_table(*, campaign: Campaign, every_departement: bool = False) -> list[StatusRow]:
    """Rows of départements × columns of demands. By default only départements where something happened
    (a status recorded or a support given); all 101 on request."""
    demands = list(demand_list(campaign=campaign))
    current = demand_current_statuses(campaign=campaign)
    supports_by_departement: Counter = Counter()
    for counts in demand_support_counts(campaign=campaign).values():
        supports_by_departement.update(counts.by_departement)
    active = {code for _demand_id, code in current} | set(supports_by_departement)
    not_raised = DemandStatusChange.Status.NOT_RAISED
    rows = []
    for departement in departements.all_departements():
        if not every_departement and departement.code not in active:
            continue
        cells = []
        for demand in demands:
            change = current.get((demand.pk, departement.code))
            status = change.status if change else not_raised
            cells.append(
                StatusCell(
                    status=status,
                    label=str(DemandStatusChange.Status(status).label),
                    date=change.date if change else None,
                )
            )
        rows.append(StatusRow(departement, cells, supports_by_departement.get(departement.code, 0)))
    return rows


@dataclass(frozen=True)
class DepartementDemand:
    demand: Demand
    status: str
    label: str
    history: list[HistoryEntry]
    supports: int


def departement_demands(*, campaign: Campaign, departement: str) -> list[DepartementDemand]:
    """A département's page: each demand, its current status there, its history there, its supporters there."""
    history = demand_status_history(campaign=campaign, departement=departement)
    supports = demand_support_counts(campaign=campaign)
    by_demand: dict[int, list[HistoryEntry]] = defaultdict(list)
    for entry in history:
        by_demand[entry.change.demand_id].append(entry)
    result = []
    for demand in demand_list(campaign=campaign):
        entries = by_demand.get(demand.pk, [])
        status = entries[-1].change.status if entries else DemandStatusChange.Status.NOT_RAISED
        result.append(
            DepartementDemand(
                demand=demand,
                status=status,
                label=str(DemandStatusChange.Status(status).label),
                history=entries,
                supports=supports.get(demand.pk, SupportCounts()).by_departement.get(departement, 0),
            )
        )
    return result


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
