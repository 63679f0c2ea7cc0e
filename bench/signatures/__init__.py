"""bench/signatures: the signature API (validation, dedupe, e-mail queued) against a bare one-row insert,
served by the same granian process on the same database. Run: `uv run python -m bench.signatures`."""
