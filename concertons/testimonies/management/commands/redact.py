import sys

from django.core.management.base import BaseCommand

from concertons.redaction import stream


class Command(BaseCommand):
    help = (
        'Masque ce qui identifie une personne : lit des lignes JSON {"id": ..., "text": ...} sur '
        'l\'entrée standard, écrit {"id": ..., "spans": [...], "redacted": ...} pour chacune, au fil de l\'eau.'
    )
    stealth_options = ("stdin",)

    def handle(self, *args, **options):
        source = options.get("stdin") or sys.stdin
        lines = enumerate(getattr(source, "buffer", source), start=1)
        written = rejected = 0
        for line in stream.redact_lines(lines):
            self.stdout.write(line)
            self.stdout.flush()  # each answer leaves now: the caller may be waiting for it
            written += 1
            rejected += line.startswith('{"line": ')
        self.stderr.write(
            f"redact : {written - rejected} texte(s) masqué(s), {rejected} ligne(s) rejetée(s)."
        )
