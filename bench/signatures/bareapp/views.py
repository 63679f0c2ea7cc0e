import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from bench.signatures.bareapp.models import BenchRow


@csrf_exempt
@require_POST
def bare_insert(request: HttpRequest) -> JsonResponse:
    """Parse the same JSON body as the signature API and insert one row: the floor of a write request."""
    data = json.loads(request.body)
    row = BenchRow.objects.create(
        name=f"{data.get('first_name', '')} {data.get('last_name', '')}"[:200],
        email=str(data.get("email", ""))[:254],
    )
    return JsonResponse({"id": row.pk}, status=201)


def bare_page(request: HttpRequest) -> HttpResponse:
    """A trivial page through the project's full middleware: the floor of any GET."""
    return HttpResponse("<!doctype html><title>bare</title><p>ok</p>")
