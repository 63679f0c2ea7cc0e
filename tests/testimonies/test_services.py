import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from concertons.accounts.models import AuditEntry
from concertons.testimonies import receipts, sealed, selectors, services
from concertons.testimonies.models import FieldCount, Testimony
from tests.campaigns.factories import CampaignFactory, MembershipFactory, UserFactory
from tests.testimonies.factories import TEXT, submit

pytestmark = pytest.mark.django_db


def test_submission_keeps_only_the_week_encrypts_the_text_and_gives_a_receipt():
    testimony, receipt = submit(redact=False)

    assert testimony.status == Testimony.Status.RECEIVED
    assert testimony.week == services.iso_week()
    assert TEXT.encode() not in bytes(testimony.raw_text_encrypted)
    assert sealed.raw_text(testimony) == TEXT
    assert len(receipts.normalise(receipt)) == 24
    assert receipt not in testimony.receipt_hash and testimony.receipt_hash.startswith("$argon2id$")
    assert not [f.name for f in Testimony._meta.fields if f.get_internal_type() == "DateTimeField"]


def test_the_receipt_opens_its_testimony_however_it_is_typed():
    testimony, receipt = submit(redact=False)
    typed = receipt.lower().replace("-", " ").replace("0", "o")
    assert services.testimony_find(receipt=typed) == testimony
    assert services.testimony_find(receipt=receipt[:-1] + ("A" if receipt[-1] != "A" else "B")) is None
    assert services.testimony_find(receipt="") is None
    assert services.testimony_find(receipt="x" * 10_000) is None


def test_the_worker_masks_what_arrived():
    testimony, _receipt = submit(redact=False)
    assert services.testimonies_redact_received() == 1

    testimony.refresh_from_db()
    assert testimony.status == Testimony.Status.TO_REVIEW
    assert "Durand" not in testimony.masked_text and "06 12 34 56 78" not in testimony.masked_text
    assert "[téléphone]" in testimony.masked_text
    # The MDS's town places the author: masked by default (issue 12), one click unmasks it.
    assert "Lille" not in testimony.masked_text and "MDS de [lieu de travail]" in testimony.masked_text
    assert "8 mois" in testimony.masked_text
    assert {label for _s, _e, label, _src in testimony.spans} >= {"PERSON", "PHONE", "WORKPLACE"}
    workplace = next(i for i, span in enumerate(testimony.spans) if span[2] == "WORKPLACE")
    services.testimony_unmask(testimony=testimony, span_index=workplace, actor=UserFactory())
    assert "MDS de Lille" in testimony.masked_text


def test_a_moderator_masks_more_and_unmasks_a_false_positive():
    testimony, _receipt = submit(
        text="La cheffe Gertrude Pivoine a refusé mon rapport sur la famille Zapata."
    )
    moderator = UserFactory()

    assert (
        services.testimony_mask_more(testimony=testimony, words="zapata", label="PERSON", actor=moderator)
        == 1
    )
    assert "Zapata" not in testimony.masked_text
    index = next(i for i, span in enumerate(testimony.spans) if "Zapata" not in TEXT and span[2] == "PERSON")
    services.testimony_unmask(testimony=testimony, span_index=index, actor=moderator)
    assert len(testimony.spans) >= 1
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {AuditEntry.Action.TESTIMONY_MASKED, AuditEntry.Action.TESTIMONY_UNMASKED} <= actions

    with pytest.raises(ValidationError, match="n'apparaît pas"):
        services.testimony_mask_more(
            testimony=testimony, words="introuvable", label="PERSON", actor=moderator
        )


def test_question_answer_and_details_go_back_and_forth():
    testimony, receipt = submit()
    moderator = UserFactory()

    services.testimony_ask(testimony=testimony, question="De quel service s'agit-il ?", actor=moderator)
    assert testimony.status == Testimony.Status.QUESTION
    found = services.testimony_find(receipt=receipt)
    services.testimony_answer(testimony=found, answer="Le service ASE.")
    found.refresh_from_db()
    assert found.status == Testimony.Status.TO_REVIEW
    assert [m.author for m in found.messages.all()] == ["moderator", "author"]

    services.testimony_add_details(testimony=found, text="Et Mme Kowalski, de la CRIP, le sait.")
    found.refresh_from_db()
    assert found.status == Testimony.Status.RECEIVED
    assert sealed.raw_text(found).endswith("Et Mme Kowalski, de la CRIP, le sait.")
    services.testimonies_redact_received()
    found.refresh_from_db()
    assert "Kowalski" not in found.masked_text


def test_publishing_destroys_the_raw_text_and_keeps_the_masked_one():
    testimony, _receipt = submit()
    services.testimony_publish(testimony=testimony, actor=UserFactory())

    testimony.refresh_from_db()
    assert testimony.raw_text_encrypted is None and testimony.spans == []
    assert testimony.status == Testimony.Status.PUBLISHED and "[téléphone]" in testimony.masked_text
    today = timezone.localdate()
    assert testimony.published_on == today - datetime.timedelta(days=today.weekday())  # its week's Monday


def test_rejecting_needs_a_reason_and_destroys_texts_and_counts():
    testimony, receipt = submit(counts={"vacant_posts": 3})
    with pytest.raises(ValidationError):
        services.testimony_reject(testimony=testimony, reason="", actor=UserFactory())

    services.testimony_reject(testimony=testimony, reason="Hors sujet.", actor=UserFactory())

    testimony.refresh_from_db()
    assert testimony.raw_text_encrypted is None and testimony.masked_text == ""
    assert not FieldCount.objects.exists()
    assert services.testimony_find(receipt=receipt).rejection_reason == "Hors sujet."


def test_raw_texts_never_reviewed_are_destroyed_after_the_delay(settings):
    settings.TESTIMONY_RAW_TEXT_DAYS = 60
    old, _r = submit()
    Testimony.objects.filter(pk=old.pk).update(
        week=services.iso_week(timezone.localdate() - timezone.timedelta(days=70))
    )
    recent, _r = submit()

    assert services.testimonies_destroy_stale_raw_text() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.raw_text_encrypted is None and old.masked_text  # still reviewable, masked
    assert recent.raw_text_encrypted is not None


def test_the_author_deletes_everything():
    testimony, receipt = submit(counts={"closures": 2})
    services.testimony_delete(testimony=services.testimony_find(receipt=receipt))
    assert not Testimony.objects.exists() and not FieldCount.objects.exists()


def test_counts_alone_need_no_masking_and_absurd_ones_are_refused():
    campaign = CampaignFactory()
    testimony, _r = submit(campaign=campaign, text="", counts={"vacant_posts": 4, "vacant_months": 9})
    assert testimony.status == Testimony.Status.TO_REVIEW
    assert testimony.field_count.vacant_posts == 4
    with pytest.raises(ValidationError):
        submit(campaign=campaign, text="", counts={"measures_median_days": 10**9})
    assert Testimony.objects.count() == 1  # the refused one left nothing behind


def test_a_moderator_limited_to_some_departements_sees_only_those():
    campaign = CampaignFactory()
    in_59, _r = submit(campaign=campaign, departement="59")
    submit(campaign=campaign, departement="62")
    limited = MembershipFactory(collective=campaign.collective, role="moderator", departements=["59"]).user
    everywhere = MembershipFactory(collective=campaign.collective, role="moderator").user
    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user

    assert list(selectors.moderation_queue(user=limited, campaign=campaign)) == [in_59]
    assert selectors.moderation_queue(user=everywhere, campaign=campaign).count() == 2
    assert selectors.moderation_queue(user=organiser, campaign=campaign).count() == 0


def test_the_wall_shows_profession_and_service_only_behind_enough_testimonies():
    campaign = CampaignFactory(disclosure_threshold=3)
    for _ in range(3):
        submit(campaign=campaign, departement="59", service="ase", profession="educateur")
    submit(campaign=campaign, departement="59", service="ase", profession="psychologue")
    lonely, _r = submit(campaign=campaign, departement="47", service="pmi", profession="sage_femme")
    shy, _r = submit(
        campaign=campaign, departement="59", service="ase", profession="educateur", detail="departement"
    )
    for testimony in Testimony.objects.all():
        services.testimony_publish(testimony=testimony, actor=None)

    entries = {entry.testimony.pk: entry for entry in selectors.wall_list(campaign=campaign)[0]}
    educ = [e for e in entries.values() if e.profession]
    assert len(educ) == 3 and all(e.profession == "Éducateur·rice spécialisé·e" for e in educ)
    psy = [e for e in entries.values() if e.testimony.profession == "psychologue"][0]
    assert (psy.service, psy.profession) == ("ASE (aide sociale à l'enfance, CRIP, accueil familial)", "")
    assert (entries[lonely.pk].service, entries[lonely.pk].profession) == ("", "")
    assert (entries[shy.pk].service, entries[shy.pk].profession) == ("", "")
