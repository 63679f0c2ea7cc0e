"""The one place WeasyPrint is called: HTML in, PDF bytes out; a long document laid out in two halves at once."""

import io
import multiprocessing
from multiprocessing.queues import Queue

from django.conf import settings
from pypdf import PdfReader, PdfWriter

# A page's footer is laid out with the page; a half laid out alone cannot know the whole's page count, so the
# halves leave their footers out and the pages are numbered once joined. A user sheet: only !important wins.
_NO_FOOTER = "@page { @bottom-center { content: none !important; } }"
# A half that takes longer than this has failed (a worker killed): the build fails rather than hangs.
HALF_TIMEOUT_S = 600


def _document(html: str):
    from weasyprint import HTML  # imported late: loading Pango costs a few hundred ms

    # base_url lets the HTML name stylesheets and fonts by their path under the static folders.
    return HTML(string=html, base_url=str(settings.BASE_DIR / "concertons" / "static"))


def html_to_pdf(html: str) -> bytes:
    return _document(html).write_pdf()


def halves_to_pdf(first: str, second: str, *, numbering: str) -> bytes:
    """One document given as two HTML pages (each whole, with the document's stylesheet), laid out at once in two
    processes, since WeasyPrint uses one core; then joined, each page under the footer that `numbering` (an HTML
    page with the same stylesheet and a `{pages}` placeholder for that many empty pages) lays out for it.

    The second half is the lighter one: once laid out, it also lays out the footers, as soon as the first has
    told how many pages it has (the first tells it before drawing its own, a third of its time)."""
    # fork: the children have WeasyPrint loaded already; they touch no database connection and leave through
    # os._exit, so the parent's connections stay whole. The worker has a second thread (its periodic jobs),
    # which Python 3.12+ warns about: it never runs WeasyPrint or its libraries, whose locks are all the children
    # take (logging re-creates its own at fork); and a child that hung would fail the build at HALF_TIMEOUT_S.
    import weasyprint  # noqa: F401  (late, see _document): loaded once, before the fork, for both children

    context = multiprocessing.get_context("fork")
    first_pages = context.Queue()
    with context.Pool(2, initializer=_share, initargs=(first_pages,)) as pool:
        first_job = pool.apply_async(_lay_out_first, (first,))
        second_job = pool.apply_async(_lay_out_second, (second, numbering))
        first_pdf = first_job.get(HALF_TIMEOUT_S)
        second_pdf, footers_pdf = second_job.get(HALF_TIMEOUT_S)
    joined = PdfWriter()
    for pdf in (first_pdf, second_pdf):
        joined.append(PdfReader(io.BytesIO(pdf)))
    joined.add_metadata(PdfReader(io.BytesIO(first_pdf)).metadata or {})
    for page, footer in zip(joined.pages, PdfReader(io.BytesIO(footers_pdf)).pages, strict=True):
        page.merge_page(footer)
        page.compress_content_streams()
    joined.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    output = io.BytesIO()
    joined.write(output)
    return output.getvalue()


_first_pages: Queue | None = None


def _share(first_pages: Queue) -> None:
    global _first_pages  # each pool worker's own copy of the queue, set once when it starts
    _first_pages = first_pages


def _without_footers(html: str):
    from weasyprint import CSS  # see _document

    return _document(html).render(stylesheets=[CSS(string=_NO_FOOTER)])


def _lay_out_first(html: str) -> bytes:
    document = _without_footers(html)
    _first_pages.put(len(document.pages))
    return document.write_pdf()


def _lay_out_second(html: str, numbering: str) -> tuple[bytes, bytes]:
    document = _without_footers(html)
    pdf = document.write_pdf()
    total = _first_pages.get(timeout=HALF_TIMEOUT_S) + len(document.pages)
    pages = "<div></div>" + '<div style="break-before: page"></div>' * (total - 1)
    return pdf, html_to_pdf(numbering.replace("{pages}", pages))
