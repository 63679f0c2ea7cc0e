"""The outbox on /metrics (core.observability): e-mails by status."""

from django.db.models import Count
from prometheus_client.core import GaugeMetricFamily

from concertons.core import observability
from concertons.mailer.models import OutgoingEmail


class OutboxCollector:
    def collect(self):
        emails = dict(OutgoingEmail.objects.values_list("status").annotate(n=Count("pk")))
        by_status = GaugeMetricFamily(
            "concertons_emails", "E-mails in the outbox by status.", labels=["status"]
        )
        for status in OutgoingEmail.Status.values:
            by_status.add_metric([status], emails.get(status, 0))
        yield by_status


OUTBOX = OutboxCollector()
observability.register_collector(OUTBOX)
