import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from concertons.campaigns.models import Campaign
from concertons.geo import departements
from concertons.publication.services import reports


class Command(BaseCommand):
    help = "Fabrique le cahier de constats et d'exigences (PDF) d'un département."
    # It reads and writes a file: the system checks (a second of start-up) are the server's and `check`'s job.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("campaign_slug")
        parser.add_argument("--departement", required=True, help="Code officiel : 59, 2A, 974…")
        parser.add_argument("--output", required=True, help="Fichier PDF à écrire.")

    def handle(self, *args, campaign_slug, departement, output, **options):
        campaign = Campaign.objects.filter(slug=campaign_slug).first()
        if campaign is None:
            raise CommandError(f"Appel inconnu : {campaign_slug}")
        chosen = departements.get(departement)
        if chosen is None:
            raise CommandError(f"Département inconnu : {departement}")
        started = time.monotonic()
        pdf = reports.report_build(campaign=campaign, departement=chosen.code)
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pdf)
        self.stdout.write(
            self.style.SUCCESS(
                f"Cahier {chosen.label} écrit : {path} ({len(pdf) // 1024} Ko, {time.monotonic() - started:.1f} s)."
            )
        )
