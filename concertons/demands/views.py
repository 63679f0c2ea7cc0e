"""Public pages of the demands: the list, one demand, the table départements × demands, a département's page,
and the support page reached from the link in the signer's e-mails."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from concertons.campaigns.shortcuts import public_campaign_or_404
from concertons.demands import selectors, services
from concertons.demands.forms import SupportForm
from concertons.geo import departements
from concertons.meetings import selectors as meeting_selectors
from concertons.publication import demand_figures
from concertons.publication.presenters import secret_note
from concertons.signatures import tokens
from concertons.signatures.models import Signature


@require_GET
def demand_list(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    return render(
        request,
        "demands/demand_list.html",
        {
            "campaign": campaign,
            "summaries": demand_figures.demand_summaries(campaign=campaign),
            "secret_note": secret_note(campaign.disclosure_threshold),
        },
    )


@require_GET
def demand_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    summary = next((s for s in demand_figures.demand_summaries(campaign=campaign) if s.demand.pk == pk), None)
    if summary is None:
        raise Http404
    names = {d.code: d.name for d in departements.all_departements()}
    context = {
        "campaign": campaign,
        "summary": summary,
        "demand": summary.demand,
        # Published figures only (None: secret); they count signers who are not on the public list too.
        "supports_by_departement": [
            (code, names.get(code, code), n) for code, n in summary.supports.by_departement.items()
        ],
        "supports_withheld": demand_figures.demand_support_figures(campaign=campaign).withheld,
        "secret_note": secret_note(campaign.disclosure_threshold),
        "history": list(reversed(selectors.demand_status_history(campaign=campaign, demand=summary.demand))),
        "departement_names": names,
    }
    return render(request, "demands/demand_detail.html", context)


@require_GET
def status_table(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    every = request.GET.get("tous") == "1"
    context = {
        "campaign": campaign,
        "demands": list(selectors.demand_list(campaign=campaign)),
        "rows": demand_figures.demand_status_table(campaign=campaign, every_departement=every),
        "every": every,
        "secret_note": secret_note(campaign.disclosure_threshold),
    }
    return render(request, "demands/status_table.html", context)


@require_GET
def departement_page(request: HttpRequest, slug: str, code: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug)
    departement = departements.get(code[:40])
    if departement is None:
        raise Http404
    if departement.code != code:
        return redirect("demands:departement", slug=slug, code=departement.code)

    context = {
        "campaign": campaign,
        "departement": departement,
        "items": demand_figures.departement_demands(campaign=campaign, departement=departement.code),
        "meetings": meeting_selectors.meeting_upcoming_list(campaign=campaign, departement=departement.code),
        "secret_note": secret_note(campaign.disclosure_threshold),
    }
    return render(request, "demands/departement.html", context)


def _signature_from_link(slug: str, token: str) -> Signature | None:
    signature = tokens.read_token(token, tokens.SUPPORT)
    if signature is None or signature.campaign.slug != slug:
        return None
    return signature


@require_http_methods(["GET", "POST"])
def support(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    """The signer ticks the demands they back. Only a confirmed signature may support (one per demand)."""
    campaign = public_campaign_or_404(slug)
    signature = _signature_from_link(slug, token)
    if signature is None:
        return render(request, "demands/link_invalid.html", {"campaign": campaign}, status=404)
    if signature.status != Signature.Status.CONFIRMED:
        return render(
            request,
            "demands/support_refused.html",
            {"campaign": campaign, "signature": signature},
            status=403,
        )
    supported = selectors.demand_supported_ids(signature=signature)
    form = SupportForm(request.POST or None, campaign=campaign, initial={"demands": sorted(supported)})
    if request.method == "POST" and form.is_valid():
        try:
            change = services.demand_support_set(
                signature=signature, demand_ids={demand.pk for demand in form.cleaned_data["demands"]}
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if change.added or change.withdrawn:
                messages.success(request, _("Merci : vos soutiens sont enregistrés."))
            else:
                messages.info(request, _("Rien n'a changé : vos soutiens étaient déjà ceux-là."))
            return redirect(request.path)
    summaries = {s.demand.pk: s for s in demand_figures.demand_summaries(campaign=campaign)}
    choices = [(choice, summaries[choice.data["value"].value]) for choice in form["demands"]]
    context = {
        "campaign": campaign,
        "signature": signature,
        "form": form,
        "choices": choices,
        "secret_note": secret_note(campaign.disclosure_threshold),
    }
    return render(request, "demands/support.html", context)
