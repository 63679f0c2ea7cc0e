"""French names, in the Django admin, for the apps of the libraries we use (they show "AXES", "OTP_TOTP")."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.apps import DefaultConfig as StaticConfig
from django_otp.plugins.otp_totp.apps import DefaultConfig as TOTPConfig
from django_tasks_db.apps import TasksAppConfig


class Axes(AxesAppConfig):
    verbose_name = _("Connexions et verrouillages")


class AuthenticatorApps(TOTPConfig):
    verbose_name = _("Applications d'authentification")


class RecoveryCodes(StaticConfig):
    verbose_name = _("Codes de secours")


class Tasks(TasksAppConfig):
    verbose_name = _("Tâches du travailleur")
