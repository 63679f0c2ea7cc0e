from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from concertons.campaigns import selectors, services
from concertons.campaigns.markdown import render_markdown
from concertons.publication import selectors as publication_selectors
from concertons.signatures.views import sign_form_context


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "campaigns/campaign_list.html", {"campaigns": selectors.campaign_public_list()})


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = selectors.campaign_public_get(slug=slug)
    if campaign is None:
        raise Http404
    # Published figures only: a département's count includes non-public signers (see SignatureFigures).
    counts = publication_selectors.signature_figures(campaign=campaign)
    context = {
        "text_html": render_markdown(campaign.text),
        "counts": counts,
        "goals": services.campaign_goal_progress(
            campaign=campaign, confirmed=counts.confirmed, by_departement=counts.by_departement
        ),
        **sign_form_context(campaign),
    }
    return render(request, "campaigns/campaign_detail.html", context)


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "campaigns/privacy.html", {"pending_days": settings.SIGNATURE_PENDING_DAYS})
