"""What the campaigns app announces to the apps above it, which it may not import."""

from django.dispatch import Signal

# A published call's text changed: a new version (kwargs: campaign, version) inside the amending transaction.
campaign_amended = Signal()
