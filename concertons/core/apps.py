from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Project-wide pieces: input hygiene, anti-abuse, the worker and server commands."""

    name = "concertons.core"
    verbose_name = _("Fonctionnement")

    def ready(self) -> None:
        # Once every app is loaded, as Django requires of code that touches models and signals.
        from concertons.core import antiabuse, signals

        post_migrate.connect(signals.create_cache_table, sender=self)
        antiabuse.warn_if_disabled()
