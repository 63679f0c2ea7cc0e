"""Benchmark of the redaction engine against Microsoft Presidio on the evaluation set."""
