"""Organisers' pages for signatures: moderation, paper entry, export, paper sheet. All behind 2FA."""

import base64
import binascii
import json
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from concertons import gdpr
from concertons.accounts.models import AuditEntry
from concertons.campaigns import perms
from concertons.campaigns.models import Campaign
from concertons.campaigns.shortcuts import managed_campaign
from concertons.core import spreadsheet
from concertons.publication.pdf import html_to_pdf
from concertons.signatures import importing, list_reading, selectors, services
from concertons.signatures.exporting import EXPORT_COLUMNS
from concertons.signatures.forms import HideForm, ImportUploadForm, PaperSignatureForm, PersonDataForm
from concertons.signatures.models import Signature


@require_GET
def signature_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    search = request.GET.get("q", "")[:100].strip()
    status = request.GET.get("statut", "")
    status = status if status in Signature.Status.values else ""
    to_review = request.GET.get("a_verifier") == "1"
    signatures = selectors.signature_staff_list(
        campaign=campaign, search=search, status=status, to_review=to_review
    )
    page = Paginator(signatures, 50).get_page(request.GET.get("page", 1))
    counts = selectors.signature_counts(campaign=campaign)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "campaign": campaign,
        "page": page,
        "search": search,
        "status": status,
        "statuses": Signature.Status.choices,
        "query": query.urlencode(),
        "counts": counts,
        "by_source": [(Signature.Source(source).label, n) for source, n in counts.by_source.items()],
        "to_review": to_review,
        "to_review_count": selectors.signature_staff_list(campaign=campaign, to_review=True).count(),
        "hide_form": HideForm(),
    }
    return render(request, "signatures/staff/signature_list.html", context)


@require_POST
def signature_hide(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    signature = get_object_or_404(Signature, campaign=campaign, pk=pk)
    form = HideForm(request.POST)
    if form.is_valid():
        services.signature_hide(signature=signature, reason=form.cleaned_data["reason"], actor=request.user)
        messages.success(request, _("Signature masquée : %(name)s.") % {"name": signature})
    else:
        messages.error(request, _("Indiquez le motif du masquage (300 caractères au plus)."))
    return redirect("signatures_staff:list", slug=slug)


@require_POST
def signature_show(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    signature = get_object_or_404(Signature, campaign=campaign, pk=pk)
    services.signature_show(signature=signature, actor=request.user)
    messages.success(request, _("Signature rétablie : %(name)s.") % {"name": signature})
    return redirect("signatures_staff:list", slug=slug)


@require_POST
def comment_publish(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    signature = get_object_or_404(Signature, campaign=campaign, pk=pk)
    services.signature_publish_comment(signature=signature, actor=request.user)
    messages.success(request, _("Commentaire publié."))
    return redirect("signatures_staff:list", slug=slug)


@require_http_methods(["GET", "POST"])
def paper_entry(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    form = PaperSignatureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            signature = services.signature_add_paper(
                campaign=campaign, signer=form.signer_data(), actor=request.user
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Signature papier enregistrée : %(line)s") % {"line": signature.public_line}
            )
            return redirect("signatures_staff:paper", slug=slug)
    return render(request, "signatures/staff/paper_entry.html", {"campaign": campaign, "form": form})


# The list read in the preview travels back with the confirmation (base64 in the form): no copy of the
# signatories is kept on the server between the two steps. A request body holds 2.5 MB (Django's default).
IMPORT_ONLINE_MAX_BYTES = 1_500_000


@dataclass(frozen=True)
class ListToImport:
    content: str
    filename: str
    skip_invalid: bool


def _import_preview(request, campaign, upload: ListToImport, report, error=""):
    context = {
        "campaign": campaign,
        "report": report,
        "filename": upload.filename,
        "skip_invalid": upload.skip_invalid,
        "content": base64.b64encode(upload.content.encode()).decode(),
        "error": error,
    }
    return render(request, "signatures/staff/import_preview.html", context)


def _read_upload(form: ImportUploadForm) -> tuple[str, str]:
    """(text, file name) of the uploaded file or the pasted list; ImportFileError when it cannot be read."""
    upload = form.cleaned_data["file"]
    if upload:
        content = list_reading.decode(upload.read(list_reading.MAX_FILE_BYTES + 1))
        filename = upload.name[:200]
    else:
        content, filename = form.cleaned_data["text"], ""
    if len(content.encode()) > IMPORT_ONLINE_MAX_BYTES:
        raise list_reading.ImportFileError(
            _(
                "Pour un import en ligne, 1,5 Mo au plus (environ 15 000 signataires) : découpez le fichier "
                "en plusieurs."
            )
        )
    return content, filename


@require_http_methods(["GET", "POST"])
def signature_import(request: HttpRequest, slug: str) -> HttpResponse:
    """Import a list in two steps: a dry run shows how every entry was read, then the import writes."""
    campaign = managed_campaign(request, slug)
    if request.method == "POST" and request.POST.get("step") == "import":
        return _import_confirmed(request, campaign)
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            content, filename = _read_upload(form)
            parsed = list_reading.read_entries(content, filename=filename)
        except list_reading.ImportFileError as error:
            form.add_error("file" if form.cleaned_data["file"] else "text", str(error))
        else:
            if parsed.entries:
                upload = ListToImport(content, filename, form.cleaned_data["skip_invalid"])
                report = importing.signatures_import(
                    campaign=campaign, entries=parsed.entries, dry_run=True, skip_invalid=upload.skip_invalid
                )
                return _import_preview(request, campaign, upload, report)
            form.add_error(None, _("Aucune signature trouvée dans ce que vous avez envoyé."))
    return render(request, "signatures/staff/import_upload.html", {"campaign": campaign, "form": form})


def _import_confirmed(request: HttpRequest, campaign: Campaign) -> HttpResponse:
    try:
        content = base64.b64decode(request.POST.get("content", ""), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        messages.error(request, _("La liste à importer n'a pas été reçue en entier : envoyez-la de nouveau."))
        return redirect("signatures_staff:import", slug=campaign.slug)
    upload = ListToImport(
        content, request.POST.get("filename", "")[:200], request.POST.get("skip_invalid") == "1"
    )
    report = importing.signatures_import(
        campaign=campaign,
        entries=list_reading.read_entries(upload.content, filename=upload.filename).entries,
        skip_invalid=upload.skip_invalid,
        actor=request.user,
        filename=upload.filename,
    )
    if not report.ok:
        error = _("Import annulé : %(n)s entrée(s) refusée(s). Rien n'a été enregistré.") % {
            "n": len(report.rejected)
        }
        return _import_preview(request, campaign, upload, report, error)
    flagged = len(report.with_warnings)
    messages.success(
        request,
        _(
            "%(written)s signature(s) importée(s), %(duplicates)s doublon(s) ignoré(s), %(flagged)s à vérifier."
        )
        % {"written": report.written, "duplicates": len(report.duplicates), "flagged": flagged},
    )
    target = reverse("signatures_staff:list", args=[campaign.slug])
    return redirect(f"{target}?a_verifier=1" if flagged else target)


@require_POST
def signature_checked(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """An organiser has checked what an import flagged: the note goes."""
    campaign = managed_campaign(request, slug)
    signature = get_object_or_404(Signature, campaign=campaign, pk=pk)
    services.signature_mark_checked(signature=signature, actor=request.user)
    messages.success(request, _("Signature vérifiée : %(name)s.") % {"name": signature})
    return redirect(reverse("signatures_staff:list", args=[slug]) + "?a_verifier=1")


@require_GET
def export(request: HttpRequest, slug: str, file_format: str) -> HttpResponse:
    """The signatories as a CSV, Excel or LibreOffice file."""
    campaign = managed_campaign(request, slug)
    rows = selectors.signature_export_rows(campaign=campaign)
    AuditEntry.log(
        AuditEntry.Action.SIGNATURES_EXPORTED,
        actor=request.user,
        campaign=campaign,
        rows=len(rows),
        format=file_format,
    )
    return spreadsheet.download(
        spreadsheet.keyed_rows(rows, EXPORT_COLUMNS),
        file_format=file_format,
        filename=f"signataires-{campaign.slug}",
        title=_("Signataires"),
    )


@require_GET
def paper_sheet(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    html = render_to_string(
        "signatures/paper_sheet.html",
        {"campaign": campaign, "rows": range(12), "site_url": settings.SITE_URL},
    )
    response = HttpResponse(html_to_pdf(html), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="feuille-signatures-{campaign.slug}.pdf"'
    return response


@require_http_methods(["GET", "POST"])
def person_data(request: HttpRequest) -> HttpResponse:
    """GDPR requests: export or erase everything kept about one e-mail address. Admins only."""
    scope = perms.person_data_scope(request.user)
    if scope == []:
        raise PermissionDenied
    form = PersonDataForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if form.cleaned_data["action"] == "export":
            rows = gdpr.person_data_export(email=email, actor=request.user, collectives=scope)
            response = HttpResponse(
                json.dumps({"email": email, "signatures": rows}, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="donnees-personnelles.json"'
            return response
        deleted = gdpr.person_data_erase(email=email, actor=request.user, collectives=scope)
        messages.success(request, _("%(n)s signature(s) effacée(s) pour cette adresse.") % {"n": deleted})
        return redirect("signatures_staff:person_data")
    return render(request, "signatures/staff/person_data.html", {"form": form, "scope": scope})
