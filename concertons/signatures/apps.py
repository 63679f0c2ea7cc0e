from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SignaturesConfig(AppConfig):
    name = "concertons.signatures"
    verbose_name = _("Signatures")

    def ready(self) -> None:
        # Imported once the models are loaded, as Django requires of signal receivers.
        from concertons.signatures import receivers  # noqa: F401
