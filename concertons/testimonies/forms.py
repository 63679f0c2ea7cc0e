import re
import secrets

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from concertons import redaction
from concertons.campaigns.vocabulary import Employer, Profession, Service, Theme
from concertons.core import antiabuse
from concertons.core.text import clean_text
from concertons.signatures.forms import DepartementField
from concertons.testimonies.models import MAX_DAYS, MAX_MONTHS, MAX_PEOPLE, FieldCount, Testimony
from concertons.testimonies.services import TestimonyData

MARKUP = re.compile(r"<\s*[a-zA-Z/!?]")
COUNT_FIELDS = FieldCount.INDICATORS
# A one-use token per form page: random (it tells no time), so that a form posted twice (a reloaded receipt
# page) makes one testimony. Only a keyed hash of it is stored (services.submission_key).
SUBMISSION_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def new_submission_token() -> str:
    return secrets.token_urlsafe(24)


def submission_token_in(data) -> str | None:
    """The form's token as posted, or None when absent or not one of ours (then nothing guards a replay)."""
    token = str(data.get("submission_token") or "")
    return token if SUBMISSION_TOKEN.fullmatch(token) else None


def _count(label, maximum, help_text=""):
    return forms.IntegerField(
        label=label, required=False, min_value=0, max_value=maximum, help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )  # fmt: skip


class TestimonyForm(forms.Form):
    departement = DepartementField(label=_("Département où vous travaillez"), required=True)
    service = forms.ChoiceField(
        label=_("Service"), choices=[("", _("— Ne pas préciser —")), *Service.choices], required=False
    )
    employer = forms.ChoiceField(
        label=_("Employeur"), choices=[("", _("— Ne pas préciser —")), *Employer.choices], required=False
    )
    profession = forms.ChoiceField(
        label=_("Profession"), choices=[("", _("— Ne pas préciser —")), *Profession.choices], required=False,
        help_text=_("Facultatif. Elle n'est affichée que si au moins quelques autres témoignages la partagent."),
    )  # fmt: skip
    themes = forms.MultipleChoiceField(
        label=_("De quoi parle votre constat ?"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    text = forms.CharField(
        label=_("Votre constat"),
        required=False,
        max_length=settings.TESTIMONY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Racontez ce que vous constatez au travail. Les noms, téléphones, adresses, numéros de dossier… "
            "seront masqués automatiquement, puis relus par l'équipe de modération avant toute publication."
        ),
    )
    detail = forms.ChoiceField(
        label=_("Sur le mur des constats, afficher"),
        choices=Testimony.Detail.choices,
        initial=Testimony.Detail.FULL,
        widget=forms.RadioSelect,
        help_text=_("Ce qui est affiché reste limité si trop peu de témoignages partagent ces précisions."),
    )
    vacant_posts = _count(_("Postes vacants dans votre service"), MAX_PEOPLE)
    vacant_months = _count(_("Depuis combien de mois, pour le plus ancien"), MAX_MONTHS)
    absences_people = _count(_("Collègues absent·es non remplacé·es le mois dernier"), MAX_PEOPLE)
    absences_days = _count(_("Jours d'absence non remplacés le mois dernier, au total"), MAX_PEOPLE * 31)
    measures_waiting = _count(
        _("Mesures de protection de l'enfance ordonnées, pas encore exercées"), MAX_PEOPLE * 10
    )
    measures_median_days = _count(_("Attente habituelle de ces mesures, en jours"), MAX_DAYS)
    closures = _count(
        _("Fermetures cette année (centres sociaux, clubs de prévention, places d'accueil)"), MAX_PEOPLE
    )
    pmi_dropped = forms.ChoiceField(
        label=_("En PMI : des visites post-natales ou des bilans de santé ont-ils été supprimés ?"),
        choices=[("", _("— Sans objet —")), *FieldCount.PmiDropped.choices],
        required=False,
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)
    submission_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def clean_submission_token(self):
        return submission_token_in(self.cleaned_data)

    def clean_text(self):
        text = clean_text(self.cleaned_data["text"], multiline=True)
        if MARKUP.search(text):
            raise ValidationError(
                gettext("Le texte ne peut pas contenir de balises (< >) : écrivez-le simplement.")
            )
        return text

    def clean(self):
        cleaned = super().clean()
        counts = {name: cleaned.get(name) for name in COUNT_FIELDS}
        given = {name: value for name, value in counts.items() if value is not None}
        if not cleaned.get("text") and not given and not cleaned.get("pmi_dropped") and not self.errors:
            raise ValidationError(
                gettext("Écrivez votre constat, ou remplissez au moins un des relevés chiffrés.")
            )
        people, days = given.get("absences_people"), given.get("absences_days")
        if people is not None and days is not None and days > people * 31:
            self.add_error(
                "absences_days", gettext("Plus de jours que de collègues × 31 : vérifiez ces deux nombres.")
            )
        if given.get("measures_median_days") is not None and not given.get("measures_waiting"):
            self.add_error("measures_median_days", gettext("Indiquez aussi le nombre de mesures en attente."))
        if given.get("vacant_months") is not None and not given.get("vacant_posts"):
            self.add_error("vacant_months", gettext("Indiquez aussi le nombre de postes vacants."))
        self.check_anti_abuse(cleaned)
        return cleaned

    def check_anti_abuse(self, cleaned) -> None:
        antiabuse.check_form_started(cleaned.get("form_started", ""))

    def testimony_data(self) -> TestimonyData:
        cleaned = self.cleaned_data
        counts = {name: cleaned[name] for name in COUNT_FIELDS if cleaned.get(name) is not None}
        if cleaned.get("pmi_dropped"):
            counts["pmi_dropped"] = cleaned["pmi_dropped"]
        return TestimonyData(
            departement=cleaned["departement"],
            text=cleaned["text"],
            service=cleaned["service"],
            employer=cleaned["employer"],
            profession=cleaned["profession"],
            themes=cleaned["themes"],
            detail=cleaned["detail"],
            counts=counts,
        )


class ApiTestimonyForm(TestimonyForm):
    """The API's form: same checks, no time trap (no page was loaded), the display choice defaults to full."""

    def __init__(self, data, *args, **kwargs):
        data = {**data, "detail": data.get("detail") or Testimony.Detail.FULL}
        super().__init__(data, *args, **kwargs)

    def check_anti_abuse(self, cleaned) -> None:
        return None


class WallSearchForm(forms.Form):
    mots = forms.CharField(label=_("Chercher des mots"), max_length=200, required=False)

    def clean_mots(self):
        return clean_text(self.cleaned_data["mots"])


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label=_("Votre code de suivi"), max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )  # fmt: skip


class AuthorMessageForm(forms.Form):
    """What the author writes on the follow-up page: an answer to the team's question, or details added
    to the testimony (two forms on one page: their own labels and ids, one field name)."""

    LABELS = {
        "answer": (_("Votre réponse"), _("Seule l'équipe de modération la lit.")),
        "details": (
            _("Ce que vous voulez ajouter"),
            _("Ajouté à la fin de votre témoignage, masqué automatiquement puis relu comme le reste."),
        ),
    }
    text = forms.CharField(max_length=2000, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, action: str, **kwargs):
        super().__init__(*args, auto_id=f"{action}_%s", **kwargs)
        self.fields["text"].label, self.fields["text"].help_text = self.LABELS[action]

    def clean_text(self):
        return clean_text(self.cleaned_data["text"], multiline=True)


class MaskMoreForm(forms.Form):
    words = forms.CharField(label=_("Passage à masquer"), max_length=200)
    label = forms.ChoiceField(
        label=_("Type"),
        choices=[(str(label), redaction.PLACEHOLDERS[label]) for label in redaction.Label],
        initial=str(redaction.Label.PERSON),
    )


class QuestionForm(forms.Form):
    question = forms.CharField(
        label=_("Question à l'auteur·rice"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class PublishForm(forms.Form):
    """Publishing destroys the original text: a checked box says the moderator knows it."""

    confirm = forms.BooleanField(
        label=_("Je confirme : le texte original sera détruit, seul le texte masqué ci-dessus sera publié."),
        error_messages={
            "required": _(
                "Cochez la case pour confirmer : publier détruit le texte original, sans retour possible."
            )
        },
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Motif du refus (l'auteur·rice le lira)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
