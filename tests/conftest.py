import pytest


@pytest.fixture(autouse=True)
def _data_dir(settings, tmp_path):
    """Each test writes generated files (keys, media) into its own folder, never into the checkout."""
    settings.DATA_DIR = tmp_path / "var"
    settings.MEDIA_ROOT = tmp_path / "var" / "media"
