import re
import unicodedata
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from concertons.campaigns.models import Campaign, Collective, Membership
from concertons.core import identity
from concertons.core.text import clean_short_text, clean_text
from concertons.geo import departements

DEFAULT_ACCENT = "#a3122a"  # --accent in concertons.css
MAX_EMBED_ORIGINS = 20
# What a host may hold once in ASCII: anything else (";", quotes, spaces) would break out of the CSP header.
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*")


def embed_origins_parse(text: str) -> list[str]:
    """The origins an organiser listed, one per line, as a CSP frame-ancestors source each
    ("https://www.exemple.fr"); ValidationError in French naming the first line that is not a site's address."""
    origins: list[str] = []
    for line in text.splitlines():
        written = line.strip()
        if not written:
            continue
        origin = _origin(written)
        if origin is None:
            raise ValidationError(
                gettext(
                    "« %(line)s » n'est pas l'adresse d'un site : écrivez-la comme https://www.exemple.fr."
                )
                % {"line": written[:80]}
            )
        if origin not in origins:
            origins.append(origin)
    if len(origins) > MAX_EMBED_ORIGINS:
        raise ValidationError(gettext("%(max)s sites au plus.") % {"max": MAX_EMBED_ORIGINS})
    return origins


def _origin(written: str) -> str | None:
    if any(unicodedata.category(character).startswith("C") for character in written):
        return None  # an invisible character: IDNA would silently drop some, and the organiser never see it
    if "://" not in written:
        written = "https://" + written  # "www.exemple.fr", as people copy it from the address bar
    try:
        parts = urlsplit(written)
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError):
        return None
    if (
        parts.scheme not in ("http", "https")
        or not _HOST.fullmatch(host)
        or parts.username is not None
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
    ):
        return None
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def _identity_message(error: identity.IdentityError) -> str:
    messages = {
        "malformed": gettext("Choisissez une couleur (au format #rrvvbb, par exemple #a3122a)."),
        "too_light": gettext(
            "Cette couleur est trop claire : le texte blanc posé dessus ne serait pas lisible (contraste "
            "%(ratio)s:1, il faut au moins 4,5:1). Choisissez une couleur plus foncée."
        ),
        "too_big": gettext("Ce fichier dépasse 2 Mo : envoyez une image plus légère."),
        "too_many_pixels": gettext("Cette image est trop grande (plus de 4000 × 4000 points) pour un logo."),
        "format": gettext("Envoyez le logo en PNG, JPEG, WebP ou GIF."),
        "unreadable": gettext("Ce fichier n'est pas une image lisible : envoyez le logo en PNG ou en JPEG."),
    }
    ratio = error.params.get("ratio")
    return (
        messages[error.code] % {"ratio": f"{ratio:.1f}".replace(".", ",")} if ratio else messages[error.code]
    )


class CollectiveForm(forms.Form):
    """What a collective shows of itself: its name and look, and what the legal notice must say."""

    TEXT_FIELDS = ["name", "description", "publisher", "contact_email", "postal_address", "host"]
    MULTILINE = {"description", "postal_address", "host"}

    accent_colour = forms.CharField(
        label=_("Couleur du bandeau"),
        max_length=7,
        widget=forms.TextInput(attrs={"type": "color"}),
        help_text=_("Le texte du bandeau est blanc : une couleur trop claire est refusée."),
    )
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}),
        help_text=_("PNG, JPEG, WebP ou GIF, 2 Mo au plus. Il est affiché à côté du nom, dans le bandeau."),
    )
    remove_logo = forms.BooleanField(label=_("Retirer le logo"), required=False)

    def __init__(self, *args, collective: Collective, **kwargs):
        initial = {name: getattr(collective, name) for name in self.TEXT_FIELDS}
        initial["accent_colour"] = collective.accent_colour or DEFAULT_ACCENT
        super().__init__(*args, initial=initial, **kwargs)
        # The model's own labels, help texts and lengths; the look fields go between identity and legal ones.
        model_fields = {name: Collective._meta.get_field(name).formfield() for name in self.TEXT_FIELDS}
        for name in self.MULTILINE:
            model_fields[name].widget = forms.Textarea(attrs={"rows": 3})
        look = {name: self.fields[name] for name in ("accent_colour", "logo", "remove_logo")}
        if not collective.logo_png:
            del look["remove_logo"]
        self.fields = {
            "name": model_fields["name"],
            "description": model_fields["description"],
            **look,
            **{name: model_fields[name] for name in ("publisher", "contact_email", "postal_address", "host")},
        }

    def changes(self) -> dict:
        return {name: self.cleaned_data[name] for name in (*self.TEXT_FIELDS, "accent_colour")}

    def clean_name(self):
        return clean_short_text(self.cleaned_data["name"])

    def clean_publisher(self):
        return clean_short_text(self.cleaned_data["publisher"])

    def clean_description(self):
        return clean_text(self.cleaned_data["description"], multiline=True)

    def clean_postal_address(self):
        return clean_text(self.cleaned_data["postal_address"], multiline=True)

    def clean_host(self):
        return clean_text(self.cleaned_data["host"], multiline=True)

    def clean_accent_colour(self):
        try:
            colour = identity.accent_colour(self.cleaned_data["accent_colour"])
        except identity.IdentityError as error:
            raise ValidationError(_identity_message(error)) from error
        return "" if colour == DEFAULT_ACCENT else colour

    def clean_logo(self) -> identity.Logo | None:
        upload = self.cleaned_data.get("logo")
        if not upload:
            return None
        if upload.size > identity.LOGO_MAX_UPLOAD_BYTES:
            raise ValidationError(_identity_message(identity.IdentityError("too_big")))
        try:
            return identity.logo_png(upload.read())
        except identity.IdentityError as error:
            raise ValidationError(_identity_message(error)) from error


class MemberForm(forms.Form):
    """A team member's role; a moderator may be limited to some départements."""

    role = forms.ChoiceField(label=_("Rôle"), choices=Membership.Role.choices)
    departements = forms.MultipleChoiceField(
        label=_("Départements modérés"),
        choices=departements.choices,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Pour un·e modérateur·rice seulement ; aucun choisi : tous les départements."),
    )


class MemberInviteForm(MemberForm):
    email = forms.EmailField(
        label=_("Adresse e-mail"),
        max_length=254,
        help_text=_(
            "La personne reçoit un lien pour choisir son mot de passe et son application d'authentification."
        ),
    )
    field_order = ["email", "role", "departements"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].initial = Membership.Role.MODERATOR  # the least powerful role unless chosen

    def clean_email(self):
        return clean_text(self.cleaned_data["email"])


class CollectiveCreateForm(forms.Form):
    name = forms.CharField(label=_("Nom du collectif"), max_length=200)

    def clean_name(self):
        return clean_short_text(self.cleaned_data["name"])


class CampaignForm(forms.Form):
    """A call's text and settings, as organisers write them; the rules live in services.campaign_save."""

    title = forms.CharField(label=_("Titre"), max_length=300)
    slug = forms.SlugField(
        label=_("Adresse de la page"),
        max_length=80,
        required=False,
        help_text=_("Ce qui suit le nom du site dans l'adresse : lettres sans accents, chiffres et tirets. "
                    "Vide : tirée du titre. Ne la changez plus une fois l'appel diffusé."),
    )  # fmt: skip
    summary = forms.CharField(
        label=_("Résumé"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Quelques lignes, pour la page d'accueil, l'affiche et les feuilles papier."),
    )
    text = forms.CharField(
        label=_("Texte de l'appel"),
        max_length=100_000,
        widget=forms.Textarea(attrs={"rows": 18}),
        help_text=_("Une ligne vide entre deux paragraphes ; « ## » devant un intertitre ; « - » devant chaque "
                    "point d'une liste ; **gras**. « Aperçu » montre le résultat sans rien enregistrer."),
    )  # fmt: skip
    signature_goal = forms.IntegerField(
        label=_("Objectif de signatures"),
        min_value=1,
        max_value=10_000_000,
        required=False,
        help_text=_("Facultatif : une barre de progression l'affiche."),
    )
    disclosure_threshold = forms.IntegerField(
        label=_("Seuil de secret statistique"),
        min_value=3,
        max_value=50,
        initial=5,
        help_text=Campaign._meta.get_field("disclosure_threshold").help_text,
    )

    embed_origins = forms.CharField(
        label=_("Sites autorisés à afficher le compteur"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Le compteur de signatures peut s'afficher dans la page d'un site (syndicat, journal) : "
                    "une adresse de site par ligne, par exemple https://www.exemple.fr. Vide : aucun site."),
    )  # fmt: skip

    def clean_title(self):
        return clean_short_text(self.cleaned_data["title"])

    def clean_embed_origins(self):
        return "\n".join(embed_origins_parse(self.cleaned_data["embed_origins"]))

    def clean_summary(self):
        return clean_text(self.cleaned_data["summary"], multiline=True)

    def clean_text(self):
        return clean_text(self.cleaned_data["text"], multiline=True)

    @staticmethod
    def initial_from(campaign: Campaign) -> dict:
        return {name: getattr(campaign, name) for name in CampaignForm.base_fields}


class DepartementGoalForm(forms.Form):
    departement = forms.ChoiceField(label=_("Département"), choices=departements.choices)
    goal = forms.IntegerField(
        label=_("Objectif"), min_value=0, max_value=10_000_000, help_text=_("0 retire l'objectif.")
    )
