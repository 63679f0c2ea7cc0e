"""The PDF cahier de constats et d'exigences of one département: cover, the call, key figures, charts,
the map with the département highlighted, its published testimonies, demands and their status there,
and its signatories. Built from the same published figures as the dashboards."""

import functools
import hashlib

from django.conf import settings
from django.db import transaction
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from concertons.campaigns.markdown import render_markdown
from concertons.campaigns.models import Campaign
from concertons.demands import selectors as demand_selectors
from concertons.geo import departements
from concertons.publication import presenters, selectors
from concertons.publication.models import Report
from concertons.publication.pdf import html_to_pdf, joined, numbered_document
from concertons.publication.services import snapshots
from concertons.signatures.models import Signature

# The cahier lists at most this many testimonies and signatory lines (a département of a big campaign
# could have thousands; the wall and the public list have them all). Past MAX_SIGNATORIES, the cahier gives
# the address of the public list: 5,000 names set in columns were a hundred pages and most of the build time
# (bench/report).
MAX_TESTIMONIES = 2000
MAX_SIGNATORIES = 1000
# Past this many characters of testimonies (about 30 pages), their pages are laid out apart from the rest of the
# cahier, in two halves at once (one per core), and kept until the département's testimonies change: they were
# nearly all of the build's time (bench/report), and every new signature asks for a new cahier.
KEPT_TESTIMONIES_FROM = 100_000
TEMPLATE = "publication/cahier.html"
STYLESHEETS = ("css/cahier.css", "css/print-fonts.css")
# The pages of the joined parts get their footers from the cahier's own stylesheet (pdf.joined).
NUMBERING = (
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
    '<link rel="stylesheet" href="css/cahier.css"></head><body>{pages}</body></html>'
)
STALE_BUILD = timezone.timedelta(minutes=10)


def _demands_context(campaign: Campaign, code: str) -> list:
    """Demands and their status in the département."""
    return list(demand_selectors.demands_for_departement(campaign=campaign, departement=code))


def report_fingerprint(*, campaign: Campaign, departement: str) -> str:
    """Changes whenever anything the cahier shows changes."""
    parts = [
        snapshots.signatures_fingerprint(campaign=campaign),
        snapshots.constats_fingerprint(campaign=campaign),
        campaign.updated_at.isoformat(),
        repr(_demands_context(campaign, departement)),
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def report_html(*, campaign: Campaign, departement: str) -> str:
    return render_to_string(TEMPLATE, _report_context(campaign=campaign, departement=departement))


def _report_context(*, campaign: Campaign, departement: str) -> dict:
    chosen = departements.get(departement)
    figures = selectors.figures(campaign=campaign)
    k = figures.constats["k"]
    indicator_headers, indicator_rows = presenters.indicator_table(figures.constats, departement=chosen.code)
    signatories = (
        Signature.objects.listed()
        .filter(campaign=campaign, departement=chosen.code)
        .order_by("last_name", "first_name")
    )
    testimonies = selectors.quotes(campaign=campaign, departement=chosen.code, limit=MAX_TESTIMONIES)
    context = {
        "campaign": campaign,
        "departement": chosen,
        "text_html": render_markdown(campaign.text),
        "figures": figures,
        "signature_count": figures.signatures["by_departement"].get(chosen.code, 0),
        "charts": [
            presenters.signatures_map(figures.signatures, campaign, highlight=chosen.code, on_paper=True),
            presenters.signatures_by_profession(figures.signatures, k, departement=chosen.code),
            presenters.constats_by_theme(figures.constats, departement=chosen.code),
            presenters.constats_by_service(figures.constats, departement=chosen.code),
        ],
        "indicator_headers": indicator_headers,
        "indicator_rows": indicator_rows,
        "testimonies": testimonies,
        "testimony_count": len(testimonies),
        "demands": _demands_context(campaign, chosen.code),
        "signatories": [signature.public_line for signature in signatories[:MAX_SIGNATORIES]],
        "signatories_left_out": max(signatories.count() - MAX_SIGNATORIES, 0),
        "signatories_url": f"{settings.SITE_URL}{reverse('signatures:list', args=[campaign.slug])}"
        f"?departement={chosen.code}",
        "built_on": timezone.localdate(),
    }
    return context


def report_build(*, campaign: Campaign, departement: str) -> bytes:
    """The cahier as PDF bytes: one layout; or, where the testimonies are many, their pages (kept from the last
    build if they have not changed) joined with the pages before and after them, and numbered."""
    context = _report_context(campaign=campaign, departement=departement)
    testimonies = context["testimonies"]
    # One testimony cannot be cut in two halves (the first would be empty and say "no testimony").
    if (
        sum(len(testimony.masked_text) for testimony in testimonies) < KEPT_TESTIMONIES_FROM
        or len(testimonies) < 2
    ):
        return html_to_pdf(render_to_string(TEMPLATE, context))
    front = render_to_string(TEMPLATE, {**context, "part": "front"})
    back = render_to_string(TEMPLATE, {**context, "part": "back"})
    fingerprint = _testimonies_fingerprint(testimonies)
    kept = (
        Report.objects.filter(campaign=campaign, departement=departement, testimonies_fingerprint=fingerprint)
        .values_list("testimonies_pdf", flat=True)
        .first()
    )
    if kept:
        return numbered_document([front, bytes(kept), back], numbering=NUMBERING)[0]
    first, rest = _halves(testimonies)
    document, (_front, *testimonies_pdfs, _back) = numbered_document(
        [
            front,
            render_to_string(TEMPLATE, {**context, "part": "testimonies", "testimonies": first}),
            render_to_string(TEMPLATE, {**context, "part": "more-testimonies", "testimonies": rest}),
            back,
        ],
        numbering=NUMBERING,
    )
    Report.objects.update_or_create(
        campaign=campaign,
        departement=departement,
        defaults={"testimonies_fingerprint": fingerprint, "testimonies_pdf": joined(testimonies_pdfs)},
    )
    return document


def _halves(testimonies: list) -> tuple[list, list]:
    """Cut at the first testimony that takes the running length past half: each half holds at least one."""
    lengths = [len(testimony.masked_text) for testimony in testimonies]
    half, running = sum(lengths) / 2, 0
    cut = len(lengths) - 1
    for index, length in enumerate(lengths[:-1]):
        if running >= half:
            cut = index
            break
        running += length
    return testimonies[:cut], testimonies[cut:]


def _testimonies_fingerprint(testimonies: list) -> str:
    """Changes whenever the testimonies' pages would: their texts and order, the language, the layout."""
    digest = hashlib.sha256(_layout_version().encode())
    digest.update(translation.get_language().encode())
    for testimony in testimonies:
        digest.update(f"\0{testimony.public_id}\0{testimony.masked_text}".encode())
    return digest.hexdigest()


@functools.cache
def _layout_version() -> str:
    """The template and stylesheets as deployed: a new release that lays the cahier out otherwise keeps nothing."""
    digest = hashlib.sha256(get_template(TEMPLATE).template.source.encode())
    for name in STYLESHEETS:
        digest.update((settings.BASE_DIR / "concertons" / "static" / name).read_bytes())
    return digest.hexdigest()


def report_cached(*, campaign: Campaign, departement: str) -> Report | None:
    """The stored cahier if it is still current; else None."""
    report = Report.objects.filter(campaign=campaign, departement=departement).first()
    if (
        report
        and report.pdf
        and report.fingerprint == report_fingerprint(campaign=campaign, departement=departement)
    ):
        return report
    return None


def report_request(*, campaign: Campaign, departement: str) -> bool:
    """Ask the worker for a fresh cahier unless one is already being built. True if a build was queued."""
    from concertons.publication import tasks  # tasks imports this module

    with transaction.atomic():
        report, _created = Report.objects.select_for_update().get_or_create(
            campaign=campaign, departement=departement, defaults={"fingerprint": ""}
        )
        # A build that has been running for long has failed (worker killed…): ask again.
        if report.building and report.requested_at and timezone.now() - report.requested_at < STALE_BUILD:
            return False
        report.building = True
        report.requested_at = timezone.now()
        report.save(update_fields=["building", "requested_at"])
        transaction.on_commit(lambda: tasks.report_build.enqueue(campaign.pk, departement))
    return True


def report_store(*, campaign: Campaign, departement: str) -> Report:
    """Build and keep the cahier (the worker's task)."""
    fingerprint = report_fingerprint(campaign=campaign, departement=departement)
    pdf = report_build(campaign=campaign, departement=departement)
    report, _created = Report.objects.update_or_create(
        campaign=campaign,
        departement=departement,
        defaults={"fingerprint": fingerprint, "pdf": pdf, "building": False},
    )
    return report


def reports_forget(*, campaign_id: int, departement: str) -> None:
    """Drop the département's stored cahier and testimonies' pages: the next request builds them again."""
    Report.objects.filter(campaign_id=campaign_id, departement=departement).update(
        fingerprint="", pdf=None, testimonies_fingerprint="", testimonies_pdf=None
    )
