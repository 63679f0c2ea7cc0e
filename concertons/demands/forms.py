from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.vocabulary import Theme
from concertons.core.text import clean_short_text, clean_text
from concertons.demands.models import Demand, DemandStatusChange
from concertons.demands.services import DemandData
from concertons.signatures.forms import DepartementField


class DemandForm(forms.Form):
    title = forms.CharField(label=_("Intitulé"), max_length=200)
    text = forms.CharField(
        label=_("Texte"),
        max_length=3000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Facultatif : ce que l'exigence demande précisément."),
    )
    themes = forms.MultipleChoiceField(
        label=_("Thèmes des constats auxquels elle répond"),
        choices=Theme.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Les témoignages publiés sur ces thèmes sont comptés comme appuyant l'exigence."),
    )

    def clean_title(self):
        return clean_short_text(self.cleaned_data["title"])

    def clean_text(self):
        return clean_text(self.cleaned_data["text"], multiline=True)

    def demand_data(self) -> DemandData:
        return DemandData(
            title=self.cleaned_data["title"],
            text=self.cleaned_data["text"],
            themes=tuple(self.cleaned_data["themes"]),
        )


class DemandChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Demand) -> str:
        return f"{obj.position}. {obj.title}"


class StatusForm(forms.Form):
    """Organisers record where a demand stands in a département."""

    demand = DemandChoiceField(
        label=_("Exigence"), queryset=Demand.objects.none(), empty_label=_("— Choisir —")
    )
    departement = DepartementField(label=_("Département"), required=True)
    status = forms.ChoiceField(
        label=_("Statut"),
        choices=[("", _("— Choisir —")), *DemandStatusChange.Status.choices],
        error_messages={"invalid_choice": _("Statut inconnu : « %(value)s ».")},
    )
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Le jour où l'exigence a été portée, négociée, gagnée ou refusée."),
    )
    note = forms.CharField(
        label=_("Note"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Courte, publique : ce qui a été obtenu ou répondu. 500 caractères au plus."),
    )
    link = forms.URLField(
        label=_("Document ou lien"),
        max_length=500,
        required=False,
        assume_scheme="https",
        help_text=_("Facultatif : un compte rendu, un courrier, un article (adresse https://…)."),
    )

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["demand"].queryset = Demand.objects.filter(campaign=campaign).order_by("position", "pk")
        self.fields["departement"].error_messages["required"] = gettext("Choisissez le département.")

    def clean_note(self):
        return clean_text(self.cleaned_data["note"], multiline=True)

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date and date > timezone.localdate():
            raise forms.ValidationError(gettext("La date ne peut pas être dans le futur."))
        return date


class DepartementChoiceForm(forms.Form):
    departement = DepartementField(label=_("Département"), required=False)


class DemandsChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Demand) -> str:
        return f"{obj.position}. {obj.title}"


class SupportForm(forms.Form):
    """A signatory ticks the demands they back; unticking withdraws the support."""

    demands = DemandsChoiceField(
        label=_("Les exigences que je soutiens"),
        queryset=Demand.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("Exigence inconnue : elle a peut-être été supprimée. Rechargez la page."),
            "invalid_pk_value": _("Exigence inconnue : « %(pk)s »."),
        },
    )

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["demands"].queryset = Demand.objects.filter(campaign=campaign).order_by("position", "pk")
