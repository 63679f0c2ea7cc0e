from concertons.core import periodic
from concertons.signatures import services

periodic.register(
    "unconfirmed signatures to purge",
    services.signature_purge_unconfirmed,
    every_seconds=3600,
    says_what_it_did=True,
)
# Polled every second: a signer waits for this e-mail (see services._confirmation_write_later).
periodic.register(
    "signature confirmations to write",
    services.signature_confirmations_write,
    every_seconds=1,
    says_what_it_did=True,
)
