import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign, CampaignVersion
from concertons.campaigns.vocabulary import Profession, Service


def new_token_key() -> str:
    return secrets.token_urlsafe(12)


class SignatureQuerySet(models.QuerySet):
    def confirmed(self):
        """Signatures that count: confirmed by e-mail, typed from paper or imported; never hidden ones."""
        return self.filter(status=Signature.Status.CONFIRMED)

    def listed(self):
        """Confirmed signatures whose signer chose to appear on the public list."""
        return self.confirmed().filter(is_public=True)


class Signature(models.Model):
    """A person who signed a campaign. The e-mail address is never shown; public display needs its own consent."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente de confirmation")
        CONFIRMED = "confirmed", _("Confirmée")
        HIDDEN = "hidden", _("Masquée par l'équipe")

    class Source(models.TextChoices):
        ONLINE = "online", _("En ligne")
        PAPER = "paper", _("Papier")
        IMPORT = "import", _("Importée")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="signatures")
    version = models.ForeignKey(
        CampaignVersion, on_delete=models.PROTECT, related_name="signatures", verbose_name=_("version signée")
    )
    last_name = models.CharField(_("nom"), max_length=100)
    first_name = models.CharField(_("prénom"), max_length=100)
    profession = models.CharField(_("profession"), max_length=30, choices=Profession.choices)
    job_title = models.CharField(_("fonction"), max_length=150, blank=True)
    service = models.CharField(_("service"), max_length=20, choices=Service.choices, blank=True)
    workplace = models.CharField(_("lieu de travail"), max_length=200, blank=True)
    commune = models.CharField(_("commune"), max_length=150, blank=True)
    commune_insee = models.CharField(_("code INSEE"), max_length=5, blank=True)
    departement = models.CharField(_("département"), max_length=3, blank=True, db_index=True)
    email = models.EmailField(_("adresse e-mail"), max_length=254, blank=True)
    # The address as compared for duplicates (lower case, trimmed); empty for paper or imported signatures.
    email_key = models.CharField(max_length=254, blank=True, editable=False)
    is_public = models.BooleanField(_("apparaît sur la liste publique"), default=False)
    comment = models.TextField(_("commentaire"), blank=True, max_length=1000)
    comment_published = models.BooleanField(_("commentaire publié"), default=False)
    source = models.CharField(_("origine"), max_length=10, choices=Source.choices, default=Source.ONLINE)
    status = models.CharField(_("statut"), max_length=10, choices=Status.choices, default=Status.PENDING)
    hidden_reason = models.CharField(_("motif du masquage"), max_length=300, blank=True)
    # What an import could not settle (a commune not found, a département that contradicts it): the
    # signature counts, and the team checks it. Empty once checked.
    review_note = models.CharField(_("à vérifier"), max_length=500, blank=True)
    # Part of every link sent to the signer; changing it revokes the links.
    token_key = models.CharField(max_length=32, default=new_token_key, editable=False)
    # Set by the insert of an online signature: its confirmation e-mail is still to be written, which the
    # worker does (services.signature_confirmations_write). Signing is then one insert, never lost.
    confirmation_due = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(_("signée le"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmée le"), null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["last_name", "first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign", "email_key"], condition=~Q(email_key=""), name="one_signature_per_email"
            )
        ]
        indexes = [
            models.Index(fields=["campaign", "status", "departement"], name="signature_by_departement"),
            models.Index(fields=["campaign", "status", "last_name"], name="signature_by_name"),
            models.Index(fields=["status", "created_at"], name="signature_pending_age"),
            models.Index(
                fields=["id"], condition=Q(confirmation_due=True), name="signature_confirmation_due"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}"

    @property
    def function_label(self) -> str:
        """The function as the signer wrote it, else the profession's name."""
        if self.job_title:
            return self.job_title
        if self.profession == Profession.OTHER:
            return ""
        # The enum's label, not get_profession_display(): that one hashes every choice's lazy label on each call,
        # a quarter of a second for the cahier's thousand signatories.
        return (
            str(Profession(self.profession).label)
            if self.profession in Profession.values
            else self.profession
        )

    @property
    def public_line(self) -> str:
        """The users' own format: `DUPONT Anne - assistante sociale à Agen (47)`."""
        line = f"{self.last_name.upper()} {self.first_name}"
        if self.function_label:
            line += f" - {self.function_label}"
        if self.commune:
            line += f" à {self.commune}"
        if self.departement:
            line += f" ({self.departement})"
        return line
