from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from concertons.geo import communes, departements

SUGGESTIONS = 12


@require_GET
@cache_control(max_age=3600, public=True)
def commune_suggestions(request: HttpRequest) -> HttpResponse:
    """<option>s for the commune field's datalist, filled by htmx as people type."""
    text = request.GET.get("commune", "")[:100]
    departement = departements.get(request.GET.get("departement", "")[:40])
    found = communes.search(text, departement=departement.code if departement else None, limit=SUGGESTIONS)
    return render(request, "geo/commune_options.html", {"communes": found if len(text.strip()) >= 2 else []})
