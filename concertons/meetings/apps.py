from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "concertons.meetings"
    verbose_name = _("Réunions")

    def ready(self) -> None:
        # Imported once the models are loaded, as Django requires of signal receivers.
        from concertons.meetings import receivers  # noqa: F401
