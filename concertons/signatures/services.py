import contextlib
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks_db.backend import DatabaseBackend

from concertons.accounts.models import AuditEntry
from concertons.campaigns import services as campaign_services
from concertons.campaigns.models import Campaign, CampaignVersion
from concertons.core import antiabuse
from concertons.core.text import email_key
from concertons.mailer import services as mailer
from concertons.signatures import selectors, tokens
from concertons.signatures.models import Signature, new_token_key

# One address gets at most this many e-mails an hour from re-submissions, so the form cannot be used to
# flood someone's mailbox.
EMAILS_PER_ADDRESS_PER_HOUR = 3
CONFIRM_TEMPLATE = "signatures/emails/confirm.txt"


@dataclass(frozen=True)
class SignerData:
    last_name: str
    first_name: str
    profession: str
    departement: str
    job_title: str = ""
    service: str = ""
    workplace: str = ""
    commune: str = ""
    commune_insee: str = ""
    email: str = ""
    is_public: bool = False
    comment: str = ""


def _links(signature: Signature) -> dict[str, str]:
    slug = signature.campaign.slug
    return {
        purpose: settings.SITE_URL
        + reverse(
            f"signatures:{purpose}", kwargs={"slug": slug, "token": tokens.make_token(signature, purpose)}
        )
        for purpose in (tokens.CONFIRM, tokens.WITHDRAW, tokens.CORRECT)
    }


def _mail_signer(signature: Signature, template: str, *, resent: bool = True, **context) -> None:
    """E-mail the signer; a re-submission only if this address has not had its hourly share yet."""
    if resent and _over_hourly_share(signature):
        return
    mailer.email_queue(
        to=signature.email,
        template=template,
        collective=signature.campaign.collective,
        context={
            "signature": signature,
            "campaign": signature.campaign,
            "links": _links(signature),
            **context,
        },
    )


def _over_hourly_share(signature: Signature) -> bool:
    return antiabuse.over_limit(signature.email_key, scope="mail-to", limit=EMAILS_PER_ADDRESS_PER_HOUR)


def signature_submit(*, campaign: Campaign, signer: SignerData) -> Signature:
    """Sign online. A new address gets a confirmation link; a known one gets the link again (or, if
    already confirmed, its withdraw and correct links). The caller answers the same way in every case."""
    if not campaign.is_open:
        raise ValidationError(_("Cet appel n'accepte plus de signatures."))
    key = email_key(signer.email)
    version_id = campaign_services.campaign_version_current_id(campaign=campaign)
    # Insert first: most signers are new, and the unique (campaign, e-mail) constraint finds the others (a
    # concurrent twin included) in the same statement. The row says that its e-mail is owed, so that one
    # statement, atomic on its own, is all a new signature writes: no BEGIN and COMMIT round trips.
    # Within a caller's transaction, a savepoint lets it go on after a refusal.
    alone = (
        contextlib.nullcontext() if not transaction.get_connection().in_atomic_block else transaction.atomic()
    )
    try:
        with alone:
            signature = Signature.objects.create(
                campaign=campaign,
                version_id=version_id,
                email_key=key,
                source=Signature.Source.ONLINE,
                confirmation_due=True,
                **asdict(signer),
            )
    except IntegrityError:
        return _signature_submit_again(campaign=campaign, key=key, signer=signer)
    _confirmation_write_later()
    return signature


@transaction.atomic
def _signature_submit_again(*, campaign: Campaign, key: str, signer: SignerData) -> Signature:
    existing = Signature.objects.select_for_update().get(campaign=campaign, email_key=key)
    if existing.status == Signature.Status.PENDING:
        # Not confirmed yet: the newest details win (the first try may have had a typo). The links already
        # sent stop working, or anyone knowing the address could rewrite a signature that its owner's first
        # link would then confirm: only the newest e-mail, which shows the new details, confirms them.
        for field, value in asdict(signer).items():
            setattr(existing, field, value)
        existing.token_key = new_token_key()
        existing.confirmation_due = False  # the e-mail below replaces the one not written yet, if any
        existing.save()
        _mail_signer(existing, CONFIRM_TEMPLATE)
    else:
        _mail_signer(existing, "signatures/emails/already_signed.txt")
    return existing


def _confirmation_write_later() -> None:
    """A new signature's confirmation e-mail is written by the worker, which polls for the flag the insert
    set (jobs.py): rendering it here held SQLite's write lock for milliseconds per signature, and a task
    row would be a second insert. A backend that runs tasks at once (the tests') writes it after commit."""
    from concertons.signatures import tasks  # tasks imports this module

    if not isinstance(tasks.confirmations_write.get_backend(), DatabaseBackend):
        transaction.on_commit(tasks.confirmations_write.enqueue)


def signature_confirmations_write(*, limit: int = 500) -> int:
    """Write the confirmation e-mails of new signatures to the outbox. Each signature is claimed by a
    conditional update in the e-mail's transaction: two workers never write the same one, and a worker
    killed half-way leaves it due. Returns how many were written."""
    due = Signature.objects.filter(confirmation_due=True).values_list("pk", flat=True)[:limit]
    written = 0
    for pk in list(due):
        with transaction.atomic():
            if not Signature.objects.filter(pk=pk, confirmation_due=True).update(confirmation_due=False):
                continue  # another worker wrote it
            signature = Signature.objects.select_related("campaign__collective").get(pk=pk)
            if signature.status == Signature.Status.PENDING:
                _mail_signer(signature, CONFIRM_TEMPLATE, resent=False)
                written += 1
    return written


@transaction.atomic
def signature_links_resend(*, campaign: Campaign, email: str) -> None:
    """Someone lost their e-mails: the address, if it signed this campaign, gets its links again (the
    confirmation link while unconfirmed; else the support, correct and withdraw links). The caller says the
    same thing whether the address signed or not, and an address gets a few such e-mails an hour at most."""
    signature = Signature.objects.filter(campaign=campaign, email_key=email_key(email)).first()
    if signature is None or signature.confirmation_due:
        return  # (the worker is about to write its first confirmation e-mail)
    if signature.status == Signature.Status.PENDING:
        _mail_signer(signature, CONFIRM_TEMPLATE)
    else:
        _mail_signer(signature, "signatures/emails/your_links.txt")


@transaction.atomic
def signature_confirm(*, signature: Signature) -> Signature:
    """The signer clicked the link: the signature now counts (and shows, if they agreed)."""
    if signature.status == Signature.Status.PENDING:
        signature.status = Signature.Status.CONFIRMED
        signature.confirmed_at = timezone.now()
        signature.save(update_fields=["status", "confirmed_at"])
        from concertons.signatures import tasks  # tasks imports this module

        campaign_id = signature.campaign_id
        transaction.on_commit(lambda: tasks.goal_notify.enqueue(campaign_id))
    return signature


@transaction.atomic
def signature_withdraw(*, signature: Signature) -> None:
    """Delete the signature at its signer's request; the audit keeps no personal data."""
    AuditEntry.log(AuditEntry.Action.SIGNATURE_WITHDRAWN, campaign=signature.campaign, object_id=signature.pk)
    signature.delete()


@transaction.atomic
def signature_correct(*, signature: Signature, signer: SignerData) -> Signature:
    """The signer fixes their details (the e-mail address stays: it is what the link was sent to). A comment
    they rewrite waits for the team's review again before it shows."""
    if signer.comment != signature.comment:
        signature.comment_published = False
    for field, value in asdict(signer).items():
        if field != "email":
            setattr(signature, field, value)
    signature.save()
    return signature


@transaction.atomic
def signature_endorse_version(*, signature: Signature) -> Signature:
    """An earlier signatory confirms the amended text."""
    signature.version = campaign_services.campaign_version_current(campaign=signature.campaign)
    signature.save(update_fields=["version"])
    return signature


@transaction.atomic
def signature_add_paper(*, campaign: Campaign, signer: SignerData, actor) -> Signature:
    """An organiser types in a signature collected on paper: it counts at once, marked as paper."""
    signature = Signature.objects.create(
        campaign=campaign,
        version=campaign_services.campaign_version_current(campaign=campaign),
        email_key=email_key(signer.email) if signer.email else "",
        source=Signature.Source.PAPER,
        status=Signature.Status.CONFIRMED,
        confirmed_at=timezone.now(),
        **asdict(signer),
    )
    AuditEntry.log(
        AuditEntry.Action.SIGNATURE_PAPER_ADDED, actor=actor, campaign=campaign, object_id=signature.pk
    )
    from concertons.signatures import tasks  # tasks imports this module

    transaction.on_commit(lambda: tasks.goal_notify.enqueue(campaign.pk))
    return signature


@transaction.atomic
def signature_hide(*, signature: Signature, reason: str, actor) -> Signature:
    """Organisers hide a fake or abusive signature; it stops counting and showing. The reason is audited."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": _("Indiquez le motif du masquage.")})
    signature.status = Signature.Status.HIDDEN
    signature.hidden_reason = reason[:300]
    signature.save(update_fields=["status", "hidden_reason"])
    AuditEntry.log(
        AuditEntry.Action.SIGNATURE_HIDDEN,
        actor=actor,
        campaign=signature.campaign,
        object_id=signature.pk,
        reason=signature.hidden_reason,
    )
    return signature


@transaction.atomic
def signature_mark_checked(*, signature: Signature, actor) -> Signature:
    """What an import flagged has been checked by the team: the note goes, the check is audited."""
    note, signature.review_note = signature.review_note, ""
    signature.save(update_fields=["review_note"])
    AuditEntry.log(
        AuditEntry.Action.SIGNATURE_CHECKED,
        actor=actor,
        campaign=signature.campaign,
        object_id=signature.pk,
        note=note,
    )
    return signature


@transaction.atomic
def signature_show(*, signature: Signature, actor) -> Signature:
    """Undo a hiding: the signature counts again if it had been confirmed."""
    signature.status = Signature.Status.CONFIRMED if signature.confirmed_at else Signature.Status.PENDING
    signature.hidden_reason = ""
    signature.save(update_fields=["status", "hidden_reason"])
    AuditEntry.log(
        AuditEntry.Action.SIGNATURE_SHOWN, actor=actor, campaign=signature.campaign, object_id=signature.pk
    )
    return signature


@transaction.atomic
def signature_publish_comment(*, signature: Signature, actor) -> Signature:
    """A moderator lets the signer's comment show on the public list."""
    signature.comment_published = True
    signature.save(update_fields=["comment_published"])
    AuditEntry.log(
        AuditEntry.Action.SIGNATURE_COMMENT_APPROVED,
        actor=actor,
        campaign=signature.campaign,
        object_id=signature.pk,
    )
    return signature


def signatories_tell_new_version(*, campaign: Campaign, version: CampaignVersion) -> int:
    """E-mail every confirmed signatory of an earlier version a link to confirm the amended text."""
    told = 0
    earlier = (
        Signature.objects.confirmed().filter(campaign=campaign).exclude(version=version).exclude(email="")
    )
    for signature in earlier.select_related("campaign").iterator():
        endorse = settings.SITE_URL + reverse(
            "signatures:endorse",
            kwargs={"slug": campaign.slug, "token": tokens.make_token(signature, tokens.ENDORSE)},
        )
        mailer.email_queue(
            to=signature.email,
            template="signatures/emails/new_version.txt",
            collective=campaign.collective,
            context={
                "signature": signature,
                "campaign": campaign,
                "version": version,
                "endorse_link": endorse,
                "links": _links(signature),
            },
        )
        told += 1
    return told


def signature_purge_unconfirmed(*, older_than_days: int | None = None) -> int:
    """Delete signatures never confirmed (GDPR: nothing kept that is not needed). Returns how many."""
    days = settings.SIGNATURE_PENDING_DAYS if older_than_days is None else older_than_days
    limit = timezone.now() - timezone.timedelta(days=days)
    deleted, _by_model = Signature.objects.filter(
        status=Signature.Status.PENDING, created_at__lt=limit
    ).delete()
    return deleted


GOAL_THRESHOLDS = (25, 50, 75, 100)


@transaction.atomic
def signature_goals_notify(*, campaign_id: int) -> list[str]:
    """Tell the organisers, once each, when a goal passes 25, 50, 75 and 100 %. Returns what was announced."""
    campaign = Campaign.objects.select_for_update().get(pk=campaign_id)
    counts = selectors.signature_counts(campaign=campaign)
    announced = []
    for progress in campaign_services.campaign_goal_progress(
        campaign=campaign, confirmed=counts.confirmed, by_departement=counts.by_departement
    ):
        for threshold in GOAL_THRESHOLDS:
            key = f"{progress.departement or 'total'}:{threshold}"
            if progress.percent >= threshold and key not in campaign.goal_notices_sent:
                campaign.goal_notices_sent.append(key)
                announced.append(key)
                for organiser in campaign_services.campaign_organisers(campaign=campaign):
                    mailer.email_queue(
                        to=organiser.email,
                        template="campaigns/emails/goal_reached.txt",
                        context={"campaign": campaign, "progress": progress, "threshold": threshold},
                        collective=campaign.collective,
                    )
    if announced:
        campaign.save(update_fields=["goal_notices_sent"])
    return announced
