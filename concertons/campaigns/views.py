from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from concertons.campaigns import selectors
from concertons.campaigns.markdown import render_markdown


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "campaigns/campaign_list.html", {"campaigns": selectors.campaign_public_list()})


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = selectors.campaign_public_get(slug=slug)
    if campaign is None:
        raise Http404(_("Cet appel n'existe pas ou n'est pas encore publié."))
    return render(
        request,
        "campaigns/campaign_detail.html",
        {"campaign": campaign, "text_html": render_markdown(campaign.text)},
    )
