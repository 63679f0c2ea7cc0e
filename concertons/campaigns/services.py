from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from concertons.accounts.models import AuditEntry, User
from concertons.campaigns.models import Campaign, CampaignVersion, Collective, Membership
from concertons.core.identity import Logo
from concertons.mailer import services as mailer

DEMO_DIR = Path(__file__).resolve().parent / "demo"
DEMO_COLLECTIVE_SLUG = "collectif-demo"
DEMO_CAMPAIGN_SLUG = "appel"


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
        from concertons.signatures import services as signature_services

        signature_services.signatories_tell_new_version(campaign=campaign, version=new)
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


GOAL_THRESHOLDS = (25, 50, 75, 100)


@transaction.atomic
def campaign_goal_notify(*, campaign_id: int) -> list[str]:
    """Tell the organisers, once each, when a goal passes 25, 50, 75 and 100 %. Returns what was announced."""
    from concertons.signatures import selectors as signature_selectors

    campaign = Campaign.objects.select_for_update().get(pk=campaign_id)
    counts = signature_selectors.signature_counts(campaign=campaign)
    announced = []
    for progress in campaign_goal_progress(
        campaign=campaign, confirmed=counts.confirmed, by_departement=counts.by_departement
    ):
        for threshold in GOAL_THRESHOLDS:
            key = f"{progress.departement or 'total'}:{threshold}"
            if progress.percent >= threshold and key not in campaign.goal_notices_sent:
                campaign.goal_notices_sent.append(key)
                announced.append(key)
                for organiser in campaign_organisers(campaign=campaign):
                    mailer.email_queue(
                        to=organiser.email,
                        template="campaigns/emails/goal_reached.txt",
                        context={"campaign": campaign, "progress": progress, "threshold": threshold},
                        collective=campaign.collective,
                    )
    if announced:
        campaign.save(update_fields=["goal_notices_sent"])
    return announced


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
