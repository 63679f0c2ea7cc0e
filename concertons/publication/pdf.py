"""The one place WeasyPrint is called: HTML in, PDF bytes out."""

from django.conf import settings


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported late: loading Pango costs a few hundred ms

    # base_url lets the HTML name stylesheets and fonts by their path under the static folders.
    return HTML(string=html, base_url=str(settings.BASE_DIR / "concertons" / "static")).write_pdf()
