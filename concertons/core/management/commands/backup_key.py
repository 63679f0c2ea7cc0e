import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from concertons.core import backup


class Command(BaseCommand):
    help = (
        "Crée une clé de sauvegarde : la clé privée, à garder hors du serveur (elle seule relit les sauvegardes), "
        "et la clé publique à mettre dans CONCERTONS_BACKUP_RECIPIENT."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", required=True, help="Fichier où écrire la clé privée (créé en mode 0600)."
        )

    def handle(self, *args, output, **options):
        path = Path(output)
        if path.exists():
            raise CommandError(
                f"{path} existe déjà : choisissez un autre fichier (une clé perdue rend ses sauvegardes illisibles)."
            )
        identity, recipient = backup.backup_key_new()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(f"# clé privée de sauvegarde Concertons ; clé publique : {recipient}\n{identity}\n")
        self.stdout.write(
            f"Clé privée écrite dans {path} : copiez-la hors du serveur, puis effacez-la d'ici."
        )
        self.stdout.write(f"Réglez sur le serveur : CONCERTONS_BACKUP_RECIPIENT={recipient}")
