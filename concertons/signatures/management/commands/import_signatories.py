import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from concertons.campaigns.models import Campaign
from concertons.signatures import importing, list_reading

# How many positions of refused entries the final error message names (all are listed above it).
POSITIONS_IN_ERROR = 10


class Command(BaseCommand):
    help = (
        "Importe des signataires dans un appel, confirmé·es et public·ques : une liste telle que publiée "
        "(« NOM Prénom - fonction à Commune (dép) », séparées par « / » ou des retours à la ligne) ou un CSV "
        "avec en-tête (colonnes de l'export, ou nom, prénom, fonction, lieu de travail, commune, département, public). "
        "Tout ou rien par défaut."
    )

    def add_arguments(self, parser):
        parser.add_argument("campaign", metavar="appel", help="Identifiant (slug) de l'appel.")
        parser.add_argument(
            "file", metavar="fichier", help="Fichier à importer (UTF-8) ; « - » pour l'entrée standard."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Vérifie et rend compte sans rien enregistrer."
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Importe les entrées valides même si d'autres sont refusées.",
        )

    def handle(self, *args, **options):
        try:
            campaign = Campaign.objects.get(slug=options["campaign"])
        except Campaign.DoesNotExist as error:
            raise CommandError(f"Aucun appel n'a l'identifiant « {options['campaign']} ».") from error
        filename = options["file"]
        try:
            parsed = list_reading.read_entries(list_reading.decode(self._read(filename)), filename=filename)
        except list_reading.ImportFileError as error:
            raise CommandError(str(error)) from error
        if not parsed.entries:
            raise CommandError(f"Aucune entrée trouvée dans « {filename} ».")
        self.stdout.write(f"{filename} : {len(parsed.entries)} entrée(s) lue(s), format {parsed.kind}.")
        for note in parsed.notes:
            self.stdout.write(note)

        report = importing.signatures_import(
            campaign=campaign,
            entries=parsed.entries,
            dry_run=options["dry_run"],
            skip_invalid=options["skip_invalid"],
            filename=Path(filename).name,
        )
        self._print(report)
        if not report.ok:
            positions = ", ".join(result.entry.position for result in report.rejected[:POSITIONS_IN_ERROR])
            more = " …" if len(report.rejected) > POSITIONS_IN_ERROR else ""
            raise CommandError(
                f"Import annulé : {len(report.rejected)} entrée(s) refusée(s) ({positions}{more}). "
                "Rien n'a été enregistré : corrigez le fichier, ou relancez avec --skip-invalid pour importer "
                "les entrées valides."
            )

    def _read(self, filename: str) -> bytes:
        # One byte more than allowed, so that decode() can tell the file is too big without reading it all.
        limit = list_reading.MAX_FILE_BYTES + 1
        if filename == "-":
            return sys.stdin.buffer.read(limit)
        try:
            with open(filename, "rb") as file:
                return file.read(limit)
        except OSError as error:
            raise CommandError(f"Impossible de lire « {filename} » : {error.strerror}.") from error

    def _print(self, report: importing.ImportReport) -> None:
        for result in report.rejected:
            self.stderr.write(f"Refusée, {result.entry.position} : « {result.entry.excerpt} »")
            for reason in result.reasons:
                self.stderr.write(f"  - {list_reading.printable(reason)}")
        for result in report.duplicates:
            reasons = list_reading.printable(" ".join(result.reasons))
            self.stdout.write(
                f"Doublon ignoré, {result.entry.position} : « {result.entry.excerpt} » — {reasons}"
            )
        for result in report.with_warnings:
            for warning in result.warnings:
                self.stdout.write(
                    f"Avertissement, {result.entry.position} : « {result.entry.excerpt} » — {list_reading.printable(warning)}"
                )
        if report.dry_run:
            done = f"{len(report.valid)} à importer"
        elif report.ok:
            done = f"{report.written} importée(s)"
        else:
            done = f"{len(report.valid)} valide(s), 0 importée"
        summary = (
            f"Bilan : {report.read} lue(s), {done}, {len(report.duplicates)} doublon(s), "
            f"{len(report.rejected)} refusée(s), {len(report.with_warnings)} avec avertissement."
        )
        if report.dry_run:
            summary += " Simulation (--dry-run) : rien n'a été enregistré."
        self.stdout.write(self.style.SUCCESS(summary) if report.ok else summary)
