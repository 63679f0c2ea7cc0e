import json

from django.core.management.base import BaseCommand, CommandError

from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.core import spreadsheet
from concertons.signatures import selectors
from concertons.signatures.exporting import EMAIL_COLUMN, EXPORT_COLUMNS


class Command(BaseCommand):
    help = (
        "Écrit les signatures confirmées d'un appel en CSV, Excel (xlsx), LibreOffice (ods) ou JSON, sur la "
        "sortie standard ou dans un fichier (--output). "
        "Les adresses e-mail n'y figurent qu'avec --include-emails (administration seulement)."
    )

    def add_arguments(self, parser):
        parser.add_argument("campaign", metavar="appel", help="Identifiant (slug) de l'appel.")
        parser.add_argument(
            "--format",
            choices=[*spreadsheet.FORMATS, "json"],
            default="csv",
            help="csv (par défaut), xlsx, ods ou json.",
        )
        parser.add_argument(
            "--output", metavar="fichier", help="Fichier à écrire (sinon la sortie standard)."
        )
        parser.add_argument(
            "--include-emails", action="store_true", help="Ajoute la colonne email (données personnelles)."
        )

    def handle(self, *args, **options):
        try:
            campaign = Campaign.objects.get(slug=options["campaign"])
        except Campaign.DoesNotExist as error:
            raise CommandError(f"Aucun appel n'a l'identifiant « {options['campaign']} ».") from error
        if options["format"] in ("xlsx", "ods") and not options["output"]:
            raise CommandError(
                f"Un fichier {options['format']} s'écrit dans un fichier : ajoutez --output <fichier>."
            )
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
            content = json.dumps(rows, ensure_ascii=False, indent=2).encode() + b"\n"
        else:
            columns = EXPORT_COLUMNS | EMAIL_COLUMN if include_emails else EXPORT_COLUMNS
            content = spreadsheet.render(
                spreadsheet.keyed_rows(rows, columns), options["format"], title="Signataires"
            )
        if not options["output"]:
            self.stdout.write(content.decode("utf-8"), ending="")
            return
        try:
            with open(options["output"], "wb") as output:
                output.write(content)
        except OSError as error:
            raise CommandError(f"Impossible d'écrire « {options['output']} » : {error.strerror}.") from error
