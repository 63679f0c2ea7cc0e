from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from concertons.campaigns.shortcuts import public_campaign_or_404
from concertons.campaigns.vocabulary import Profession
from concertons.core import antiabuse, pagecache
from concertons.publication import presenters
from concertons.publication import selectors as publication_selectors
from concertons.signatures import selectors, services, tokens
from concertons.signatures.forms import (
    CorrectionForm,
    LinksRequestForm,
    PublicListFilterForm,
    SignatureForm,
    sign_form_context,
)

# Per hashed client address and hour. Without JavaScript there is no proof-of-work, so the limit is lower.
SIGNATURE_LIMITS = antiabuse.Limits(
    scope="sign",
    per_hour=20,
    per_hour_without_pow=5,
    too_many=gettext_lazy("Trop de signatures envoyées depuis votre connexion. Réessayez dans une heure."),
)
CONFIRM_LINK_DAYS = 7


@require_http_methods(["GET", "POST"])
def sign(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    if request.method == "GET":
        return redirect(campaign.get_absolute_url() + "#signer")
    form = SignatureForm(request.POST)
    if antiabuse.honeypot_filled(request.POST):
        return _to_thanks(request, slug)  # answer a robot as if it had worked
    if antiabuse.form_accepted(request, form, SIGNATURE_LIMITS):
        try:
            services.signature_submit(campaign=campaign, signer=form.signer_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _to_thanks(request, slug)
    context = sign_form_context(campaign, form)
    antiabuse.form_again(form)
    status = 422 if request.htmx else 200
    template = "signatures/sign_form.html#sign-form" if request.htmx else "signatures/sign_page.html"
    return render(request, template, context, status=status)


def _to_thanks(request: HttpRequest, slug: str) -> HttpResponse:
    thanks_url = reverse("signatures:thanks", args=[slug])
    # htmx would follow a redirect and put the whole thanks page inside the form: the browser goes there.
    return HttpResponseClientRedirect(thanks_url) if request.htmx else redirect(thanks_url)


# Per hashed client address and hour: each try may send an e-mail.
LINK_REQUEST_LIMITS = antiabuse.Limits(
    scope="links",
    per_hour=10,
    per_hour_without_pow=5,
    too_many=gettext_lazy("Trop de demandes envoyées depuis votre connexion. Réessayez dans une heure."),
)


@require_http_methods(["GET", "POST"])
def links_request(request: HttpRequest, slug: str) -> HttpResponse:
    """Lost e-mails: ask for one's links again. The answer is the same whether the address signed or not."""
    campaign = public_campaign_or_404(slug)
    sent = redirect(reverse("signatures:links_request", args=[slug]) + "?envoye=1")
    if request.method == "GET":
        form = LinksRequestForm(initial={"form_started": antiabuse.form_started_token()})
    elif antiabuse.honeypot_filled(request.POST):
        return sent  # answer a robot as if it had worked
    else:
        form = LinksRequestForm(request.POST)
        if antiabuse.form_accepted(request, form, LINK_REQUEST_LIMITS):
            services.signature_links_resend(campaign=campaign, email=form.cleaned_data["email"])
            return sent
        antiabuse.form_again(form)
    context = {
        "campaign": campaign,
        "form": form,
        "sent": "envoye" in request.GET,
        **antiabuse.page_context(),
    }
    return render(request, "signatures/links_request.html", context)


@require_GET
def thanks(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    return render(request, "signatures/thanks.html", {"campaign": campaign})


def _signature_from_link(slug: str, token: str, purpose: str, max_age_days: int | None = None):
    signature = tokens.read_token(
        token, purpose, max_age_seconds=max_age_days * 86400 if max_age_days is not None else None
    )
    if signature is None or signature.campaign.slug != slug:
        return None
    return signature


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    """GET shows a button, POST confirms: mail scanners that follow links must not sign for anyone."""
    campaign = public_campaign_or_404(slug)
    signature = _signature_from_link(slug, token, tokens.CONFIRM, max_age_days=CONFIRM_LINK_DAYS)
    if signature is None:
        return render(request, "signatures/link_invalid.html", {"campaign": campaign}, status=404)
    if request.method == "POST":
        services.signature_confirm(signature=signature)
        return render(request, "signatures/confirmed.html", {"campaign": campaign, "signature": signature})
    return render(request, "signatures/confirm.html", {"campaign": campaign, "signature": signature})


@require_http_methods(["GET", "POST"])
def withdraw(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    signature = _signature_from_link(slug, token, tokens.WITHDRAW)
    if signature is None:
        return render(request, "signatures/link_invalid.html", {"campaign": campaign}, status=404)
    if request.method == "POST":
        services.signature_withdraw(signature=signature)
        return render(request, "signatures/withdrawn.html", {"campaign": campaign})
    return render(request, "signatures/withdraw.html", {"campaign": campaign, "signature": signature})


@require_http_methods(["GET", "POST"])
def correct(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    signature = _signature_from_link(slug, token, tokens.CORRECT)
    if signature is None:
        return render(request, "signatures/link_invalid.html", {"campaign": campaign}, status=404)
    initial = {
        field: getattr(signature, field) for field in CorrectionForm.base_fields if hasattr(signature, field)
    }
    form = CorrectionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.signature_correct(signature=signature, signer=form.signer_data(email=signature.email))
        messages.success(request, _("Votre signature est corrigée."))
        return redirect(request.path)
    return render(
        request, "signatures/correct.html", {"campaign": campaign, "signature": signature, "form": form}
    )


@require_http_methods(["GET", "POST"])
def endorse(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    signature = _signature_from_link(slug, token, tokens.ENDORSE)
    if signature is None:
        return render(request, "signatures/link_invalid.html", {"campaign": campaign}, status=404)
    if request.method == "POST":
        services.signature_endorse_version(signature=signature)
        messages.success(request, _("Merci : votre signature porte maintenant sur le nouveau texte."))
        return redirect(campaign.get_absolute_url())
    return render(request, "signatures/endorse.html", {"campaign": campaign, "signature": signature})


@require_GET
@pagecache.public_page(parts=(pagecache.SIGNATURES,))
def public_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug, request)
    filters = PublicListFilterForm(request.GET)
    chosen = filters.cleaned_data if filters.is_valid() else {}
    page = selectors.signature_public_page(
        campaign=campaign,
        sort=chosen.get("tri") or "nom",
        departement=chosen.get("departement") or "",
        profession=chosen.get("profession") or "",
        name=chosen.get("nom") or "",
        page=request.GET.get("page", 1),
    )
    query = request.GET.copy()
    query.pop("page", None)
    # Published figures only: they count non-public signers, whom the list beside them leaves out.
    counts = publication_selectors.signature_figures(campaign=campaign)
    context = {
        "campaign": campaign,
        "page": page,
        "filters": filters,
        "searching": any(chosen.get(key) for key in ("nom", "departement", "profession")),
        "query": query.urlencode(),
        "counts": counts,
        "profession_counts": [(Profession(code).label, n) for code, n in counts.by_profession.items()],
        "secret_note": presenters.secret_note(campaign.disclosure_threshold),
    }
    return render(request, "signatures/signature_list.html", context)


@require_GET
@pagecache.public_page(parts=(pagecache.SIGNATURES,))
def counter(request: HttpRequest, slug: str) -> HttpResponse:
    """The live counter, polled by htmx."""
    campaign = public_campaign_or_404(slug, request)
    count = selectors.signature_confirmed_count(campaign=campaign)
    return render(request, "signatures/counter.html", {"campaign": campaign, "count": count})
