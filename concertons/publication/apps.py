from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationConfig(AppConfig):
    name = "concertons.publication"
    verbose_name = _("Publication")

    def ready(self) -> None:
        # Imported once the models are loaded, as Django requires of signal receivers.
        from concertons.publication import receivers  # noqa: F401
