import datetime
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from concertons import redaction
from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.testimonies import receipts, sealed, selectors
from concertons.testimonies.models import FieldCount, Testimony, TestimonyMessage
from concertons.testimonies.sealed import raw_text

MAX_MESSAGE_LENGTH = 2000
MODERATOR = "moderator"  # the source of a span a moderator masked by hand


class AlreadySubmitted(Exception):
    """The same form was sent again (a reloaded page): its testimony exists, no second one is made."""


@dataclass(frozen=True)
class TestimonyData:
    departement: str
    text: str = ""
    service: str = ""
    employer: str = ""
    profession: str = ""
    themes: list[str] = field(default_factory=list)
    detail: str = Testimony.Detail.FULL
    counts: dict = field(default_factory=dict)  # FieldCount field name → value, only those given


def iso_week(day=None) -> str:
    """The only date a testimony keeps: its ISO week, e.g. 2026-W48."""
    year, week, _weekday = (day or timezone.localdate()).isocalendar()
    return f"{year}-W{week:02d}"


def publication_week(day=None) -> datetime.date:
    """The Monday of the week a testimony is published: a day would bound the arrival of one published the
    week it came to that day or the few before it, finer than the week it keeps."""
    day = day or timezone.localdate()
    return day - datetime.timedelta(days=day.weekday())


def testimony_submit(
    *, campaign: Campaign, data: TestimonyData, submission_token: str | None = None
) -> tuple[Testimony, str]:
    """Store a testimony, its raw text encrypted, and return the receipt code (shown once, never stored).
    Raises AlreadySubmitted when the form carrying `submission_token` was already received."""
    key = selectors.submission_key(submission_token) if submission_token else None
    if key and Testimony.objects.filter(submission_key=key).exists():
        raise AlreadySubmitted
    try:
        return _testimony_create(campaign=campaign, data=data, key=key)
    except IntegrityError:
        if key and Testimony.objects.filter(submission_key=key).exists():
            raise AlreadySubmitted from None  # the same form, sent twice at once
        raise


@transaction.atomic
def _testimony_create(*, campaign: Campaign, data: TestimonyData, key: str | None) -> tuple[Testimony, str]:
    if not campaign.is_open:
        raise ValidationError(_("Cet appel ne recueille plus de témoignages."))
    code, lookup, receipt_hash = receipts.new_receipt()
    testimony = Testimony(
        campaign=campaign,
        departement=data.departement,
        service=data.service,
        employer=data.employer,
        profession=data.profession,
        themes=sorted(set(data.themes)),
        detail=data.detail,
        week=iso_week(),
        receipt_lookup=lookup,
        receipt_hash=receipt_hash,
        submission_key=key,
        # A testimony with counts only has nothing to mask: it goes straight to review.
        status=Testimony.Status.RECEIVED if data.text else Testimony.Status.TO_REVIEW,
    )
    sealed.seal_raw_text(testimony, data.text)
    testimony.save(force_insert=True)
    counts = FieldCount(testimony=testimony, **data.counts)
    if not counts.is_empty:
        counts.full_clean(exclude=["testimony"])
        counts.save()
    # No task is queued here on purpose: a task row would carry the exact submission time. The worker's
    # periodic job (testimonies_redact_received) picks received testimonies up within seconds.
    return testimony, code


def testimony_find(*, receipt: str) -> Testimony | None:
    """The testimony a receipt opens, or None; unknown and wrong codes cost the same time."""
    raw = receipts.normalise(receipt)
    candidates = []
    if raw:
        candidates = [
            (testimony, testimony.receipt_hash)
            for testimony in Testimony.objects.filter(
                receipt_lookup=raw[: receipts.LOOKUP_LENGTH]
            ).select_related("campaign")
        ]
    return receipts.matches(raw, candidates)


def testimony_redact(*, testimony: Testimony) -> Testimony:
    """Detect identifying spans in the raw text and keep the masked text; the testimony is then reviewable."""
    raw = raw_text(testimony)
    if raw is not None:
        _store_spans(testimony, raw, redaction.detect(raw), previous=testimony.masked_spans())
    testimony.status = Testimony.Status.TO_REVIEW
    testimony.save(update_fields=["spans", "masked_text", "status"])
    return testimony


def testimonies_redact_received(*, limit: int = 50) -> int:
    """Mask what arrived since the last run, texts and authors' answers (worker's periodic job)."""
    received = list(Testimony.objects.filter(status=Testimony.Status.RECEIVED)[:limit])
    texts = [raw_text(testimony) or "" for testimony in received]
    for testimony, raw, spans in zip(received, texts, redaction.detect_many(texts), strict=True):
        with transaction.atomic():
            # Claim it: another worker may have masked it meanwhile.
            if not Testimony.objects.filter(pk=testimony.pk, status=Testimony.Status.RECEIVED).update(
                status=Testimony.Status.TO_REVIEW
            ):
                continue
            _store_spans(testimony, raw, spans, previous=testimony.masked_spans())
            testimony.save(update_fields=["spans", "masked_text"])
    return len(received) + _answers_redact(limit=limit)


def _answers_redact(*, limit: int) -> int:
    """Authors' answers are masked like their texts before a moderator reads them."""
    pending = list(TestimonyMessage.objects.filter(text="", text_encrypted__isnull=False)[:limit])
    originals = [sealed.answer_original(message) or "" for message in pending]
    for message, original, spans in zip(pending, originals, redaction.detect_many(originals), strict=True):
        masked = redaction.mask(original, redaction.merge(spans, original)) or _("(réponse illisible)")
        # Only if still waiting: the testimony may have been published (answers destroyed) meanwhile.
        TestimonyMessage.objects.filter(pk=message.pk, text="", text_encrypted__isnull=False).update(
            text=masked
        )
    return len(pending)


def _by_moderator(span: redaction.Span) -> bool:
    """A span a moderator drew, alone or merged with what the engine found."""
    return MODERATOR in span.source.split("+")


def _overlaps(span: redaction.Span, ranges) -> bool:
    return any(span.start < end and start < span.end for start, end in ranges)


def _store_spans(testimony: Testimony, raw: str, spans, *, previous=()) -> None:
    """Mask `raw` with the engine's spans and the moderator's decisions: their masks stay, and what they
    chose to show stays shown, when the text is masked again (after the author added details)."""
    kept = [span for span in spans if _by_moderator(span) or not _overlaps(span, testimony.kept_visible)]
    kept += [span for span in previous if _by_moderator(span) and span.end <= len(raw)]
    merged = redaction.merge(kept, raw)
    testimony.set_masked_spans(merged)
    testimony.masked_text = redaction.mask(raw, merged)


@transaction.atomic
def testimony_mask_more(*, testimony: Testimony, words: str, label: str, actor) -> int:
    """A moderator masks a passage the engine missed, everywhere it appears. Returns how many places."""
    words = " ".join((words or "").split())
    if not words:
        raise ValidationError({"words": _("Indiquez le passage à masquer.")})
    label = redaction.Label(label)
    pattern = re.compile(re.escape(words), re.IGNORECASE)
    raw = raw_text(testimony)
    if raw is not None:
        found = [redaction.Span(m.start(), m.end(), label, MODERATOR) for m in pattern.finditer(raw)]
        if found:
            testimony.kept_visible = [
                [start, end] for start, end in testimony.kept_visible if not _overlaps_any(found, start, end)
            ]
            _store_spans(testimony, raw, [*testimony.masked_spans(), *found])
    else:  # the raw text is gone: mask in the masked text itself
        found = list(pattern.finditer(testimony.masked_text))
        testimony.masked_text = pattern.sub(redaction.PLACEHOLDERS[label], testimony.masked_text)
    if not found:
        raise ValidationError({"words": _("Ce passage n'apparaît pas dans le texte.")})
    testimony.save(update_fields=["spans", "masked_text", "kept_visible"])
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_MASKED, actor=actor, campaign=testimony.campaign, object_id=testimony.public_id,
        label=str(label), places=len(found),
    )  # fmt: skip
    return len(found)


@transaction.atomic
def testimony_unmask(*, testimony: Testimony, span_index: int, actor) -> None:
    """A moderator shows again a passage masked by mistake (a town, a job title…)."""
    raw = raw_text(testimony)
    spans = testimony.masked_spans()
    if raw is None or not 0 <= span_index < len(spans):
        raise ValidationError(
            _("Ce masque ne peut plus être retiré : le texte original n'est plus disponible.")
        )
    removed = spans.pop(span_index)
    testimony.kept_visible = [*testimony.kept_visible, [removed.start, removed.end]]
    _store_spans(testimony, raw, spans)
    testimony.save(update_fields=["spans", "masked_text", "kept_visible"])
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_UNMASKED, actor=actor, campaign=testimony.campaign, object_id=testimony.public_id,
        label=str(removed.label),
    )  # fmt: skip


def _overlaps_any(spans, start: int, end: int) -> bool:
    return any(span.start < end and start < span.end for span in spans)


def _add_message(testimony: Testimony, author: str, text: str) -> TestimonyMessage:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Le message est vide.")})
    if len(text) > MAX_MESSAGE_LENGTH:
        raise ValidationError({"text": _("Le message dépasse %(n)s caractères.") % {"n": MAX_MESSAGE_LENGTH}})
    message = TestimonyMessage(testimony=testimony, position=testimony.messages.count() + 1, author=author)
    if author == TestimonyMessage.Author.AUTHOR:
        # The answer may name people too: sealed like the raw text, masked by the worker before anyone reads it.
        sealed.seal_answer(message, text)
    else:
        message.text = text
    message.save(force_insert=True)
    return message


@transaction.atomic
def testimony_ask(*, testimony: Testimony, question: str, actor) -> None:
    """A moderator asks the author something; the author reads it with their receipt."""
    _add_message(testimony, TestimonyMessage.Author.MODERATOR, question)
    testimony.status = Testimony.Status.QUESTION
    testimony.save(update_fields=["status"])
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_QUESTION,
        actor=actor,
        campaign=testimony.campaign,
        object_id=testimony.public_id,
    )


@transaction.atomic
def testimony_answer(*, testimony: Testimony, answer: str) -> None:
    """The author answers with their receipt; the testimony goes back to review. Not audited (anonymous)."""
    if testimony.status in (Testimony.Status.PUBLISHED, Testimony.Status.REJECTED):
        raise ValidationError(_("Ce témoignage a déjà été traité."))
    _add_message(testimony, TestimonyMessage.Author.AUTHOR, answer)
    testimony.status = Testimony.Status.TO_REVIEW
    testimony.save(update_fields=["status"])


@transaction.atomic
def testimony_add_details(*, testimony: Testimony, text: str) -> None:
    """The author adds to their text before publication; it is masked again."""
    text = (text or "").strip()
    if testimony.status in (Testimony.Status.PUBLISHED, Testimony.Status.REJECTED):
        raise ValidationError(_("Ce témoignage a déjà été traité : il ne peut plus être complété."))
    raw = raw_text(testimony) or ""
    # Appended, so the offsets of the moderator's decisions in the old text stay true.
    combined = f"{raw}\n\n{text}" if raw else text
    if not text or len(combined) > settings.TESTIMONY_MAX_LENGTH:
        raise ValidationError(
            {
                "text": _("Le texte complété doit faire au plus %(n)s caractères.")
                % {"n": settings.TESTIMONY_MAX_LENGTH}
            }
        )
    sealed.seal_raw_text(testimony, combined)
    testimony.status = Testimony.Status.RECEIVED
    testimony.save(update_fields=["raw_text_encrypted", "status"])


@transaction.atomic
def testimony_delete(*, testimony: Testimony) -> None:
    """The author deletes their testimony: nothing of it remains."""
    testimony.delete()


@transaction.atomic
def testimony_publish(*, testimony: Testimony, actor) -> Testimony:
    """On the wall, masked; the raw text is destroyed for good."""
    if testimony.status == Testimony.Status.RECEIVED:
        raise ValidationError(_("Ce témoignage n'est pas encore masqué : attendez quelques secondes."))
    testimony.status = Testimony.Status.PUBLISHED
    testimony.published_on = publication_week()
    testimony.raw_text_encrypted = None
    testimony.set_masked_spans([])
    testimony.kept_visible = []
    testimony.save(update_fields=["status", "published_on", "raw_text_encrypted", "spans", "kept_visible"])
    testimony.messages.all().delete()
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_PUBLISHED,
        actor=actor,
        campaign=testimony.campaign,
        object_id=testimony.public_id,
    )
    return testimony


@transaction.atomic
def testimony_reject(*, testimony: Testimony, reason: str, actor) -> Testimony:
    """Refused with a reason the author can read; texts and counts are destroyed, nothing of it counts."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Indiquez le motif du refus : l'auteur·rice pourra le lire.")})
    testimony.status = Testimony.Status.REJECTED
    testimony.rejection_reason = reason[:500]
    testimony.raw_text_encrypted = None
    testimony.masked_text = ""
    testimony.set_masked_spans([])
    testimony.kept_visible = []
    testimony.save(
        update_fields=[
            "status",
            "rejection_reason",
            "raw_text_encrypted",
            "masked_text",
            "spans",
            "kept_visible",
        ]
    )
    FieldCount.objects.filter(testimony=testimony).delete()
    testimony.messages.all().delete()
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_REJECTED, actor=actor, campaign=testimony.campaign, object_id=testimony.public_id,
        reason=testimony.rejection_reason,
    )  # fmt: skip
    return testimony


FINISHED = (Testimony.Status.PUBLISHED, Testimony.Status.REJECTED)


def testimonies_destroy_stale_raw_text(*, older_than_days: int | None = None) -> int:
    """Destroy raw texts nobody reviewed in time; the masked text stays for review. Returns how many."""
    days = settings.TESTIMONY_RAW_TEXT_DAYS if older_than_days is None else older_than_days
    limit_week = iso_week(timezone.localdate() - timezone.timedelta(days=days))
    # ISO weeks written as YYYY-Www sort as text in time order.
    stale = Testimony.objects.filter(week__lt=limit_week).exclude(status__in=FINISHED)
    TestimonyMessage.objects.filter(testimony__in=stale, text_encrypted__isnull=False).update(
        text_encrypted=None
    )
    return stale.filter(raw_text_encrypted__isnull=False).update(
        raw_text_encrypted=None, spans=[], kept_visible=[]
    )
