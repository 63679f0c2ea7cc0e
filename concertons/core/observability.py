"""/healthz for load balancers, /metrics (Prometheus text format) for staff or the local machine.

Request counts are kept per process (no shared state on the request path); each process labels its own.
"""

import os
import threading
from collections import Counter

from django.db import connection
from django.db.models import Count, Min
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

_requests_by_status: Counter[int] = Counter()
_lock = threading.Lock()


class CountResponsesMiddleware:
    """Counts responses by status code, nothing else: no path, no client."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        with _lock:
            _requests_by_status[response.status_code] += 1
        return response


def _queue_state() -> dict:
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


@never_cache
def metrics(request: HttpRequest) -> HttpResponse:
    if not _allowed(request):
        return HttpResponseForbidden("Réservé à l'équipe ou à la machine locale.")
    from concertons.mailer.models import OutgoingEmail

    emails = dict(OutgoingEmail.objects.values_list("status").annotate(n=Count("pk")))
    queue = _queue_state()
    pid = os.getpid()
    lines = [
        "# HELP concertons_task_queue_ready Tasks waiting for a worker.",
        "# TYPE concertons_task_queue_ready gauge",
        f"concertons_task_queue_ready {queue['ready']}",
        "# HELP concertons_task_queue_oldest_seconds Age of the oldest waiting task.",
        "# TYPE concertons_task_queue_oldest_seconds gauge",
        f"concertons_task_queue_oldest_seconds {queue['oldest_seconds']}",
        "# HELP concertons_emails E-mails in the outbox by status.",
        "# TYPE concertons_emails gauge",
        *(
            f'concertons_emails{{status="{status}"}} {emails.get(status, 0)}'
            for status in OutgoingEmail.Status.values
        ),
        "# HELP concertons_http_responses_total Responses by status code, for this process.",
        "# TYPE concertons_http_responses_total counter",
    ]
    with _lock:
        lines += [
            f'concertons_http_responses_total{{status="{status}",process="{pid}"}} {count}'
            for status, count in sorted(_requests_by_status.items())
        ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; version=0.0.4; charset=utf-8")


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
