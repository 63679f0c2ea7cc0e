"""bench/soak: two app processes, one worker, PostgreSQL and a real SMTP sink under a steady load while
processes are killed and restarted; then nothing may be lost, duplicated or half-written.
Run: `uv run python -m bench.soak --minutes 10` (`--minutes 2` for a quick check)."""
