"""The JSON API under /api/ (django-ninja; OpenAPI at /api/openapi.json). Views stay thin: the same forms
and services as the HTML pages, so every rule and every French message is the same."""

import json

from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy
from ninja import Field, NinjaAPI, Schema, Status
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser

from concertons.campaigns import selectors as campaign_selectors
from concertons.core import antiabuse
from concertons.publication import selectors as publication_selectors
from concertons.signatures import services as signature_services
from concertons.signatures.forms import ApiSignatureForm
from concertons.testimonies import receipts
from concertons.testimonies import selectors as testimony_selectors
from concertons.testimonies import services as testimony_services
from concertons.testimonies.forms import ApiTestimonyForm, submission_token_in
from concertons.testimonies.views import RECEIPT_TRIES_PER_HOUR_WITHOUT_POW


class LoneSurrogateError(ValueError):
    """A JSON string held half of a UTF-16 surrogate pair ("\\ud800"): valid JSON text, but no character."""


class JsonParser(Parser):
    """JSON bodies as ninja reads them, refusing what could not be stored (ninja answers 400, see below)."""

    def parse_body(self, request: HttpRequest):
        data = super().parse_body(request)
        try:  # keys and values alike: a lone surrogate is the one thing that cannot be encoded back
            json.dumps(data, ensure_ascii=False).encode()
        except UnicodeEncodeError as error:
            raise LoneSurrogateError from error
        return data


api = NinjaAPI(
    title="Concertons",
    version="1",
    description="API publique de Concertons : signer un appel, lire ses chiffres. Messages d'erreur en français.",
    urls_namespace="api",
    parser=JsonParser(),
)

# The API always requires the proof-of-work: one limit each.
API_SIGNATURE_LIMITS = antiabuse.Limits(
    scope="api-sign",
    per_hour=20,
    per_hour_without_pow=20,
    too_many=gettext_lazy("Trop de signatures envoyées depuis votre connexion. Réessayez dans une heure."),
)
API_TESTIMONY_LIMITS = antiabuse.Limits(
    scope="api-testify",
    per_hour=10,
    per_hour_without_pow=10,
    too_many=gettext_lazy("Trop de témoignages envoyés depuis votre connexion. Réessayez dans une heure."),
)
ALREADY_RECEIVED = "Ce témoignage a déjà été reçu ; son code de suivi n'a été affiché qu'une fois."


class ErrorOut(Schema):
    detail: str
    errors: dict[str, list[str]] = {}


class SignatureIn(Schema):
    last_name: str = ""
    first_name: str = ""
    profession: str = ""
    job_title: str = ""
    service: str = ""
    workplace: str = ""
    commune: str = ""
    departement: str = ""
    email: str = ""
    is_public: bool = False
    comment: str = ""
    consent: bool = False
    altcha: str = ""


class SignatureAccepted(Schema):
    status: str


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


@api.exception_handler(HttpError)
def french_http_error(request: HttpRequest, exc: HttpError):
    """django-ninja's own errors (a body that is not JSON…), in French."""
    if isinstance(exc.__cause__, LoneSurrogateError):
        detail = (
            "Le corps de la requête contient un caractère Unicode invalide (une moitié isolée de paire de "
            "substitution, comme \\ud800) : rien n'a été enregistré."
        )
    elif exc.status_code == 400:
        detail = "Le corps de la requête n'est pas du JSON lisible."
    else:
        detail = "Requête refusée."
    return api.create_response(request, {"detail": detail, "errors": {}}, status=exc.status_code)


@api.exception_handler(RequestDataTooBig)
def french_too_big(request: HttpRequest, exc: RequestDataTooBig):
    """A body over DATA_UPLOAD_MAX_MEMORY_SIZE: refused before it is read."""
    detail = "Le corps de la requête est trop volumineux : rien n'a été enregistré. Raccourcissez les textes."
    return api.create_response(request, {"detail": detail, "errors": {}}, status=413)


@api.exception_handler(NinjaValidationError)
def french_validation_error(request: HttpRequest, exc: NinjaValidationError):
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        location = [
            str(part) for part in error.get("loc", []) if part not in ("body", "payload", "query", "path")
        ]
        errors.setdefault(".".join(location) or "body", []).append(
            "Valeur invalide : le corps doit être un objet JSON, avec des textes et des booléens."
        )
    return api.create_response(request, {"detail": "Requête invalide.", "errors": errors}, status=422)


@api.post(
    "/campaigns/{slug}/signatures",
    response={202: SignatureAccepted, 400: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
    summary="Signer un appel",
    description="La signature ne compte qu'après confirmation par le lien envoyé par e-mail. La réponse est la "
    "même que l'adresse ait déjà signé ou non. Preuve de travail ALTCHA (champ `altcha`) obligatoire, sauf si "
    "l'anti-abus est désactivé sur le serveur.",
)
def signature_create(request: HttpRequest, slug: str, payload: SignatureIn):
    campaign = campaign_selectors.campaign_public_get(slug=slug)
    if campaign is None:
        return Status(404, {"detail": "Cet appel n'existe pas ou n'est pas publié."})
    if refused := antiabuse.api_refusal(request, limits=API_SIGNATURE_LIMITS, altcha=payload.altcha):
        return Status(*refused)
    form = ApiSignatureForm(payload.dict())
    if not form.is_valid():
        return Status(
            422, {"detail": "Le formulaire contient des erreurs.", "errors": form.errors_in_french()}
        )
    try:
        signature_services.signature_submit(campaign=campaign, signer=form.signer_data())
    except ValidationError as error:
        return Status(422, {"detail": " ".join(error.messages), "errors": {}})
    return Status(202, {"status": "pending_confirmation"})


@api.get(
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
        return Status(404, {"detail": "Cet appel n'existe pas ou n'est pas publié."})
    counts = publication_selectors.signature_figures(campaign=campaign)
    return Status(
        200,
        {
            "confirmed": counts.confirmed,
            "by_departement": counts.by_departement,
            "by_profession": counts.by_profession,
        },
    )


@api.get("/altcha/challenge", summary="Défi de preuve de travail (ALTCHA) à résoudre avant de signer")
def altcha_challenge(request: HttpRequest) -> dict:
    return antiabuse.altcha_challenge()


class TestimonyIn(Schema):
    departement: str = ""
    service: str = ""
    employer: str = ""
    profession: str = ""
    themes: list[str] = []
    text: str = ""
    detail: str = ""
    vacant_posts: int | None = None
    vacant_months: int | None = None
    absences_people: int | None = None
    absences_days: int | None = None
    measures_waiting: int | None = None
    measures_median_days: int | None = None
    closures: int | None = None
    pmi_dropped: str = ""
    altcha: str = ""
    submission_token: str = ""


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


@api.post(
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
        return Status(404, {"detail": "Cet appel n'existe pas ou n'est pas publié."})
    token = submission_token_in({"submission_token": payload.submission_token})
    # Before the proof-of-work: a retried request may carry the same, used, solution.
    if token and testimony_selectors.testimony_already_submitted(token=token):
        return Status(409, {"detail": ALREADY_RECEIVED})
    if refused := antiabuse.api_refusal(request, limits=API_TESTIMONY_LIMITS, altcha=payload.altcha):
        return Status(*refused)
    data = {key: ("" if value is None else value) for key, value in payload.dict().items()}
    form = ApiTestimonyForm(data)
    if not form.is_valid():
        errors = {field: [str(message) for message in messages] for field, messages in form.errors.items()}
        return Status(422, {"detail": "Le formulaire contient des erreurs.", "errors": errors})
    try:
        _testimony, receipt = testimony_services.testimony_submit(
            campaign=campaign, data=form.testimony_data(), submission_token=token
        )
    except testimony_services.AlreadySubmitted:
        return Status(409, {"detail": ALREADY_RECEIVED})
    except ValidationError as error:
        return Status(422, {"detail": " ".join(error.messages), "errors": {}})
    return Status(201, {"receipt": receipt})


@api.get(
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
        return Status(429, {"detail": "Trop d'essais depuis votre connexion. Réessayez dans une heure."})
    scheme, _space, code = request.headers.get("Authorization", "").partition(" ")
    try:
        testimony = testimony_services.testimony_find(receipt=code) if scheme.lower() == "receipt" else None
    except receipts.Busy:
        return Status(503, {"detail": "Trop de vérifications en cours, réessayez dans un instant."})
    if testimony is None:
        # One answer for a missing, unknown or wrong code.
        return Status(401, {"detail": "Code de suivi absent ou invalide."})
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
