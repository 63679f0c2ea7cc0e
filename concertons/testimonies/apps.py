from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _install_random_rowids(sender, using, **kwargs) -> None:
    from concertons.testimonies import storage  # not at the top: apps.py loads before the models

    storage.install_random_rowids(connections[using])


class TestimoniesConfig(AppConfig):
    name = "concertons.testimonies"
    verbose_name = _("Constats")

    def ready(self) -> None:
        from concertons.testimonies import checks  # noqa: F401  (registers the deploy checks)

        post_migrate.connect(_install_random_rowids, sender=self)
