"""`concertons check --deploy`: PostgreSQL settings that would keep times the application never writes."""

from django.core.checks import Tags, Warning, register
from django.db import connection
from django.db.utils import DatabaseError

# Each of these, on, keeps the time (or the order with times) of every insert, testimonies' included.
DATING_SETTINGS = {
    "track_commit_timestamp": "on",
    "archive_mode": "on",
}


@register(Tags.database, deploy=True)
def postgresql_keeps_no_commit_times(app_configs, databases=None, **kwargs):
    if connection.vendor != "postgresql" or not databases:
        return []
    found = []
    try:
        with connection.cursor() as cursor:
            for name, dating in DATING_SETTINGS.items():
                cursor.execute("SELECT current_setting(%s)", [name])
                if cursor.fetchone()[0] == dating:
                    found.append(name)
    except DatabaseError:
        return []
    return [
        Warning(
            f"PostgreSQL has {name} = on: it keeps the time of every commit, which dates testimonies.",
            hint="Turn it off for the Concertons cluster (docs/deploy.md, section 7).",
            id="concertons.W001",
        )
        for name in found
    ]
