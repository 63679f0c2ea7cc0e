import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from concertons.core import backup


class Command(BaseCommand):
    help = (
        "Crée une clé de sauvegarde : la clé privée, à garder hors du serveur (elle seule relit les sauvegardes), "
        "et les clés à régler sur le serveur : CONCERTONS_BACKUP_RECIPIENT (chiffre) et "
        "CONCERTONS_BACKUP_SIGNING_KEY (signe, pour que la restauration refuse une sauvegarde modifiée)."
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
        key = backup.backup_key_new()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(key.key_file())
        self.stdout.write(
            f"Clé privée et clé de vérification écrites dans {path} : copiez ce fichier hors du serveur, puis "
            "effacez-le d'ici."
        )
        self.stdout.write("Réglez sur le serveur (variables d'environnement du service) :")
        self.stdout.write(f"CONCERTONS_BACKUP_RECIPIENT={key.recipient}")
        self.stdout.write(f"CONCERTONS_BACKUP_SIGNING_KEY={key.signing_key}")
