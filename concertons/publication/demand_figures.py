"""What the public sees of the demands: each demand's backing and supports as the latest daily release
published them (publication.services.snapshots), and the status table by département. Read by the demands'
pages; kept here, above the demands app, because it reads what publication releases."""

from collections import defaultdict
from dataclasses import dataclass, field

from concertons.campaigns.models import Campaign
from concertons.demands.models import Demand, DemandStatusChange
from concertons.demands.selectors import (
    HistoryEntry,
    demand_current_statuses,
    demand_list,
    demand_status_history,
    theme_labels,
)
from concertons.geo import departements
from concertons.publication import selectors as publication_selectors

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
