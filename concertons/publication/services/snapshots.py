"""Compute the published figures of a campaign into Snapshot rows (read by dashboards and PDFs).

Every figure about testimonies and field counts goes through concertons.stats (k, dominance, secondary
suppression across the tables published together). Signature figures count non-public signers too: every
breakdown of them is the protected département × profession table or one of its margins.
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
SIGNATURES_FORMAT = 2


def signatures_fingerprint(*, campaign: Campaign) -> str:
    confirmed = Signature.objects.confirmed().filter(campaign=campaign)
    state = confirmed.aggregate(n=Count("pk"), last=Max("confirmed_at"), top=Max("pk"))
    return _fingerprint(
        state["n"], state["last"], state["top"], campaign.disclosure_threshold, SIGNATURES_FORMAT
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


@transaction.atomic
def signatures_snapshot_refresh(*, campaign: Campaign, force: bool = False) -> Snapshot:
    """Recount the campaign's confirmed signatures (run by the worker when they changed)."""
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


@transaction.atomic
def constats_snapshot_take(*, campaign: Campaign, day=None) -> Snapshot:
    """The day's snapshot of testimony and field-count figures (once a day: never live).

    Comparing two days must not single anyone out: each inner cell (département × service, département ×
    theme, an indicator in a département) shows what it was last released with until at least k
    testimonies entered or left it (stats.release). Every table, margins included, is then computed from
    what the cells show and protected as usual, so a margin never gives away a change its cells hold back.
    """
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
        RELEASED: {
            "people": [[*cell, len(ones)] for cell, ones in sorted(people_cells.items())],
            "mentions": [[*cell, len(ones)] for cell, ones in sorted(mention_cells.items())],
            "indicators": [[*cell, sorted(values)] for cell, values in sorted(value_cells.items())],
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
