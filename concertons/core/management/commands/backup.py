from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from concertons.core import backup


class Command(BaseCommand):
    help = "Sauvegarde cohérente de la base, site en marche (SQLite : sauvegarde en ligne ; PostgreSQL : pg_dump)."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", help="Fichier à écrire (par défaut : CONCERTONS_BACKUP_DIR, à côté de var/)."
        )

    def handle(self, *args, file=None, **options):
        destination = Path(file) if file else backup.default_backup_name()
        try:
            report = backup.backup_create(destination=destination)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        rows = sum(report.tables.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite : {report.path} ({report.engine}, {len(report.tables)} tables, {rows} lignes, "
                f"SHA-256 {report.sha256[:16]}…)."
            )
        )
        self.stdout.write(
            "Chiffrée pour la clé de sauvegarde (lisible seulement avec sa clé privée, gardée hors du serveur). "
            "La clé de chiffrement des témoignages n'est pas dans la sauvegarde : gardez-la à part."
        )
