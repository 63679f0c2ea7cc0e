"""Compute the published figures of a campaign into Snapshot rows (read by dashboards and PDFs).

Every figure about testimonies and field counts goes through concertons.stats (k, dominance, secondary
suppression across the tables published together). Signature figures count non-public signers too: every
breakdown of them is the protected département × profession table or one of its margins; so do the supports
of demands (a demand × département table). The backing of demands (testimonies sharing their themes) is
released day after day with the constats.
"""

import hashlib
import json
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Count, F, Max
from django.db.models.functions import TruncDate
from django.utils import timezone

from concertons import stats
from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Profession, Service, Theme
from concertons.demands.models import Demand, DemandSupport
from concertons.geo import departements
from concertons.publication.models import Snapshot
from concertons.signatures.models import Signature
from concertons.testimonies.models import FieldCount, Testimony

DEPARTEMENTS = [departement.code for departement in departements.all_departements()]
# The field counts published as sums and medians by département, in display order.
INDICATORS = [
    "vacant_posts",
    "absences_people",
    "absences_days",
    "measures_waiting",
    "measures_median_days",
    "closures",
]


def _fingerprint(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, default=str, sort_keys=True).encode()).hexdigest()


def _expand(grouped: Iterable[tuple[dict, int]]) -> Iterable[dict]:
    """Rows for the stats package from GROUP BY counts: one row per person, without loading people."""
    for labels, count in grouped:
        for _ in range(count):
            yield labels


# Signatures ------------------------------------------------------------------------------------------------


# Signatures with no (known) département still count in the grand total: they get a row of their own in
# the protected table, never shown as a département.
NO_DEPARTEMENT = "sans-departement"
# Bumped when the published signature figures change shape, so that stored snapshots are recomputed.
SIGNATURES_FORMAT = 3


def signatures_fingerprint(*, campaign: Campaign) -> str:
    confirmed = Signature.objects.confirmed().filter(campaign=campaign)
    state = confirmed.aggregate(n=Count("pk"), last=Max("confirmed_at"), top=Max("pk"))
    return _fingerprint(
        state["n"],
        state["last"],
        state["top"],
        campaign.disclosure_threshold,
        SIGNATURES_FORMAT,
        _supports_state(campaign),
    )


def signatures_breakdown(*, confirmed, k: int) -> dict:
    """Confirmed signatures (public or not) by département and by profession, as the public may see them.

    The map, the bars by profession, every count by département (goals, API) and the département ×
    profession table are one protected table and its margins, so secondary suppression sees them together:
    no raw margin is left to subtract from. The grand total is that table's grand total too, and the live
    counter shows it: when it is published here, the counter tells nothing the table does not. When it is
    secret (fewer than k signatures in all), nothing is broken down, not even which cells are empty, since
    "the total minus the published figures" would then single people out.
    """
    pairs = confirmed.values_list("departement", "profession").annotate(n=Count("pk")).order_by()
    known_departements, professions = set(DEPARTEMENTS), set(Profession.values)
    crossed = stats.count_table(
        _expand(
            (
                {
                    "departement": departement if departement in known_departements else NO_DEPARTEMENT,
                    "profession": profession if profession in professions else Profession.OTHER.value,
                },
                n,
            )
            for departement, profession, n in pairs
        ),
        ["departement", "profession"],
        k=k,
        levels={"departement": [*DEPARTEMENTS, NO_DEPARTEMENT], "profession": Profession.values},
    )
    if crossed.total.is_secret:
        return {
            "format": SIGNATURES_FORMAT,
            "by_departement": dict.fromkeys(DEPARTEMENTS),
            "by_profession": dict.fromkeys(Profession.values),
            "departement_profession": [
                {**record, "status": stats.Status.SECRET.value, "count": None} for record in crossed.records()
            ],
        }

    def shown(cells) -> dict[str, int | None]:
        # A secret figure is None; an empty one is left out, as "aucune signature".
        return {label: cell.count for label, cell in cells if cell.status != stats.Status.ABSENT}

    return {
        "format": SIGNATURES_FORMAT,
        "by_departement": shown((code, crossed.cell(code, None)) for code in DEPARTEMENTS),
        "by_profession": shown((code, crossed.cell(None, code)) for code in Profession.values),
        "departement_profession": crossed.records(),
    }


def _demand_ids(campaign: Campaign) -> list[str]:
    return [
        str(pk)
        for pk in Demand.objects.filter(campaign=campaign)
        .order_by("position", "pk")
        .values_list("pk", flat=True)
    ]


def _confirmed_supports(campaign: Campaign):
    return DemandSupport.objects.filter(
        demand__campaign=campaign, signature__status=Signature.Status.CONFIRMED
    )


def _supports_state(campaign: Campaign) -> list:
    """What the supports table is computed from, without who: the demands, the supports per cell, and how
    many signers each département's and the grand total's supports come from (k counts signers)."""
    supports = _confirmed_supports(campaign)
    cells = (
        supports.values_list("demand_id", "signature__departement")
        .annotate(n=Count("pk"))
        .order_by("demand_id", "signature__departement")
    )
    signers = (
        supports.values_list("signature__departement")
        .annotate(n=Count("signature", distinct=True))
        .order_by("signature__departement")
    )
    return [
        _demand_ids(campaign),
        [list(cell) for cell in cells],
        [list(margin) for margin in signers],
        supports.aggregate(n=Count("signature", distinct=True))["n"],
    ]


def supports_breakdown(*, campaign: Campaign, k: int) -> dict:
    """Supports of confirmed signers (public or not) per demand and per signer's département, protected.

    A support in a small département would say that someone there, perhaps someone who is not on the public
    list, backs the demand: every support figure shown (a demand's total, its supports by département, a
    département's supports of all demands) is a figure of this one demand × département table, with its
    margins, after disclosure control. k counts signers: someone backing three demands counts once in a
    département's margin. As with the signatures, when the grand total is secret nothing is broken down.
    """
    demands = _demand_ids(campaign)
    if not demands:
        return {"demands": [], "records": []}
    known = set(DEPARTEMENTS)
    supports = _confirmed_supports(campaign).values_list(
        "demand_id", "signature_id", "signature__departement"
    )
    rows = (
        {
            "demand": str(demand_id),
            "departement": departement if departement in known else NO_DEPARTEMENT,
            "signer": signer,
        }
        for demand_id, signer, departement in supports.order_by()
    )
    table = stats.count_table(
        rows,
        ["demand", "departement"],
        k=k,
        levels={"demand": demands, "departement": [*DEPARTEMENTS, NO_DEPARTEMENT]},
        contributor="signer",
    )
    records = table.records()
    if table.total.is_secret:
        records = [{**record, "status": stats.Status.SECRET.value, "count": None} for record in records]
    return {"demands": demands, "records": records}


def _wait_for_other_snapshot_takers(campaign: Campaign) -> None:
    """Lock the campaign's row until the transaction ends: two app servers, or a page and the worker, that
    take the day's snapshot at once then compute it one after the other, and the second finds the first's
    (SQLite already serialises writing transactions: settings.DATABASES' IMMEDIATE mode)."""
    Campaign.objects.select_for_update().filter(pk=campaign.pk).exists()


@transaction.atomic
def signatures_snapshot_refresh(*, campaign: Campaign, force: bool = False) -> Snapshot:
    """Recount the campaign's confirmed signatures (run by the worker when they changed)."""
    _wait_for_other_snapshot_takers(campaign)
    today = timezone.localdate()
    fingerprint = signatures_fingerprint(campaign=campaign)
    current = Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.SIGNATURES, day=today).first()
    if current and current.source_fingerprint == fingerprint and not force:
        return current
    confirmed = Signature.objects.confirmed().filter(campaign=campaign)
    by_day = (
        confirmed.annotate(day=TruncDate("confirmed_at"))
        .values("day")
        .annotate(n=Count("pk"))
        .order_by(F("day").asc(nulls_first=True))
    )
    cumulative, running = [], 0
    for row in by_day:
        running += row["n"]
        if row["day"] is not None:  # a signature confirmed with no date (set by hand) counts from the start
            cumulative.append([row["day"].isoformat(), running])
    data = {
        "confirmed": running,
        "by_day": cumulative,
        **signatures_breakdown(confirmed=confirmed, k=campaign.disclosure_threshold),
        "supports": supports_breakdown(campaign=campaign, k=campaign.disclosure_threshold),
    }
    snapshot, _created = Snapshot.objects.update_or_create(
        campaign=campaign,
        scope=Snapshot.Scope.SIGNATURES,
        day=today,
        defaults={"source_fingerprint": fingerprint, "data": data},
    )
    Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.SIGNATURES, day__lt=today).delete()
    return snapshot


# Constats --------------------------------------------------------------------------------------------------


def constats_fingerprint(*, campaign: Campaign) -> str:
    published = Testimony.objects.published().filter(campaign=campaign)
    state = published.aggregate(n=Count("pk"), last=Max("published_on"))
    return _fingerprint(state["n"], state["last"], campaign.disclosure_threshold)


# Where a constats snapshot keeps what each cell was released with, for the next release (stats.release).
# Never shown; only the latest snapshot keeps it.
RELEASED = "released"


def _released_cells(memory: dict | None, family: str) -> dict | None:
    """What the cells of one family were last released with; None before the first release."""
    if memory is None:
        return None  # the first release, or a snapshot from before releases were remembered
    if family == "indicators":
        return {(name, departement): values for name, departement, values in memory[family]}
    return {(departement, label): [1] * n for departement, label, n in memory[family]}


# Demands' backing: published testimonies sharing a theme with a demand, and those with field counts. They
# are released in disjoint cells (the themes a testimony ticks × whether it came with field counts), so that
# every demand's figures, whatever its themes and whenever it was written, are sums of released cells: a
# demand added or edited today tells nothing the cells held back.
WITH_COUNTS, WITHOUT_COUNTS = "with", "without"


def _backing_now(campaign: Campaign) -> dict[tuple[str, str], list]:
    published = Testimony.objects.published().filter(campaign=campaign)
    counts = FieldCount.objects.filter(testimony__in=published).values_list(
        "testimony_id", "pmi_dropped", *FieldCount.INDICATORS
    )
    with_counts = {pk for pk, dropped, *values in counts if dropped or any(v is not None for v in values)}
    cells: dict[tuple[str, str], list] = {}
    for pk, themes in published.values_list("pk", "themes"):
        ticked = [theme for theme in Theme.values if theme in set(themes or ())]
        if ticked:  # a testimony with no theme backs no demand
            kind = WITH_COUNTS if pk in with_counts else WITHOUT_COUNTS
            cells.setdefault(("+".join(ticked), kind), []).append(1)
    return cells


def demand_backing(*, campaign: Campaign, cells: dict[tuple[str, str], list], k: int) -> dict[str, dict]:
    """Each demand's backing from the released cells, as one small protected table: testimonies with field
    counts, without, and their total (published as the demand's testimonies). None: secret."""
    figures = {}
    for pk, themes in Demand.objects.filter(campaign=campaign).values_list("pk", "themes"):
        wanted = set(themes or ())
        shown = {WITH_COUNTS: 0, WITHOUT_COUNTS: 0}
        for (ticked, kind), ones in cells.items():
            if wanted & set(ticked.split("+")):
                shown[kind] += len(ones)
        table = stats.count_table(
            _expand(({"counts": kind}, n) for kind, n in shown.items()),
            ["counts"],
            k=k,
            levels={"counts": [WITH_COUNTS, WITHOUT_COUNTS]},
        )
        figures[str(pk)] = {
            "themes": list(themes or ()),  # what they were computed for: a later edit waits for the next day
            "testimonies": table.total.count,
            "field_counts": table.cell(WITH_COUNTS).count,
        }
    return figures


@transaction.atomic
def constats_snapshot_take(*, campaign: Campaign, day=None) -> Snapshot:
    """The day's snapshot of testimony and field-count figures (once a day: never live).

    Comparing two days must not single anyone out: each inner cell (département × service, département ×
    theme, an indicator in a département, the themes ticked with or without field counts behind demands'
    backing) shows what it was last released with until at least k testimonies entered or left it
    (stats.release). Every table, margins included, is then computed from
    what the cells show and protected as usual, so a margin never gives away a change its cells hold back.
    """
    _wait_for_other_snapshot_takers(campaign)
    day = day or timezone.localdate()
    existing = Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.CONSTATS, day=day).first()
    if existing is not None:
        return existing
    k = campaign.disclosure_threshold
    previous = (
        Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.CONSTATS, day__lt=day)
        .order_by("-day")
        .first()
    )
    memory = previous.data.get(RELEASED) if previous is not None else None
    people_now: dict[tuple, list] = {}
    mentions_now: dict[tuple, list] = {}
    published = Testimony.objects.published().filter(campaign=campaign)
    for departement, service, themes in published.values_list("departement", "service", "themes"):
        people_now.setdefault((departement, service or "autre"), []).append(1)
        for theme in set(themes) & set(Theme.values):
            mentions_now.setdefault((departement, theme), []).append(1)
    values_now: dict[tuple, list] = {}
    counts = FieldCount.objects.filter(
        testimony__campaign=campaign, testimony__status=Testimony.Status.PUBLISHED
    ).values_list("testimony__departement", *INDICATORS)
    for departement, *values in counts:
        for name, value in zip(INDICATORS, values, strict=True):
            if value is not None:
                values_now.setdefault((name, departement), []).append(value)
    people_cells = stats.release(people_now, _released_cells(memory, "people"), k=k)
    mention_cells = stats.release(mentions_now, _released_cells(memory, "mentions"), k=k)
    value_cells = stats.release(
        values_now, _released_cells(memory, "indicators"), k=k, dominance=stats.DOMINANCE
    )
    backing_cells = stats.release(
        _backing_now(campaign),
        _released_cells(memory, "backing") if memory is not None and "backing" in memory else None,
        k=k,
    )

    people = list(
        _expand(({"departement": d, "service": s}, len(ones)) for (d, s), ones in people_cells.items())
    )
    by_departement, departement_service = stats.protect_together(
        [
            stats.count_table(people, ["departement"], k=k, levels={"departement": DEPARTEMENTS}),
            stats.count_table(
                people,
                ["departement", "service"],
                k=k,
                levels={"departement": DEPARTEMENTS, "service": Service.values},
            ),
        ]
    )
    # A testimony ticking several themes counts once toward k, but the released counts do not say which
    # mentions share a testimony: in each département, the i-th mention of every theme is taken to come
    # from one same testimony. That is the fewest testimonies the counts can come from, so k is never met
    # more easily than with the real testimonies.
    mentions = [
        {"id": f"{departement}-{i}", "departement": departement, "theme": theme}
        for (departement, theme), ones in mention_cells.items()
        for i in range(len(ones))
    ]
    by_theme, departement_theme = stats.protect_together(
        [
            stats.count_table(mentions, ["theme"], k=k, levels={"theme": Theme.values}, contributor="id"),
            stats.count_table(
                mentions,
                ["departement", "theme"],
                k=k,
                levels={"departement": DEPARTEMENTS, "theme": Theme.values},
                contributor="id",
            ),
        ]
    )
    indicator_tables = {name: [] for name in INDICATORS}
    for (name, departement), values in value_cells.items():
        indicator_tables[name] += [({"departement": departement}, value) for value in values]
    indicators = {
        name: stats.summary_table(rows, ["departement"], k=k, levels={"departement": DEPARTEMENTS}).records()
        for name, rows in indicator_tables.items()
    }
    data = {
        "k": k,
        "by_departement": by_departement.records(),
        "departement_service": departement_service.records(),
        "by_theme": by_theme.records(),
        "departement_theme": departement_theme.records(),
        "indicators": indicators,
        "demands": demand_backing(campaign=campaign, cells=backing_cells, k=k),
        RELEASED: {
            "people": [[*cell, len(ones)] for cell, ones in sorted(people_cells.items())],
            "mentions": [[*cell, len(ones)] for cell, ones in sorted(mention_cells.items())],
            "indicators": [[*cell, sorted(values)] for cell, values in sorted(value_cells.items())],
            "backing": [[*cell, len(ones)] for cell, ones in sorted(backing_cells.items())],
        },
    }
    snapshot = Snapshot.objects.create(
        campaign=campaign,
        scope=Snapshot.Scope.CONSTATS,
        day=day,
        source_fingerprint=constats_fingerprint(campaign=campaign),
        data=data,
    )
    if memory is not None:  # the values behind each cell are kept no longer than needed
        del previous.data[RELEASED]
        previous.save(update_fields=["data"])
    return snapshot


def snapshots_refresh_all() -> int:
    """Worker job: signature figures of open and closed campaigns when changed, constats once a day."""
    done = 0
    for campaign in Campaign.objects.visible():
        before = Snapshot.objects.filter(campaign=campaign).count()
        signatures_snapshot_refresh(campaign=campaign)
        constats_snapshot_take(campaign=campaign)
        done += Snapshot.objects.filter(campaign=campaign).count() != before
    return done


def latest(*, campaign: Campaign, scope: str) -> Snapshot | None:
    return Snapshot.objects.filter(campaign=campaign, scope=scope).order_by("-day").first()
