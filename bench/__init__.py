"""Benchmarks that print their figure and its baseline from one run."""
