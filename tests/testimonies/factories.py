import re

from concertons.testimonies import services
from concertons.testimonies.services import TestimonyData
from tests.campaigns.factories import CampaignFactory

TEXT = (
    "Depuis mars, Mme Durand, la mère de Léa, attend une mesure AEMO. Je l'ai eue au 06 12 34 56 78. "
    "Trois postes d'AS sont vacants à la MDS de Lille depuis 8 mois."
)


def submit(campaign=None, text=TEXT, redact=True, **fields):
    """Submit a testimony as the form would, and mask it as the worker would. Returns (testimony, receipt)."""
    campaign = campaign or CampaignFactory()
    data = TestimonyData(**{"departement": "59", "text": text, "themes": ["effectifs"], **fields})
    testimony, receipt = services.testimony_submit(campaign=campaign, data=data)
    if redact and text:
        services.testimony_redact(testimony=testimony)
        testimony.refresh_from_db()
    return testimony, receipt


def receipt_in(page: str) -> str:
    """The receipt code as a person reads it on the receipt page (its groups joined by dashes)."""
    code = re.search(r'<code class="receipt__code"[^>]*>(.*?)</code>', page, re.S).group(1)
    return re.sub(r"<[^>]+>", "", code)
