"""bench/report: the PDF cahier of a département with 2,000 published testimonies, built and timed.
Run: `uv run python -m bench.report`."""
