"""Signature figures that count non-public signers never give one of them away (issue 11, item 7).

The public list tells anyone where each public signer works and what they do. Every other figure about
signatures counts public and non-public signers alike: if a reader could work out one cell of the
département × profession table exactly, the cell minus the public list would tell them what a non-public
signer does. So every breakdown shown (API, campaign page, list page, dashboards and cahier) must be a
figure of the one protected table, and together they must not pin a secret cell down.

As everywhere in docs/disclosure.md (section 7, "fourchettes"), a secret figure still says that it is not
empty: what is guaranteed is that no one can compute it, not that no one can bound it.
"""

import html
import re
from fractions import Fraction

import pytest
from django.urls import reverse

from concertons.campaigns.vocabulary import Profession
from concertons.geo import departements
from concertons.publication import selectors as publication_selectors
from concertons.publication.services import reports
from concertons.signatures.models import Signature
from tests import spreadsheets
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db

PROFESSIONS = {str(profession.label): profession.value for profession in Profession}
# (identity, value): identity is the set of (dimension, label) a figure is about, as in concertons.stats;
# frozenset() is the grand total.
Figure = tuple[frozenset, int]


def _number(text: str) -> int | None:
    text = html.unescape(text).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    return int(text) if text.isdigit() else None


def _departement(code: str) -> frozenset:
    return frozenset({("departement", code)})


def _profession(code: str) -> frozenset:
    return frozenset({("profession", code)})


def _counter(page: str) -> list[Figure]:
    return [(frozenset(), int(n)) for n in re.findall(r'counter__number">(\d+)<', page)]


def _csv(client, campaign, chart: str, departement: str = "") -> list[list[str]]:
    url = reverse("publication:chart_csv", args=[campaign.slug, chart])
    response = client.get(url, {"departement": departement} if departement else {})
    assert response.status_code == 200
    return spreadsheets.rows(response.content)[1:]


def api_figures(client, campaign) -> list[Figure]:
    data = client.get(f"/api/campaigns/{campaign.slug}/signatures/stats").json()
    figures = [(frozenset(), data["confirmed"])]
    figures += [(_departement(code), n) for code, n in data["by_departement"].items() if n is not None]
    figures += [(_profession(code), n) for code, n in data["by_profession"].items() if n is not None]
    return figures


def campaign_page_figures(client, campaign) -> list[Figure]:
    page = client.get(campaign.get_absolute_url()).text
    figures = _counter(page)
    for code, n in re.findall(r"Département (\w+) : (\d+) sur", page):
        figures.append((_departement(code), int(n)))
    return figures


def list_page_figures(client, campaign) -> list[Figure]:
    page = client.get(reverse("signatures:list", args=[campaign.slug])).text
    figures = _counter(page)
    for table in page.split("<table")[1:]:
        caption = re.search(r"<caption>(.*?)</caption>", table).group(1)
        for label, shown in re.findall(r'<th scope="row">([^<]+)</th><td>([^<]+)</td>', table):
            n, label = _number(shown), html.unescape(label)
            if n is None:
                continue
            if "département" in caption:
                figures.append((_departement(departements.get(label).code), n))
            else:
                figures.append((_profession(PROFESSIONS[label]), n))
    return figures


def dashboard_figures(client, campaign, codes) -> list[Figure]:
    """The national page, each département's page, the CSV behind every chart, and the PDF cahier's text."""
    figures = _counter(client.get(reverse("publication:dashboard", args=[campaign.slug])).text)
    over_time = _csv(client, campaign, "signatures-temps")
    figures += [(frozenset(), _number(over_time[-1][1]))] if over_time else []
    for label, shown in _csv(client, campaign, "signatures-departements"):
        if _number(shown) is not None:
            figures.append((_departement(departements.get(label).code), _number(shown)))
    for label, shown in _csv(client, campaign, "signatures-professions"):
        if _number(shown) is not None:
            figures.append((_profession(PROFESSIONS[label]), _number(shown)))
    for code in codes:
        page = client.get(reverse("publication:departement", args=[campaign.slug, code])).text
        for n in re.findall(r"(\d+) signatures? confirmées? dans ce département", page):
            figures.append((_departement(code), int(n)))
        for label, shown in _csv(client, campaign, "signatures-professions", departement=code):
            if _number(shown) is not None:
                identity = frozenset({("departement", code), ("profession", PROFESSIONS[label])})
                figures.append((identity, _number(shown)))
        cahier = reports.report_html(campaign=campaign, departement=code)
        for n in re.findall(r"<strong>(\d+)</strong> signatures dans le département", cahier):
            figures.append((_departement(code), int(n)))
        for n in re.findall(r"(\d+) personnes? (?:a|ont) signé l'appel dans ce département", cahier):
            figures.append((_departement(code), int(n)))
    return figures


def truth(campaign) -> dict[tuple[str, str], int]:
    """The département × profession table of every confirmed signature, public or not."""
    table: dict[tuple[str, str], int] = {}
    for signature in Signature.objects.confirmed().filter(campaign=campaign):
        key = (signature.departement, signature.profession)
        table[key] = table.get(key, 0) + 1
    return table


def covers(identity: frozenset, cell: tuple[str, str]) -> bool:
    labels = dict(identity)
    return labels.get("departement", cell[0]) == cell[0] and labels.get("profession", cell[1]) == cell[1]


def determined(figures: list[Figure], cells: list[tuple[str, str]], target: tuple[str, str]) -> bool:
    """True when the figures pin the target cell down exactly (linear algebra over the non-empty cells;
    the reader is even told which cells are empty, as the tables' "aucun" would)."""
    rows = [[Fraction(int(covers(identity, cell))) for cell in cells] for identity, _n in figures]
    unit = [Fraction(int(cell == target)) for cell in cells]
    return _rank([*rows, unit]) == _rank(rows)


def _rank(rows: list[list[Fraction]]) -> int:
    rows, rank = [row[:] for row in rows], 0
    for column in range(len(rows[0]) if rows else 0):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][column]), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][column]:
                factor = rows[i][column] / rows[rank][column]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


@pytest.fixture
def campaign():
    """Lozère (48) has two public educators and one sage-femme who signed without appearing on the list:
    the only sage-femme of the whole call."""
    campaign = CampaignFactory(signature_goal=50)  # k = 5
    campaign.departement_goals.create(departement="48", goal=10)
    SignatureFactory.create_batch(6, campaign=campaign, departement="75", profession="educateur")
    SignatureFactory.create_batch(6, campaign=campaign, departement="75", profession="assistant_social")
    SignatureFactory.create_batch(7, campaign=campaign, departement="33", profession="educateur")
    SignatureFactory.create_batch(2, campaign=campaign, departement="48", profession="educateur")
    SignatureFactory(campaign=campaign, departement="48", profession="sage_femme", is_public=False)
    return campaign


SURFACES = {
    "api": lambda client, campaign: api_figures(client, campaign),
    "campaign page": lambda client, campaign: campaign_page_figures(client, campaign),
    "list page": lambda client, campaign: list_page_figures(client, campaign),
    "dashboards": lambda client, campaign: dashboard_figures(client, campaign, ["75", "33", "48"]),
}


@pytest.mark.parametrize("surface", SURFACES)
def test_no_public_page_lets_anyone_compute_a_non_public_signers_profession(client, campaign, surface):
    everyone = truth(campaign)
    cells = sorted(everyone)
    public = {
        cell: Signature.objects.listed().filter(departement=cell[0], profession=cell[1]).count()
        for cell in cells
    }
    # What the published table minus the public list would tell: one non-public signer, in 48, sage-femme.
    assert {cell: everyone[cell] - public[cell] for cell in cells if everyone[cell] != public[cell]} == {
        ("48", "sage_femme"): 1
    }
    # A reader puts together this page and the dashboards (where the protected table is published).
    figures = SURFACES[surface](client, campaign) + SURFACES["dashboards"](client, campaign)

    assert not determined(figures, cells, ("48", "sage_femme"))
    assert not determined(SURFACES[surface](client, campaign), cells, ("48", "sage_femme"))


@pytest.mark.parametrize("surface", SURFACES)
def test_every_breakdown_shown_is_a_figure_the_protected_table_publishes(client, campaign, surface):
    published = {
        frozenset(
            (dim, record[dim]) for dim in ("departement", "profession") if record[dim] is not None
        ): record
        for record in publication_selectors.figures(campaign=campaign).signatures["departement_profession"]
    }
    shown = SURFACES[surface](client, campaign)

    assert shown
    for identity, n in shown:
        if identity:  # the grand total is live (see test_the_live_total_is_the_published_grand_total)
            assert published[identity]["status"] == "published", (surface, identity, n)
            assert published[identity]["count"] == n, (surface, identity, n)
    lozere = {identity for identity, _n in shown if ("departement", "48") in identity}
    assert lozere == set()  # three signers: fewer than k


def test_the_live_total_is_the_published_grand_total(client, campaign):
    records = publication_selectors.figures(campaign=campaign).signatures["departement_profession"]
    total = next(r for r in records if r["departement"] is None and r["profession"] is None)
    assert total == {"departement": None, "profession": None, "status": "published", "count": 22}
    assert client.get(f"/api/campaigns/{campaign.slug}/signatures/stats").json()["confirmed"] == 22


def test_below_k_signatures_in_all_nothing_is_broken_down(client):
    """A grand total under k would be secret in the table, yet the live counter shows it: then no
    breakdown is published at all, not even which départements have nobody."""
    campaign = CampaignFactory()
    SignatureFactory.create_batch(2, campaign=campaign, departement="48", profession="educateur")
    SignatureFactory(campaign=campaign, departement="48", profession="sage_femme", is_public=False)

    stats = client.get(f"/api/campaigns/{campaign.slug}/signatures/stats").json()

    assert stats["confirmed"] == 3
    assert set(stats["by_departement"].values()) == {None} and len(stats["by_departement"]) > 90
    assert set(stats["by_profession"].values()) == {None} and set(stats["by_profession"]) == set(
        Profession.values
    )
    records = publication_selectors.figures(campaign=campaign).signatures["departement_profession"]
    assert {record["status"] for record in records} == {"secret"}
    for surface in ("campaign page", "list page", "dashboards"):
        assert [identity for identity, _n in SURFACES[surface](client, campaign) if identity] == []
