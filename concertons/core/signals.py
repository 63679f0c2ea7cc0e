from django.core.management import call_command


def create_cache_table(sender, using="default", **kwargs) -> None:
    """`migrate` also creates the database cache table, so an install needs no extra step."""
    call_command("createcachetable", database=using, verbosity=0)
