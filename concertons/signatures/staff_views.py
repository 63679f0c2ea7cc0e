"""Organisers' pages for signatures: moderation, paper entry, export, paper sheet. All behind 2FA."""

import json

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from concertons.accounts import perms
from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.publication.pdf import html_to_pdf
from concertons.signatures import selectors, services
from concertons.signatures.exporting import EXPORT_COLUMNS, write_csv
from concertons.signatures.forms import HideForm, PaperSignatureForm, PersonDataForm
from concertons.signatures.models import Signature


def managed_campaign(request: HttpRequest, slug: str) -> Campaign:
    campaign = get_object_or_404(Campaign.objects.select_related("collective"), slug=slug)
    if not perms.can_manage_campaign(request.user, campaign):
        raise PermissionDenied
    return campaign


@require_GET
def signature_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    search = request.GET.get("q", "")[:100].strip()
    status = request.GET.get("statut", "")
    status = status if status in Signature.Status.values else ""
    signatures = selectors.signature_staff_list(campaign=campaign, search=search, status=status)
    page = Paginator(signatures, 50).get_page(request.GET.get("page", 1))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "campaign": campaign,
        "page": page,
        "search": search,
        "status": status,
        "statuses": Signature.Status.choices,
        "query": query.urlencode(),
        "counts": selectors.signature_counts(campaign=campaign),
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


@require_GET
def export_csv(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = managed_campaign(request, slug)
    rows = selectors.signature_export_rows(campaign=campaign)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="signataires-{campaign.slug}.csv"'
    write_csv(response, rows, EXPORT_COLUMNS)
    AuditEntry.log(
        AuditEntry.Action.SIGNATURES_EXPORTED, actor=request.user, campaign=campaign, rows=len(rows)
    )
    return response


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
            rows = services.person_data_export(email=email, actor=request.user, collectives=scope)
            response = HttpResponse(
                json.dumps({"email": email, "signatures": rows}, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="donnees-personnelles.json"'
            return response
        deleted = services.person_data_erase(email=email, actor=request.user, collectives=scope)
        messages.success(request, _("%(n)s signature(s) effacée(s) pour cette adresse.") % {"n": deleted})
        return redirect("signatures_staff:person_data")
    return render(request, "signatures/staff/person_data.html", {"form": form, "scope": scope})
