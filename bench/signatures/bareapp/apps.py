from django.apps import AppConfig


class BareAppConfig(AppConfig):
    name = "bench.signatures.bareapp"
    label = "benchbare"
    default_auto_field = "django.db.models.BigAutoField"
