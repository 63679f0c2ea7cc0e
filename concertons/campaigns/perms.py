"""Permission questions, one function each: what an account may do in a collective and its calls, by its
membership (next to the models they read). Staff pages also require a TOTP-verified session (middleware)."""

from concertons.accounts.models import User
from concertons.campaigns.models import Campaign, Collective, Membership

MANAGING_ROLES = (Membership.Role.ADMIN, Membership.Role.ORGANISER)


def has_role(user: User, collective: Collective, *roles: str) -> bool:
    """Does the account hold one of these roles in the collective?"""
    if not user.is_authenticated:
        return False
    return Membership.objects.filter(user=user, collective=collective, role__in=roles).exists()


def can_edit_collective(user: User, collective: Collective) -> bool:
    """The collective's name, look and legal identity: its admins (and platform superusers)."""
    return user.is_superuser or has_role(user, collective, Membership.Role.ADMIN)


def can_manage_collective_campaigns(user: User, collective: Collective) -> bool:
    """Start a new call for the collective: its admins and organisers (and platform superusers)."""
    return user.is_superuser or has_role(user, collective, *MANAGING_ROLES)


def can_manage_campaign(user: User, campaign: Campaign) -> bool:
    """Admins and organisers of the collective edit its campaigns; platform superusers too."""
    return user.is_superuser or has_role(user, campaign.collective, *MANAGING_ROLES)


def can_moderate(user: User, campaign: Campaign, departement: str) -> bool:
    """Moderators (and admins) of the collective review content, a moderator only in their départements."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    membership = Membership.objects.filter(user=user, collective=campaign.collective).first()
    if membership is None or membership.role == Membership.Role.ORGANISER:
        return False
    return membership.role == Membership.Role.ADMIN or membership.covers_departement(departement)


def can_use_admin(user: User) -> bool:
    """The Django admin is for platform admins and accounts marked as staff."""
    return user.is_active and (user.is_superuser or user.is_staff)


def person_data_scope(user: User) -> list[Collective] | None:
    """The collectives whose data an account may export or erase on a GDPR request: those it administers.
    None means every collective (platform superusers); an empty list, none."""
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return None
    return list(Collective.objects.filter(memberships__user=user, memberships__role=Membership.Role.ADMIN))


def can_handle_person_data(user: User) -> bool:
    """GDPR access and erasure requests: platform admins, and collective admins for their own collectives."""
    return person_data_scope(user) != []


def can_moderate_somewhere(user: User, campaign: Campaign) -> bool:
    """Does the account moderate this campaign in at least one département (or everywhere)?"""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return Membership.objects.filter(
        user=user, collective=campaign.collective, role__in=[Membership.Role.ADMIN, Membership.Role.MODERATOR]
    ).exists()
