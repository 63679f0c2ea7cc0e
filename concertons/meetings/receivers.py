"""Pages kept for visitors (core.pagecache) are rendered again when a meeting is planned, moved or removed:
the campaign page counts the meetings to come."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from concertons.core import pagecache
from concertons.meetings.models import Meeting


@receiver([post_save, post_delete], sender=Meeting)
def render_after_a_meeting(sender, *, instance: Meeting, **kwargs) -> None:
    pagecache.bump(instance.campaign.slug)
