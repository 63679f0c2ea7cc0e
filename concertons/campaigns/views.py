import posixpath
import re
from functools import lru_cache
from pathlib import Path

import markdown
import nh3
import segno
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from concertons.campaigns import selectors
from concertons.campaigns.markdown import render_markdown
from concertons.campaigns.models import Collective
from concertons.campaigns.shortcuts import public_campaign_or_404
from concertons.core import identity, pagecache
from concertons.meetings import selectors as meeting_selectors
from concertons.publication import selectors as publication_selectors
from concertons.signatures.forms import sign_form_context


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "campaigns/campaign_list.html", {"campaigns": selectors.campaign_public_list()})


@pagecache.public_page(parts=(pagecache.SIGNATURES,))
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug, request)
    # Its demands section counts the meetings to come: one fewer when the next one ends.
    pagecache.valid_until(request, meeting_selectors.meeting_next_end(campaign=campaign))
    # Published figures only: a département's count includes non-public signers (see SignatureFigures).
    counts = publication_selectors.signature_figures(campaign=campaign)
    context = {
        "text_html": render_markdown(campaign.text),
        "counts": counts,
        "goals": publication_selectors.signature_goals(campaign=campaign, figures=counts),
        **sign_form_context(campaign, request=request),
    }
    return render(request, "campaigns/campaign_detail.html", context)


def poster(request: HttpRequest, slug: str) -> HttpResponse:
    """A page to print and pin up: the call's title, summary, address and a QR code leading to it."""
    campaign = public_campaign_or_404(slug)
    url = settings.SITE_URL + campaign.get_absolute_url()
    qr_svg = segno.make(url, error="m").svg_inline(scale=8, omitsize=True, title=_("QR code de l'appel"))
    return render(request, "campaigns/poster.html", {"campaign": campaign, "url": url, "qr_svg": qr_svg})


# A version in the URL changes with the look, so the browser may keep these files for a year.
LOOK_CACHE = "public, max-age=31536000, immutable"


@require_GET
def collective_colours(request: HttpRequest, slug: str, version: str) -> HttpResponse:
    """The collective's accent colour as CSS variables (a strict CSP forbids inline styles)."""
    collective = get_object_or_404(Collective, slug=slug)
    response = HttpResponse(identity.colour_css(collective.accent_colour), content_type="text/css")
    response["Cache-Control"] = LOOK_CACHE if version == collective.look_version else "no-cache"
    return response


@require_GET
def collective_logo(request: HttpRequest, slug: str, version: str) -> HttpResponse:
    collective = get_object_or_404(Collective, slug=slug)
    if not collective.logo_png:
        raise Http404
    response = HttpResponse(bytes(collective.logo_png), content_type="image/png")
    response["Cache-Control"] = LOOK_CACHE if version == collective.look_version else "no-cache"
    return response


def legal_notice(request: HttpRequest) -> HttpResponse:
    return render(request, "campaigns/legal_notice.html", {"collectives": selectors.collective_public_list()})


def accessibility(request: HttpRequest) -> HttpResponse:
    return render(
        request, "campaigns/accessibility.html", {"collectives": selectors.collective_public_list()}
    )


def privacy(request: HttpRequest) -> HttpResponse:
    context = {
        "collectives": selectors.collective_public_list(),
        "raw_text_days": settings.TESTIMONY_RAW_TEXT_DAYS,
        "pending_days": settings.SIGNATURE_PENDING_DAYS,
        "privacy_document_html": privacy_document_html(),
    }
    return render(request, "campaigns/privacy.html", context)


# docs/privacy.md, shown under the public privacy page (docs/ itself is not served).
PRIVACY_DOCUMENT = Path(settings.BASE_DIR) / "docs" / "privacy.md"
_DOCUMENT_TAGS = {
    "h3", "h4", "h5", "p", "br", "hr", "strong", "em", "blockquote", "ul", "ol", "li", "a", "code", "pre",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
_DOCUMENT_ATTRIBUTES = {"a": {"href"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}}
# A link to another file of the repository ([text](disclosure.md#part)): not served, so shown as its path.
_FILE_LINK = re.compile(r"\[([^\]]+)\]\((?!https?:|mailto:|#)([^)#\s]+\.md)(?:#[^)\s]*)?\)")
_TITLE = re.compile(r"\A\s*# [^\n]*\n")


def privacy_document_html() -> str:
    """docs/privacy.md as HTML for the privacy page, "" when the file is missing (an installed package)."""
    try:
        modified = PRIVACY_DOCUMENT.stat().st_mtime_ns
    except OSError:
        return ""
    return _render_document(str(PRIVACY_DOCUMENT), modified)


@lru_cache(maxsize=2)
def _render_document(path: str, _modified: int) -> str:
    """The page gives the section its own h2: the document's title goes, and its ## headings become h3."""
    source = _TITLE.sub("", Path(path).read_text(encoding="utf-8"), count=1)
    source = _FILE_LINK.sub(
        lambda match: f"{match[1]} (`{posixpath.normpath(posixpath.join('docs', match[2]))}`)", source
    )
    html = markdown.markdown(
        source,
        extensions=["tables", "fenced_code", "sane_lists", "toc"],
        extension_configs={"toc": {"baselevel": 2}},
    )
    html = nh3.clean(
        html,
        tags=_DOCUMENT_TAGS,
        attributes=_DOCUMENT_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    # Tables and code scroll inside their own box on a phone; a box that scrolls must take the focus.
    for tag, opening, label in (
        ("table", '<table class="table table--wide">', _("Tableau")),
        ("pre", "<pre>", _("Exemple de configuration")),
    ):
        box = f'<div class="table-scroll" role="region" tabindex="0" aria-label="{label}">'
        html = html.replace(f"<{tag}>", box + opening).replace(f"</{tag}>", f"</{tag}></div>")
    return html
