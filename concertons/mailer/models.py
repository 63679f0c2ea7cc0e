from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingEmailQuerySet(models.QuerySet):
    def due(self):
        """Pending e-mails whose next attempt time has come."""
        return self.filter(status=OutgoingEmail.Status.PENDING, next_attempt_at__lte=timezone.now())


class OutgoingEmail(models.Model):
    """An e-mail written in the same transaction as what it announces, so it is never lost; sent by a task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        SENDING = "sending", _("En cours d'envoi")
        SENT = "sent", _("Envoyé")
        FAILED = "failed", _("Abandonné")

    to = models.EmailField(_("destinataire"), max_length=254)
    # Whose mail it is: a GDPR erasure by one collective's admin removes that collective's mails only.
    collective = models.ForeignKey(
        "campaigns.Collective", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("collectif")
    )
    subject = models.CharField(_("objet"), max_length=300)
    body = models.TextField(_("texte"))
    status = models.CharField(_("statut"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(_("tentatives"), default=0)
    next_attempt_at = models.DateTimeField(_("prochaine tentative"), default=timezone.now)
    claimed_at = models.DateTimeField(_("pris en charge le"), null=True, blank=True)
    last_error = models.CharField(_("dernière erreur"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True)

    objects = OutgoingEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("courriel sortant")
        verbose_name_plural = _("courriels sortants")
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="outbox_due")]

    def __str__(self) -> str:
        return f"{self.subject} ({self.get_status_display()})"

    @property
    def message_id(self) -> str:
        """Stable Message-ID: a relay that sees the same e-mail twice can tell."""
        return f"<concertons-{self.pk}@concertons.invalid>"
