"""The campaign navigation shown under the site header on a campaign's public pages."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()

# The public apps whose pages belong to one campaign (their staff pages live under /gestion/).
PUBLIC_CAMPAIGN_APPS = {"campaigns", "signatures", "testimonies", "publication", "demands", "meetings"}


def _section(app: str, page: str) -> str:
    if app == "testimonies":
        return "testify" if page == "testify" else "wall"
    if app == "signatures":
        return "list" if page == "list" else ""
    return app


@register.inclusion_tag("campaigns/campaign_nav.html", takes_context=True)
def campaign_nav(context) -> dict:
    campaign, request = context.get("campaign"), context.get("request")
    match = getattr(request, "resolver_match", None)
    if not getattr(campaign, "slug", None) or match is None or match.app_name not in PUBLIC_CAMPAIGN_APPS:
        return {"links": []}
    current = _section(match.app_name, match.url_name)
    slug = campaign.slug
    links = [
        ("campaigns", _("Appel"), campaign.get_absolute_url()),
        ("list", _("Signataires"), reverse("signatures:list", args=[slug])),
        ("testify", _("Témoigner"), reverse("testimonies:testify", args=[slug]) if campaign.is_open else ""),
        ("wall", _("Constats"), reverse("testimonies:wall", args=[slug])),
        ("publication", _("Chiffres"), reverse("publication:dashboard", args=[slug])),
        ("demands", _("Exigences"), reverse("demands:list", args=[slug])),
        ("meetings", _("Réunions"), reverse("meetings:list", args=[slug])),
    ]
    return {
        "campaign": campaign,
        "links": [(label, url, key == current) for key, label, url in links if url],
    }


@register.simple_tag(takes_context=True)
def page_collective(context):
    """The collective whose look (name, logo, colour) the page wears: the one running the page's campaign."""
    campaign = context.get("campaign")
    if campaign is not None:
        return getattr(campaign, "collective", None)
    return context.get("collective")  # the collective's own settings page
