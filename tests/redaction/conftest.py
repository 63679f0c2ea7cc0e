import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The redaction engine is pure Python: no cache, no database to reset around its tests."""
    yield
