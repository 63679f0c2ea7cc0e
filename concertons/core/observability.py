"""/healthz for load balancers, /metrics (Prometheus, through prometheus_client) for staff or the local machine.

Several app processes answer behind one address: `concertons serve` gives its workers a shared folder
(PROMETHEUS_MULTIPROC_DIR, prometheus_client's multiprocess mode), so whichever process a scrape reaches adds
up every process's counts. Without that folder (runserver, tests), the counts are the one process's.
"""

import os

from django.db import connection
from django.db.models import Min
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.views.decorators.cache import never_cache
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily

MULTIPROCESS_DIR_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
# In multiprocess mode the counter writes to the shared folder and needs no registry; otherwise this
# process's own registry holds it.
_process_registry = None if os.environ.get(MULTIPROCESS_DIR_VARIABLE) else CollectorRegistry()
_responses = Counter(
    "concertons_http_responses",
    "Responses by status code.",
    ["status"],
    registry=_process_registry,
)


class CountResponsesMiddleware:
    """Counts responses by status code, nothing else: no path, no client."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        _responses.labels(status=str(response.status_code)).inc()
        return response


def _queue_state() -> dict:
    # Imported here: `concertons serve` imports this module before Django is set up (the benches read its
    # defaults), and a model cannot be imported then.
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.ready()
    oldest = ready.aggregate(oldest=Min("enqueued_at"))["oldest"]
    return {
        "ready": ready.count(),
        "oldest_seconds": int((timezone.now() - oldest).total_seconds()) if oldest else 0,
    }


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers; the task queue's backlog is reported (a stuck worker shows here)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        queue = _queue_state()
    except Exception:
        return JsonResponse({"database": "error"}, status=503)
    return JsonResponse({"database": "ok", "queue": queue})


def _allowed(request: HttpRequest) -> bool:
    # The socket address is compared, never stored: metrics are for the machine itself or for staff.
    local = (
        request.META.get("REMOTE_ADDR") in {"127.0.0.1", "::1"} and "HTTP_X_FORWARDED_FOR" not in request.META
    )
    user = getattr(request, "user", None)
    staff = user is not None and user.is_authenticated and user.is_staff and user.is_verified()
    return local or staff


class _QueueCollector:
    """Read at scrape time from the database, which every process shares: the task queue."""

    def collect(self):
        queue = _queue_state()
        yield GaugeMetricFamily(
            "concertons_task_queue_ready", "Tasks waiting for a worker.", value=queue["ready"]
        )
        yield GaugeMetricFamily(
            "concertons_task_queue_oldest_seconds",
            "Age of the oldest waiting task.",
            value=queue["oldest_seconds"],
        )


# Collectors of the apps' own figures (the outbox: mailer/metrics.py), which this module, below them, cannot
# import: each app's metrics.py registers its own, found by Django's autodiscover_modules.
_app_collectors: list = []


def register_collector(collector) -> None:
    if collector not in _app_collectors:
        _app_collectors.append(collector)


@never_cache
def metrics(request: HttpRequest) -> HttpResponse:
    if not _allowed(request):
        return HttpResponseForbidden("Réservé à l'équipe ou à la machine locale.")
    autodiscover_modules("metrics")
    registry = CollectorRegistry()
    registry.register(_QueueCollector())
    for collector in _app_collectors:
        registry.register(collector)
    if _process_registry is None:
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_process_registry)
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


class FrenchApiMethodNotAllowed:
    """django-ninja answers a wrong method on an API route in English plain text; say it in French JSON."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and request.path.startswith("/api/"):
            allowed = response.get("Allow", "")
            response = JsonResponse(
                {"detail": f"Méthode non autorisée ici. Méthodes acceptées : {allowed}."}, status=405
            )
            response["Allow"] = allowed
        return response
