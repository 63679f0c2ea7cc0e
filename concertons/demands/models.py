from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign
from concertons.geo import departements
from concertons.signatures.models import Signature


class Demand(models.Model):
    """A demand (exigence) of a campaign, in the campaign's order, tied to the constat themes it answers."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="demands")
    position = models.PositiveIntegerField(_("rang"), default=0)
    title = models.CharField(_("intitulé"), max_length=200)
    text = models.TextField(_("texte"), max_length=3000, blank=True)
    # Theme codes (campaigns.vocabulary.Theme); the demand is backed by testimonies sharing one of them.
    themes = models.JSONField(_("thèmes des constats"), default=list, blank=True)
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("exigence")
        verbose_name_plural = _("exigences")
        ordering = ["campaign", "position", "pk"]

    def __str__(self) -> str:
        return f"{self.position}. {self.title}"


class DemandSupport(models.Model):
    """A confirmed signatory backs a demand: one per person and demand, deleted when withdrawn."""

    demand = models.ForeignKey(Demand, on_delete=models.CASCADE, related_name="supports")
    # Withdrawing the signature withdraws its support too: nothing kept about a person who left.
    signature = models.ForeignKey(Signature, on_delete=models.CASCADE, related_name="demand_supports")
    created_at = models.DateTimeField(_("soutenue le"), auto_now_add=True)

    class Meta:
        verbose_name = _("soutien")
        verbose_name_plural = _("soutiens")
        constraints = [
            models.UniqueConstraint(fields=["demand", "signature"], name="one_support_per_person_and_demand")
        ]

    def __str__(self) -> str:
        return f"{self.signature_id} → {self.demand_id}"


class DemandStatusChangeQuerySet(models.QuerySet):
    def chronological(self):
        """Oldest first, by the date the change happened, then by when it was recorded."""
        return self.order_by("date", "created_at", "pk")


class DemandStatusChange(models.Model):
    """Where a demand stands in one département, from a given date: the history is append-only, the latest
    entry is the current status. A decision recorded in meeting minutes points here (MinutesItem.status_change)."""

    class Status(models.TextChoices):
        NOT_RAISED = "not_raised", _("Pas encore portée")
        RAISED = "raised", _("Portée")
        NEGOTIATING = "negotiating", _("En négociation")
        PARTLY_WON = "partly_won", _("Partiellement gagnée")
        WON = "won", _("Gagnée")
        REFUSED = "refused", _("Refusée")

    demand = models.ForeignKey(Demand, on_delete=models.PROTECT, related_name="status_changes")
    departement = models.CharField(_("département"), max_length=3, choices=departements.choices)
    status = models.CharField(_("statut"), max_length=12, choices=Status.choices)
    date = models.DateField(_("date"))
    note = models.CharField(_("note"), max_length=500, blank=True)
    link = models.URLField(_("document ou lien"), max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("saisi par"),
    )
    created_at = models.DateTimeField(_("saisi le"), auto_now_add=True)

    objects = DemandStatusChangeQuerySet.as_manager()

    class Meta:
        verbose_name = _("changement de statut")
        verbose_name_plural = _("historique des statuts")
        ordering = ["date", "created_at", "pk"]
        indexes = [models.Index(fields=["demand", "departement", "date"], name="demand_status_history")]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    status__in=[
                        "not_raised", "raised", "negotiating", "partly_won", "won", "refused",
                    ]
                ),
                name="demand_status_known",
            )
        ]  # fmt: skip

    def __str__(self) -> str:
        return f"{self.demand} — {self.departement} — {self.get_status_display()} ({self.date})"
