"""The published figures in the JSON API (mounted by concertons/api.py)."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from concertons.campaigns import selectors as campaign_selectors
from concertons.core.api import ErrorOut
from concertons.publication import selectors

router = Router(tags=["Chiffres"])


class SignatureStats(Schema):
    confirmed: int = Field(
        description="Signatures confirmées, publiques ou non, en direct (le compteur de la page)."
    )
    by_departement: dict[str, int | None] = Field(
        description="Signatures confirmées par code de département, selon le dernier instantané publié. "
        "`null` : chiffre tenu secret (moins de k signataires, ou masqué pour protéger un autre chiffre). "
        "Un département sans signature n'apparaît pas."
    )
    by_profession: dict[str, int | None] = Field(
        description="Signatures confirmées par profession, selon le même instantané ; `null` : chiffre "
        "tenu secret. Une profession sans signature n'apparaît pas."
    )


@router.get(
    "/campaigns/{slug}/signatures/stats",
    response={200: SignatureStats, 404: ErrorOut},
    summary="Chiffres des signatures confirmées",
    description="Le total est donné en direct. Les répartitions par département et par profession comptent "
    "aussi les signataires qui n'apparaissent pas sur la liste publique : elles viennent du dernier instantané "
    "publié (recalculé à chaque nouvelle signature confirmée, à une minute près) et passent par le contrôle de "
    "divulgation, comme le tableau départements × professions du tableau de bord. Un chiffre tenu secret vaut "
    "`null` (moins de k signataires, ou masqué pour qu'on ne puisse pas retrouver un autre chiffre secret par "
    "soustraction). Tant que l'appel compte moins de k signatures, toutes les répartitions valent `null`.",
)
def signature_stats(request: HttpRequest, slug: str):
    campaign = campaign_selectors.campaign_public_get(slug=slug)
    if campaign is None:
        return Status(404, {"detail": _("Cet appel n'existe pas ou n'est pas publié.")})
    counts = selectors.signature_figures(campaign=campaign)
    return Status(
        200,
        {
            "confirmed": counts.confirmed,
            "by_departement": counts.by_departement,
            "by_profession": counts.by_profession,
        },
    )
