from dataclasses import dataclass

from concertons.campaigns.models import Campaign
from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from concertons.testimonies.models import Testimony


@dataclass(frozen=True)
class Figures:
    signatures: dict
    constats: dict
    constats_day: object


def figures(*, campaign: Campaign) -> Figures:
    """The latest published figures; computed on the spot only the very first time (a new campaign)."""
    signatures = snapshots.latest(campaign=campaign, scope=Snapshot.Scope.SIGNATURES)
    if signatures is None:
        signatures = snapshots.signatures_snapshot_refresh(campaign=campaign)
    constats = snapshots.latest(campaign=campaign, scope=Snapshot.Scope.CONSTATS)
    if constats is None:
        constats = snapshots.constats_snapshot_take(campaign=campaign)
    return Figures(signatures=signatures.data, constats=constats.data, constats_day=constats.day)


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
