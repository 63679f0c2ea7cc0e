"""The dashboard in Chromium: the map of France with its 101 départements, accessible, without errors."""

import pytest
from django.core.management import call_command

from concertons.campaigns.models import Campaign
from tests.browser.conftest import axe_violations, screenshot
from tests.signatures.factories import SignatureFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_dashboard_map_has_every_departement_with_a_title_and_a_fill(page, live_server):
    call_command("demo")
    campaign = Campaign.objects.get(slug="appel")
    for departement, n in [("59", 12), ("47", 3), ("974", 5), ("2A", 1)]:
        SignatureFactory.create_batch(n, campaign=campaign, departement=departement)

    page.goto(live_server.url + "/appel/tableau-de-bord/")

    departements = page.locator("#graphique-signatures-departements svg [data-departement]")
    assert departements.count() == 101
    details = departements.evaluate_all(
        "paths => paths.map(p => [p.getAttribute('data-departement'), p.getAttribute('fill'),"
        " (p.querySelector('title') || {}).textContent || ''])"
    )
    assert all(fill and title for _code, fill, title in details)
    titles = {code: title for code, _fill, title in details}
    assert "Nord (59)" in titles["59"] and "12" in titles["59"]
    assert "La Réunion (974)" in titles["974"]
    assert len({fill for _code, fill, _title in details}) >= 3  # data, no data, several classes
    assert axe_violations(page) == []
    assert page.console_errors == []
    screenshot(page, "dashboard")

    page.locator('#graphique-signatures-departements a[href$="/tableau-de-bord/59/"]').first.click()
    page.get_by_role("heading", level=1, name="Nord (59)").wait_for()
    assert axe_violations(page) == []
    screenshot(page, "dashboard-59")
