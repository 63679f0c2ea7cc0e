from concertons.core import periodic
from concertons.mailer import services

periodic.register("e-mails to retry", services.email_send_due, every_seconds=10, says_what_it_did=True)
periodic.register(
    "delivered e-mails to purge", services.emails_purge_old, every_seconds=3600, says_what_it_did=True
)
