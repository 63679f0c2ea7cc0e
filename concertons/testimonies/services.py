import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from concertons import redaction
from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign
from concertons.testimonies import crypto, receipts
from concertons.testimonies.models import FieldCount, Testimony, TestimonyMessage

MAX_MESSAGE_LENGTH = 2000


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


@transaction.atomic
def testimony_submit(*, campaign: Campaign, data: TestimonyData) -> tuple[Testimony, str]:
    """Store a testimony, its raw text encrypted, and return the receipt code (shown once, never stored)."""
    if not campaign.is_open:
        raise ValidationError(_("Cet appel ne recueille plus de témoignages."))
    code, lookup, receipt_hash = receipts.new_receipt()
    testimony = Testimony.objects.create(
        campaign=campaign,
        departement=data.departement,
        service=data.service,
        employer=data.employer,
        profession=data.profession,
        themes=sorted(set(data.themes)),
        detail=data.detail,
        week=iso_week(),
        raw_text_encrypted=crypto.encrypt(data.text) if data.text else None,
        receipt_lookup=lookup,
        receipt_hash=receipt_hash,
        # A testimony with counts only has nothing to mask: it goes straight to review.
        status=Testimony.Status.RECEIVED if data.text else Testimony.Status.TO_REVIEW,
    )
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
    raw = crypto.decrypt(testimony.raw_text_encrypted)
    if raw is None:
        testimony.status = Testimony.Status.TO_REVIEW
        testimony.save(update_fields=["status"])
        return testimony
    spans = redaction.detect(raw)
    _store_spans(testimony, raw, spans)
    testimony.status = Testimony.Status.TO_REVIEW
    testimony.save(update_fields=["spans", "masked_text", "status"])
    return testimony


def testimonies_redact_received(*, limit: int = 50) -> int:
    """Mask what arrived since the last run (worker's periodic job). Returns how many were masked."""
    received = list(Testimony.objects.filter(status=Testimony.Status.RECEIVED)[:limit])
    texts = [crypto.decrypt(testimony.raw_text_encrypted) or "" for testimony in received]
    for testimony, raw, spans in zip(received, texts, redaction.detect_many(texts), strict=True):
        with transaction.atomic():
            # Claim it: another worker may have masked it meanwhile.
            if not Testimony.objects.filter(pk=testimony.pk, status=Testimony.Status.RECEIVED).update(
                status=Testimony.Status.TO_REVIEW
            ):
                continue
            _store_spans(testimony, raw, spans)
            testimony.save(update_fields=["spans", "masked_text"])
    return len(received)


def _store_spans(testimony: Testimony, raw: str, spans) -> None:
    merged = redaction.merge(spans, raw)
    testimony.spans = [[span.start, span.end, str(span.label), span.source] for span in merged]
    testimony.masked_text = redaction.mask(raw, merged)


def _spans_of(testimony: Testimony) -> list[redaction.Span]:
    return [
        redaction.Span(start, end, redaction.Label(label), source)
        for start, end, label, source in testimony.spans
    ]


@transaction.atomic
def testimony_mask_more(*, testimony: Testimony, words: str, label: str, actor) -> int:
    """A moderator masks a passage the engine missed, everywhere it appears. Returns how many places."""
    words = " ".join((words or "").split())
    if not words:
        raise ValidationError({"words": _("Indiquez le passage à masquer.")})
    label = redaction.Label(label)
    pattern = re.compile(re.escape(words), re.IGNORECASE)
    raw = crypto.decrypt(testimony.raw_text_encrypted)
    if raw is not None:
        found = [redaction.Span(m.start(), m.end(), label, "moderator") for m in pattern.finditer(raw)]
        if found:
            _store_spans(testimony, raw, [*_spans_of(testimony), *found])
    else:  # the raw text is gone: mask in the masked text itself
        found = list(pattern.finditer(testimony.masked_text))
        testimony.masked_text = pattern.sub(redaction.PLACEHOLDERS[label], testimony.masked_text)
    if not found:
        raise ValidationError({"words": _("Ce passage n'apparaît pas dans le texte.")})
    testimony.save(update_fields=["spans", "masked_text"])
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_MASKED, actor=actor, campaign=testimony.campaign, object_id=testimony.public_id,
        label=str(label), places=len(found),
    )  # fmt: skip
    return len(found)


@transaction.atomic
def testimony_unmask(*, testimony: Testimony, span_index: int, actor) -> None:
    """A moderator shows again a passage masked by mistake (a town, a job title…)."""
    raw = crypto.decrypt(testimony.raw_text_encrypted)
    spans = _spans_of(testimony)
    if raw is None or not 0 <= span_index < len(spans):
        raise ValidationError(
            _("Ce masque ne peut plus être retiré : le texte original n'est plus disponible.")
        )
    removed = spans.pop(span_index)
    _store_spans(testimony, raw, spans)
    testimony.save(update_fields=["spans", "masked_text"])
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_UNMASKED, actor=actor, campaign=testimony.campaign, object_id=testimony.public_id,
        label=str(removed.label),
    )  # fmt: skip


def _add_message(testimony: Testimony, author: str, text: str) -> TestimonyMessage:
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Le message est vide.")})
    if len(text) > MAX_MESSAGE_LENGTH:
        raise ValidationError({"text": _("Le message dépasse %(n)s caractères.") % {"n": MAX_MESSAGE_LENGTH}})
    position = testimony.messages.count() + 1
    return TestimonyMessage.objects.create(testimony=testimony, position=position, author=author, text=text)


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
    # The answer may name people too: moderators read it, it is never published.
    _add_message(testimony, TestimonyMessage.Author.AUTHOR, answer)
    testimony.status = Testimony.Status.TO_REVIEW
    testimony.save(update_fields=["status"])


@transaction.atomic
def testimony_add_details(*, testimony: Testimony, text: str) -> None:
    """The author adds to their text before publication; it is masked again."""
    text = (text or "").strip()
    if testimony.status in (Testimony.Status.PUBLISHED, Testimony.Status.REJECTED):
        raise ValidationError(_("Ce témoignage a déjà été traité : il ne peut plus être complété."))
    raw = crypto.decrypt(testimony.raw_text_encrypted) or ""
    combined = f"{raw}\n\n{text}".strip()
    if not text or len(combined) > settings.TESTIMONY_MAX_LENGTH:
        raise ValidationError(
            {
                "text": _("Le texte complété doit faire au plus %(n)s caractères.")
                % {"n": settings.TESTIMONY_MAX_LENGTH}
            }
        )
    testimony.raw_text_encrypted = crypto.encrypt(combined)
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
    testimony.published_on = timezone.localdate()
    testimony.raw_text_encrypted = None
    testimony.spans = []
    testimony.save(update_fields=["status", "published_on", "raw_text_encrypted", "spans"])
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
    testimony.spans = []
    testimony.save(update_fields=["status", "rejection_reason", "raw_text_encrypted", "masked_text", "spans"])
    FieldCount.objects.filter(testimony=testimony).delete()
    AuditEntry.log(
        AuditEntry.Action.TESTIMONY_REJECTED, actor=actor, campaign=testimony.campaign, object_id=testimony.public_id,
        reason=testimony.rejection_reason,
    )  # fmt: skip
    return testimony


def testimonies_destroy_stale_raw_text(*, older_than_days: int | None = None) -> int:
    """Destroy raw texts nobody reviewed in time; the masked text stays for review. Returns how many."""
    days = settings.TESTIMONY_RAW_TEXT_DAYS if older_than_days is None else older_than_days
    limit_week = iso_week(timezone.localdate() - timezone.timedelta(days=days))
    # ISO weeks written as YYYY-Www sort as text in time order.
    return Testimony.objects.filter(raw_text_encrypted__isnull=False, week__lt=limit_week).update(
        raw_text_encrypted=None, spans=[]
    )
