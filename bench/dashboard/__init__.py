"""bench/dashboard: the campaign and département dashboards on a big campaign, through the real server,
against the same figures by direct GROUP BY queries. Run: `uv run python -m bench.dashboard`."""
