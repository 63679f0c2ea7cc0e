from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django_otp import devices_for_user

from concertons.accounts.models import AuditEntry, User
from concertons.campaigns import signals
from concertons.campaigns.models import Campaign, CampaignVersion, Collective, DepartementGoal, Membership
from concertons.core.identity import Logo
from concertons.mailer import services as mailer

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_COLLECTIVE_SLUG = "collectif-demo"
DEMO_CAMPAIGN_SLUG = "appel"
# A call's pages are /<slug>/… and /gestion/<slug>/…: these path segments belong to other pages.
RESERVED_SLUGS = {
    "gestion", "admin", "api", "geo", "constats", "collectif", "confidentialite", "mentions-legales",
    "accessibilite", "static", "media", "healthz", "metrics", "collectifs", "bienvenue", "codes-de-secours",
    "connexion", "deconnexion", "double-authentification", "donnees-personnelles",
}  # fmt: skip


@dataclass(frozen=True)
class GoalProgress:
    departement: str | None  # None: the campaign's overall goal
    goal: int
    count: int | None  # None: withheld on public pages (see publication.selectors.signature_figures)

    @property
    def percent(self) -> int | None:
        if self.count is None:
            return None
        return min(100, self.count * 100 // self.goal) if self.goal else 0


@transaction.atomic
def collective_update(
    *, collective: Collective, changes: dict, logo: Logo | None = None, remove_logo: bool = False, actor=None
) -> list[str]:
    """Change what a collective shows of itself (name, look, legal identity); returns the fields changed."""
    changed = [field for field, value in changes.items() if getattr(collective, field) != value]
    for field in changed:
        setattr(collective, field, changes[field])
    if logo is not None:
        collective.logo_png, collective.logo_width, collective.logo_height = logo.png, logo.width, logo.height
        changed.append("logo")
    elif remove_logo and collective.logo_png:
        collective.logo_png = collective.logo_width = collective.logo_height = None
        changed.append("logo")
    if changed:
        collective.save()
        AuditEntry.log(
            AuditEntry.Action.COLLECTIVE_UPDATED, actor=actor, collective=collective, fields=sorted(changed)
        )
    return changed


@transaction.atomic
def collective_create(*, name: str, actor) -> Collective:
    """A new collective, its creator as its first admin."""
    base = slugify(name)[:70] or "collectif"
    if base == "nouveau":  # /gestion/collectifs/nouveau/ creates one
        base = "nouveau-collectif"
    slug, number = base, 1
    while Collective.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    collective = Collective.objects.create(name=name, slug=slug)
    Membership.objects.create(user=actor, collective=collective, role=Membership.Role.ADMIN)
    AuditEntry.log(
        AuditEntry.Action.COLLECTIVE_UPDATED, actor=actor, collective=collective, fields=["created"]
    )
    return collective


CAMPAIGN_FIELDS = (
    "title",
    "slug",
    "summary",
    "text",
    "signature_goal",
    "disclosure_threshold",
    "embed_origins",
)


@transaction.atomic
def campaign_save(*, collective: Collective, data: dict, actor, campaign: Campaign | None = None) -> Campaign:
    """Create a draft call, or change one. A published call's changed text becomes a new version (people
    signed the old one), and its earlier signatories are told."""
    fields = {name: data.get(name) for name in CAMPAIGN_FIELDS}
    fields["slug"] = fields["slug"] or slugify(fields["title"])[:80]
    if not fields["slug"]:
        raise ValidationError({"slug": _("Choisissez une adresse : le titre n'en donne aucune.")})
    taken = Campaign.objects.filter(slug=fields["slug"]).exclude(pk=getattr(campaign, "pk", None))
    if taken.exists() or fields["slug"] in RESERVED_SLUGS:
        raise ValidationError({"slug": _("Cette adresse est déjà prise : choisissez-en une autre.")})
    fields["summary"] = fields["summary"] or ""
    fields["embed_origins"] = fields["embed_origins"] or ""
    created = campaign is None
    if created:
        campaign = Campaign.objects.create(collective=collective, status=Campaign.Status.DRAFT, **fields)
        campaign_version_current(campaign=campaign)
    else:
        for name, value in fields.items():
            setattr(campaign, name, value)
        campaign.save()
        if campaign.status == Campaign.Status.DRAFT:
            # Nobody has signed a draft: its one version is simply rewritten.
            campaign.versions.filter(number=1).update(title=campaign.title, text=campaign.text)
        else:
            campaign_amend(campaign=campaign, actor=actor)
    AuditEntry.log(
        AuditEntry.Action.CAMPAIGN_CREATED if created else AuditEntry.Action.CAMPAIGN_UPDATED,
        actor=actor, campaign=campaign,
    )  # fmt: skip
    return campaign


@transaction.atomic
def campaign_set_status(*, campaign: Campaign, status: str, actor) -> Campaign:
    """Publish a draft (or reopen a closed call), or close a published one: signatures and testimonies stop,
    everything stays readable."""
    allowed = {
        Campaign.Status.DRAFT: {Campaign.Status.PUBLISHED},
        Campaign.Status.PUBLISHED: {Campaign.Status.CLOSED},
        Campaign.Status.CLOSED: {Campaign.Status.PUBLISHED},
    }
    if status not in allowed[campaign.status]:
        raise ValidationError(_("Ce changement de statut n'est pas possible."))
    campaign.status = status
    campaign.save(update_fields=["status", "updated_at"])
    AuditEntry.log(AuditEntry.Action.CAMPAIGN_STATUS_CHANGED, actor=actor, campaign=campaign, status=status)
    return campaign


@transaction.atomic
def campaign_departement_goal_set(*, campaign: Campaign, departement: str, goal: int, actor) -> None:
    """A signature goal for one département; 0 removes it."""
    if goal:
        DepartementGoal.objects.update_or_create(
            campaign=campaign, departement=departement, defaults={"goal": goal}
        )
    else:
        DepartementGoal.objects.filter(campaign=campaign, departement=departement).delete()
    AuditEntry.log(
        AuditEntry.Action.CAMPAIGN_UPDATED, actor=actor, campaign=campaign, departement=departement, goal=goal
    )


def _check_an_admin_remains(collective: Collective, *, leaving: Membership) -> None:
    others = collective.memberships.filter(role=Membership.Role.ADMIN).exclude(pk=leaving.pk)
    if leaving.role == Membership.Role.ADMIN and not others.exists():
        raise ValidationError(_("Le collectif doit garder au moins un·e administrateur·rice."))


@transaction.atomic
def member_invite(
    *, collective: Collective, email: str, role: str, departements: list[str], actor
) -> tuple[Membership, bool]:
    """Give a role to the person at this address: a new account if none, which they open from the e-mailed
    link (a password, then their authenticator). Returns (membership, whether an account was created)."""
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User(username=email[:150], email=email)
        user.set_unusable_password()
        user.save()
    if Membership.objects.filter(user=user, collective=collective).exists():
        raise ValidationError({"email": _("Cette personne fait déjà partie de l'équipe du collectif.")})
    membership = Membership.objects.create(
        user=user,
        collective=collective,
        role=role,
        departements=departements if role == Membership.Role.MODERATOR else [],
    )
    link = settings.SITE_URL + reverse(
        "accounts:welcome",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    mailer.email_queue(
        to=email,
        template="accounts/emails/invitation.txt",
        context={
            "collective": collective,
            "membership": membership,
            "link": link if created else "",
            "actor": actor,
        },
        collective=collective,
    )
    AuditEntry.log(
        AuditEntry.Action.MEMBER_INVITED, actor=actor, collective=collective, object_id=user.pk, role=role,
        departements=membership.departements, new_account=created,
    )  # fmt: skip
    return membership, created


@transaction.atomic
def member_update(*, membership: Membership, role: str, departements: list[str], actor) -> Membership:
    """Change someone's role (a moderator's départements too); the last admin stays an admin."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if role != Membership.Role.ADMIN:
        _check_an_admin_remains(membership.collective, leaving=membership)
    membership.role = role
    membership.departements = departements if role == Membership.Role.MODERATOR else []
    membership.save(update_fields=["role", "departements"])
    AuditEntry.log(
        AuditEntry.Action.MEMBER_CHANGED, actor=actor, collective=membership.collective,
        object_id=membership.user_id, role=role, departements=membership.departements,
    )  # fmt: skip
    return membership


@transaction.atomic
def member_remove(*, membership: Membership, actor) -> None:
    """Take someone off the collective's team (their account stays, for their other collectives)."""
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    _check_an_admin_remains(membership.collective, leaving=membership)
    membership.delete()
    AuditEntry.log(
        AuditEntry.Action.MEMBER_REMOVED,
        actor=actor,
        collective=membership.collective,
        object_id=membership.user_id,
    )


@transaction.atomic
def member_two_factor_reset(*, membership: Membership, actor) -> None:
    """A lost phone and no recovery code left: the person enrols a new authenticator at their next login."""
    for device in devices_for_user(membership.user, confirmed=None):
        device.delete()
    AuditEntry.log(
        AuditEntry.Action.MEMBER_TWO_FACTOR_RESET, actor=actor, collective=membership.collective,
        object_id=membership.user_id,
    )  # fmt: skip


@dataclass(frozen=True)
class DemoResult:
    campaign: Campaign
    created: bool


@transaction.atomic
def demo_load() -> DemoResult:
    """Create, or bring back to its reference text, the demo campaign carrying the users' own call."""
    collective, _ = Collective.objects.update_or_create(
        slug=DEMO_COLLECTIVE_SLUG,
        defaults={
            "name": "Collectif des professionnel·les du social et du médico-social (démonstration)",
            "description": "Collectif de démonstration créé par « concertons demo ».",
        },
    )
    campaign, created = Campaign.objects.update_or_create(
        slug=DEMO_CAMPAIGN_SLUG,
        defaults={
            "collective": collective,
            "title": "Appel des professionnel·les des services sociaux et médico-sociaux des Conseils Départementaux",
            "summary": (
                "Nous constatons la perte de sens de nos missions, l'éloignement du public et la baisse des moyens. "
                "Nous exigeons des postes, des moyens et le respect de nos métiers. Signez, témoignez, organisons-nous."
            ),
            "text": (DEMO_DIR / "appel.md").read_text(encoding="utf-8"),
            "status": Campaign.Status.PUBLISHED,
        },
    )
    return DemoResult(campaign=campaign, created=created)


def campaign_version_current(*, campaign: Campaign) -> CampaignVersion:
    """The version of the text people sign now; the first one is made from the campaign's text."""
    version = campaign.versions.order_by("-number").first()
    if version is None:
        version, _ = CampaignVersion.objects.get_or_create(
            campaign=campaign, number=1, defaults={"title": campaign.title, "text": campaign.text}
        )
    return version


def campaign_version_current_id(*, campaign: Campaign) -> int:
    """The current version's id, read from the campaign when campaign_public_get brought it along."""
    return getattr(campaign, "current_version_id", None) or campaign_version_current(campaign=campaign).pk


@transaction.atomic
def campaign_amend(*, campaign: Campaign, actor=None) -> CampaignVersion | None:
    """After organisers edit a published call's text: keep a new version beside the old ones and tell
    earlier signatories, who may confirm the new text. Returns the new version, or None if nothing changed."""
    current = campaign_version_current(campaign=campaign)
    if (current.title, current.text) == (campaign.title, campaign.text):
        return None
    new = CampaignVersion.objects.create(
        campaign=campaign, number=current.number + 1, title=campaign.title, text=campaign.text
    )
    if campaign.status == Campaign.Status.PUBLISHED and current.signatures.exists():
        # The signatures app tells earlier signatories (signatures/receivers.py): it sits above this one.
        signals.campaign_amended.send(sender=Campaign, campaign=campaign, version=new)
    AuditEntry.log(AuditEntry.Action.CAMPAIGN_AMENDED, actor=actor, campaign=campaign, object_id=new.number)
    return new


def campaign_goal_progress(
    *, campaign: Campaign, confirmed: int, by_departement: dict[str, int | None]
) -> list[GoalProgress]:
    """The overall goal first, then each département's, with how far each has got.

    Public pages pass the published figures (a withheld département count stays None); the e-mails to
    organisers, the raw ones."""
    goals = []
    if campaign.signature_goal:
        goals.append(GoalProgress(None, campaign.signature_goal, confirmed))
    for goal in campaign.departement_goals.order_by("departement"):
        goals.append(GoalProgress(goal.departement, goal.goal, by_departement.get(goal.departement, 0)))
    return goals


def campaign_organisers(*, campaign: Campaign):
    """Accounts that organise the campaign and have an e-mail address."""
    return (
        User.objects.filter(
            memberships__collective=campaign.collective,
            memberships__role__in=[Membership.Role.ADMIN, Membership.Role.ORGANISER],
            is_active=True,
        )
        .exclude(email="")
        .distinct()
    )
