from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "concertons.campaigns"
    verbose_name = _("Collectifs et appels")

    def ready(self) -> None:
        # Imported once the models are loaded, as Django requires of signal receivers.
        from concertons.campaigns import receivers  # noqa: F401
