from django.db.models import QuerySet

from concertons.accounts.models import User
from concertons.campaigns.models import Membership


def membership_list(*, user: User) -> QuerySet[Membership]:
    """The account's roles, with their collective and its campaigns."""
    return user.memberships.select_related("collective").prefetch_related("collective__campaigns")
