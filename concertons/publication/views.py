import hashlib

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from concertons.campaigns.models import Campaign
from concertons.campaigns.shortcuts import public_campaign_or_404
from concertons.core import pagecache
from concertons.core.spreadsheet import write_rows
from concertons.geo import departements
from concertons.publication import presenters, selectors
from concertons.publication.services import reports


def _departement_or_404(code: str):
    found = departements.get(code[:40])
    if found is None or found.code != code:
        raise Http404
    return found


def _rendered(campaign: Campaign, code: str, build):
    """Charts rendered once per release, in Django's cache (shared by every process), keyed by the snapshots
    they come from: a new snapshot (new pk or fingerprint) makes a new key, so nothing stale is ever served.
    Measured by bench/dashboard: rendering the map and decoding the snapshots cost ~0.5 s of CPU per campaign
    page; from the cache, a few ms."""
    versions = selectors.snapshot_versions(campaign=campaign)
    key = _charts_key(campaign, code, versions) if versions else None
    if key is not None and (found := cache.get(key)) is not None:
        return found
    figures = selectors.figures(campaign=campaign)
    result = (figures, build(figures))
    versions = selectors.snapshot_versions(campaign=campaign)  # figures() may have made the first snapshots
    if versions:
        cache.set(_charts_key(campaign, code, versions), result, timeout=pagecache.until_a_midnight())
    return result


def _charts_key(campaign: Campaign, code: str, versions: tuple) -> str:
    return "charts:" + hashlib.sha256(repr((campaign.pk, code, versions)).encode()).hexdigest()


def campaign_charts(campaign: Campaign, figures: selectors.Figures) -> list[presenters.Chart]:
    k = figures.constats["k"]
    return [
        presenters.signatures_over_time(figures.signatures),
        presenters.signatures_map(figures.signatures, campaign),
        presenters.signatures_by_profession(figures.signatures, k),
        presenters.constats_by_theme(figures.constats),
        presenters.vacant_posts_map(figures.constats, campaign),
    ]


def departement_charts(campaign: Campaign, figures: selectors.Figures, code: str) -> list[presenters.Chart]:
    k = figures.constats["k"]
    headers, rows = presenters.indicator_table(figures.constats, departement=code)
    return [
        presenters.signatures_map(figures.signatures, campaign, highlight=code),
        presenters.signatures_by_profession(figures.signatures, k, departement=code),
        presenters.constats_by_theme(figures.constats, departement=code),
        presenters.constats_by_service(figures.constats, departement=code),
    ], (headers, rows)


@require_GET
@pagecache.public_page
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug, request)
    chosen = departements.get(request.GET.get("departement", "")[:40])
    if chosen is not None:  # the "see a département" form, without JavaScript
        return redirect("publication:departement", slug=slug, code=chosen.code)
    figures, charts = _rendered(campaign, "", lambda figures: campaign_charts(campaign, figures))
    context = {
        "campaign": campaign,
        "figures": figures,
        "charts": charts,
        "quotes": selectors.quotes(campaign=campaign),
        "secret_note": presenters.secret_note(figures.constats["k"]),
        "departements": departements.choices(),
    }
    return render(request, "publication/dashboard.html", context)


@require_GET
@pagecache.public_page
def departement(request: HttpRequest, slug: str, code: str) -> HttpResponse:
    campaign = public_campaign_or_404(slug, request)
    chosen = _departement_or_404(code)
    figures, (charts, (indicator_headers, indicator_rows)) = _rendered(
        campaign, chosen.code, lambda figures: departement_charts(campaign, figures, chosen.code)
    )
    context = {
        "campaign": campaign,
        "departement": chosen,
        "figures": figures,
        "signature_count": figures.signatures["by_departement"].get(chosen.code, 0),
        "charts": charts,
        "indicator_headers": indicator_headers,
        "indicator_rows": indicator_rows,
        "quotes": selectors.quotes(campaign=campaign, departement=chosen.code, limit=10),
        "secret_note": presenters.secret_note(figures.constats["k"]),
        "departements": departements.choices(),
    }
    return render(request, "publication/departement.html", context)


@require_GET
def chart_csv(request: HttpRequest, slug: str, chart: str) -> HttpResponse:
    """The figures behind one chart, as published (secrets stay secret)."""
    campaign = public_campaign_or_404(slug)
    figures = selectors.figures(campaign=campaign)
    code = request.GET.get("departement", "")
    if code:
        found, _rows = departement_charts(campaign, figures, _departement_or_404(code).code)
    else:
        found = campaign_charts(campaign, figures)
    wanted = next((item for item in found if item.slug == chart), None)
    if wanted is None:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{campaign.slug}-{chart}{"-" + code if code else ""}.csv"'
    )
    write_rows(response, presenters.csv_rows(wanted))
    return response


@require_GET
def report(request: HttpRequest, slug: str, code: str) -> HttpResponse:
    """The département's cahier: served when current, otherwise built by the worker while a page waits."""
    campaign = public_campaign_or_404(slug)
    chosen = _departement_or_404(code)
    cached = reports.report_cached(campaign=campaign, departement=chosen.code)
    if cached is not None:
        response = HttpResponse(bytes(cached.pdf), content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="cahier-{campaign.slug}-{chosen.code}.pdf"'
        return response
    reports.report_request(campaign=campaign, departement=chosen.code)
    return render(
        request, "publication/report_waiting.html", {"campaign": campaign, "departement": chosen}, status=202
    )


# The counter changes with every signature: a minute's staleness spares the server a spreading call's load.
COUNTER_CACHE = "public, max-age=60"


def _counter_context(campaign: Campaign) -> dict:
    confirmed = selectors.signature_total(campaign=campaign)
    return {
        "campaign": campaign,
        "confirmed": confirmed,
        "confirmed_text": f"{confirmed:,}".replace(",", "\u202f"),
    }


@require_GET
def counter_badge(request: HttpRequest, slug: str) -> HttpResponse:
    """The live count as an SVG image, for any site's <img> (images are not framed: no origin list needed)."""
    campaign = public_campaign_or_404(slug)
    context = _counter_context(campaign)
    label = ngettext("%(n)s signature", "%(n)s signatures", context["confirmed"]) % {
        "n": context["confirmed_text"]
    }
    # About 7 pixels per character at 12 px in a sans-serif font, plus the margins.
    response = render(
        request,
        "publication/counter.svg",
        {**context, "label": label, "width": 14 + 7 * len(label)},
        content_type="image/svg+xml; charset=utf-8",
    )
    response["Cache-Control"] = COUNTER_CACHE
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


@require_GET
def counter_embed(request: HttpRequest, slug: str) -> HttpResponse:
    """A small page with the live count and a link to sign, which the sites the organisers listed may frame."""
    campaign = public_campaign_or_404(slug)
    response = render(request, "publication/counter_embed.html", _counter_context(campaign))
    origins = campaign.embed_origins.split()
    # Framing is denied everywhere else (X-Frame-Options DENY, frame-ancestors 'none'): here, only by the sites
    # listed. X-Frame-Options cannot name several sites, so the CSP alone decides.
    response.xframe_options_exempt = True
    response._csp_replace = {"frame-ancestors": origins or ["'none'"]}
    response["Cache-Control"] = COUNTER_CACHE
    return response
