from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from concertons.core import backup


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde (arrêtez d'abord les serveurs et le travailleur). Refuse un fichier abîmé."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--identity", required=True, help="Fichier de la clé privée de sauvegarde (AGE-SECRET-KEY-…)."
        )
        parser.add_argument("--check", action="store_true", help="Vérifie le fichier sans rien restaurer.")
        parser.add_argument("--yes", action="store_true", help="Ne pas demander de confirmation.")

    def handle(self, *args, file, identity, check=False, yes=False, **options):
        source, identity = Path(file), Path(identity)
        try:
            manifest = backup.backup_check(source=source, identity=identity)
            rows = sum(manifest["tables"].values())
            self.stdout.write(
                f"Sauvegarde du {manifest['created']} ({manifest['engine']}, {rows} lignes) : intacte et "
                "signée par votre serveur."
            )
            if check:
                return
            if (
                not yes
                and input("Remplacer toute la base actuelle par cette sauvegarde ? [oui/non] ").strip()
                != "oui"
            ):
                raise CommandError("Restauration annulée.")
            backup.backup_restore(source=source, identity=identity)
        except backup.BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            self.style.SUCCESS("Restauration terminée : toutes les tables ont leur nombre de lignes.")
        )
        if missing := backup.migrations_to_apply(manifest):
            self.stdout.write(
                f"Cette sauvegarde vient d'une version plus ancienne ({missing} migration(s) à appliquer) : "
                "lancez maintenant `concertons migrate`, avant de relancer le site."
            )
