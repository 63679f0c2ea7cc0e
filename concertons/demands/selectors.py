from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, QuerySet
from django.urls import reverse

from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Theme
from concertons.demands.models import Demand, DemandStatusChange, DemandSupport
from concertons.geo import departements
from concertons.publication import selectors as publication_selectors
from concertons.signatures.models import Signature

DEPARTEMENT_CODES = [departement.code for departement in departements.all_departements()]


@dataclass(frozen=True)
class Backing:
    """What backs a demand, as the latest daily release published it (publication.services.snapshots):
    published testimonies sharing one of its themes, and those that came with field counts. None: secret.
    `pending`: the demand was written or its themes changed since that release; tomorrow's has it."""

    testimonies: int | None = None
    field_counts: int | None = None
    pending: bool = False


@dataclass(frozen=True)
class SupportCounts:
    """One demand's supports as the public may see them: None is secret (see SupportFigures)."""

    total: int | None = 0
    by_departement: dict[str, int | None] = field(default_factory=dict)


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
    """Published testimonies (and those with field counts) sharing a theme with each demand.

    Never live: read from the latest daily constats snapshot, where each figure keeps its released value
    until at least k testimonies changed it (stats.release), then goes through k and secondary suppression:
    from one day to the next it never tells whether the card published in between came with field counts."""
    released = publication_selectors.demand_backing_data(campaign=campaign)
    backing = {}
    for demand in demands:
        figures = released.get(str(demand.pk))
        if figures is None or list(figures["themes"]) != list(demand.themes or []):
            backing[demand.pk] = Backing(pending=True)
        else:
            backing[demand.pk] = Backing(figures["testimonies"], figures["field_counts"])
    return backing


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


@dataclass(frozen=True)
class SupportFigures:
    """Supports as the public may see them: the protected demand × département table and its margins.

    Every support figure a public page shows comes from here (publication.services.snapshots.
    supports_breakdown, refreshed by the worker within a minute of a change). A figure is an int, 0 when
    nobody is in it, or None when it is secret. `withheld`: fewer than k signers back any demand in all,
    so nothing is broken down (not even which départements have no support)."""

    records: list[dict]
    withheld: bool = False
    _cells: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self):
        for record in self.records:
            self._cells[(record["demand"], record["departement"])] = record

    def figure(self, demand_id: int | None = None, departement: str | None = None) -> int | None:
        record = self._cells.get((None if demand_id is None else str(demand_id), departement))
        if record is None or record["status"] == "absent":
            return 0
        return record["count"] if record["status"] == "published" else None

    def total(self, demand_id: int) -> int | None:
        return self.figure(demand_id)

    def by_departement(self, demand_id: int) -> dict[str, int | None]:
        """The départements where the demand has supports (published or secret), in the usual order;
        none when nothing is broken down."""
        if self.withheld:
            return {}
        return {
            code: self.figure(demand_id, code)
            for code in DEPARTEMENT_CODES
            if not self._absent(str(demand_id), code)
        }

    def in_departement(self, code: str) -> int | None:
        """All the département's supports, every demand together (a signer counts once per demand)."""
        return self.figure(None, code)

    def departements(self) -> set[str]:
        """The départements with supports, unless nothing is broken down."""
        if self.withheld:
            return set()
        return {code for code in DEPARTEMENT_CODES if not self._absent(None, code)}

    def _absent(self, demand: str | None, code: str) -> bool:
        record = self._cells.get((demand, code))
        return record is None or record["status"] == "absent"


def demand_support_figures(*, campaign: Campaign) -> SupportFigures:
    demand_ids = demand_list(campaign=campaign).values_list("pk", flat=True)
    data = publication_selectors.demand_support_data(campaign=campaign, demand_ids=demand_ids)
    records = data["records"]
    grand_total = next(
        (r for r in records if r["demand"] is None and r["departement"] is None), {"status": "absent"}
    )
    return SupportFigures(records=records, withheld=grand_total["status"] == "secret")


def demand_summaries(*, campaign: Campaign) -> list[DemandSummary]:
    """Each demand with its themes, backing and supports: the campaign page and the list of demands."""
    demands = list(demand_list(campaign=campaign))
    backing = demand_backing(campaign=campaign, demands=demands)
    supports = demand_support_figures(campaign=campaign)
    return [
        DemandSummary(
            demand=demand,
            themes=theme_labels(demand.themes),
            backing=backing[demand.pk],
            supports=SupportCounts(
                total=supports.total(demand.pk), by_departement=supports.by_departement(demand.pk)
            ),
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
    supports: int | None  # every demand together; None: secret


def demand_status_table(*, campaign: Campaign, every_departement: bool = False) -> list[StatusRow]:
    """Rows of départements × columns of demands. By default only départements where something happened
    (a status recorded or a support given); all 101 on request."""
    demands = list(demand_list(campaign=campaign))
    current = demand_current_statuses(campaign=campaign)
    supports = demand_support_figures(campaign=campaign)
    active = {code for _demand_id, code in current} | supports.departements()
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
        rows.append(StatusRow(departement, cells, supports.in_departement(departement.code)))
    return rows


@dataclass(frozen=True)
class DepartementDemand:
    demand: Demand
    status: str
    label: str
    history: list[HistoryEntry]
    supports: int | None  # None: secret


def departement_demands(*, campaign: Campaign, departement: str) -> list[DepartementDemand]:
    """A département's page: each demand, its current status there, its history there, its supporters there."""
    history = demand_status_history(campaign=campaign, departement=departement)
    supports = demand_support_figures(campaign=campaign)
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
                supports=supports.figure(demand.pk, departement),
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
