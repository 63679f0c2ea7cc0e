import io
import json

from django.core.management.base import BaseCommand, CommandError

from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.signatures import selectors
from concertons.signatures.exporting import EMAIL_COLUMN, EXPORT_COLUMNS, write_csv


class Command(BaseCommand):
    help = (
        "Écrit sur la sortie standard les signatures confirmées d'un appel, en CSV ou JSON. "
        "Les adresses e-mail n'y figurent qu'avec --include-emails (administration seulement)."
    )

    def add_arguments(self, parser):
        parser.add_argument("campaign", metavar="appel", help="Identifiant (slug) de l'appel.")
        parser.add_argument(
            "--format", choices=["csv", "json"], default="csv", help="csv (par défaut) ou json."
        )
        parser.add_argument(
            "--include-emails", action="store_true", help="Ajoute la colonne email (données personnelles)."
        )

    def handle(self, *args, **options):
        try:
            campaign = Campaign.objects.get(slug=options["campaign"])
        except Campaign.DoesNotExist as error:
            raise CommandError(f"Aucun appel n'a l'identifiant « {options['campaign']} ».") from error
        include_emails = options["include_emails"]
        rows = selectors.signature_export_rows(campaign=campaign, include_emails=include_emails)
        # Logged before anything is written: personal data never leaves without a trace.
        AuditEntry.log(
            AuditEntry.Action.SIGNATURES_EXPORTED,
            campaign=campaign,
            rows=len(rows),
            format=options["format"],
            emails=include_emails,
            via="commande",
        )
        if options["format"] == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        output = io.StringIO()
        write_csv(output, rows, EXPORT_COLUMNS | EMAIL_COLUMN if include_emails else EXPORT_COLUMNS)
        self.stdout.write(output.getvalue(), ending="")
