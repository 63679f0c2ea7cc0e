"""After a run, with the server stopped: did every accepted request leave its rows? Run by run.py as
`python -m bench.signatures.verify IN.json OUT.json` with the bench settings and the run's database.

IN.json: {"full": {"accepted": [...], "unanswered": [...], "refused": [...]}, "bare": {...}}: e-mail
addresses answered with the expected status, never answered, and answered with another status.
"""

import json
import sys


def main(in_path: str, out_path: str) -> None:
    import django

    django.setup()
    from django.db import connection
    from django_tasks_db.models import DBTaskResult

    from bench.signatures.bareapp.models import BenchRow
    from concertons.mailer.models import OutgoingEmail
    from concertons.signatures.models import Signature

    with open(in_path) as handle:
        sent = json.load(handle)
    signature_emails = list(Signature.objects.filter(campaign__slug="appel").values_list("email", flat=True))
    outbox_to = list(OutgoingEmail.objects.values_list("to", flat=True))
    # No worker runs: a new signature's confirmation e-mail is still a flag on its row, for the worker to write.
    to_write = list(
        Signature.objects.filter(campaign__slug="appel", confirmation_due=True).values_list(
            "email", flat=True
        )
    )
    bare_emails = list(BenchRow.objects.values_list("email", flat=True))
    email_tasks = DBTaskResult.objects.filter(task_path="concertons.mailer.tasks.email_send").count()
    all_tasks = DBTaskResult.objects.count()

    def check(rows: list[str], expected: dict) -> dict:
        accepted, unanswered = set(expected["accepted"]), set(expected["unanswered"])
        refused = set(expected["refused"])
        stored = set(rows)
        extra = stored - accepted
        return {
            "rows": len(rows),
            "distinct_rows": len(stored),
            "accepted": len(accepted),
            "accepted_without_row": len(accepted - stored),
            "rows_from_unanswered": len(extra & unanswered),
            "rows_from_refused": len(extra & refused),
            "rows_from_nowhere": len(extra - unanswered - refused),
            "unanswered": len(unanswered),
        }

    result = {
        "vendor": connection.vendor,
        "full": check(signature_emails, sent["full"]),
        "bare": check(bare_emails, sent["bare"]),
        "outbox": {
            "rows": len(outbox_to),
            "to_write": len(to_write),
            "signatures_without_email": len(set(signature_emails) - set(outbox_to) - set(to_write)),
            "emails_without_signature": len(set(outbox_to) - set(signature_emails)),
            "duplicates": len(outbox_to + to_write) - len(set(outbox_to + to_write)),
            "send_tasks": email_tasks,
            "all_tasks": all_tasks,
        },
    }
    with open(out_path, "w") as handle:
        json.dump(result, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
