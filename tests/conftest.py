import email
import os
import shutil
import socket
import time
from email.policy import default as default_policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    """Each test writes generated files (keys, media) into its own folder, never into the checkout."""
    settings.DATA_DIR = tmp_path / "var"
    settings.MEDIA_ROOT = tmp_path / "var" / "media"
    settings.TESTIMONY_KEY_FILE = str(tmp_path / "var" / "testimony.key")
    from concertons.testimonies import crypto

    crypto.forget_keys()
    yield
    crypto.forget_keys()


@pytest.fixture(autouse=True)
def _real_smtp_backend(settings):
    """pytest-django swaps in the in-memory mail backend; we want the real SMTP path everywhere. Without
    the `smtp` fixture nothing listens on the port, so e-mails stay in the outbox, as when a relay is down."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 3


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters and used challenges must not leak from one test into the next."""
    from django.core.cache import caches

    for alias in ("default", "antiabuse"):
        caches[alias].clear()
    yield
    for alias in ("default", "antiabuse"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _one_rate_limit_window(request, monkeypatch):
    """Hold the anti-abuse clock in the middle of the current hour: a test that counts requests up to a
    limit would start again from zero if it straddled an hour's end (or a day's) on a slow machine."""
    if request.node.get_closest_marker("real_clock"):
        return
    from concertons.core import antiabuse

    held = time.time() // 3600 * 3600 + 1800
    monkeypatch.setattr(antiabuse, "_clock", lambda: held)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpSink:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives; can be stopped and restarted."""

    def __init__(self, port: int):
        self.port = port
        self.messages: list[email.message.EmailMessage] = []
        self.controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=default_policy))
        return "250 OK"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def to(self, address: str) -> list:
        return [message for message in self.messages if message["To"] == address]

    def wait_for(self, count: int, timeout: float = 10) -> list:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


@pytest.fixture
def smtp(settings):
    sink = SmtpSink(free_port())
    sink.start()
    settings.EMAIL_PORT = sink.port
    yield sink
    sink.stop()


# Browser tests ----------------------------------------------------------------------------------------
# One Chromium for the whole session, shared by every folder (two sync Playwright instances cannot coexist).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Flags that keep Chromium off the network it cannot reach here (it would otherwise try Google's hosts).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: without the async-unsafe switch the browser tests set."""
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium (paquet Debian) absent : lancez `make test` en root pour l'installer.")
    from playwright.sync_api import expect, sync_playwright

    # expect() retries until the page shows what it looks for; its default 5 s is short on a busy machine.
    expect.set_options(timeout=30_000)
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures stay sync.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(autouse=True)
def _close_browser_pages(request):
    """A page left open keeps polling (htmx counters) the live server shared by later tests, whose logs
    would then hold its requests: every browser context a test opened is closed after it."""
    yield
    if "browser" in request.fixturenames:
        for context in request.getfixturevalue("browser").contexts:
            context.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    from tests.browser.conftest import watch_errors

    watch_errors(page)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(locale="fr-FR", viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


# Property tests: the same examples on every run (a failure found by exploring is kept as a regression
# test instead of making CI flaky); run with HYPOTHESIS_EXPLORE=1 to search new examples.
from hypothesis import settings as hypothesis_settings  # noqa: E402

# No deadline: the suite must pass on a busy machine, where any example may take long.
hypothesis_settings.register_profile("repeatable", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", derandomize=False, deadline=None)
hypothesis_settings.load_profile("explore" if os.environ.get("HYPOTHESIS_EXPLORE") else "repeatable")


@pytest.fixture
def campaign():
    """A published campaign at /appel-gestion/ (test modules that need another define their own)."""
    from tests.campaigns.factories import CampaignFactory

    return CampaignFactory(slug="appel-gestion")


@pytest.fixture
def organiser_client(client, campaign):
    """A logged-in, TOTP-verified organiser of the campaign's collective."""
    from tests.campaigns.factories import MembershipFactory
    from tests.signatures.test_staff_views import verified_client

    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user
    return verified_client(client, organiser)
