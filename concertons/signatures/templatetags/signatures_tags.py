"""What a signer is invited to do next, wherever they land after signing or confirming."""

from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.utils.translation import gettext as _

from concertons.meetings import selectors as meeting_selectors
from concertons.publication import selectors as publication_selectors

register = template.Library()


def share_links(campaign) -> dict:
    """The call's address and ready-made messages to pass it on (e-mail and messaging apps; no tracker:
    plain links the person's own apps open)."""
    url = settings.SITE_URL + campaign.get_absolute_url()
    message = _("J'ai signé l'appel « %(title)s ». Signez-le aussi : %(url)s") % {
        "title": campaign.title,
        "url": url,
    }
    return {
        "url": url,
        "email": "mailto:?" + urlencode({"subject": campaign.title, "body": message}, quote_via=quote),
        "whatsapp": "https://wa.me/?" + urlencode({"text": message}, quote_via=quote),
        "telegram": "https://t.me/share/url?"
        + urlencode({"url": url, "text": campaign.title}, quote_via=quote),
    }


@register.inclusion_tag("signatures/next_steps.html")
def next_steps(campaign, signature=None) -> dict:
    """Share the call, testify, back the demands, come to a meeting; with the goals and how far they got."""
    return {
        "campaign": campaign,
        "signature": signature,
        "goals": publication_selectors.signature_goals(campaign=campaign),
        "share": share_links(campaign),
        "next_meeting": meeting_selectors.meeting_upcoming_list(campaign=campaign).first(),
    }
