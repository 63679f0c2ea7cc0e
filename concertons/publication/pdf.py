"""The one place WeasyPrint is called: HTML in, PDF bytes out; a long document laid out in parts side by side."""

import io
import multiprocessing
from collections.abc import Sequence

from django.conf import settings
from pypdf import PdfReader, PdfWriter

# A page's footer is laid out with the page; a part laid out alone cannot know the whole's page count, so the
# parts leave their footers out and the pages are numbered once joined.
_NO_FOOTER = "@page { @bottom-center { content: none !important; } }"  # a user sheet: only !important wins


def html_to_pdf(html: str, *, footers: bool = True) -> bytes:
    from weasyprint import CSS, HTML  # imported late: loading Pango costs a few hundred ms

    # base_url lets the HTML name stylesheets and fonts by their path under the static folders.
    document = HTML(string=html, base_url=str(settings.BASE_DIR / "concertons" / "static"))
    return document.write_pdf(stylesheets=[] if footers else [CSS(string=_NO_FOOTER)])


def _part_to_pdf(html: str) -> bytes:
    return html_to_pdf(html, footers=False)


def parts_to_pdf(parts: Sequence[str], *, numbering: str) -> bytes:
    """The parts of one document (each a whole HTML page), laid out each in its own process, since WeasyPrint
    uses one core; then joined, and each page given the footer that `numbering` (an HTML page with the
    document's stylesheet and a `{pages}` placeholder for that many empty pages) lays out for it."""
    # fork: the child has WeasyPrint and the fonts loaded already; it touches no database connection and
    # leaves through os._exit, so the parent's connections stay whole.
    with multiprocessing.get_context("fork").Pool(processes=min(len(parts), 2)) as pool:
        pdfs = pool.map(_part_to_pdf, parts)
    readers = [PdfReader(io.BytesIO(pdf)) for pdf in pdfs]
    joined = PdfWriter()
    for reader in readers:
        joined.append(reader)
    joined.add_metadata(readers[0].metadata or {})
    empty_pages = "<div></div>" + '<div style="break-before: page"></div>' * (len(joined.pages) - 1)
    footers = PdfReader(io.BytesIO(html_to_pdf(numbering.replace("{pages}", empty_pages))))
    for page, footer in zip(joined.pages, footers.pages, strict=True):
        page.merge_page(footer)
        page.compress_content_streams()
    joined.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    output = io.BytesIO()
    joined.write(output)
    return output.getvalue()
