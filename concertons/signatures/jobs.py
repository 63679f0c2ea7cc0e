from concertons.core import periodic
from concertons.signatures import services

periodic.register(
    "unconfirmed signatures to purge",
    services.signature_purge_unconfirmed,
    every_seconds=3600,
    says_what_it_did=True,
)
