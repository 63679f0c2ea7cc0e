from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemandsConfig(AppConfig):
    name = "concertons.demands"
    verbose_name = _("Exigences")

    def ready(self) -> None:
        # Imported once the models are loaded, as Django requires of signal receivers.
        from concertons.demands import receivers  # noqa: F401
