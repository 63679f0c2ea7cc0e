from dataclasses import dataclass

from concertons.campaigns import services as campaign_services
from concertons.campaigns.models import Campaign
from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from concertons.signatures.models import Signature
from concertons.testimonies.models import Testimony


@dataclass(frozen=True)
class Figures:
    signatures: dict
    constats: dict
    constats_day: object


def figures(*, campaign: Campaign) -> Figures:
    """The latest published figures; computed on the spot only the very first time (a new campaign)."""
    signatures = _signatures_snapshot(campaign)
    constats = _constats_snapshot(campaign)
    return Figures(signatures=signatures.data, constats=constats.data, constats_day=constats.day)


def _constats_snapshot(campaign: Campaign) -> Snapshot:
    constats = snapshots.latest(campaign=campaign, scope=Snapshot.Scope.CONSTATS)
    if constats is None:
        constats = snapshots.constats_snapshot_take(campaign=campaign)
    return constats


def demand_backing_data(*, campaign: Campaign) -> dict[str, dict]:
    """Each demand's backing as the latest daily release published it (see snapshots.demand_backing), by
    demand pk; a demand written or edited since is missing or carries the themes it was computed for."""
    return _constats_snapshot(campaign).data.get("demands", {})


def demand_support_data(*, campaign: Campaign, demand_ids) -> dict:
    """The protected demand × département table of supports (see snapshots.supports_breakdown), from the
    latest signatures snapshot; recomputed on the spot when a demand is missing from it (written since the
    worker's last run), so that no demand is shown without its figures."""
    snapshot = _signatures_snapshot(campaign)
    if not {str(pk) for pk in demand_ids} <= set(snapshot.data["supports"]["demands"]):
        snapshot = snapshots.signatures_snapshot_refresh(campaign=campaign)
    return snapshot.data["supports"]


@dataclass(frozen=True)
class SignatureFigures:
    """What the public sees of a campaign's signatures: the live total, and breakdowns that went through
    disclosure control (None: withheld; a département or profession with nobody is left out)."""

    confirmed: int
    by_departement: dict[str, int | None]
    by_profession: dict[str, int | None]
    withheld: bool = False  # nothing broken down at all (fewer than k signatures in all)


def _signatures_snapshot(campaign: Campaign) -> Snapshot:
    """The latest signatures snapshot; computed on the spot for a new campaign, or when it was stored in an
    older shape (whose raw margins must not be shown while the worker catches up)."""
    snapshot = snapshots.latest(campaign=campaign, scope=Snapshot.Scope.SIGNATURES)
    if snapshot is None or snapshot.data.get("format") != snapshots.SIGNATURES_FORMAT:
        snapshot = snapshots.signatures_snapshot_refresh(campaign=campaign)
    return snapshot


def signature_figures(*, campaign: Campaign) -> SignatureFigures:
    """The live count of confirmed signatures, with the breakdowns of the latest signatures snapshot.

    The breakdowns count non-public signers, so they only ever come from the protected table (see
    snapshots.signatures_breakdown); the live total is that table's grand total, a few moments later.
    """
    snapshot = _signatures_snapshot(campaign)
    return SignatureFigures(
        confirmed=signature_total(campaign=campaign),
        by_departement=dict(snapshot.data["by_departement"]),
        by_profession=dict(snapshot.data["by_profession"]),
        withheld=any(
            record["departement"] is None and record["profession"] is None and record["status"] == "secret"
            for record in snapshot.data["departement_profession"]
        ),
    )


def signature_total(*, campaign: Campaign) -> int:
    """The live count of confirmed signatures (published as it is: a total names nobody)."""
    return Signature.objects.confirmed().filter(campaign=campaign).count()


def signature_goals(*, campaign: Campaign, figures: SignatureFigures | None = None) -> list:
    """The campaign's goals with how far each has got, from the published figures (a withheld
    département's count stays None)."""
    figures = figures or signature_figures(campaign=campaign)
    return campaign_services.campaign_goal_progress(
        campaign=campaign, confirmed=figures.confirmed, by_departement=figures.by_departement
    )


def snapshot_versions(*, campaign: Campaign) -> tuple | None:
    """Which snapshots a page would show (ids and fingerprints, no data): None until both exist."""
    latest = {}
    rows = (
        Snapshot.objects.filter(campaign=campaign)
        .order_by("scope", "-day")
        .values_list("scope", "pk", "source_fingerprint")
    )
    for scope, pk, fingerprint in rows:
        latest.setdefault(scope, (pk, fingerprint))
    if len(latest) < len(Snapshot.Scope.values):
        return None
    return tuple(sorted(latest.items()))


def quotes(*, campaign: Campaign, departement: str | None = None, limit: int = 3) -> list[Testimony]:
    """Recent published testimonies with a text, to quote beside the figures."""
    published = Testimony.objects.published().filter(campaign=campaign).exclude(masked_text="")
    if departement:
        published = published.filter(departement=departement)
    return list(published.order_by("-published_on", "public_id")[:limit])
