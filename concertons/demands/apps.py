from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemandsConfig(AppConfig):
    name = "concertons.demands"
    verbose_name = _("Exigences")
