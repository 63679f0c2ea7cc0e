from concertons.core import periodic
from concertons.meetings import services

periodic.register(
    "unconfirmed registrations to purge",
    services.registrations_purge_unconfirmed,
    every_seconds=3600,
    says_what_it_did=True,
)
periodic.register(
    "meeting reminders to send", services.meeting_reminders_send, every_seconds=300, says_what_it_did=True
)
