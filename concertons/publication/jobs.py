"""Silent: what the figures refresh depends on testimonies too."""

from concertons.core import periodic
from concertons.publication.services import snapshots

periodic.register("published figures to refresh", snapshots.snapshots_refresh_all, every_seconds=60)
