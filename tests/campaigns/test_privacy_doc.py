"""The public privacy page shows docs/privacy.md, the organisers' document, under a section of its own."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

DOCUMENT = Path(settings.BASE_DIR) / "docs" / "privacy.md"


def headings(html: str, level: int) -> list[str]:
    found = re.findall(rf"<h{level}\b[^>]*>(.*?)</h{level}>", html, flags=re.S)
    return [re.sub(r"<[^>]+>", "", text).strip() for text in found]


def test_the_privacy_page_shows_the_document_under_its_own_heading(client):
    response = client.get(reverse("campaigns:privacy"))

    assert response.status_code == 200
    html = response.text
    assert html.count("<main") == 1
    assert headings(html, 1) == ["Vos données : ce que nous gardons, et pour combien de temps"]
    # The page links to the section, which the document's sections (## in the file) follow as h3.
    assert 'href="#detail"' in html
    assert "Le détail, donnée par donnée" in headings(html, 2)
    sections = headings(html, 3)
    for title in ("1. Un témoignage", "2. Une signature", "3. Une inscription à une réunion",
                  "4. Les comptes de l'équipe", "6. Ce qu'apprend qui détient…",
                  "7. Les demandes des personnes (RGPD)"):  # fmt: skip
        assert title in sections
    for title in ("… la base de données", "… une sauvegarde faite par concertons backup",
                  "… les journaux du serveur", "… les chiffres publiés"):  # fmt: skip
        assert title in headings(html, 4)


def test_every_heading_of_the_file_is_on_the_page_one_level_down(client):
    html = client.get(reverse("campaigns:privacy")).text
    source = DOCUMENT.read_text(encoding="utf-8")

    for level in (2, 3):
        in_file = [
            title.replace("`", "").strip()
            for title in re.findall(rf"^{'#' * level} (.+)$", source, flags=re.M)
        ]
        assert in_file and in_file == headings(html, level + 1)


def test_the_document_renders_tables_and_nothing_that_runs(client):
    html = client.get(reverse("campaigns:privacy")).text

    assert 'tabindex="0" aria-label="Tableau"><table class="table table--wide">' in html
    assert "<th>contribution</th>" in html
    assert "<script" not in html.split("<main", 1)[1]
    # Links to other files of the repository (not served) become their path, never a dead link.
    assert 'href="disclosure.md"' not in html
    assert "docs/disclosure.md" in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_document_keeps_the_page_accessible_and_fits_a_phone(page, phone_page, live_server):
    from tests.browser.conftest import axe_violations

    page.goto(live_server.url + reverse("campaigns:privacy"))
    assert axe_violations(page) == []
    assert page.console_errors == []

    phone_page.goto(live_server.url + reverse("campaigns:privacy"))
    overflow = phone_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
