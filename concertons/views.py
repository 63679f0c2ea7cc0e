from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from concertons.core import pagecache


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """A request Django refuses before any view runs (a body over DATA_UPLOAD_MAX_MEMORY_SIZE, too many
    fields…): 413 or 400, in French, as JSON under /api/. Nothing was read, so nothing was stored."""
    too_big = isinstance(exception, RequestDataTooBig)
    status = 413 if too_big else 400
    if request.path.startswith("/api/"):
        detail = (
            _(
                "Le corps de la requête est trop volumineux : rien n'a été enregistré. Raccourcissez les textes."
            )
            if too_big
            else _("Requête invalide : rien n'a été enregistré.")
        )
        return JsonResponse({"detail": detail, "errors": {}}, status=status)
    return render(request, "413.html" if too_big else "400.html", status=status)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    # The most requested page of a site under attack (scanners): rendered once, not at each request.
    return pagecache.fixed_page(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
