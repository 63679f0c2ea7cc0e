import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from concertons.geo import departements


class Collective(models.Model):
    """The group that runs campaigns: a union section, a team, a federation."""

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=80, unique=True)
    description = models.TextField(_("présentation"), blank=True)
    # What the legal notice (LCEN, art. 6) and the privacy page name: who publishes, how to reach them, who hosts.
    publisher = models.CharField(
        _("directeur·rice de la publication"), max_length=200, blank=True,
        help_text=_("La personne responsable de ce qui est publié (nom, ou fonction dans le collectif)."),
    )  # fmt: skip
    contact_email = models.EmailField(
        _("adresse de contact"), blank=True,
        help_text=_("Publiée : pour les questions, les demandes sur les données personnelles, les signalements."),
    )  # fmt: skip
    postal_address = models.TextField(_("adresse postale"), blank=True)
    host = models.TextField(
        _("hébergeur"), blank=True, help_text=_("Nom, adresse et téléphone de l'hébergeur du site.")
    )
    # The collective's look on its campaigns' pages: empty colour means the site's red, no logo means the name.
    accent_colour = models.CharField(_("couleur"), max_length=7, blank=True)
    logo_png = models.BinaryField(_("logo"), null=True, blank=True, editable=False)
    logo_width = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    logo_height = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="collectives", verbose_name=_("membres")
    )

    class Meta:
        verbose_name = _("collectif")
        verbose_name_plural = _("collectifs")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def look_version(self) -> str:
        """Changes whenever the colour or the logo does: part of their URLs, so browsers may keep them forever."""
        digest = hashlib.blake2b(digest_size=6)
        digest.update(self.accent_colour.encode())
        digest.update(bytes(self.logo_png or b""))
        return digest.hexdigest()


class Membership(models.Model):
    """A staff account's role in one collective; a moderator may be limited to some départements."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("Administrateur·rice")
        ORGANISER = "organiser", _("Organisateur·rice")
        MODERATOR = "moderator", _("Modérateur·rice")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("compte"),
    )
    collective = models.ForeignKey(
        Collective, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("collectif")
    )
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices)
    # Official codes ("59", "2A", "974"); empty means every département.
    departements = models.JSONField(_("départements"), default=list, blank=True)

    class Meta:
        verbose_name = _("rôle dans un collectif")
        verbose_name_plural = _("rôles dans les collectifs")
        constraints = [
            models.UniqueConstraint(fields=["user", "collective"], name="one_membership_per_collective")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.collective}"

    def clean(self) -> None:
        unknown = [code for code in self.departements or [] if departements.get(code) is None]
        if unknown:
            raise ValidationError(
                {"departements": _("Départements inconnus : %s") % ", ".join(map(str, unknown))}
            )
        self.departements = sorted({departements.get(code).code for code in self.departements or []})

    def covers_departement(self, code: str) -> bool:
        return not self.departements or code in self.departements


class CampaignQuerySet(models.QuerySet):
    def visible(self):
        """Campaigns the public may read: published or closed, never drafts."""
        return self.filter(status__in=[Campaign.Status.PUBLISHED, Campaign.Status.CLOSED])

    def open(self):
        """Campaigns accepting signatures and testimonies right now."""
        now = timezone.now()
        return self.filter(status=Campaign.Status.PUBLISHED).filter(
            Q(opens_at__isnull=True) | Q(opens_at__lte=now), Q(closes_at__isnull=True) | Q(closes_at__gt=now)
        )


class Campaign(models.Model):
    """A published text that people sign (appel, manifeste); owns its constats, exigences and réunions."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Brouillon")
        PUBLISHED = "published", _("Publié")
        CLOSED = "closed", _("Clos")

    collective = models.ForeignKey(
        Collective, on_delete=models.PROTECT, related_name="campaigns", verbose_name=_("collectif")
    )
    slug = models.SlugField(
        _("adresse"),
        max_length=80,
        unique=True,
        help_text=_("Apparaît dans l'adresse des pages : /<adresse>/"),
    )
    title = models.CharField(_("titre"), max_length=300)
    summary = models.TextField(
        _("résumé"),
        blank=True,
        max_length=1000,
        help_text=_("Quelques lignes, pour l'accueil et les feuilles papier."),
    )
    text = models.TextField(_("texte"), help_text=_("Au format Markdown : # titre, - liste, **gras**."))
    status = models.CharField(_("statut"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    opens_at = models.DateTimeField(_("ouverture"), null=True, blank=True)
    closes_at = models.DateTimeField(_("clôture"), null=True, blank=True)
    signature_goal = models.PositiveIntegerField(
        _("objectif de signatures"),
        null=True,
        blank=True,
        help_text=_("Facultatif : affiche une barre de progression."),
    )
    disclosure_threshold = models.PositiveSmallIntegerField(
        _("seuil de secret statistique (k)"),
        default=5,
        validators=[MinValueValidator(3)],
        help_text=_(
            "Nombre minimum de contributions derrière un chiffre ou un détail publié. Jamais moins de 3."
        ),
    )
    # Sites that may show the live counter in a frame (frame-ancestors), one origin per line.
    embed_origins = models.TextField(
        _("sites autorisés à afficher le compteur"),
        blank=True,
        help_text=_("Une adresse de site par ligne (https://www.exemple.fr) ; vide : aucun."),
    )
    # Thresholds already announced to organisers, as "total:50" or "59:25", so each is announced once.
    goal_notices_sent = models.JSONField(default=list, blank=True, editable=False)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("appel")
        verbose_name_plural = _("appels")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(disclosure_threshold__gte=3), name="disclosure_threshold_at_least_3"
            ),
            models.CheckConstraint(
                condition=Q(opens_at__isnull=True)
                | Q(closes_at__isnull=True)
                | Q(closes_at__gt=models.F("opens_at")),
                name="campaign_closes_after_it_opens",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("campaigns:detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("La clôture doit venir après l'ouverture.")})

    @property
    def is_open(self) -> bool:
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and (self.opens_at is None or self.opens_at <= now)
            and (self.closes_at is None or self.closes_at > now)
        )


class CampaignVersion(models.Model):
    """A text of the call as it was signed; amending a published call adds a version, never rewrites one."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("titre"), max_length=300)
    text = models.TextField(_("texte"))
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)

    class Meta:
        verbose_name = _("version du texte")
        verbose_name_plural = _("versions du texte")
        ordering = ["campaign", "number"]
        constraints = [models.UniqueConstraint(fields=["campaign", "number"], name="one_number_per_version")]

    def __str__(self) -> str:
        return f"{self.campaign} — v{self.number}"


class DepartementGoal(models.Model):
    """A signature goal for one département of a campaign."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="departement_goals")
    departement = models.CharField(_("département"), max_length=3, choices=departements.choices)
    goal = models.PositiveIntegerField(_("objectif"))

    class Meta:
        verbose_name = _("objectif départemental")
        verbose_name_plural = _("objectifs départementaux")
        constraints = [
            models.UniqueConstraint(fields=["campaign", "departement"], name="one_goal_per_departement"),
            models.CheckConstraint(condition=Q(goal__gt=0), name="departement_goal_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.departement} : {self.goal}"
