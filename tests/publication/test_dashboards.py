import subprocess

import pytest
from django.core.management import call_command
from django.urls import reverse

from concertons.publication.services import reports
from concertons.testimonies import services as testimony_services
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    campaign = CampaignFactory(slug="appel-chiffres", disclosure_threshold=3)
    SignatureFactory.create_batch(4, campaign=campaign, departement="59", profession="educateur")
    SignatureFactory.create_batch(2, campaign=campaign, departement="47", profession="psychologue")
    for departement, n in [("59", 4), ("47", 3), ("62", 1)]:
        for _ in range(n):
            testimony, _r = submit(
                campaign=campaign, departement=departement, service="ase", themes=["effectifs"],
                text="Trois postes vacants depuis l'été.", counts={"vacant_posts": 3}, redact=False,
            )  # fmt: skip
            testimony_services.testimony_redact(testimony=testimony)
            testimony.refresh_from_db()
            testimony_services.testimony_publish(testimony=testimony, actor=None)
    return campaign


def test_the_campaign_dashboard_shows_charts_with_tables_and_csv(client, campaign):
    response = client.get(reverse("publication:dashboard", args=[campaign.slug]))
    assert response.status_code == 200
    assert response.text.count("<svg") >= 5
    assert response.text.count('data-departement="') >= 101
    assert "Voir les chiffres en tableau" in response.text
    assert "Trois postes vacants" in response.text  # a quote from the wall

    csv = client.get(reverse("publication:chart_csv", args=[campaign.slug, "constats-themes"]))
    assert csv["Content-Type"].startswith("text/csv")
    assert "Effectifs" in csv.content.decode()


def test_a_departement_dashboard_says_plainly_what_is_secret(client, campaign):
    response = client.get(reverse("publication:departement", args=[campaign.slug, "62"]))
    assert response.status_code == 200
    assert "<td>secret</td>" in response.text
    assert "moins de 3 personnes, ou masqué pour protéger un autre chiffre" in response.text
    empty = client.get(reverse("publication:departement", args=[campaign.slug, "2A"]))
    assert empty.status_code == 200 and "Aucun constat publié pour ce département" in empty.text
    assert client.get(reverse("publication:departement", args=[campaign.slug, "2C"])).status_code == 404
    assert client.get(reverse("publication:departement", args=[campaign.slug, "2a"])).status_code == 404


def test_the_departement_chooser_works_without_javascript(client, campaign):
    response = client.get(reverse("publication:dashboard", args=[campaign.slug]), {"departement": "59"})
    assert response.status_code == 302 and response.url.endswith("/tableau-de-bord/59/")


def test_a_campaign_with_no_signature_and_no_constat_still_renders(client):
    campaign = CampaignFactory()
    assert client.get(reverse("publication:dashboard", args=[campaign.slug])).status_code == 200
    assert client.get(reverse("publication:departement", args=[campaign.slug, "59"])).status_code == 200


def test_the_cahier_pdf_has_the_departement_its_figures_and_testimonies(campaign, tmp_path):
    output = tmp_path / "cahier-59.pdf"
    call_command("report", campaign.slug, "--departement", "59", "--output", str(output))

    pdf = output.read_bytes()
    assert pdf.startswith(b"%PDF")
    from pypdf import PdfReader

    reader = PdfReader(output)
    assert len(reader.pages) >= 4  # cover, the call, the charts, then constats, demands and signatories
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Nord (59)" in text
    assert "Cahier de constats" in text or "CAHIER DE CONSTATS" in text
    assert "Trois postes vacants" in text
    assert "Nos exigences" in text


def test_the_cahier_is_built_by_the_worker_then_served_until_figures_change(client, campaign):
    url = reverse("publication:report", args=[campaign.slug, "47"])
    waiting = client.get(url)
    assert waiting.status_code == 202 and "en préparation" in waiting.text

    reports.report_store(campaign=campaign, departement="47")  # what the queued task does
    served = client.get(url)
    assert served["Content-Type"] == "application/pdf"

    SignatureFactory(campaign=campaign, departement="47")
    assert client.get(url).status_code == 202  # new figures: a new cahier is on its way


def test_a_pdf_reader_can_read_the_cahier_text(campaign, tmp_path):
    pdf = reports.report_build(campaign=campaign, departement="59")
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    try:
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) absent")
    assert "Les signataires du département" in text
    assert "Cliquez" not in text  # nothing to click on paper
    assert "constats publiés dans le département" in text
    # The short sections (constats, demands, signatories) share pages instead of one page each.
    pages = text.split("\f")[:-1]
    assert len(pages) <= 5 and all(page.strip() for page in pages), [len(page) for page in pages]
    one = reports.report_build(campaign=campaign, departement="62")
    path.write_bytes(one)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "constat publié dans le département" in text and "constats publiés" not in text


def test_past_its_cap_the_cahier_names_signatories_as_running_text_and_gives_the_full_list(
    campaign, tmp_path, monkeypatch
):
    """A département of a big call has thousands of signatories: the cahier sets the first ones as running
    text (columns of thousands of names made the PDF take half a minute) and gives the public list's address."""
    monkeypatch.setattr(reports, "MAX_SIGNATORIES", 3)
    SignatureFactory(campaign=campaign, departement="59", last_name="Zola", is_public=False)
    path = tmp_path / "c.pdf"
    path.write_bytes(reports.report_build(campaign=campaign, departement="59"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split()[text.split().index("signataires") :])  # from the section's title on

    # Three people, one line of text; a semicolon between them (each line has its own "·" inside).
    assert flat.count(" ; ") == 2
    assert "Et 1 autre signataire : la liste complète, tenue à jour, est en ligne" in flat
    assert "/appel-chiffres/signataires/?departement=59" in flat.replace(" ", "")
    assert "ZOLA" not in flat.upper()  # a signer who declined the list is neither named nor counted


def _pdftotext_pages(pdf: bytes, tmp_path, *options: str) -> list[str]:
    path = tmp_path / "cahier.pdf"
    path.write_bytes(pdf)
    try:
        text = subprocess.run(
            ["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True
        )
    except FileNotFoundError:
        pytest.skip("pdftotext (poppler-utils) absent")
    return text.stdout.split("\f")[:-1]


def _footers(pages: list[str]) -> list[str]:
    return ["".join(page.strip().splitlines()[-1].split()) for page in pages]


def test_a_long_cahier_laid_out_in_parts_reads_as_one_with_its_pages_numbered(
    campaign, tmp_path, monkeypatch
):
    """Where the testimonies are many, their pages are laid out apart (two halves side by side, one core each)
    from the pages before and after them, and joined: the reader sees one document, every testimony once, its
    sections once, and "n / N" at the foot of every page but the cover."""
    monkeypatch.setattr(reports, "KEPT_TESTIMONIES_FROM", 0)
    pdf = reports.report_build(campaign=campaign, departement="59")
    pages = _pdftotext_pages(pdf, tmp_path, "-layout")
    text = " ".join("\n".join(_pdftotext_pages(pdf, tmp_path)).split())
    total = len(pages)
    assert total >= 5
    assert text.count("Trois postes vacants") == 4  # the four testimonies of the Nord, none twice
    for title in ("Les constats du département", "Nos exigences", "Les signataires du département"):
        assert text.count(title) == 1, title
    cover_figures = text[: text.index("constats publiés dans le département")].split()[-8:]
    assert "4" in cover_figures and "2" not in cover_figures  # all the testimonies counted, not a half's
    footers = _footers(pages)
    assert footers[1:] == [f"{number}/{total}" for number in range(2, total + 1)]
    assert footers[0] != f"1/{total}"  # the cover has no number

    from pypdf import PdfReader

    reader = PdfReader(tmp_path / "cahier.pdf")
    assert "Nord (59)" in reader.metadata.title


def _one_page_pdf(text: str) -> bytes:
    from concertons.publication.pdf import html_to_pdf

    return html_to_pdf(f"<!doctype html><html lang='fr'><body><p>{text}</p></body></html>")


def test_a_long_cahier_keeps_its_testimonies_pages_until_the_testimonies_change(
    campaign, tmp_path, monkeypatch
):
    """Every new signature asks for a new cahier; the testimonies' pages, nearly all of its build time, are laid
    out once and kept until the département's testimonies change."""
    from concertons.publication.models import Report

    monkeypatch.setattr(reports, "KEPT_TESTIMONIES_FROM", 0)
    reports.report_build(campaign=campaign, departement="59")
    kept = Report.objects.get(campaign=campaign, departement="59")
    assert kept.testimonies_fingerprint and bytes(kept.testimonies_pdf).startswith(b"%PDF")
    assert kept.pdf is None  # the command and the worker store the cahier itself, not the build

    # Kept pages are used as they are: here, a stand-in for them shows in the next build.
    Report.objects.filter(pk=kept.pk).update(testimonies_pdf=_one_page_pdf("Pages gardées"))
    SignatureFactory(campaign=campaign, departement="59", last_name="Quatrevingt")
    text = " ".join(
        "\n".join(
            _pdftotext_pages(reports.report_build(campaign=campaign, departement="59"), tmp_path)
        ).split()
    )
    assert "Pages gardées" in text and "Trois postes vacants" not in text
    assert "QUATREVINGT" in text  # the pages around them are new
    pages = _pdftotext_pages(reports.report_build(campaign=campaign, departement="59"), tmp_path, "-layout")
    assert _footers(pages)[1:] == [f"{number}/{len(pages)}" for number in range(2, len(pages) + 1)]

    # A testimony published in the département: its pages are laid out again, with it.
    testimony, _receipt = submit(
        campaign=campaign, departement="59", service="ase", themes=["effectifs"],
        text="Une équipe entière partie en six mois.", counts={}, redact=False,
    )  # fmt: skip
    testimony_services.testimony_redact(testimony=testimony)
    testimony.refresh_from_db()
    testimony_services.testimony_publish(testimony=testimony, actor=None)
    text = " ".join(
        "\n".join(
            _pdftotext_pages(reports.report_build(campaign=campaign, departement="59"), tmp_path)
        ).split()
    )
    assert "Pages gardées" not in text
    assert "Une équipe entière partie en six mois." in text and text.count("Trois postes vacants") == 4
    assert Report.objects.get(pk=kept.pk).testimonies_fingerprint != kept.testimonies_fingerprint


@pytest.mark.parametrize("withdraw", ["reject", "delete"])
def test_a_testimony_withdrawn_leaves_the_stored_cahier_at_once(campaign, monkeypatch, withdraw):
    """A stored cahier and its kept pages hold the testimonies they show: one rejected after publication, or
    deleted by its author, must not stay in the database until the next build."""
    from concertons.publication.models import Report
    from concertons.testimonies.models import Testimony

    monkeypatch.setattr(reports, "KEPT_TESTIMONIES_FROM", 0)
    reports.report_store(campaign=campaign, departement="59")
    reports.report_store(campaign=campaign, departement="47")
    testimony = Testimony.objects.published().filter(campaign=campaign, departement="59").first()
    if withdraw == "reject":
        testimony_services.testimony_reject(
            testimony=testimony, reason="Retiré à la demande de l'auteur", actor=None
        )
    else:
        testimony_services.testimony_delete(testimony=testimony)

    nord = Report.objects.get(campaign=campaign, departement="59")
    assert (nord.pdf, nord.testimonies_pdf, nord.fingerprint, nord.testimonies_fingerprint) == (
        None,
        None,
        "",
        "",
    )
    other = Report.objects.get(campaign=campaign, departement="47")
    assert other.pdf is not None and other.testimonies_pdf is not None  # another département's stays


def test_a_part_that_fails_fails_the_build_at_once(campaign, monkeypatch):
    """A part laid out in another process that fails makes the build fail with its error, without waiting for the
    ten-minute timeout (the worker would be stuck that long)."""
    import time

    from concertons.publication import pdf

    monkeypatch.setattr(reports, "KEPT_TESTIMONIES_FROM", 0)
    real = pdf._without_footers

    def failing(html):
        if "more-testimonies" in html or "Trois postes vacants" in html:
            raise ValueError("mise en page impossible")
        return real(html)

    monkeypatch.setattr(pdf, "_without_footers", failing)  # the children are forked: they inherit it
    started = time.monotonic()
    with pytest.raises(ValueError, match="mise en page impossible"):
        reports.report_build(campaign=campaign, departement="59")
    assert time.monotonic() - started < 60


def test_a_departement_with_one_long_testimony_shows_it(campaign, tmp_path, monkeypatch):
    """A cahier past the threshold with a single testimony is one layout: two halves would leave the first empty,
    saying that nothing was published."""
    monkeypatch.setattr(reports, "KEPT_TESTIMONIES_FROM", 0)
    text = " ".join(_pdftotext_pages(reports.report_build(campaign=campaign, departement="62"), tmp_path))
    assert "Trois postes vacants" in text
    assert "Aucun constat publié" not in text


def test_a_short_cahier_is_one_layout(campaign, tmp_path):
    pages = _pdftotext_pages(reports.report_build(campaign=campaign, departement="59"), tmp_path, "-layout")
    assert _footers(pages)[1:] == [f"{number}/{len(pages)}" for number in range(2, len(pages) + 1)]
