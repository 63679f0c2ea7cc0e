"""The testimonies app's part of the JSON API (mounted by concertons/api.py)."""

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Router, Schema, Status

from concertons.campaigns import selectors as campaign_selectors
from concertons.core import antiabuse
from concertons.core.api import ErrorOut, form_schema
from concertons.testimonies import receipts, selectors, services
from concertons.testimonies.forms import ApiTestimonyForm, submission_token_in
from concertons.testimonies.views import RECEIPT_TRIES_PER_HOUR_WITHOUT_POW

router = Router(tags=["Constats"])
# The API always requires the proof-of-work: one limit.
API_TESTIMONY_LIMITS = antiabuse.Limits(
    scope="api-testify",
    per_hour=10,
    per_hour_without_pow=10,
    too_many=gettext_lazy("Trop de témoignages envoyés depuis votre connexion. Réessayez dans une heure."),
)
ALREADY_RECEIVED = gettext_lazy(
    "Ce témoignage a déjà été reçu ; son code de suivi n'a été affiché qu'une fois."
)


TestimonyIn = form_schema("TestimonyIn", ApiTestimonyForm, extra={"altcha": (str, "")})


class ReceiptOut(Schema):
    receipt: str


class MessageOut(Schema):
    author: str
    text: str


class TestimonyMine(Schema):
    status: str
    status_label: str
    questions: list[MessageOut]
    published_text: str | None
    rejection_reason: str | None


@router.post(
    "/campaigns/{slug}/testimonies",
    response={201: ReceiptOut, 400: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Déposer un témoignage anonyme",
    description="Rien de l'auteur·rice n'est gardé (ni adresse, ni navigateur, ni heure). Le code de suivi "
    "rendu n'est montré qu'une fois ; il permet de lire la suite donnée avec `GET /api/testimonies/mine`. "
    "Facultatif : `submission_token` (16 à 64 caractères parmi A-Z a-z 0-9 _ -, tirés au hasard une fois "
    "par témoignage) ; renvoyer la même requête avec le même jeton répond 409 sans créer de second "
    "témoignage.",
)
def testimony_create(request: HttpRequest, slug: str, payload: TestimonyIn):
    campaign = campaign_selectors.campaign_public_get(slug=slug)
    if campaign is None:
        return Status(404, {"detail": _("Cet appel n'existe pas ou n'est pas publié.")})
    token = submission_token_in({"submission_token": payload.submission_token})
    # Before the proof-of-work: a retried request may carry the same, used, solution.
    if token and selectors.testimony_already_submitted(token=token):
        return Status(409, {"detail": str(ALREADY_RECEIVED)})
    if refused := antiabuse.api_refusal(request, limits=API_TESTIMONY_LIMITS, altcha=payload.altcha):
        return Status(*refused)
    data = {key: ("" if value is None else value) for key, value in payload.dict().items()}
    form = ApiTestimonyForm(data)
    if not form.is_valid():
        errors = {field: [str(message) for message in messages] for field, messages in form.errors.items()}
        return Status(422, {"detail": _("Le formulaire contient des erreurs."), "errors": errors})
    try:
        _testimony, receipt = services.testimony_submit(
            campaign=campaign, data=form.testimony_data(), submission_token=token
        )
    except services.AlreadySubmitted:
        return Status(409, {"detail": str(ALREADY_RECEIVED)})
    except ValidationError as error:
        return Status(422, {"detail": " ".join(error.messages), "errors": {}})
    return Status(201, {"receipt": receipt})


@router.get(
    "/testimonies/mine",
    response={200: TestimonyMine, 401: ErrorOut, 429: ErrorOut, 503: ErrorOut},
    summary="Suivre son témoignage avec son code (en-tête `Authorization: Receipt <code>`)",
    description="Chaque vérification coûte un calcul lent : sans preuve de travail, quelques essais par heure "
    f"seulement ({RECEIPT_TRIES_PER_HOUR_WITHOUT_POW}, comptés avec ceux de la page « Suivre mon "
    "témoignage », par adresse IPv4 ou par /64 IPv6). 503 quand trop de vérifications sont en cours : "
    "réessayer un peu plus tard.",
)
def testimony_mine(request: HttpRequest):
    # The API runs no proof-of-work: it gets the limit of a browser without JavaScript.
    if antiabuse.rate_limited(request, scope="receipt", limit=RECEIPT_TRIES_PER_HOUR_WITHOUT_POW):
        return Status(429, {"detail": _("Trop d'essais depuis votre connexion. Réessayez dans une heure.")})
    scheme, _space, code = request.headers.get("Authorization", "").partition(" ")
    try:
        testimony = services.testimony_find(receipt=code) if scheme.lower() == "receipt" else None
    except receipts.Busy:
        return Status(503, {"detail": _("Trop de vérifications en cours, réessayez dans un instant.")})
    if testimony is None:
        # One answer for a missing, unknown or wrong code.
        return Status(401, {"detail": _("Code de suivi absent ou invalide.")})
    published = testimony.status == testimony.Status.PUBLISHED
    return Status(
        200,
        {
            "status": testimony.status,
            "status_label": str(testimony.get_status_display()),
            "questions": [
                {"author": message.author, "text": message.text} for message in testimony.messages.all()
            ],
            "published_text": testimony.masked_text if published else None,
            "rejection_reason": testimony.rejection_reason or None,
        },
    )
