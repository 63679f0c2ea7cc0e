"""Figures about demands never single anyone out, on one page or by comparing two releases.

Supports count every confirmed signer, public or not, and the public list shows who signed where: a
support figure of "1" in a small département says that someone there, maybe someone who chose not to
appear on the list, backs that demand. Every support figure shown is a figure of one protected table,
demand × département (with its margins), and together the pages must not pin a secret cell down.

Backing figures (testimonies sharing a theme with a demand, and those that came with field counts) are
daily releases: they move only when at least k testimonies changed them, so two days side by side never
tell whether the card published in between came with field counts.

As in tests/publication/test_signature_disclosure.py, a secret figure may still say that it is not empty:
what is guaranteed is that no one can compute it (docs/disclosure.md, section 7).
"""

import html
import json
import re
from fractions import Fraction

import pytest
from django.urls import reverse
from django.utils import timezone

from concertons.demands import selectors, services
from concertons.demands.models import DemandSupport
from concertons.publication import demand_figures
from concertons.publication.models import Snapshot
from concertons.publication.services import reports, snapshots
from concertons.signatures import tokens
from concertons.signatures.models import Signature
from concertons.testimonies import services as testimony_services
from tests.campaigns.factories import CampaignFactory
from tests.demands.factories import DemandFactory
from tests.signatures.factories import SignatureFactory
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db

# (identity, value): identity is the set of (dimension, label) a figure is about, as in concertons.stats;
# frozenset() would be the grand total.
Figure = tuple[frozenset, int]
Cell = tuple[str, str]  # (demand pk, département code)


def _number(text: str) -> int | None:
    text = html.unescape(text).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    return int(text) if text.isdigit() else None


def _identity(demand=None, departement=None) -> frozenset:
    labels = set()
    if demand is not None:
        labels.add(("demand", str(demand)))
    if departement is not None:
        labels.add(("departement", departement))
    return frozenset(labels)


def _get(client, url, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.text


def _items(page: str, marker: str) -> list[str]:
    """The list items of a page that start with `marker` (one per demand)."""
    return page.split(marker)[1:]


def _demand_pk(item: str) -> str:
    return re.search(r"/exigences/(\d+)/", item).group(1)


def demand_list_figures(client, campaign) -> list[Figure]:
    page = _get(client, reverse("demands:list", args=[campaign.slug]))
    figures = []
    for item in _items(page, '<li class="demand">'):
        for n in re.findall(r"(\d+) signataires? la soutien", item):
            figures.append((_identity(demand=_demand_pk(item)), int(n)))
    return figures


def demand_page_figures(client, campaign) -> list[Figure]:
    figures = []
    for demand in selectors.demand_list(campaign=campaign):
        page = _get(client, reverse("demands:detail", args=[campaign.slug, demand.pk]))
        for n in re.findall(r"(\d+) signataires? la soutien", page):
            figures.append((_identity(demand=demand.pk), int(n)))
        rows = re.findall(r'/exigences/departement/(\w+)/">[^<]*</a></th>\s*<td>([^<]*)</td>', page)
        for code, shown in rows:
            if _number(shown) is not None:
                figures.append((_identity(demand=demand.pk, departement=code), _number(shown)))
    return figures


def departement_page_figures(client, campaign, codes) -> list[Figure]:
    figures = []
    for code in codes:
        page = _get(client, reverse("demands:departement", args=[campaign.slug, code]))
        for item in _items(page, '<li class="demand">'):
            for n in re.findall(r"(\d+) soutiens? dans le département", item):
                figures.append((_identity(demand=_demand_pk(item), departement=code), int(n)))
    return figures


def status_table_figures(client, campaign) -> list[Figure]:
    figures = []
    for params in ({}, {"tous": "1"}):
        page = _get(client, reverse("demands:table", args=[campaign.slug]), **params)
        for row in page.split("<tr>")[1:]:
            code = re.search(r"/exigences/departement/(\w+)/", row)
            cells = re.findall(r"<td>(.*?)</td>", row, flags=re.DOTALL)
            if code and cells and _number(cells[-1]) is not None:
                figures.append((_identity(departement=code.group(1)), _number(cells[-1])))
    return figures


def campaign_page_figures(client, campaign) -> list[Figure]:
    page = _get(client, campaign.get_absolute_url())
    figures = []
    for item in _items(page, '<li class="demand-summary">'):
        for n in re.findall(r"soutiens : (\d+)", item):
            figures.append((_identity(demand=_demand_pk(item)), int(n)))
    return figures


def support_page_figures(client, campaign) -> list[Figure]:
    """The page a signer reaches from the link in their e-mails."""
    signer = Signature.objects.confirmed().filter(campaign=campaign).first()
    page = _get(
        client, reverse("demands:support", args=[campaign.slug, tokens.make_token(signer, tokens.SUPPORT)])
    )
    figures = []
    for item in page.split('class="support-choice"')[1:]:
        pk = re.search(r'value="(\d+)"', item).group(1)
        for n in re.findall(r"(\d+) soutiens?\b", item):
            figures.append((_identity(demand=pk), int(n)))
    return figures


def other_public_figures(client, campaign, codes) -> list[Figure]:
    """The dashboards, the cahier and the API show no support figure at all (checked, not scraped)."""
    pages = [_get(client, reverse("publication:dashboard", args=[campaign.slug]))]
    for code in codes:
        pages.append(_get(client, reverse("publication:departement", args=[campaign.slug, code])))
        pages.append(reports.report_html(campaign=campaign, departement=code))
    pages.append(json.dumps(client.get(f"/api/campaigns/{campaign.slug}/signatures/stats").json()))
    for page in pages:
        assert not re.search(r"\d+\s+(soutien|signataires? la soutien)", page)
    return []


CODES = ["75", "33", "59", "48"]
SURFACES = {
    "demand list": demand_list_figures,
    "demand pages": demand_page_figures,
    "département pages": lambda client, campaign: departement_page_figures(client, campaign, CODES),
    "status table": status_table_figures,
    "campaign page": campaign_page_figures,
    "support page": support_page_figures,
    "dashboards, cahier, API": lambda client, campaign: other_public_figures(client, campaign, CODES),
}


def every_figure(client, campaign) -> list[Figure]:
    return [figure for surface in SURFACES.values() for figure in surface(client, campaign)]


def truth(campaign) -> dict[Cell, int]:
    """Supports of confirmed signers, public or not, by demand and by signer's département."""
    table: dict[Cell, int] = {}
    supports = DemandSupport.objects.filter(
        demand__campaign=campaign, signature__status=Signature.Status.CONFIRMED
    ).values_list("demand_id", "signature__departement")
    for demand_id, departement in supports:
        key = (str(demand_id), departement)
        table[key] = table.get(key, 0) + 1
    return table


def covers(identity: frozenset, cell: Cell) -> bool:
    labels = dict(identity)
    return labels.get("demand", cell[0]) == cell[0] and labels.get("departement", cell[1]) == cell[1]


def determined(figures: list[Figure], cells: list[Cell], target: Cell) -> bool:
    """True when the figures pin the target cell down exactly (linear algebra over the non-empty cells;
    the reader is even told which cells are empty)."""
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


def supporters(campaign, demands, count, departement, is_public=True):
    for _ in range(count):
        signature = SignatureFactory(campaign=campaign, departement=departement, is_public=is_public)
        for demand in demands:
            services.demand_support_add(signature=signature, demand=demand)


@pytest.fixture
def campaign():
    """k = 3. In Lozère (48), two public signers back nothing; the one who signed without appearing on
    the list backs the first demand: the only support of the département."""
    campaign = CampaignFactory(disclosure_threshold=3)
    staffing = DemandFactory(campaign=campaign, title="Remplacer chaque absence")
    means = DemandFactory(campaign=campaign, title="Des moyens pour l'ASE")
    supporters(campaign, [staffing, means], 3, "75")
    supporters(campaign, [staffing], 1, "75")
    supporters(campaign, [staffing], 3, "33")
    supporters(campaign, [means], 3, "59")
    supporters(campaign, [], 2, "48")
    supporters(campaign, [staffing], 1, "48", is_public=False)
    return campaign


def lozere_cell(campaign) -> Cell:
    return (str(selectors.demand_list(campaign=campaign).first().pk), "48")


@pytest.mark.parametrize("surface", SURFACES)
def test_no_public_page_lets_anyone_count_a_non_public_signers_support(client, campaign, surface):
    everyone = truth(campaign)
    cells = sorted(everyone)
    target = lozere_cell(campaign)
    assert everyone[target] == 1

    shown = SURFACES[surface](client, campaign)

    assert not determined(shown, cells, target)
    assert not determined(every_figure(client, campaign), cells, target)


def test_every_support_figure_shown_is_a_figure_of_the_protected_table(client, campaign):
    published = {
        frozenset((dim, record[dim]) for dim in ("demand", "departement") if record[dim] is not None): record
        for record in demand_figures.demand_support_figures(campaign=campaign).records
    }
    shown = every_figure(client, campaign)

    assert shown
    for identity, n in shown:
        # A figure nobody is in is shown as 0, as the table publishes it ("absent").
        assert published[identity]["status"] in ("published", "absent"), (identity, n)
        assert published[identity]["count"] == n, (identity, n)
    # Lozère's one support is secret everywhere; only its empty cells say "0".
    assert {identity for identity, n in shown if ("departement", "48") in identity and n} == set()
    # What a reader relies on is still there: the big départements and the demands' totals.
    staffing = lozere_cell(campaign)[0]
    assert (_identity(demand=staffing, departement="75"), 4) in shown


def test_the_secret_support_figures_say_so_in_french(client, campaign):
    staffing = selectors.demand_list(campaign=campaign).first()

    lozere = _get(client, reverse("demands:departement", args=[campaign.slug, "48"]))
    detail = _get(client, reverse("demands:detail", args=[campaign.slug, staffing.pk]))

    assert "1 soutien" not in lozere
    assert "secret" in lozere and "secret" in detail
    assert "moins de 3 personnes" in detail  # the legend of "secret"


def test_below_k_supporters_in_all_nothing_is_broken_down(client):
    campaign = CampaignFactory(disclosure_threshold=3)
    demand = DemandFactory(campaign=campaign)
    supporters(campaign, [demand], 2, "75")
    supporters(campaign, [], 5, "33")

    figures = demand_figures.demand_support_figures(campaign=campaign)

    assert figures.withheld
    assert {record["status"] for record in figures.records} == {"secret"}
    assert every_figure(client, campaign) == []
    table = _get(client, reverse("demands:table", args=[campaign.slug]))
    assert "Paris (75)" not in table  # a row there would say that someone in Paris backs a demand


def test_support_figures_follow_a_change_at_the_workers_next_run_and_only_then(campaign):
    """Like the signature figures: recomputed within a minute of a change (a fingerprint tells), never
    on a page view."""
    staffing = selectors.demand_list(campaign=campaign).first()
    before = demand_figures.demand_support_figures(campaign=campaign)
    snapshot = Snapshot.objects.get(campaign=campaign, scope=Snapshot.Scope.SIGNATURES)

    snapshots.snapshots_refresh_all()
    assert Snapshot.objects.get(pk=snapshot.pk).data == snapshot.data  # nothing changed: nothing recomputed

    supporters(campaign, [staffing], 3, "33")
    assert demand_figures.demand_support_figures(campaign=campaign) == before  # until the worker runs
    snapshots.snapshots_refresh_all()

    after = demand_figures.demand_support_figures(campaign=campaign)
    assert after.total(staffing.pk) == before.total(staffing.pk) + 3
    assert after.by_departement(staffing.pk)["33"] == 6


# Backing ---------------------------------------------------------------------------------------------


def publish(campaign, n, *, themes=("effectifs",), counts=None, departement="47"):
    for _ in range(n):
        testimony, _receipt = submit(
            campaign=campaign,
            redact=False,
            text="",
            departement=departement,
            service="pmi",
            themes=list(themes),
            counts=counts or {},
        )
        testimony_services.testimony_publish(testimony=testimony, actor=None)


def release(campaign, day: int) -> None:
    snapshots.constats_snapshot_take(
        campaign=campaign, day=timezone.localdate() + timezone.timedelta(days=day)
    )


def backing_shown(client, campaign) -> list[tuple[str, str]]:
    """Every backing figure of the public pages, as shown (a number, "secret", …)."""
    shown = []
    for url in (reverse("demands:list", args=[campaign.slug]), campaign.get_absolute_url()):
        page = _get(client, url)
        shown += re.findall(r"(?:appuient :|témoignages :|relevés :)\s*(?:<strong>)?([^<,]*)", page)
    for demand in selectors.demand_list(campaign=campaign):
        page = _get(client, reverse("demands:detail", args=[campaign.slug, demand.pk]))
        shown += re.findall(r"qui l(?:&#x27;|')appuient :\s*<strong>([^<]*)</strong>", page)
    return [" ".join(text.split()) for text in shown]


def test_backing_figures_do_not_tell_whether_the_card_published_since_came_with_field_counts(client):
    campaign = CampaignFactory(disclosure_threshold=3)
    staffing = DemandFactory(campaign=campaign, themes=["effectifs"])
    means = DemandFactory(campaign=campaign, themes=["moyens", "effectifs"])
    publish(campaign, 3, counts={"vacant_posts": 2})
    publish(campaign, 3)  # no field counts
    publish(campaign, 3, themes=["moyens"])
    release(campaign, 0)
    first = demand_figures.demand_summaries(campaign=campaign)
    first_pages = backing_shown(client, campaign)
    assert first_pages.count("6") == 3 and first_pages.count("9") == 3  # list, campaign and demand pages
    assert [(s.backing.testimonies, s.backing.field_counts) for s in first] == [(6, 3), (9, 3)]

    publish(campaign, 1, counts={"vacant_posts": 4})
    release(campaign, 1)

    second = demand_figures.demand_summaries(campaign=campaign)
    assert [s.backing for s in second] == [s.backing for s in first]
    assert backing_shown(client, campaign) == first_pages

    publish(campaign, 3, counts={"closures": 1})  # four new since the release: k = 3 changes at least
    release(campaign, 2)

    third = demand_figures.demand_summaries(campaign=campaign)
    assert [(s.backing.testimonies, s.backing.field_counts) for s in third] == [(10, 7), (13, 7)]
    assert backing_shown(client, campaign) != first_pages
    assert [s.demand for s in third] == [staffing, means]


def test_a_withdrawn_testimony_is_not_seen_in_the_backing_until_k_changes(client):
    campaign = CampaignFactory(disclosure_threshold=3)
    DemandFactory(campaign=campaign, themes=["effectifs"])
    publish(campaign, 6, counts={"vacant_posts": 2})
    release(campaign, 0)
    before = [s.backing for s in demand_figures.demand_summaries(campaign=campaign)]

    from concertons.testimonies.models import Testimony

    testimony_services.testimony_delete(testimony=Testimony.objects.published().first())
    release(campaign, 1)

    assert [s.backing for s in demand_figures.demand_summaries(campaign=campaign)] == before


def test_a_demand_added_or_edited_after_a_release_tells_nothing_the_release_held_back(client):
    """A demand's figures are sums of released cells: a new demand on the same themes shows the same."""
    campaign = CampaignFactory(disclosure_threshold=3)
    DemandFactory(campaign=campaign, themes=["effectifs"])
    publish(campaign, 5, counts={"vacant_posts": 2})
    release(campaign, 0)
    publish(campaign, 1, counts={"vacant_posts": 4})
    release(campaign, 1)

    DemandFactory(campaign=campaign, themes=["effectifs"])
    release(campaign, 2)  # nothing new since yesterday

    old, new = demand_figures.demand_summaries(campaign=campaign)
    assert old.backing == new.backing
    assert (new.backing.testimonies, new.backing.field_counts) == (5, 5)
