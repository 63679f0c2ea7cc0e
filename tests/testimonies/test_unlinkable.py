"""Issue 11: what is stored about a testimony neither dates it finer than its week nor orders it.

Sealed texts carry no time; authors' answers are sealed, masked, destroyed; rows keep no order of
arrival; moderators' decisions survive a re-masking; the wall filters only on what cards show.
"""

import struct
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from freezegun import freeze_time

from concertons.testimonies import crypto, sealed, selectors, services, storage
from concertons.testimonies.models import FieldCount, Testimony, TestimonyMessage
from tests.campaigns.factories import CampaignFactory, UserFactory
from tests.testimonies.factories import submit

MOMENTS = [datetime(2026, 11, 30, 9, 14, 7, tzinfo=UTC), datetime(2026, 12, 3, 22, 41, 53, tzinfo=UTC)]


def _times_inside(value: bytes, moment: datetime) -> list[int]:
    """Offsets where `value` holds `moment` as a Unix time (8 or 4 bytes, big or little endian, ±2 s)."""
    second = int(moment.timestamp())
    found = []
    for width, formats in ((8, (">Q", "<Q")), (4, (">I", "<I"))):
        for offset in range(len(value) - width + 1):
            for fmt in formats:
                if abs(struct.unpack(fmt, value[offset : offset + width])[0] - second) <= 2:
                    found.append(offset)
    return found


@pytest.mark.django_db
def test_a_sealed_text_says_nothing_of_when_it_was_written():
    stored = []
    for moment in MOMENTS:
        with freeze_time(moment):
            testimony, _receipt = submit(redact=False)
        value = bytes(testimony.raw_text_encrypted)
        assert _times_inside(value, moment) == []
        stored.append(value)
    # What comes before the ciphertext is the same whenever it was written: a version and the key's id.
    assert stored[0][: 1 + crypto.KEY_ID_LENGTH] == stored[1][: 1 + crypto.KEY_ID_LENGTH]


@pytest.mark.django_db
def test_a_sealed_text_opens_only_in_its_own_row():
    first, _ = submit(redact=False)
    second, _ = submit(redact=False, text="Autre texte, autre personne.")
    Testimony.objects.filter(pk=second.pk).update(raw_text_encrypted=first.raw_text_encrypted)
    second.refresh_from_db()
    assert sealed.raw_text(second) is None
    assert sealed.raw_text(first) is not None


@pytest.mark.django_db(transaction=True)
def test_the_migration_reseals_old_fernet_tokens_without_their_time(settings):
    from cryptography.fernet import Fernet  # only to write what older versions wrote

    executor = MigrationExecutor(connection)
    executor.migrate([("testimonies", "0002_testimony_testimony_latest")])
    old_apps = executor.loader.project_state([("testimonies", "0002_testimony_testimony_latest")]).apps
    campaign = CampaignFactory()
    OldTestimony = old_apps.get_model("testimonies", "Testimony")
    OldMessage = old_apps.get_model("testimonies", "TestimonyMessage")
    key = crypto.configured_keys()[0]
    with freeze_time(MOMENTS[0]):
        token = Fernet(key.encode()).encrypt(b"Mme Durand attend depuis mars.")
    old = OldTestimony.objects.create(
        campaign_id=campaign.pk, departement="59", week="2026-W49", raw_text_encrypted=token,
        receipt_lookup="ABCD", receipt_hash="x", status="to_review",
    )  # fmt: skip
    OldMessage.objects.create(testimony_id=old.pk, position=1, author="moderator", text="Quel service ?")
    OldMessage.objects.create(testimony_id=old.pk, position=2, author="author", text="La PMI de M. Zorglub.")

    call_command("migrate", verbosity=0)

    testimony = Testimony.objects.get(pk=old.pk)
    assert sealed.raw_text(testimony) == "Mme Durand attend depuis mars."
    assert _times_inside(bytes(testimony.raw_text_encrypted), MOMENTS[0]) == []
    question, answer = testimony.messages.all()
    assert question.text == "Quel service ?"
    assert answer.text == "" and sealed.answer_original(answer) == "La PMI de M. Zorglub."


@pytest.mark.django_db
def test_an_answer_is_sealed_masked_before_a_moderator_reads_it_and_destroyed_on_publication(client):
    testimony, receipt = submit()
    moderator = UserFactory()
    services.testimony_ask(testimony=testimony, question="De quel service s'agit-il ?", actor=moderator)
    services.testimony_answer(
        testimony=services.testimony_find(receipt=receipt), answer="Celui de Mme Kowalski, 06 45 78 12 90."
    )
    answer = TestimonyMessage.objects.get(author=TestimonyMessage.Author.AUTHOR)
    assert isinstance(answer.id, uuid.UUID)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {TestimonyMessage._meta.db_table}")
        stored = repr(cursor.fetchall())
    assert "Kowalski" not in stored and "06 45 78 12 90" not in stored
    assert answer.is_being_masked

    services.testimonies_redact_received()
    answer.refresh_from_db()
    assert "Kowalski" not in answer.text and "06 45 78 12 90" not in answer.text
    assert "[téléphone]" in answer.text

    services.testimony_publish(testimony=testimony, actor=moderator)
    assert not TestimonyMessage.objects.filter(testimony=testimony).exists()


@pytest.mark.django_db
def test_a_stale_answer_is_destroyed_with_the_raw_text():
    with freeze_time("2026-09-01"):
        testimony, receipt = submit()
        services.testimony_ask(testimony=testimony, question="Quel service ?", actor=UserFactory())
        services.testimony_answer(
            testimony=services.testimony_find(receipt=receipt), answer="La PMI de Lens."
        )
    with freeze_time("2026-12-01"):
        services.testimonies_destroy_stale_raw_text()
    testimony.refresh_from_db()
    assert testimony.raw_text_encrypted is None
    assert not TestimonyMessage.objects.filter(text_encrypted__isnull=False).exists()


def _arrival_order_kept(table: str, ids: list, order_by: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT id FROM "{table}" ORDER BY {order_by}')
        stored = [str(row[0]).replace("-", "") for row in cursor.fetchall()]
    arrived = [str(value).replace("-", "") for value in ids]
    return stored in (arrived, arrived[::-1])


@pytest.mark.django_db(transaction=True)
def test_rows_keep_no_order_of_arrival():
    campaign = CampaignFactory()
    moderator = UserFactory()
    testimonies, messages, counts = [], [], []
    for n in range(12):
        testimony, receipt = submit(
            campaign=campaign, text=f"Constat numéro {n}.", counts={"vacant_posts": n}
        )
        services.testimony_ask(testimony=testimony, question="Précisez ?", actor=moderator)
        services.testimony_answer(testimony=services.testimony_find(receipt=receipt), answer=f"Réponse {n}.")
        testimonies.append(testimony.pk)
        messages.append(TestimonyMessage.objects.get(testimony=testimony, position=2).pk)
        counts.append(FieldCount.objects.get(testimony=testimony).pk)
    if connection.vendor == "sqlite":
        orders = ["rowid"]
    else:
        storage.testimonies_shuffle_storage()  # the worker's hourly job
        orders = ["ctid", "xmin::text::bigint, ctid"]
    for model, ids in ((Testimony, testimonies), (TestimonyMessage, messages), (FieldCount, counts)):
        for order_by in orders:
            assert not _arrival_order_kept(model._meta.db_table, ids, order_by), (model.__name__, order_by)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COUNT(DISTINCT xmin::text) FROM "{Testimony._meta.db_table}"')
            assert cursor.fetchone()[0] == 1  # one transaction number for all: nothing counts arrivals


@pytest.mark.django_db
def test_a_moderators_decisions_survive_the_authors_added_details():
    testimony, receipt = submit(text="La cheffe Gertrude Pivoine a refusé mon rapport sur la famille Zapata.")
    moderator = UserFactory()
    # The engine misses "Pivoine" and masks "Zapata": the moderator masks one and shows the other.
    services.testimony_mask_more(testimony=testimony, words="Pivoine", label="PERSON", actor=moderator)
    index = next(
        i for i, (start, end, _l, _s) in enumerate(testimony.spans) if "Zapata" in _raw(testimony)[start:end]
    )
    services.testimony_unmask(testimony=testimony, span_index=index, actor=moderator)
    before = testimony.masked_text
    assert "Pivoine" not in before and "Zapata" in before

    services.testimony_add_details(
        testimony=services.testimony_find(receipt=receipt), text="Elle me l'a redit hier."
    )
    services.testimonies_redact_received()
    testimony.refresh_from_db()
    assert "Pivoine" not in testimony.masked_text  # the moderator's mask stays
    assert "Zapata" in testimony.masked_text  # what the moderator chose to show stays shown
    assert testimony.masked_text.startswith(before)


def _raw(testimony: Testimony) -> str:
    return sealed.raw_text(testimony) or ""


@pytest.mark.django_db
def test_the_wall_filters_only_on_what_its_cards_show(client):
    campaign = CampaignFactory(disclosure_threshold=3)
    moderator = UserFactory()
    # Five cards in the Nord show their service; one author chose "département only".
    for _ in range(5):
        testimony, _ = submit(
            campaign=campaign, text="Postes vacants.", service="pmi", profession="puericultrice"
        )
        services.testimony_publish(testimony=testimony, actor=moderator)
    hidden, _ = submit(
        campaign=campaign, text="Mon service.", service="mdph", detail=Testimony.Detail.DEPARTEMENT
    )
    services.testimony_publish(testimony=hidden, actor=moderator)

    entries, filters = selectors.wall_list(campaign=campaign, departement="59", service="mdph")
    assert entries == []
    page = client.get(f"/{campaign.slug}/constats/", {"departement": "59", "service": "mdph"})
    assert hidden.public_id not in page.content.decode()
    # Offered values: only what at least k cards show.
    entries, filters = selectors.wall_list(campaign=campaign)
    assert ("pmi" in dict(filters.services)) and ("mdph" not in dict(filters.services))
    assert "59" in dict(filters.departements) and "01" not in dict(filters.departements)
    assert 'value="mdph"' not in client.get(f"/{campaign.slug}/constats/").content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_deleted_testimony_leaves_nothing_in_the_sqlite_file():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's file; PostgreSQL's dumps hold live rows only")
    testimony, receipt = submit(text="Le foyer Quetzalcoatl ferme ses places d'accueil d'urgence.")
    services.testimony_delete(testimony=services.testimony_find(receipt=receipt))
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    content = Path(connection.settings_dict["NAME"]).read_bytes()
    assert b"Quetzalcoatl" not in content


@pytest.mark.django_db
def test_the_deploy_check_warns_when_postgresql_keeps_commit_times():
    from concertons.testimonies import checks

    if connection.vendor != "postgresql":
        assert checks.postgresql_keeps_no_commit_times(None, databases=["default"]) == []
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('track_commit_timestamp')")
        on = cursor.fetchone()[0] == "on"
    warnings = checks.postgresql_keeps_no_commit_times(None, databases=["default"])
    assert ("track_commit_timestamp" in " ".join(w.msg for w in warnings)) == on
