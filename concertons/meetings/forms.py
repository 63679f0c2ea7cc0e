from django import forms
from django.utils.translation import gettext_lazy as _

from concertons.core import antiabuse
from concertons.core.text import clean_person_name, clean_short_text, clean_text
from concertons.demands.forms import DemandChoiceField
from concertons.demands.models import Demand, DemandStatusChange
from concertons.meetings.models import MAX_CAPACITY, Meeting
from concertons.meetings.services import MeetingData, RegistrantData
from concertons.signatures.forms import DepartementField

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"


class LocalDateTimeInput(forms.DateTimeInput):
    """A browser date-and-time picker; the value is read in Europe/Paris time (the site's time zone)."""

    input_type = "datetime-local"

    def __init__(self, **kwargs):
        super().__init__(format=DATETIME_FORMAT, **kwargs)


class MeetingForm(forms.Form):
    """Organisers create or change a meeting. The rules themselves live in services._check_meeting."""

    field_order = ["kind", "title", "description", "agenda", "starts_at", "ends_at", "already_held"]

    kind = forms.ChoiceField(label=_("Type"), choices=Meeting.Kind.choices)
    title = forms.CharField(label=_("Titre"), max_length=200)
    description = forms.CharField(
        label=_("Présentation"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    agenda = forms.CharField(
        label=_("Ordre du jour"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Un point par ligne."),
    )
    starts_at = forms.DateTimeField(
        label=_("Début"),
        widget=LocalDateTimeInput(),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"],
        help_text=_("Heure de Paris."),
    )
    ends_at = forms.DateTimeField(
        label=_("Fin"),
        widget=LocalDateTimeInput(),
        input_formats=[DATETIME_FORMAT, "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"],
        help_text=_("Heure de Paris."),
    )
    address = forms.CharField(
        label=_("Adresse"),
        max_length=300,
        required=False,
        help_text=_("Lieu, rue, commune. Laissez vide pour une réunion seulement en ligne."),
    )
    online_url = forms.URLField(
        label=_("Lien de visioconférence"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Facultatif. Il figure sur la page publique et dans les e-mails."),
    )
    capacity = forms.IntegerField(
        label=_("Nombre de places"),
        min_value=1,
        max_value=MAX_CAPACITY,
        error_messages={"min_value": _("Il faut au moins une place.")},
        help_text=_("Au-delà, les personnes sont mises sur liste d'attente."),
    )
    organiser = forms.CharField(
        label=_("Organisé par"),
        max_length=200,
        help_text=_("Par exemple : « Section syndicale du Lot-et-Garonne »."),
    )
    departement = DepartementField(
        label=_("Département"),
        required=False,
        help_text=_("Laissez vide pour une réunion nationale."),
    )

    already_held = forms.BooleanField(
        label=_("Cette réunion a déjà eu lieu"),
        required=False,
        help_text=_("Pour garder la trace d'une réunion passée, avec son compte rendu et ses décisions."),
    )

    def clean_title(self):
        return clean_short_text(self.cleaned_data["title"])

    def clean_organiser(self):
        return clean_short_text(self.cleaned_data["organiser"])

    def clean_address(self):
        return clean_short_text(self.cleaned_data["address"])

    def clean_description(self):
        return clean_text(self.cleaned_data["description"], multiline=True)

    def clean_agenda(self):
        return clean_text(self.cleaned_data["agenda"], multiline=True)

    def meeting_data(self) -> MeetingData:
        return MeetingData(**{name: self.cleaned_data[name] for name in MeetingData.__dataclass_fields__})

    @staticmethod
    def initial_from(meeting: Meeting) -> dict:
        fields = [name for name in MeetingData.__dataclass_fields__ if name != "already_held"]
        return {**{name: getattr(meeting, name) for name in fields}, "already_held": meeting.has_started}


class RegistrationForm(forms.Form):
    """The public form: a name and an address, the consent, and the anti-robot fields."""

    name = forms.CharField(
        label=_("Prénom et nom"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("Transmis seulement aux organisateur·rices de la réunion."),
    )
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Vous y recevrez le lien pour confirmer, l'invitation et un rappel la veille."),
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte que mon nom et mon adresse soient conservés pour cette réunion et transmis à ses "
            "organisateur·rices."
        ),
        error_messages={"required": _("Cochez cette case pour vous inscrire.")},
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)
    # Filled in by the proof-of-work widget; without JavaScript it stays empty (see views.register).
    altcha = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)

    def clean_name(self):
        return clean_person_name(self.cleaned_data["name"])

    def clean_email(self):
        return clean_text(self.cleaned_data["email"])

    def clean(self):
        cleaned = super().clean()
        antiabuse.check_form_started(cleaned.get("form_started", ""))
        return cleaned

    def registrant_data(self) -> RegistrantData:
        return RegistrantData(name=self.cleaned_data["name"], email=self.cleaned_data["email"])


class MinutesForm(forms.Form):
    text = forms.CharField(
        label=_("Compte rendu"),
        max_length=20000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Ce qui a été dit et décidé. Public une fois publié : ne nommez personne sans son accord."
        ),
    )

    def clean_text(self):
        return clean_text(self.cleaned_data["text"], multiline=True)


class MinutesItemForm(forms.Form):
    """A point of the minutes; with an exigence and a status, it is a decision."""

    text = forms.CharField(label=_("Point"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    demand = DemandChoiceField(
        label=_("Exigence concernée par une décision"),
        queryset=Demand.objects.none(),
        required=False,
        empty_label=_("— Aucune : simple point —"),
    )
    departement = DepartementField(
        label=_("Département où la décision s'applique"),
        required=False,
        help_text=_("Par défaut, celui de la réunion."),
    )
    status = forms.ChoiceField(
        label=_("Nouveau statut de l'exigence"),
        choices=[("", _("— Aucun —")), *DemandStatusChange.Status.choices],
        required=False,
        error_messages={"invalid_choice": _("Statut inconnu : « %(value)s ».")},
    )

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["demand"].queryset = Demand.objects.filter(campaign=campaign).order_by("position", "pk")

    def clean_text(self):
        return clean_text(self.cleaned_data["text"], multiline=True)
