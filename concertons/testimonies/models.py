import secrets
import uuid

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from concertons import redaction
from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Employer, Profession, Service


def new_public_id() -> str:
    """A short random id for quote links: it says nothing about when or in which order testimonies came."""
    return secrets.token_urlsafe(8)


class TestimonyQuerySet(models.QuerySet):
    def published(self):
        """Testimonies on the public wall."""
        return self.filter(status=Testimony.Status.PUBLISHED)

    def for_review(self):
        """Testimonies waiting for a moderator (masked, or back from the author with an answer)."""
        return self.filter(status=Testimony.Status.TO_REVIEW)


class Testimony(models.Model):
    """An anonymous account of the field reality.

    What it never holds: the author's address, browser, cookie or exact time. Its date is an ISO week; its
    id is random; its raw text is encrypted with a key kept outside the database and destroyed on
    publication, rejection, or after a delay without review.
    """

    class Status(models.TextChoices):
        RECEIVED = "received", _("Reçu, en cours de masquage")
        TO_REVIEW = "to_review", _("À relire")
        QUESTION = "question", _("Question posée à l'auteur·rice")
        PUBLISHED = "published", _("Publié")
        REJECTED = "rejected", _("Refusé")

    class Detail(models.TextChoices):
        """How much of the author's context the wall may show (the author may choose less)."""

        FULL = "full", _("Département, service et profession")
        SERVICE = "service", _("Département et service seulement")
        DEPARTEMENT = "departement", _("Département seulement")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    public_id = models.CharField(max_length=16, unique=True, default=new_public_id, editable=False)
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="testimonies")
    departement = models.CharField(_("département"), max_length=3, db_index=True)
    service = models.CharField(_("service"), max_length=20, choices=Service.choices, blank=True)
    employer = models.CharField(_("employeur"), max_length=20, choices=Employer.choices, blank=True)
    profession = models.CharField(_("profession"), max_length=30, choices=Profession.choices, blank=True)
    themes = models.JSONField(_("thèmes"), default=list, blank=True)
    week = models.CharField(
        _("semaine"), max_length=8, help_text=_("Semaine ISO du dépôt, par exemple 2026-W48.")
    )
    detail = models.CharField(
        _("précision affichée"), max_length=12, choices=Detail.choices, default=Detail.FULL
    )
    raw_text_encrypted = models.BinaryField(
        _("texte original chiffré"), null=True, blank=True, editable=False
    )
    masked_text = models.TextField(_("texte masqué"), blank=True)
    # Masked spans as [start, end, label, source], offsets into the raw text; kept while the raw text is.
    spans = models.JSONField(default=list, blank=True, editable=False)
    status = models.CharField(_("statut"), max_length=12, choices=Status.choices, default=Status.RECEIVED)
    rejection_reason = models.CharField(_("motif du refus"), max_length=500, blank=True)
    receipt_lookup = models.CharField(max_length=8, db_index=True, editable=False)
    receipt_hash = models.CharField(max_length=200, editable=False)
    # A keyed hash of the form's one-use token: a reloaded page that posts again finds its testimony.
    submission_key = models.CharField(max_length=64, unique=True, null=True, editable=False)  # noqa: DJ001 (NULL: several rows without)
    # Passages a moderator chose to show ([start, end] in the raw text): masking again keeps them shown.
    kept_visible = models.JSONField(default=list, blank=True, editable=False)
    # The Monday of the publication week (services.publication_week), never the day itself.
    published_on = models.DateField(_("publié la semaine du"), null=True, blank=True)

    objects = TestimonyQuerySet.as_manager()

    class Meta:
        verbose_name = _("témoignage")
        verbose_name_plural = _("témoignages")
        # Never by insertion order: the wall shows the newest publications first.
        ordering = ["-published_on", "public_id"]
        indexes = [
            models.Index(fields=["campaign", "status", "departement"], name="testimony_by_status"),
            # The wall and the dashboards' quotes: newest publications first (bench/dashboard, 200,000 rows).
            models.Index(
                fields=["campaign", "status", "-published_on", "public_id"], name="testimony_latest"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.public_id} ({self.departement}, {self.get_status_display()})"

    @property
    def has_raw_text(self) -> bool:
        return self.raw_text_encrypted is not None

    # The one codec of the masked spans, stored as [start, end, label, source] lists in `spans`.
    def masked_spans(self) -> list[redaction.Span]:
        return [
            redaction.Span(start, end, redaction.Label(label), source)
            for start, end, label, source in self.spans
        ]

    def set_masked_spans(self, spans: list[redaction.Span]) -> None:
        self.spans = [[span.start, span.end, str(span.label), span.source] for span in spans]


class TestimonyMessage(models.Model):
    """A moderator's question or the author's answer. No timestamp and a random id: only the order within
    its testimony is kept. An answer is stored sealed (`text_encrypted`) until the worker has masked it
    into `text`; both go when the testimony is published or rejected."""

    class Author(models.TextChoices):
        MODERATOR = "moderator", _("Équipe de modération")
        AUTHOR = "author", _("Auteur·rice")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    testimony = models.ForeignKey(Testimony, on_delete=models.CASCADE, related_name="messages")
    position = models.PositiveIntegerField()
    author = models.CharField(max_length=10, choices=Author.choices)
    # What moderators and the author read: the question, or the answer once masked ("" until then).
    text = models.TextField(max_length=2000, blank=True)
    text_encrypted = models.BinaryField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["testimony", "position"]
        constraints = [
            models.UniqueConstraint(fields=["testimony", "position"], name="one_message_per_position")
        ]

    def __str__(self) -> str:
        return f"{self.get_author_display()} #{self.position}"

    @property
    def is_being_masked(self) -> bool:
        return self.text_encrypted is not None and not self.text


# Upper bounds beyond which a count is a typo or a joke, not a service's reality.
MAX_PEOPLE = 500
MAX_DAYS = 3650
MAX_MONTHS = 240


class FieldCount(models.Model):
    """Structured counts given with a testimony: the workers' own counter-statistics.

    Published only in aggregate, through the disclosure control (stats package); never per person.
    """

    class PmiDropped(models.TextChoices):
        YES = "yes", _("Oui")
        NO = "no", _("Non")
        UNKNOWN = "unknown", _("Je ne sais pas")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    testimony = models.OneToOneField(Testimony, on_delete=models.CASCADE, related_name="field_count")
    vacant_posts = models.PositiveIntegerField(
        _("postes vacants dans le service"), null=True, blank=True, validators=[MaxValueValidator(MAX_PEOPLE)]
    )
    vacant_months = models.PositiveIntegerField(
        _("depuis combien de mois (le plus ancien)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_MONTHS)],
    )
    absences_people = models.PositiveIntegerField(
        _("collègues absent·es non remplacé·es le mois dernier"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PEOPLE)],
    )
    absences_days = models.PositiveIntegerField(
        _("jours d'absence non remplacés le mois dernier (au total)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PEOPLE * 31)],
    )
    measures_waiting = models.PositiveIntegerField(
        _("mesures de protection de l'enfance ordonnées et pas encore exercées"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PEOPLE * 10)],
    )
    measures_median_days = models.PositiveIntegerField(
        _("attente médiane de ces mesures (jours)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_DAYS)],
    )
    closures = models.PositiveIntegerField(
        _("fermetures cette année (centres sociaux, clubs de prévention, places d'accueil)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PEOPLE)],
    )
    pmi_dropped = models.CharField(
        _("visites post-natales ou bilans de santé PMI supprimés"),
        max_length=8,
        choices=PmiDropped.choices,
        blank=True,
    )

    class Meta:
        verbose_name = _("relevé")
        verbose_name_plural = _("relevés")
        constraints = [
            models.CheckConstraint(
                condition=Q(absences_people__isnull=True) | Q(absences_people__lte=MAX_PEOPLE),
                name="absences_people_plausible",
            ),
            models.CheckConstraint(
                condition=Q(measures_median_days__isnull=True) | Q(measures_median_days__lte=MAX_DAYS),
                name="median_wait_plausible",
            ),
        ]

    def __str__(self) -> str:
        return f"relevé {self.testimony_id}"

    INDICATORS = (
        "vacant_posts", "vacant_months", "absences_people", "absences_days", "measures_waiting",
        "measures_median_days", "closures",
    )  # fmt: skip

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in self.INDICATORS) and not self.pmi_dropped
