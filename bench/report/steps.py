"""bench/report's steps that need Django, each in its own process against the bench database (see
bench/dashboard/steps.py, whose runner and helpers they share).

  load   the département's testimonies and signatures, and a background elsewhere in France
  build  the cahier built in this process (report_html, then WeasyPrint), timed by part, N times
"""

import cProfile
import io
import pstats
import re
import sys
import time
from html import escape
from pathlib import Path

from bench.dashboard.steps import campaign, database_size_mib, main, peak_rss_mib, step_snapshots


def step_load(options) -> dict:
    from bench.dashboard import fill

    fill.loading_pragmas()
    target = campaign()
    started = time.monotonic()
    here = fill.signatures_load(campaign=target, count=options.signatures, departement=options.departement)
    background = fill.signatures_load(
        campaign=target,
        count=options.background_signatures,
        seed=options.seed + 10,
        start_index=options.signatures,
    )
    testimonies, counts, facts = fill.testimonies_load(
        campaign=target, count=options.testimonies, seed=options.seed + 1, departement=options.departement
    )
    others, other_counts, _facts = fill.testimonies_load(
        campaign=target,
        count=options.background_testimonies,
        seed=options.seed + 2,
        elsewhere_than=options.departement,
        start_index=options.testimonies,
    )
    fill.analyze()
    return {
        "loads": [vars(load) for load in (here, background, testimonies, counts, others, other_counts)],
        "facts": facts,
        "total_s": time.monotonic() - started,
        "database_mib": database_size_mib(),
    }


def new_signature(target, departement: str, number: int) -> None:
    """One more confirmed signatory on the département's list, as between two requests for the cahier."""
    from concertons.core.text import email_key
    from concertons.signatures.models import Signature

    signature = Signature.objects.listed().filter(campaign=target, departement=departement).first()
    signature.pk = None
    signature.last_name = f"Nouveau{number}"
    signature.email = f"bench-report-{number}-{time.time_ns()}@example.org"
    signature.email_key = email_key(signature.email)
    signature.save()


def step_forget(options) -> dict:
    """The département's kept testimonies' pages dropped (as when its testimonies change)."""
    from concertons.publication.services import reports

    reports.reports_forget(campaign_id=campaign().pk, departement=options.departement)
    return {}


def step_sign(options) -> dict:
    new_signature(campaign(), options.departement, options.seed)
    return {}


def step_build(options) -> dict:
    """Run 1: the testimonies' pages laid out (none kept); runs 2…: each after a new signature, their pages
    kept from the run before (reports.report_build)."""
    from concertons.publication.services import reports
    from concertons.signatures.models import Signature
    from concertons.testimonies.models import Testimony

    target = campaign()
    runs = []
    profiler = cProfile.Profile() if options.profile else None
    reports.reports_forget(campaign_id=target.pk, departement=options.departement)
    for index in range(options.runs):
        if index:
            new_signature(target, options.departement, index)
        # The whole document's HTML, timed apart.
        started = time.monotonic()
        html = reports.report_html(campaign=target, departement=options.departement)
        html_s = time.monotonic() - started
        if profiler and index == options.runs - 1:
            profiler.enable()
        started = time.monotonic()
        pdf = reports.report_build(campaign=target, departement=options.departement)
        total_s = time.monotonic() - started
        if profiler:
            profiler.disable()
        runs.append({"html_s": html_s, "total_s": total_s, "testimonies_kept": bool(index)})
    result = {
        "runs": runs,
        "html_kib": len(html) / 1024,
        "pdf_kib": len(pdf) / 1024,
        "peak_rss_mib": peak_rss_mib(),
        "testimonies": Testimony.objects.published()
        .filter(campaign=target, departement=options.departement)
        .exclude(masked_text="")
        .count(),
        "signatories": Signature.objects.listed()
        .filter(campaign=target, departement=options.departement)
        .count(),
        "cap_testimonies": reports.MAX_TESTIMONIES,
        "cap_signatories": reports.MAX_SIGNATORIES,
    }
    result["pages"] = page_count(pdf)
    if options.variants:
        result["variants"] = variants(html, target=target, departement=options.departement)
    if options.pdf:
        Path(options.pdf).write_bytes(pdf)
    if profiler:
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(20)
        result["profile"] = text.getvalue()
    return result


def page_count(pdf: bytes) -> int | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(io.BytesIO(pdf)).pages)


SIGNATORIES = re.compile(r'<p class="signatories">.*?</p>', re.S)
TESTIMONIES = re.compile(r'<blockquote class="testimony">.*?</blockquote>\s*', re.S)
CHARTS = re.compile(r'<figure class="chart.*?</figure>', re.S)


def _styled(html: str, css: str) -> str:
    return html.replace("</head>", f"<style>{css}</style></head>", 1)


def _as_before(html: str, signatories: list[str]) -> str:
    """The layout of issue 15's baseline: up to `names` signatories as a list in two columns, each testimony
    kept whole on its page."""
    items = "".join(f"<li>{escape(line)}</li>" for line in signatories)
    html = SIGNATORIES.sub(f'<ol class="signatories">{items}</ol>', html)
    return _styled(
        html,
        ".signatories { columns: 2; column-gap: 8mm; padding-left: 5mm; } "
        ".testimony { page-break-inside: avoid; }",
    )


def variants(html: str, *, target, departement: str) -> dict:
    """The same cahier with one part changed or taken out, each built once: where WeasyPrint's time goes
    and what the layout before issue 15 cost. Only the HTML given to WeasyPrint changes, never the product."""
    from concertons.publication.pdf import html_to_pdf
    from concertons.signatures.models import Signature

    listed = Signature.objects.listed().filter(campaign=target, departement=departement)
    before = [signature.public_line for signature in listed.order_by("last_name", "first_name")[:5000]]
    cases = {
        "as built (the product)": html,
        "as before: 5,000 names in two columns, testimonies kept whole": _as_before(html, before),
        "without the signatory list": SIGNATORIES.sub("", html),
        "testimonies kept whole (page-break-inside: avoid)": _styled(
            html, ".testimony { page-break-inside: avoid; }"
        ),
        "without the testimonies": TESTIMONIES.sub("", html),
        "without the charts (SVG)": CHARTS.sub("", html),
    }
    found = {}
    for name, variant in cases.items():
        started = time.monotonic()
        pdf = html_to_pdf(variant)
        found[name] = {
            "pdf_s": time.monotonic() - started,
            "pages": page_count(pdf),
            "html_kib": len(variant) / 1024,
        }
    return found


STEPS = {
    "load": step_load,
    "snapshots": step_snapshots,
    "build": step_build,
    "forget": step_forget,
    "sign": step_sign,
}

if __name__ == "__main__":
    sys.exit(main(steps=STEPS, prog="bench.report.steps"))
