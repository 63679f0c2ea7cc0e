from pathlib import Path

import concertons.geo

GEO_DIR = Path(concertons.geo.__file__).parent
# Vendored in the repository: it must stay small enough to be reviewed and cloned without thought.
MAX_DATA_BYTES = 1_000_000


def test_geo_modules_do_not_import_django_outside_the_app_config():
    for module in GEO_DIR.glob("*.py"):
        if module.name != "apps.py":
            source = module.read_text()
            assert "import django" not in source and "from django" not in source, module.name


def test_geo_data_stays_compact():
    assert sum(path.stat().st_size for path in (GEO_DIR / "data").iterdir()) < MAX_DATA_BYTES
