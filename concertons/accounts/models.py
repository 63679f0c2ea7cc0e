from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A member of a collective's team (admin, organiser, moderator). Signers and witnesses have no account."""

    class Meta:
        verbose_name = _("compte")
        verbose_name_plural = _("comptes")


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")


class AuditEntry(models.Model):
    """Append-only record of a staff action (or a signer's own withdrawal), written by named helpers."""

    class Action(models.TextChoices):
        SIGNATURE_HIDDEN = "signature_hidden", _("Signature masquée")
        SIGNATURE_SHOWN = "signature_shown", _("Signature rétablie")
        SIGNATURE_PAPER_ADDED = "signature_paper_added", _("Signature papier saisie")
        SIGNATURE_WITHDRAWN = "signature_withdrawn", _("Signature retirée par son auteur·rice")
        SIGNATURE_COMMENT_APPROVED = "signature_comment_approved", _("Commentaire de signature publié")
        SIGNATURES_IMPORTED = "signatures_imported", _("Signatures importées")
        SIGNATURE_CHECKED = "signature_checked", _("Signature importée vérifiée")
        SIGNATURES_EXPORTED = "signatures_exported", _("Signatures exportées")
        PERSON_DATA_EXPORTED = "person_data_exported", _("Données d'une personne exportées")
        PERSON_DATA_ERASED = "person_data_erased", _("Données d'une personne effacées")
        CAMPAIGN_AMENDED = "campaign_amended", _("Texte de l'appel modifié")
        CAMPAIGN_CREATED = "campaign_created", _("Appel créé")
        CAMPAIGN_UPDATED = "campaign_updated", _("Appel modifié")
        CAMPAIGN_STATUS_CHANGED = "campaign_status_changed", _("Appel publié, clos ou rouvert")
        TESTIMONY_MASKED = "testimony_masked", _("Témoignage : passage masqué")
        TESTIMONY_UNMASKED = "testimony_unmasked", _("Témoignage : masque retiré")
        TESTIMONY_QUESTION = "testimony_question", _("Témoignage : question posée")
        TESTIMONY_PUBLISHED = "testimony_published", _("Témoignage publié")
        TESTIMONY_REJECTED = "testimony_rejected", _("Témoignage refusé")
        DEMAND_STATUS_CHANGED = "demand_status_changed", _("Exigence : statut changé dans un département")
        MINUTES_PUBLISHED = "minutes_published", _("Compte rendu de réunion publié")
        COLLECTIVE_UPDATED = "collective_updated", _("Présentation du collectif modifiée")
        MEMBER_INVITED = "member_invited", _("Membre de l'équipe invité·e")
        MEMBER_CHANGED = "member_changed", _("Rôle d'un·e membre modifié")
        MEMBER_REMOVED = "member_removed", _("Membre retiré·e de l'équipe")
        MEMBER_TWO_FACTOR_RESET = (
            "member_two_factor_reset",
            _("Double authentification d'un·e membre réinitialisée"),
        )
        MEETING_REGISTRATIONS_EXPORTED = (
            "meeting_registrations_exported",
            _("Inscriptions à une réunion exportées"),
        )

    actor = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("auteur·rice")
    )
    actor_name = models.CharField(_("nom de l'auteur·rice"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices)
    campaign = models.ForeignKey(
        "campaigns.Campaign", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("appel")
    )
    collective = models.ForeignKey(
        "campaigns.Collective", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("collectif")
    )
    object_id = models.CharField(_("objet"), max_length=64, blank=True)
    detail = models.JSONField(_("détail"), default=dict, blank=True)
    created_at = models.DateTimeField(_("date"), auto_now_add=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("entrée du journal")
        verbose_name_plural = _("journal des actions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name} {self.get_action_display()}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")

    @classmethod
    def log(
        cls, action: str, *, actor=None, campaign=None, collective=None, object_id="", **detail
    ) -> "AuditEntry":
        # Every entry names the collective it concerns, so each collective's admins can read their own.
        if collective is None and campaign is not None:
            collective = campaign.collective
        return cls.objects.create(
            action=action,
            actor=actor if actor is not None and actor.is_authenticated else None,
            actor_name=actor.get_username() if actor is not None and actor.is_authenticated else "",
            campaign=campaign,
            collective=collective,
            object_id=str(object_id),
            detail=detail,
        )
