from django.core.management.base import BaseCommand

from concertons.campaigns import services


class Command(BaseCommand):
    help = "Charge l'appel de démonstration (idempotent : relancer ne crée pas de doublon)."

    def handle(self, *args, **options):
        result = services.demo_load()
        verb = "créé" if result.created else "déjà présent, remis à jour"
        url = result.campaign.get_absolute_url()
        self.stdout.write(self.style.SUCCESS(f"Appel de démonstration {verb} : {url}"))
