from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from concertons.campaigns.models import Campaign, Collective

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_COLLECTIVE_SLUG = "collectif-demo"
DEMO_CAMPAIGN_SLUG = "appel"


@dataclass(frozen=True)
class DemoResult:
    campaign: Campaign
    created: bool


@transaction.atomic
def demo_load() -> DemoResult:
    """Create, or bring back to its reference text, the demo campaign carrying the users' own call."""
    collective, _ = Collective.objects.update_or_create(
        slug=DEMO_COLLECTIVE_SLUG,
        defaults={
            "name": "Collectif des professionnel·les du social et du médico-social (démonstration)",
            "description": "Collectif de démonstration créé par « concertons demo ».",
        },
    )
    campaign, created = Campaign.objects.update_or_create(
        slug=DEMO_CAMPAIGN_SLUG,
        defaults={
            "collective": collective,
            "title": "Appel des professionnel·les des services sociaux et médico-sociaux des Conseils Départementaux",
            "summary": (
                "Nous constatons la perte de sens de nos missions, l'éloignement du public et la baisse des moyens. "
                "Nous exigeons des postes, des moyens et le respect de nos métiers. Signez, témoignez, organisons-nous."
            ),
            "text": (DEMO_DIR / "appel.md").read_text(encoding="utf-8"),
            "status": Campaign.Status.PUBLISHED,
        },
    )
    return DemoResult(campaign=campaign, created=created)
