"""Delete the rate-limit counters ("rl:") and used proof-of-work solutions ("altcha:") that older versions
kept in the database cache table. Their keys tied one address's hash, on one day, to the sign and testify
scopes, and their expiry dates sat next to a submission's time; from now on they live in the "antiabuse"
cache (memory or Redis), never in a table a backup copies.

Raw SQL: the cache API cannot find rows by prefix. Django stores `<KEY_PREFIX>:<version>:<key>`, and this
project never set a KEY_PREFIX or a version: ":1:rl:…", ":1:altcha:…".
"""

from django.db import migrations

TABLE = "concertons_cache"
# Also the e-mail flood counters ("mail-to:", "meeting-mail-to:"): an unsalted hash of an address that
# outlived its erasure, with the second of the e-mail in its expiry.
PATTERNS = (":1:rl:%", ":1:altcha:%", ":1:mail-to:%", ":1:meeting-mail-to:%")  # no "_" or "%" to escape


def purge(apps, schema_editor) -> None:
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if TABLE not in connection.introspection.table_names(cursor):
            return
        table, column = connection.ops.quote_name(TABLE), connection.ops.quote_name("cache_key")
        for pattern in PATTERNS:
            cursor.execute(f"DELETE FROM {table} WHERE {column} LIKE %s", [pattern])


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(purge, migrations.RunPython.noop, elidable=True)]
