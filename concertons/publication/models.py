from django.db import models
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign


class Snapshot(models.Model):
    """Published figures of a campaign, already through disclosure control, ready to draw.

    Dashboards read one row, whatever the number of signatures or testimonies. Signature figures are
    refreshed as signatures are confirmed (signing publicly is a choice); testimony and field-count figures
    once a day, never live, so that no one can tie a change in a figure to the moment someone testified.
    """

    class Scope(models.TextChoices):
        SIGNATURES = "signatures", _("Signatures")
        CONSTATS = "constats", _("Constats et relevés")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="snapshots")
    scope = models.CharField(max_length=12, choices=Scope.choices)
    day = models.DateField(_("jour"))
    # What the figures were computed from, to know whether a refresh would change anything.
    source_fingerprint = models.CharField(max_length=64)
    data = models.JSONField()

    class Meta:
        verbose_name = _("instantané publié")
        verbose_name_plural = _("instantanés publiés")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "scope", "day"], name="one_snapshot_per_day")
        ]
        indexes = [models.Index(fields=["campaign", "scope", "-day"], name="snapshot_latest")]

    def __str__(self) -> str:
        return f"{self.campaign} — {self.get_scope_display()} — {self.day}"


class Report(models.Model):
    """A built PDF cahier, kept until the figures it shows change (its fingerprint no longer matches)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="reports")
    departement = models.CharField(_("département"), max_length=3)
    fingerprint = models.CharField(max_length=64)
    pdf = models.BinaryField(null=True, blank=True)
    building = models.BooleanField(default=False)
    requested_at = models.DateTimeField(null=True, blank=True)
    # The testimonies' pages of a long cahier, laid out once and kept until the département's published
    # testimonies change: a new signature then lays out the few pages around them (reports.report_build).
    testimonies_fingerprint = models.CharField(max_length=64, blank=True, default="")
    testimonies_pdf = models.BinaryField(null=True, blank=True)

    class Meta:
        verbose_name = _("cahier PDF")
        verbose_name_plural = _("cahiers PDF")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "departement"], name="one_report_per_departement")
        ]

    def __str__(self) -> str:
        return f"{self.campaign} — cahier {self.departement}"
