from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse

from concertons.accounts import services
from concertons.accounts.models import User


class Command(BaseCommand):
    help = "Affiche le lien qui crée le premier compte d'administration, tant qu'il n'existe pas."

    def handle(self, *args, **options):
        if User.objects.filter(is_superuser=True).exists():
            return
        path = reverse("accounts:first_account", args=[services.first_account_token()])
        self.stdout.write(f"Premier compte d'administration : ouvrez {settings.SITE_URL}{path}")
