"""The employer's attempt (issue 11): date a testimony finer than its week, order testimonies, or tie one to
a signature — holding the database, a backup, every log and two daily releases of figures.

One person, from one address and browser, signs the call, then testifies ten times a second or more apart
(field counts included), then signs for a colleague; a moderator asks a question, the author answers
through the follow-up page, the worker masks, reorders and publishes; two daily releases frame one more
testimony. Each channel of the issue is then tried on what an adversary would hold, and must fail.
"""

import dataclasses
import http.cookiejar
import json
import re
import sqlite3
import struct
import subprocess
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from concertons.core import periodic
from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from concertons.settings import base as base_settings
from concertons.signatures.models import Signature
from concertons.testimonies import services
from concertons.testimonies import views as testimony_views
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory, UserFactory
from tests.core.test_backup import backup_key, plain_archive  # noqa: F401  (fixture)
from tests.signatures.helpers import form_started, link_from, sign_data
from tests.testimonies.factories import receipt_in
from tests.testimonies.test_no_trace import debug_log  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db(transaction=True)

ADDRESS = "198.51.100.23"
BROWSER = "NavigateurDuTemoin/4.2"
ANSWER = "C'est le service de Mme Plouzané-Kerbrat, à la MDS."
TESTIMONIES = 10


class Witness:
    """One person's browser: same address, same user agent, cookies kept, through one trusted proxy."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def _open(self, path: str, body: bytes | None = None) -> str:
        request = urllib.request.Request(
            self.base_url + path, data=body, headers={"User-Agent": BROWSER, "X-Forwarded-For": ADDRESS}
        )
        with self.opener.open(request, timeout=60) as response:
            return response.read().decode()

    def get(self, path: str) -> str:
        return self._open(path)

    def post(self, path: str, fields: dict, *, form_page: str | None = None) -> str:
        """Post a form; with `form_page`, first load it for its CSRF token, as a browser would."""
        if form_page is not None:
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(form_page))
            fields = {**fields, "csrfmiddlewaretoken": token.group(1)} if token else fields
        return self._open(path, urllib.parse.urlencode(fields, doseq=True).encode())


def _receipt(page: str) -> str:
    assert 'class="receipt__code"' in page, (
        re.findall(r'class="form-errors"[^>]*>(.*?)</div>', page, re.S) or page[-2000:]
    )
    return receipt_in(page)


def _next_second() -> float:
    """Wait for the clock to enter a new second, so no two events share one (what is searched is the second)."""
    start = int(time.time())
    while int(time.time()) == start:
        time.sleep(0.05)
    return time.time()


def _second_marks(moment: float) -> set[str]:
    """How a second may be written down: ISO or not, UTC or local, or as a Unix time."""
    marks = set()
    for offset in (-1, 0, 1):
        instant = datetime.fromtimestamp(moment + offset, tz=UTC)
        for shown in (instant, instant.astimezone()):
            marks |= {shown.strftime("%Y-%m-%d %H:%M:%S"), shown.strftime("%Y-%m-%dT%H:%M:%S")}
        second = int(moment + offset)
        marks.add(str(second))
        # Binary, as a Fernet header holds it (bytes in the file, hexadecimal in a dump).
        for packed in (struct.pack(">Q", second), struct.pack("<Q", second)):
            marks |= {packed.decode("latin-1"), packed.hex()}
    return marks


def _dump_text(tmp_path: Path) -> str:
    """What a copy of the database gives: SQLite's file (WAL checkpointed) or a plain pg_dump."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return Path(connection.settings_dict["NAME"]).read_bytes().decode("latin-1")
    db = django_settings.DATABASES["default"]
    done = subprocess.run(
        ["pg_dump", "-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-U", db["USER"],
         connection.settings_dict["NAME"]],
        check=True, capture_output=True, env={"PGPASSWORD": db.get("PASSWORD") or "", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    return done.stdout.decode("utf-8", errors="replace")


def _backup(tmp_path: Path, backup_identity: Path) -> tuple[str, list[str]]:
    """A backup made by `concertons backup`: its text, and its testimonies' ids in stored order."""
    archive = tmp_path / "sauvegarde.tar.age"
    call_command("backup", str(archive))
    with plain_archive(archive, backup_identity) as tar:
        members = {
            member.name: tar.extractfile(member).read() for member in tar.getmembers() if member.isfile()
        }
    payload_name = next(name for name in members if name.startswith("database"))
    payload = members[payload_name]
    if connection.vendor == "sqlite":
        copy = tmp_path / "copie.sqlite3"
        copy.write_bytes(payload)
        with sqlite3.connect(copy) as db:
            order = [
                row[0] for row in db.execute("SELECT public_id FROM testimonies_testimony ORDER BY rowid")
            ]
        text = payload.decode("latin-1")
    else:
        dump = tmp_path / "copie.pgdump"
        dump.write_bytes(payload)
        text = subprocess.run(
            ["pg_restore", "-f", "-", str(dump)], check=True, capture_output=True
        ).stdout.decode("utf-8", errors="replace")
        copy_block = text.split("COPY public.testimonies_testimony ", 1)[1].split("\\.", 1)[0]
        order = [line.split("\t")[1] for line in copy_block.splitlines()[1:] if line]
    return text + "".join(
        name + members[name].decode("latin-1") for name in members if name != payload_name
    ), order


def _arrival_order(stored: list[str], arrived: list[str]) -> bool:
    kept = [value for value in stored if value in arrived]
    return kept in (arrived, arrived[::-1])


def test_an_employer_holding_the_database_a_backup_the_logs_and_two_releases_learns_nothing(
    live_server,
    settings,
    smtp,
    tmp_path,
    monkeypatch,
    debug_log,  # noqa: F811
    backup_key,  # noqa: F811  (the employer holds the backup's private key too: the worst case)
):
    settings.TRUSTED_PROXY_HOPS = 1
    # One keen author: more testimonies in an hour than a browser without JavaScript may send.
    monkeypatch.setattr(
        testimony_views,
        "TESTIMONY_LIMITS",
        dataclasses.replace(testimony_views.TESTIMONY_LIMITS, per_hour_without_pow=50),
    )
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "concertons_cache"},
        "antiabuse": base_settings.CACHES["antiabuse"],
    }
    call_command("createcachetable")
    campaign = CampaignFactory(slug="appel-adversaire", disclosure_threshold=3)
    witness = Witness(live_server.url)

    # Signs, from the same browser that will testify.
    _next_second()
    witness.post(f"/{campaign.slug}/signer/", sign_data(email="temoin@example.org", is_public=None),
                 form_page=f"/{campaign.slug}/")  # fmt: skip

    _next_second()
    _next_second()  # what the signature wrote (its e-mail included) stays outside the seconds searched
    submitted_at, receipts = [], []
    for n in range(TESTIMONIES):
        submitted_at.append(_next_second())
        page = witness.post(f"/{campaign.slug}/temoigner/", {
            "departement": "59", "service": "ase", "profession": "educateur", "themes": ["effectifs"],
            "detail": "full", "text": f"Au service, on attend depuis des mois (constat {n}).",
            "vacant_posts": str(2 + n % 3), "form_started": form_started(),
        })  # fmt: skip
        receipts.append(_receipt(page))
    # One author keeps their service to themself.
    submitted_at.append(_next_second())
    page = witness.post(f"/{campaign.slug}/temoigner/", {
        "departement": "59", "service": "mdph", "themes": ["effectifs"], "detail": "departement",
        "text": "Une seule personne à la MDPH pour tout le secteur.", "form_started": form_started(),
    })  # fmt: skip
    hidden_receipt = _receipt(page)
    testified = (submitted_at[0], time.time())

    _next_second()
    _next_second()
    witness.post(f"/{campaign.slug}/signer/", sign_data(email="collegue@example.org", last_name="Kerouac",
                 first_name="Line", is_public=None), form_page=f"/{campaign.slug}/")  # fmt: skip
    for message in smtp.wait_for(2):
        witness.post(link_from(message, "confirmer"), {}, form_page=link_from(message, "confirmer"))
    assert Signature.objects.confirmed().filter(campaign=campaign).count() == 2

    # The worker masks; a moderator asks; the author answers through the follow-up page.
    periodic.run_due(periodic.jobs())
    moderator = UserFactory()
    arrived = [services.testimony_find(receipt=receipt) for receipt in receipts]
    services.testimony_ask(testimony=arrived[0], question="De quel service parlez-vous ?", actor=moderator)
    witness.post("/constats/suivi/", {"receipt": receipts[0], "action": "answer", "text": ANSWER})
    periodic.run_due(periodic.jobs())
    for testimony in [*arrived, services.testimony_find(receipt=hidden_receipt)]:
        testimony.refresh_from_db()
        services.testimony_publish(testimony=testimony, actor=moderator)

    # Two daily releases, one more testimony between them, with a count nobody else gave.
    today = timezone.localdate()
    first = snapshots.constats_snapshot_take(campaign=campaign, day=today + timedelta(days=1))
    late, _late_receipt = services.testimony_submit(
        campaign=campaign,
        data=services.TestimonyData(departement="59", service="ase", text="Encore un poste gelé.",
                                    themes=["effectifs"], counts={"vacant_posts": 37}),
    )  # fmt: skip
    services.testimonies_redact_received()
    late.refresh_from_db()
    services.testimony_publish(testimony=late, actor=moderator)
    second = snapshots.constats_snapshot_take(campaign=campaign, day=today + timedelta(days=2))
    periodic.run_due(periodic.jobs())  # the hourly reorder included

    database = _dump_text(tmp_path)
    backup, backup_order = _backup(tmp_path, backup_key)
    logs = debug_log.read_text(encoding="utf-8")
    held = {"database": database, "backup": backup, "logs": logs}

    # 1-3. No second of a testimony anywhere: not in a sealed header, a cache row, an expiry, a log line.
    for moment in submitted_at:
        for name, text in held.items():
            found = [mark for mark in _second_marks(moment) if mark in text]
            assert not found, (
                name,
                found,
                [line for line in text.splitlines() if any(mark in line for mark in found)][:5],
            )
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, datetime):
                        aware = value if value.tzinfo else value.replace(tzinfo=UTC)
                        assert not (testified[0] - 1 <= aware.timestamp() <= testified[1] + 1), (table, value)
        cursor.execute("SELECT cache_key FROM concertons_cache")
        assert not [key for (key,) in cursor.fetchall() if "rl:" in key or "altcha" in key]

    # 2. Nothing ties the testimonies to the signatures: no address, browser, or hash of the address.
    for name, text in held.items():
        assert ADDRESS not in text and BROWSER not in text, name
    assert not re.search(r"(temoigner|constats/suivi)", logs)

    # 5. The author's answer: never in clear, and gone with publication.
    for name, text in held.items():
        assert "Plouzané" not in text and "Kerbrat" not in text, name

    # 8. No stored order follows arrival: not in the database, not in the backup, not on the wall.
    public_ids = [testimony.public_id for testimony in arrived]
    with connection.cursor() as cursor:
        order_by = "rowid" if connection.vendor == "sqlite" else "xmin::text::bigint, ctid"
        cursor.execute(f"SELECT public_id FROM testimonies_testimony ORDER BY {order_by}")
        assert not _arrival_order([row[0] for row in cursor.fetchall()], public_ids)
    assert not _arrival_order(backup_order, public_ids)
    wall = witness.get(f"/{campaign.slug}/constats/")
    assert not _arrival_order(re.findall(r"/constats/([A-Za-z0-9_-]{8,16})/", wall), public_ids)

    # 4. The wall's filters do not reveal the service an author withheld.
    hidden = Testimony.objects.get(status=Testimony.Status.PUBLISHED, service="mdph")
    filtered = witness.get(f"/{campaign.slug}/constats/?departement=59&service=mdph")
    assert hidden.public_id not in filtered

    # 6. Two releases: the one new testimony's count cannot be read from their difference.
    assert _shown(first) == _shown(second)

    # 7. Signature figures: below k signers, neither their département nor their profession is told.
    figures = json.loads(witness.get(f"/api/campaigns/{campaign.slug}/signatures/stats"))
    told = [value for table in ("by_departement", "by_profession") for value in figures[table].values()]
    assert all(value is None for value in told), figures


def _shown(snapshot: Snapshot) -> dict:
    """What a release publishes (without the memory of what was last released, kept for the next day)."""
    return {key: value for key, value in snapshot.data.items() if key != snapshots.RELEASED}
