"""The live counter inside another site's page: shown in a frame from an origin the organisers listed, refused
from any other; the SVG badge shows anywhere as an image."""

import http.server
import threading

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from concertons.campaigns.models import Campaign
from tests.browser.conftest import screenshot
from tests.signatures.factories import SignatureFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class OtherSite:
    """A union's site on its own origin (another port), whose page frames the counter and shows the badge."""

    def __init__(self, counter_url: str, badge_url: str):
        page = (
            '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le site du syndicat</title></head>'
            f'<body><main><h1>Notre campagne</h1><img id="badge" src="{badge_url}" alt="Signatures">'
            f'<iframe src="{counter_url}" title="Compteur" width="320" height="180"></iframe></main></body></html>'
        ).encode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(page)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def sites(live_server):
    call_command("demo")
    campaign = Campaign.objects.get(slug="appel")
    SignatureFactory.create_batch(3, campaign=campaign)
    counter_url = f"{live_server.url}/appel/compteur/"
    allowed = OtherSite(counter_url, f"{live_server.url}/appel/compteur.svg")
    other = OtherSite(counter_url, f"{live_server.url}/appel/compteur.svg")
    campaign.embed_origins = allowed.origin
    campaign.save(update_fields=["embed_origins"])
    yield allowed, other, campaign
    allowed.close()
    other.close()


def _counter_frame(page):
    return next((frame for frame in page.frames if frame.url.endswith("/appel/compteur/")), None)


def test_the_counter_shows_in_a_frame_on_a_listed_site_and_not_on_another(page, sites):
    allowed, other, campaign = sites
    confirmed = campaign.signatures.filter(status="confirmed").count()

    page.goto(allowed.origin + "/")
    page.wait_for_load_state("load")
    frame = _counter_frame(page)
    assert frame is not None
    expect(frame.get_by_role("link", name="Signer l'appel")).to_be_visible()
    assert f"{confirmed} signature" in frame.locator("main").inner_text().replace("\u202f", "")
    assert page.evaluate("() => document.getElementById('badge').naturalWidth") > 0
    screenshot(page, "embed-allowed-site")

    page.goto(other.origin + "/")
    page.wait_for_load_state("load")
    refused = _counter_frame(page)
    assert refused is None or refused.locator("text=Signer l'appel").count() == 0
    assert page.evaluate("() => document.getElementById('badge').naturalWidth") > 0  # an image, anywhere
    screenshot(page, "embed-other-site")
