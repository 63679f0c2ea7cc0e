"""Import signatories: each entry read by signatures.list_reading is checked with the signer form, duplicates
are skipped, and the import is written in one go (or not at all)."""

from dataclasses import dataclass, field

from django import forms
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from concertons.accounts.models import AuditEntry
from concertons.campaigns import services as campaign_services
from concertons.campaigns.models import Campaign
from concertons.core import pagecache
from concertons.core.text import clean_text
from concertons.core.text import email_key as make_email_key
from concertons.geo import communes
from concertons.geo.normalize import fold
from concertons.signatures.forms import DepartementField, SignerFieldsForm
from concertons.signatures.list_reading import Entry
from concertons.signatures.models import Signature

BATCH_SIZE = 500


class ImportedSignerForm(SignerFieldsForm):
    """The signer form's checks, with what the users' lists lack allowed: no commune, or no département."""

    commune = forms.CharField(
        label=SignerFieldsForm.base_fields["commune"].label, max_length=150, required=False
    )
    email = forms.EmailField(label=gettext_lazy("Adresse e-mail"), max_length=254, required=False)
    departement = forms.CharField(label=gettext_lazy("Département"), max_length=100, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.warnings: list[str] = []

    def clean_email(self):
        return clean_text(self.cleaned_data["email"])

    def clean_departement(self):
        """A département the list gets wrong ("(99)") is left empty and flagged: no reason to drop the person."""
        written = self.cleaned_data["departement"]
        try:
            return DepartementField(required=False).clean(written)
        except forms.ValidationError:
            self.warnings.append(
                _("Département « %(value)s » inconnu : laissé vide, à vérifier.") % {"value": written[:40]}
            )
            return ""

    def _resolve_commune(self, name: str, code: str) -> None:
        """Unlike the public form, never refuses: a real signatory is not dropped for a typo in a list. What
        cannot be settled is kept as written and flagged (the warnings become the signature's review note)."""
        candidates = communes.lookup(name)
        if not candidates:
            close = communes.suggest(name, code or None) or communes.suggest(name)
            hint = (
                _(" Vouliez-vous dire : %(communes)s ?") % {"communes": ", ".join(c.label for c in close)}
                if close
                else ""
            )
            self.warnings.append(
                _("Commune « %(name)s » introuvable dans la liste officielle : gardée telle quelle.%(hint)s")
                % {"name": name, "hint": hint}
            )
            return
        departements_found = {commune.departement for commune in candidates}
        if code and code not in departements_found:
            # The département written in the list contradicts the commune: both are kept, and flagged.
            self.warnings.append(
                _("« %(name)s » est dans le département %(found)s, la liste indique %(code)s : à vérifier.")
                % {"name": name, "found": ", ".join(sorted(departements_found)), "code": code}
            )
            return
        if not code and len(departements_found) > 1:
            # The users' lists often omit the département: the signature is kept, the département left empty.
            names = {commune.name for commune in candidates}
            if len(names) == 1:
                self.cleaned_data["commune"] = names.pop()
            self.warnings.append(
                _("Plusieurs communes portent ce nom (%(codes)s) : département laissé vide, à compléter.")
                % {"codes": ", ".join(sorted(departements_found))}
            )
            return
        super()._resolve_commune(name, code)

    def error_messages_flat(self) -> list[str]:
        """Each error as "Champ : message", in the form's own French words."""
        messages = []
        for name, errors in self.errors.items():
            label = self.fields[name].label if name in self.fields else ""
            for message in errors:
                messages.append(f"{label} : {message}" if label else str(message))
        return messages


class Outcome:
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass
class EntryResult:
    entry: Entry
    outcome: str
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signature: Signature | None = None


@dataclass
class ImportReport:
    results: list[EntryResult]
    dry_run: bool
    skip_invalid: bool
    written: int = 0

    def _with(self, outcome: str) -> list[EntryResult]:
        return [result for result in self.results if result.outcome == outcome]

    @property
    def read(self) -> int:
        return len(self.results)

    @property
    def valid(self) -> list[EntryResult]:
        """Entries that are (or would be) imported."""
        return self._with(Outcome.IMPORTED)

    @property
    def duplicates(self) -> list[EntryResult]:
        return self._with(Outcome.DUPLICATE)

    @property
    def rejected(self) -> list[EntryResult]:
        return self._with(Outcome.REJECTED)

    @property
    def with_warnings(self) -> list[EntryResult]:
        return [result for result in self.results if result.warnings and result.outcome != Outcome.REJECTED]

    @property
    def ok(self) -> bool:
        """False when an invalid entry stopped the whole import (the default: all or nothing)."""
        return self.skip_invalid or not self.rejected


def person_key(last_name: str, first_name: str, departement: str) -> tuple[str, str, str]:
    """Two signatures of one person in one campaign: same names (case, accents, hyphens aside), same département."""
    return fold(last_name), fold(first_name), departement


@transaction.atomic
def signatures_import(
    *,
    campaign: Campaign,
    entries: list[Entry],
    dry_run: bool = False,
    skip_invalid: bool = False,
    actor=None,
    filename: str = "",
) -> ImportReport:
    """Check every entry with the signer form, skip duplicates, and create the rest as confirmed, public
    (unless the CSV says otherwise), imported signatures; by default one invalid entry stops everything."""
    # One import at a time per campaign, so two runs of one file cannot both pass the duplicate check.
    Campaign.objects.select_for_update().filter(pk=campaign.pk).first()
    # Pending signatures are left out: they may never be confirmed and are then purged, which would lose
    # the imported person.
    known = {
        person_key(*values)
        for values in campaign.signatures.exclude(status=Signature.Status.PENDING).values_list(
            "last_name", "first_name", "departement"
        )
    }
    known_emails = set(campaign.signatures.exclude(email_key="").values_list("email_key", flat=True))
    seen: dict[tuple[str, str, str], Entry] = {}
    seen_emails: dict[str, Entry] = {}
    results = []
    for entry in entries:
        result = _check(entry)
        if result.outcome == Outcome.IMPORTED:
            signer = result.signature
            key = person_key(signer.last_name, signer.first_name, signer.departement)
            if key in known or (signer.email_key and signer.email_key in known_emails):
                result.outcome, result.signature = Outcome.DUPLICATE, None
                result.reasons.append(_("Déjà signataire de cet appel."))
            elif key in seen or (signer.email_key and signer.email_key in seen_emails):
                first = seen.get(key) or seen_emails[signer.email_key]
                result.outcome, result.signature = Outcome.DUPLICATE, None
                result.reasons.append(
                    _("Déjà plus haut dans le fichier (%(position)s).") % {"position": first.position}
                )
            else:
                seen[key] = entry
                if signer.email_key:
                    seen_emails[signer.email_key] = entry
        results.append(result)
    report = ImportReport(results, dry_run=dry_run, skip_invalid=skip_invalid)
    if dry_run or not report.ok:
        return report

    version = campaign_services.campaign_version_current(campaign=campaign)
    now = timezone.now()
    signatures = [result.signature for result in report.valid]
    for signature in signatures:
        signature.campaign, signature.version, signature.confirmed_at = campaign, version, now
    Signature.objects.bulk_create(signatures, batch_size=BATCH_SIZE)
    # bulk_create sends no post_save (signatures.receivers)
    pagecache.bump(pagecache.part(campaign.slug, pagecache.SIGNATURES))
    report.written = len(signatures)
    AuditEntry.log(
        AuditEntry.Action.SIGNATURES_IMPORTED,
        actor=actor,
        campaign=campaign,
        file=filename,
        read=report.read,
        imported=report.written,
        duplicates=len(report.duplicates),
        rejected=len(report.rejected),
    )
    if signatures:
        from concertons.signatures import tasks  # tasks imports the services, which import this module

        transaction.on_commit(lambda: tasks.goal_notify.enqueue(campaign.pk))
    return report


def _check(entry: Entry) -> EntryResult:
    """The entry through the signer form; a valid one carries its unsaved Signature."""
    if entry.problems:
        return EntryResult(
            entry, Outcome.REJECTED, reasons=list(entry.problems), warnings=list(entry.warnings)
        )
    form = ImportedSignerForm(entry.data)
    if not form.is_valid():
        return EntryResult(
            entry,
            Outcome.REJECTED,
            reasons=form.error_messages_flat(),
            warnings=[*entry.warnings, *form.warnings],
        )
    signer = form.signer_data(is_public=entry.is_public)
    warnings = [*entry.warnings, *form.warnings]
    if not signer.commune and not signer.departement:
        warnings.append(_("Ni commune ni département : la signature ne comptera dans aucun département."))
    signature = Signature(
        **{name: getattr(signer, name) for name in signer.__dataclass_fields__},
        email_key=make_email_key(signer.email) if signer.email else "",
        source=Signature.Source.IMPORT,
        status=Signature.Status.CONFIRMED,
        review_note=" ".join(warnings)[: Signature._meta.get_field("review_note").max_length],
    )
    return EntryResult(entry, Outcome.IMPORTED, warnings=warnings, signature=signature)
