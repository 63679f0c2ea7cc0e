from pathlib import Path

import concertons.geo

GEO_DIR = Path(concertons.geo.__file__).parent
# Vendored in the repository: it must stay small enough to be reviewed and cloned without thought.
MAX_DATA_BYTES = 1_000_000
# The Django adapters (app config, the autocomplete view and its URL) sit beside the pure look-ups.
DJANGO_ADAPTERS = {"apps.py", "views.py", "urls.py"}


def test_geo_look_ups_do_not_import_django():
    for module in GEO_DIR.glob("*.py"):
        if module.name not in DJANGO_ADAPTERS:
            source = module.read_text()
            assert "import django" not in source and "from django" not in source, module.name


def test_geo_data_stays_compact():
    assert sum(path.stat().st_size for path in (GEO_DIR / "data").iterdir()) < MAX_DATA_BYTES
