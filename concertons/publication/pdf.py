"""The one place WeasyPrint is called: HTML in, PDF bytes out; a long document laid out in parts, two at once,
then joined and numbered."""

import io
import multiprocessing
import queue
import time
from multiprocessing.queues import Queue

from django.conf import settings

# A page's footer is laid out with the page; a part laid out alone cannot know the whole's page count, so the
# parts leave their footers out and the pages are numbered once joined. A user sheet: only !important wins.
_NO_FOOTER = "@page { @bottom-center { content: none !important; } }"
# A part that takes longer than this has failed (a worker killed): the build fails rather than hangs.
PART_TIMEOUT_S = 600


def _document(html: str):
    from weasyprint import HTML  # imported late: loading Pango costs a few hundred ms

    # base_url lets the HTML name stylesheets and fonts by their path under the static folders.
    return HTML(string=html, base_url=str(settings.BASE_DIR / "concertons" / "static"))


def html_to_pdf(html: str) -> bytes:
    return _document(html).write_pdf()


def numbered_document(parts: list[str | bytes], *, numbering: str) -> tuple[bytes, list[bytes]]:
    """One document made of parts, each an HTML page (whole, with the document's stylesheet) or a PDF laid out
    before; then each page stamped with the footer that `numbering` (an HTML page with the same stylesheet and a
    `{pages}` placeholder for that many empty pages) lays out for it: "n / N", none on the cover. Returns the
    document, and each part as PDF (the new ones laid out without their footers).

    WeasyPrint uses one core: the two longest HTML parts are laid out in two processes, while this one lays out
    the others, then the footers as soon as every part has told how many pages it has (before drawing them, a
    third of their time)."""
    # fork: the children have WeasyPrint loaded already; they touch no database connection and leave through
    # os._exit, so the parent's connections stay whole. The worker has a second thread (its periodic jobs),
    # which Python 3.12+ warns about: it never runs WeasyPrint or its libraries, whose locks are all the children
    # take (logging re-creates its own at fork); and a child that hung would fail the build at PART_TIMEOUT_S.
    import weasyprint  # noqa: F401  (late, see _document): loaded once, before the fork, for the children
    from pypdf import PdfReader  # late too: every process loads this module (publication.receivers)

    pdfs: dict[int, bytes] = {index: part for index, part in enumerate(parts) if isinstance(part, bytes)}
    pages = {index: len(PdfReader(io.BytesIO(pdf)).pages) for index, pdf in pdfs.items()}
    longest_first = sorted(set(range(len(parts))) - set(pdfs), key=lambda index: -len(parts[index]))
    context = multiprocessing.get_context("fork")
    page_counts = context.Queue()
    with context.Pool(2, initializer=_share, initargs=(page_counts,)) as pool:
        jobs = {index: pool.apply_async(_lay_out, (index, parts[index])) for index in longest_first[:2]}
        for index in longest_first[2:]:
            document = _without_footers(parts[index])
            pages[index] = len(document.pages)
            pdfs[index] = document.write_pdf()
        deadline = time.monotonic() + PART_TIMEOUT_S
        while len(pages) < len(parts):
            try:
                index, count = page_counts.get(timeout=1)
            except queue.Empty:
                for job in jobs.values():
                    if job.ready() and not job.successful():
                        job.get()  # a part that failed says why now, not at the timeout
                if time.monotonic() > deadline:
                    raise TimeoutError("a part of the document was not laid out in time") from None
                continue
            pages[index] = count
        empty_pages = "<div></div>" + '<div style="break-before: page"></div>' * (sum(pages.values()) - 1)
        footers = html_to_pdf(numbering.replace("{pages}", empty_pages))
        pdfs.update((index, job.get(PART_TIMEOUT_S)) for index, job in jobs.items())
    in_order = [pdfs[index] for index in range(len(parts))]
    return joined(in_order, footers=footers), in_order


def joined(pdfs: list[bytes], *, footers: bytes | None = None) -> bytes:
    """The PDFs as one document, with the first one's metadata; each page stamped with the same page of
    `footers` if given."""
    from pypdf import PdfReader, PdfWriter  # see numbered_document

    readers = [PdfReader(io.BytesIO(pdf)) for pdf in pdfs]
    writer = PdfWriter()
    for reader in readers:
        writer.append(reader)
    writer.add_metadata(readers[0].metadata or {})
    if footers is not None:
        for page, footer in zip(writer.pages, PdfReader(io.BytesIO(footers)).pages, strict=True):
            page.merge_page(footer)
            page.compress_content_streams()
    writer.compress_identical_objects(remove_duplicates=True, remove_unreferenced=True)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


_page_counts: Queue | None = None


def _share(page_counts: Queue) -> None:
    global _page_counts  # each pool worker's own copy of the queue, set once when it starts
    _page_counts = page_counts


def _without_footers(html: str):
    from weasyprint import CSS  # see _document

    return _document(html).render(stylesheets=[CSS(string=_NO_FOOTER)])


def _lay_out(index: int, html: str) -> bytes:
    document = _without_footers(html)
    _page_counts.put((index, len(document.pages)))
    return document.write_pdf()
