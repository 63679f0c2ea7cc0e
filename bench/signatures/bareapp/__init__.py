"""The baseline: a bare Django view that inserts one row into a one-table model (bench only)."""
