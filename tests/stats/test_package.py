import doctest
import re
from dataclasses import fields
from pathlib import Path

import concertons.stats as stats

PACKAGE = Path(stats.__file__).parent


def test_stats_package_never_imports_django():
    offenders = [
        path.name
        for path in PACKAGE.rglob("*.py")
        if re.search(r"^\s*(import django|from django)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_the_thresholds_are_the_documented_ones():
    assert (stats.MIN_K, stats.DEFAULT_K, stats.DOMINANCE) == (3, 5, 0.85)


def test_a_cell_has_no_field_that_could_leak_a_secret():
    # Nothing like "contributors" travels with a cell: what the package does not hand out cannot be shown.
    assert [field.name for field in fields(stats.Cell)] == ["key", "status", "count", "sum", "median"]


def test_the_example_of_the_package_docstring_holds():
    assert doctest.testmod(stats).failed == 0
