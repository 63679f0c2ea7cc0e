import copy
from functools import partial

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign
from concertons.campaigns.vocabulary import Profession, Service
from concertons.core import antiabuse
from concertons.core.text import clean_person_name, clean_short_text, clean_text
from concertons.geo import communes, departements
from concertons.signatures.services import SignerData


def _departement_choices(empty_label=None) -> list[tuple[str, str]]:
    return [("", empty_label or _("— Choisir —")), *departements.choices()]


class _SharedChoicesSelect(forms.Select):
    def __deepcopy__(self, memo):
        copied = copy.copy(self)  # as ChoiceWidget.__deepcopy__, without copying and checking the list again
        copied.attrs = self.attrs.copy()
        memo[id(self)] = copied
        return copied


class FixedChoiceField(forms.ChoiceField):
    """A choice among a list declared once: the list is shared by every form instance. Django deep-copies it,
    lazy labels and all, into each one (field and widget): a fifth of a signature's cost through the API
    (bench/signatures). Assigning new choices to one form's field still changes that form only."""

    widget = _SharedChoicesSelect

    def __deepcopy__(self, memo):
        return forms.Field.__deepcopy__(self, memo)  # a copy of the field that shares its choices


class DepartementField(FixedChoiceField):
    """A département by official code, accepting how people type it ("2a", "1" for 01)."""

    def __init__(self, *, empty_label=None, **kwargs):
        # A callable: the list is read once it is needed (not when this module is imported).
        choices = _departement_choices if empty_label is None else partial(_departement_choices, empty_label)
        super().__init__(choices=choices, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return ""
        departement = departements.get(value) if len(value) <= 40 else None
        if departement is None:
            raise ValidationError(gettext("Département inconnu : « %(value)s ».") % {"value": value[:40]})
        return departement.code

    def validate(self, value):
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")


class SignerFieldsForm(forms.Form):
    """The signer's details, shared by the online form, the correction form, paper entry and the API."""

    last_name = forms.CharField(label=_("Nom"), max_length=100)
    first_name = forms.CharField(label=_("Prénom"), max_length=100)
    profession = FixedChoiceField(
        label=_("Profession"), choices=[("", _("— Choisir —")), *Profession.choices]
    )
    job_title = forms.CharField(
        label=_("Fonction, telle qu'elle apparaîtra"),
        max_length=150,
        required=False,
        help_text=_(
            "Facultatif. Par exemple : « assistante sociale de polyvalence ». Sinon, la profession choisie."
        ),
    )
    service = FixedChoiceField(
        label=_("Service"), choices=[("", _("— Choisir —")), *Service.choices], required=False
    )
    workplace = forms.CharField(
        label=_("Lieu de travail"),
        max_length=200,
        required=False,
        help_text=_("Facultatif, jamais publié. Par exemple : « Maison départementale de la solidarité »."),
    )
    commune = forms.CharField(
        label=_("Commune de travail"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "off", "list": "communes-suggestions"}),
    )
    departement = DepartementField(
        label=_("Département"),
        required=False,
        help_text=_("Déduit de la commune quand il n'y a pas de doute ; sinon, choisissez-le."),
    )

    def clean_last_name(self):
        return clean_person_name(self.cleaned_data["last_name"])

    def clean_first_name(self):
        return clean_person_name(self.cleaned_data["first_name"])

    def clean_job_title(self):
        return clean_short_text(self.cleaned_data["job_title"])

    def clean_workplace(self):
        return clean_short_text(self.cleaned_data["workplace"])

    def clean_commune(self):
        return clean_short_text(self.cleaned_data["commune"])

    def clean(self):
        cleaned = super().clean()
        name, code = cleaned.get("commune"), cleaned.get("departement")
        if name and "commune" not in self.errors and "departement" not in self.errors:
            self._resolve_commune(name, code)
        if cleaned.get("profession") == Profession.OTHER and not cleaned.get("job_title"):
            self.add_error(
                "job_title", gettext("Précisez votre fonction, puisque la profession est « Autre ».")
            )
        return cleaned

    def _resolve_commune(self, name: str, code: str) -> None:
        candidates = communes.lookup(name)
        if not candidates:
            close = communes.suggest(name, code or None) or communes.suggest(name)
            message = gettext("Nous ne trouvons pas cette commune : vérifiez son orthographe.")
            if close:
                message += " " + gettext("Vouliez-vous dire : %(communes)s ?") % {
                    "communes": ", ".join(commune.label for commune in close)
                }
            self.add_error("commune", message)
            return
        if code:
            candidates = [commune for commune in candidates if commune.departement == code]
            if not candidates:
                elsewhere = ", ".join(sorted({c.departement for c in communes.lookup(name)}))
                self.add_error(
                    "commune",
                    gettext(
                        "Cette commune n'est pas dans le département %(code)s (elle est dans : %(elsewhere)s)."
                    )
                    % {"code": code, "elsewhere": elsewhere},
                )
                return
        if len({commune.departement for commune in candidates}) > 1:
            codes = ", ".join(sorted({commune.departement for commune in candidates}))
            self.add_error(
                "departement",
                gettext("Plusieurs communes portent ce nom : choisissez le département (%(codes)s).")
                % {"codes": codes},
            )
            return
        commune = candidates[0]
        self.cleaned_data.update(
            commune=commune.name, commune_insee=commune.insee, departement=commune.departement
        )

    def signer_data(self, **extra) -> SignerData:
        fields = {name: self.cleaned_data.get(name, "") for name in SignerData.__dataclass_fields__}
        fields.update(extra)
        fields["is_public"] = bool(fields["is_public"])
        return SignerData(**fields)


class SignatureForm(SignerFieldsForm):
    """The public form: details, e-mail, consents, and the anti-robot fields."""

    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        help_text=_("Jamais publiée. Vous y recevrez le lien pour confirmer votre signature."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    is_public = forms.BooleanField(
        label=_(
            "J'accepte que mon nom, ma fonction et ma commune apparaissent sur la liste publique des signataires."
        ),
        required=False,
        help_text=_("Sans cette case, votre signature est comptée mais votre nom n'est pas affiché."),
    )
    comment = forms.CharField(
        label=_("Commentaire"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Facultatif. Il ne sera publié qu'après relecture par l'équipe."),
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte que ces informations soient conservées pour cet appel, dans les conditions décrites "
            "par la page « Vos données »."
        ),
        error_messages={
            "required": _("Cochez cette case pour signer : sans elle, nous ne pouvons rien conserver.")
        },
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)
    # Filled in by the proof-of-work widget; without JavaScript it stays empty (see views.sign).
    altcha = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)

    field_order = [
        "last_name", "first_name", "profession", "job_title", "service", "workplace", "commune", "departement",
        "email", "is_public", "comment", "consent",
    ]  # fmt: skip

    def clean_comment(self):
        return clean_text(self.cleaned_data["comment"], multiline=True)

    def clean(self):
        cleaned = super().clean()
        # Checked here rather than in clean_form_started so the message shows above the form, not on a hidden field.
        antiabuse.check_form_started(cleaned.get("form_started", ""))
        return cleaned

    def clean_email(self):
        return clean_text(self.cleaned_data["email"])


class LinksRequestForm(forms.Form):
    """ "Send me my links again": the address only, with the sign form's anti-robot fields."""

    email = forms.EmailField(
        label=_("L'adresse e-mail avec laquelle vous avez signé"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)
    altcha = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)

    clean_email = SignatureForm.clean_email

    def clean(self):
        cleaned = super().clean()
        antiabuse.check_form_started(cleaned.get("form_started", ""))
        return cleaned


class CorrectionForm(SignerFieldsForm):
    """The signer corrects their details from the link in their e-mail, their comment included (shown as it
    is, so that saving the other fields never erases it)."""

    is_public = SignatureForm.base_fields["is_public"]
    comment = SignatureForm.base_fields["comment"]
    clean_comment = SignatureForm.clean_comment


class PaperSignatureForm(SignerFieldsForm):
    """Organisers type in a paper sheet: same checks, e-mail optional."""

    email = forms.EmailField(
        label=_("Adresse e-mail (si la personne l'a donnée)"), max_length=254, required=False
    )
    is_public = forms.BooleanField(
        label=_("La case « liste publique » est cochée sur la feuille"), required=False
    )
    consent = forms.BooleanField(
        label=_("La personne a signé la feuille et coché la case de consentement"),
        error_messages={
            "required": _("Une signature papier sans consentement coché ne peut pas être saisie.")
        },
    )


class ImportUploadForm(forms.Form):
    """A list of signatories to import: a file, or the list pasted as published."""

    file = forms.FileField(
        label=_("Fichier"),
        required=False,
        help_text=_(
            "Une liste telle que publiée (« NOM Prénom - fonction à Commune (59) », une par ligne ou séparées "
            "par « / »), en texte UTF-8 ; ou un tableau (Excel .xlsx, LibreOffice .ods ou CSV UTF-8) avec une ligne "
            "d'en-tête (nom, prénom, fonction, commune, département…), comme l'export des signataires."
        ),
    )
    text = forms.CharField(
        label=_("Ou collez la liste ici"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    skip_invalid = forms.BooleanField(
        label=_("Importer les entrées valides même si d'autres sont refusées"),
        required=False,
        help_text=_("Sinon, une seule entrée refusée arrête tout l'import : rien n'est enregistré."),
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("file") and not (cleaned.get("text") or "").strip():
            raise ValidationError(_("Choisissez un fichier, ou collez la liste."))
        return cleaned


class HideForm(forms.Form):
    reason = forms.CharField(label=_("Motif"), max_length=300)

    def clean_reason(self):
        return clean_short_text(self.cleaned_data["reason"])


class PublicListFilterForm(forms.Form):
    nom = forms.CharField(label=_("Chercher un nom"), max_length=100, required=False)
    tri = forms.ChoiceField(
        label=_("Trier par"), choices=[("nom", _("Nom")), ("departement", _("Département"))], required=False
    )
    departement = DepartementField(label=_("Département"), required=False, empty_label=_("Tous"))

    def clean_nom(self):
        return clean_text(self.cleaned_data["nom"])

    profession = forms.ChoiceField(
        label=_("Profession"), choices=[("", _("Toutes")), *Profession.choices], required=False
    )


class PersonDataForm(forms.Form):
    email = forms.EmailField(label=_("Adresse e-mail de la personne"), max_length=254)
    action = forms.ChoiceField(
        label=_("Demande"),
        choices=[
            ("export", _("Exporter ses données (fichier JSON)")),
            ("erase", _("Effacer toutes ses signatures")),
        ],
        widget=forms.RadioSelect,
    )
    confirm = forms.BooleanField(
        label=_("J'ai vérifié que la demande vient bien de cette personne."),
        error_messages={"required": _("Cochez cette case après avoir vérifié l'identité de la personne.")},
    )


class ApiSignatureForm(SignatureForm):
    """The API's form: the same fields and checks, without the page's time trap (no page was loaded)."""

    def clean(self):
        return SignerFieldsForm.clean(self)

    def errors_in_french(self) -> dict[str, list[str]]:
        return {field: [str(message) for message in messages] for field, messages in self.errors.items()}


def sign_form_context(campaign: Campaign, form: SignatureForm | None = None, request=None) -> dict:
    """What the sign form needs, on the campaign page (`request`: kept for every visitor, see
    core.pagecache) or re-rendered with its errors."""
    if form is None:
        form = SignatureForm(initial={"form_started": antiabuse.form_started_token(request)})
    return {"campaign": campaign, "form": form, **antiabuse.page_context(request)}
