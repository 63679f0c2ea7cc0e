"""The JSON API under /api/ (django-ninja; OpenAPI at /api/openapi.json). Views stay thin: the same forms
and services as the HTML pages, so every rule and every French message is the same."""

import json

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser

from concertons.core import antiabuse
from concertons.publication import api as publication_api
from concertons.signatures import api as signatures_api
from concertons.testimonies import api as testimonies_api


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


@api.exception_handler(HttpError)
def french_http_error(request: HttpRequest, exc: HttpError):
    """django-ninja's own errors (a body that is not JSON…), in French."""
    if isinstance(exc.__cause__, LoneSurrogateError):
        detail = _(
            "Le corps de la requête contient un caractère Unicode invalide (une moitié isolée de paire de "
            "substitution, comme \\ud800) : rien n'a été enregistré."
        )
    elif exc.status_code == 400:
        detail = _("Le corps de la requête n'est pas du JSON lisible.")
    else:
        detail = _("Requête refusée.")
    return api.create_response(request, {"detail": detail, "errors": {}}, status=exc.status_code)


@api.exception_handler(RequestDataTooBig)
def french_too_big(request: HttpRequest, exc: RequestDataTooBig):
    """A body over DATA_UPLOAD_MAX_MEMORY_SIZE: refused before it is read."""
    detail = _(
        "Le corps de la requête est trop volumineux : rien n'a été enregistré. Raccourcissez les textes."
    )
    return api.create_response(request, {"detail": detail, "errors": {}}, status=413)


@api.exception_handler(NinjaValidationError)
def french_validation_error(request: HttpRequest, exc: NinjaValidationError):
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        location = [
            str(part) for part in error.get("loc", []) if part not in ("body", "payload", "query", "path")
        ]
        errors.setdefault(".".join(location) or "body", []).append(
            _("Valeur invalide : le corps doit être un objet JSON, avec des textes et des booléens.")
        )
    return api.create_response(request, {"detail": _("Requête invalide."), "errors": errors}, status=422)


@api.get("/altcha/challenge", summary="Défi de preuve de travail (ALTCHA) à résoudre avant de signer")
def altcha_challenge(request: HttpRequest) -> dict:
    return antiabuse.altcha_challenge()


api.add_router("", signatures_api.router)
api.add_router("", publication_api.router)
api.add_router("", testimonies_api.router)
