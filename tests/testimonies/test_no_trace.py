"""No trace of the author: neither address, nor browser, nor exact time, anywhere in the database or the logs.

Testimonies go through a real HTTP server (Django's live server) with a known client address (behind one
trusted proxy, as in production) and user agent, logging everything at DEBUG into a file.
"""

import logging
import subprocess
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection

from concertons.settings import base as base_settings
from concertons.testimonies import sealed
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import form_started
from tests.testimonies.factories import receipt_in

pytestmark = pytest.mark.django_db(transaction=True)

CLIENT_ADDRESS = "203.0.113.77"
USER_AGENT = "SondeConcertons/9.7 (repérage)"
SECRET_TEXT = "Le directeur a exigé que je ferme le dossier de la famille Quenouille sans visite."


@pytest.fixture
def debug_log(tmp_path):
    """Every logger at DEBUG into a file, through the project's own privacy filter."""
    from concertons.core.logging import DropTestimonyTraces

    path = tmp_path / "debug.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(DropTestimonyTraces())
    # The test's own SMTP server (aiosmtpd, loggers "mail.*") is not the product: a real relay logs on its
    # own machine. On a loaded machine its "connection lost" for a signature's e-mail could land seconds
    # later, inside a testimony's second.
    handler.addFilter(lambda record: not record.name.startswith("mail."))
    root = logging.getLogger()
    touched = {name: logging.getLogger(name).level for name in ["", "django", "django.db.backends", "django.server",
                                                                "django.request", "concertons"]}  # fmt: skip
    root.addHandler(handler)
    for name in touched:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    for name, level in touched.items():
        logging.getLogger(name).setLevel(level)


def post(url: str, fields: dict) -> str:
    body = urllib.parse.urlencode(fields, doseq=True).encode()
    request = urllib.request.Request(
        url, data=body, headers={"User-Agent": USER_AGENT, "X-Forwarded-For": CLIENT_ADDRESS}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert "Set-Cookie" not in response.headers
        return response.read().decode()


def all_values(cursor) -> list[tuple[str, str, object]]:
    """Every value of every column of every table, as (table, column, value)."""
    found = []
    for table in connection.introspection.table_names(cursor):
        quoted = connection.ops.quote_name(table)
        cursor.execute(f"SELECT * FROM {quoted}")
        columns = [description[0] for description in cursor.description]
        for row in cursor.fetchall():
            found += [(table, column, value) for column, value in zip(columns, row, strict=True)]
    return found


def test_testifying_leaves_no_address_browser_or_time_in_the_database_or_logs(
    live_server, settings, debug_log
):
    settings.TRUSTED_PROXY_HOPS = 1
    # The production caches: the default one in the database, whose rows and expiry dates a dump would keep;
    # anti-abuse counters in memory.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "concertons_cache"},
        "antiabuse": base_settings.CACHES["antiabuse"],
    }
    call_command("createcachetable")
    campaign = CampaignFactory(slug="appel-trace")
    url = f"{live_server.url}/{campaign.slug}/temoigner/"

    started = datetime.now(UTC)
    for n in range(3):
        page = post(url, {"departement": "59", "service": "ase", "themes": ["management"], "detail": "full",
                          "text": f"{SECRET_TEXT} ({n})", "vacant_posts": "2", "form_started": form_started()})  # fmt: skip
        assert "Merci pour votre témoignage" in page
    receipt = receipt_in(page)
    post(f"{live_server.url}/constats/suivi/", {"receipt": receipt})
    finished = datetime.now(UTC)
    assert Testimony.objects.count() == 3

    window = [started + timedelta(seconds=s) for s in range(int((finished - started).total_seconds()) + 2)]
    minute_marks = {
        moment.astimezone().strftime(fmt) for moment in window for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M")
    }
    minute_marks |= {
        moment.strftime(fmt) for moment in window for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M")
    }
    epoch_marks = {str(int(moment.timestamp()))[:-1] for moment in window}  # to ten seconds

    with connection.cursor() as cursor:
        values = all_values(cursor)
    for table, column, value in values:
        text = bytes(value).decode("latin-1") if isinstance(value, bytes | memoryview) else str(value)
        assert CLIENT_ADDRESS not in text, (table, column)
        assert "SondeConcertons" not in text, (table, column)
        if isinstance(value, datetime):
            aware = value if value.tzinfo else value.replace(tzinfo=UTC)
            assert not (started <= aware <= finished), (table, column)
            if table == "concertons_cache":  # expiries end on window boundaries, never on a request's second
                assert aware.second == 0 and aware.minute % 10 == 0, value
        elif table != "concertons_cache":
            assert not any(mark in text for mark in minute_marks | epoch_marks), (table, column, text[:80])

    log = debug_log.read_text(encoding="utf-8")
    assert log, "the DEBUG log should have caught something"
    assert CLIENT_ADDRESS not in log and "SondeConcertons" not in log
    assert "/temoigner/" not in log and "testimonies_testimony" not in log and SECRET_TEXT not in log


def test_a_database_dump_alone_does_not_contain_an_unpublished_raw_text(transactional_db, tmp_path):
    campaign = CampaignFactory()
    from concertons.testimonies import services
    from concertons.testimonies.services import TestimonyData

    raw = "Mme Quenouille m'a appelée au 06 45 78 12 90 : son fils attend toujours sa place en foyer."
    testimony, _receipt = services.testimony_submit(
        campaign=campaign, data=TestimonyData(departement="59", text=raw)
    )
    services.testimony_redact(testimony=testimony)
    dump = tmp_path / "dump.txt"
    if connection.vendor == "sqlite":
        lines = list(connection.connection.iterdump())
        dump.write_text("\n".join(lines), encoding="utf-8")
    else:
        db = django_settings.DATABASES["default"]
        subprocess.run(
            ["pg_dump", "-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-U", db["USER"], "-f",
             str(dump), connection.settings_dict["NAME"]],
            check=True, env={"PGPASSWORD": db.get("PASSWORD") or "", "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
    content = dump.read_text(encoding="utf-8", errors="replace")
    assert raw not in content
    assert "Quenouille" not in content and "06 45 78 12 90" not in content
    assert "attend toujours sa place en foyer" in content  # the masked text is there, the raw one is not
    # The key is elsewhere: with it, and only with it, the text comes back.
    assert sealed.raw_text(Testimony.objects.get()) == raw
    assert Path(django_settings.TESTIMONY_KEY_FILE).exists()
