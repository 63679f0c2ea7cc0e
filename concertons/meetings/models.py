import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign
from concertons.demands.models import Demand, DemandStatusChange

# Beyond this a capacity is a typo, not a room.
MAX_CAPACITY = 100_000


def new_token_key() -> str:
    return secrets.token_urlsafe(12)


class MeetingQuerySet(models.QuerySet):
    def upcoming(self):
        """Meetings that have not ended yet, soonest first."""
        return self.filter(ends_at__gt=timezone.now()).order_by("starts_at", "pk")

    def past(self):
        """Meetings that have ended, latest first."""
        return self.filter(ends_at__lte=timezone.now()).order_by("-starts_at", "-pk")


class Meeting(models.Model):
    """A gathering of a campaign (réunion, assemblée, temps d'échange), in a département or national."""

    class Kind(models.TextChoices):
        MEETING = "reunion", _("Réunion")
        ASSEMBLY = "assemblee", _("Assemblée")
        EXCHANGE = "echange", _("Temps d'échange")

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="meetings")
    # Official code; empty for a national meeting (online, or of the whole federation).
    departement = models.CharField(_("département"), max_length=3, blank=True, db_index=True)
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices, default=Kind.MEETING)
    title = models.CharField(_("titre"), max_length=200)
    description = models.TextField(_("présentation"), max_length=5000, blank=True)
    agenda = models.TextField(_("ordre du jour"), max_length=3000, blank=True)
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    online_url = models.URLField(_("lien de visioconférence"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(_("nombre de places"))
    organiser = models.CharField(_("organisé par"), max_length=200)
    # Incremented on every change so calendar applications replace the event they imported.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("créée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("réunion")
        verbose_name_plural = _("réunions")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["campaign", "departement", "starts_at"], name="meeting_by_departement")
        ]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="meeting_ends_after_start"),
            models.CheckConstraint(
                condition=Q(capacity__gt=0) & Q(capacity__lte=MAX_CAPACITY), name="meeting_capacity_positive"
            ),
            models.CheckConstraint(
                condition=~Q(address="") | ~Q(online_url=""), name="meeting_has_a_place_or_a_link"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({timezone.localtime(self.starts_at):%Y-%m-%d %H:%M})"

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", kwargs={"slug": self.campaign.slug, "pk": self.pk})

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.agenda.splitlines() if line.strip(" -•\t")]

    @property
    def places_left(self) -> int | None:
        """Free places, when the selector counted the places taken (annotation `taken`)."""
        taken = getattr(self, "taken", None)
        return None if taken is None else max(self.capacity - taken, 0)

    @property
    def published_minutes(self) -> "Minutes | None":
        minutes = getattr(self, "minutes", None)  # a missing reverse one-to-one raises an AttributeError
        return minutes if minutes is not None and minutes.is_published else None

    @property
    def has_started(self) -> bool:
        return self.starts_at <= timezone.now()

    @property
    def has_ended(self) -> bool:
        return self.ends_at <= timezone.now()


class RegistrationQuerySet(models.QuerySet):
    def holding_a_place(self):
        """Registrations with a seat: the e-mail was confirmed and a place was free."""
        return self.filter(status=Registration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list, in the order people joined it."""
        return self.filter(status=Registration.Status.WAITING).order_by("waitlisted_at", "pk")


class Registration(models.Model):
    """A person registered to a meeting, without an account. A place is given only once the e-mail address is
    confirmed, so unconfirmed addresses never take the seats of people who will come."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Adresse à confirmer")
        CONFIRMED = "confirmed", _("Inscrit·e")
        WAITING = "waiting", _("Sur liste d'attente")
        CANCELLED = "cancelled", _("Annulée")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("nom"), max_length=150)
    email = models.EmailField(_("adresse e-mail"), max_length=254)
    # The address as compared for duplicates (lower case, trimmed).
    email_key = models.CharField(max_length=254, editable=False)
    status = models.CharField(_("statut"), max_length=10, choices=Status.choices, default=Status.PENDING)
    # Part of every link sent to the person; changing it revokes the links.
    token_key = models.CharField(max_length=32, default=new_token_key, editable=False)
    created_at = models.DateTimeField(_("inscrit·e le"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("adresse confirmée le"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("en liste d'attente depuis"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("rappel envoyé le"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["meeting", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "email_key"], name="one_registration_per_email")
        ]
        indexes = [models.Index(fields=["meeting", "status"], name="registration_by_status")]

    def __str__(self) -> str:
        return f"{self.name} — {self.get_status_display()}"


class Minutes(models.Model):
    """The compte rendu of a meeting, written by its organisers and public once published."""

    meeting = models.OneToOneField(Meeting, on_delete=models.CASCADE, related_name="minutes")
    text = models.TextField(_("compte rendu"), max_length=20000, blank=True)
    published_at = models.DateTimeField(_("publié le"), null=True, blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)

    class Meta:
        verbose_name = _("compte rendu")
        verbose_name_plural = _("comptes rendus")

    def __str__(self) -> str:
        return f"{self.meeting} — {_('compte rendu')}"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None


class MinutesItem(models.Model):
    """A point of the minutes. It may record a decision: a demand's new status in a département, applied to
    the demand's history when the minutes are published (and linked back to them)."""

    minutes = models.ForeignKey(Minutes, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField(_("rang"))
    text = models.TextField(_("point"), max_length=2000)
    demand = models.ForeignKey(
        Demand,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("exigence concernée"),
    )
    departement = models.CharField(_("département"), max_length=3, blank=True)
    status = models.CharField(
        _("nouveau statut"), max_length=12, choices=DemandStatusChange.Status.choices, blank=True
    )
    status_change = models.OneToOneField(
        DemandStatusChange, null=True, blank=True, on_delete=models.PROTECT, related_name="decision"
    )

    class Meta:
        verbose_name = _("point du compte rendu")
        verbose_name_plural = _("points du compte rendu")
        ordering = ["minutes", "position", "pk"]

    def __str__(self) -> str:
        return f"{self.position}. {self.text[:60]}"

    @property
    def is_decision(self) -> bool:
        return bool(self.demand_id and self.status)
