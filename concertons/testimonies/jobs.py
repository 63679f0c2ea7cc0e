"""Silent jobs (no says_what_it_did): each acts seconds after a testimony was sent or published."""

from concertons.core import periodic
from concertons.testimonies import services, storage

periodic.register("testimonies to mask", services.testimonies_redact_received, every_seconds=5)
periodic.register(
    "raw texts past their delay", services.testimonies_destroy_stale_raw_text, every_seconds=3600
)
periodic.register("testimony rows to reorder", storage.testimonies_shuffle_storage, every_seconds=3600)
