"""The signatories spreadsheet, as organisers download it and `export_signatories` writes it; the import reads
it back (its French headers are among the import's columns)."""

from django.utils.translation import gettext_lazy as _

EXPORT_COLUMNS = {
    "last_name": _("Nom"),
    "first_name": _("Prénom"),
    "profession": _("Fonction"),
    "workplace": _("Lieu de travail"),
    "commune": _("Commune"),
    "departement": _("Département"),
    "public": _("Public"),
    "source": _("Origine"),
    "confirmed_at": _("Confirmée le"),
}
EMAIL_COLUMN = {"email": _("E-mail")}
