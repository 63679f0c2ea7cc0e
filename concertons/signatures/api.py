"""The signatures app's part of the JSON API (mounted by concertons/api.py)."""

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Router, Schema, Status

from concertons.campaigns import selectors as campaign_selectors
from concertons.core import antiabuse
from concertons.core.api import ErrorOut, form_schema
from concertons.signatures import services
from concertons.signatures.forms import ApiSignatureForm

router = Router(tags=["Signatures"])
# The API always requires the proof-of-work: one limit.
API_SIGNATURE_LIMITS = antiabuse.Limits(
    scope="api-sign",
    per_hour=20,
    per_hour_without_pow=20,
    too_many=gettext_lazy("Trop de signatures envoyées depuis votre connexion. Réessayez dans une heure."),
)


SignatureIn = form_schema("SignatureIn", ApiSignatureForm, extra={"altcha": (str, "")})


class SignatureAccepted(Schema):
    status: str


@router.post(
    "/campaigns/{slug}/signatures",
    response={202: SignatureAccepted, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Signer un appel",
    description="La signature ne compte qu'après confirmation par le lien envoyé par e-mail. La réponse est la "
    "même que l'adresse ait déjà signé ou non. Preuve de travail ALTCHA (champ `altcha`) obligatoire, sauf si "
    "l'anti-abus est désactivé sur le serveur.",
)
def signature_create(request: HttpRequest, slug: str, payload: SignatureIn):
    campaign = campaign_selectors.campaign_for_signing(slug=slug)
    if campaign is None:
        return Status(404, {"detail": _("Cet appel n'existe pas ou n'est pas publié.")})
    if refused := antiabuse.api_refusal(request, limits=API_SIGNATURE_LIMITS, altcha=payload.altcha):
        return Status(*refused)
    form = ApiSignatureForm(payload.dict())
    if not form.is_valid():
        return Status(
            422, {"detail": _("Le formulaire contient des erreurs."), "errors": form.errors_in_french()}
        )
    try:
        services.signature_submit(campaign=campaign, signer=form.signer_data())
    except ValidationError as error:
        return Status(422, {"detail": " ".join(error.messages), "errors": {}})
    return Status(202, {"status": "pending_confirmation"})
