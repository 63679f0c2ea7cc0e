import email
import socket
import time
from email.policy import default as default_policy

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
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


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
