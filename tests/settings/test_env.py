import os
import subprocess
import sys
from pathlib import Path

import pytest

from concertons.settings import env

ROOT = Path(__file__).resolve().parents[2]


def test_secret_key_is_generated_once_into_a_private_file(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = env.secret_key(tmp_path)
    second = env.secret_key(tmp_path)
    assert first == second and len(first) >= 50
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


def test_secret_key_from_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "venu-de-l-environnement")
    assert env.secret_key(tmp_path) == "venu-de-l-environnement"
    assert not (tmp_path / "secret_key").exists()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://127.0.0.1:2525", {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": 2525, "EMAIL_USE_TLS": False}),
        (
            "smtp+tls://moi%40ex.org:mot%20de%20passe@relais.example:587",
            {"EMAIL_HOST_USER": "moi@ex.org", "EMAIL_HOST_PASSWORD": "mot de passe", "EMAIL_USE_TLS": True},
        ),
        ("smtps://relais.example", {"EMAIL_PORT": 465, "EMAIL_USE_SSL": True}),
    ],
)
def test_email_url_is_understood(url, expected):
    settings = env.email_settings(url)
    assert expected.items() <= settings.items()


def test_an_email_url_with_an_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="unsupported scheme"):
        env.email_settings("http://relais.example")


def run_concertons(*args: str, **extra_env: str) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "CACHE_URL"}
    }
    environment.update(extra_env)
    return subprocess.run(
        [sys.executable, "-m", "concertons.cli", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_debug_is_off_unless_asked(tmp_path):
    code = "from django.conf import settings; print(settings.DEBUG)"
    result = run_concertons("shell", "-c", code, CONCERTONS_DATA_DIR=str(tmp_path))
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr
    asked = run_concertons("shell", "-c", code, CONCERTONS_DATA_DIR=str(tmp_path), DEBUG="1")
    assert asked.stdout.strip().splitlines()[-1] == "True", asked.stderr


def test_production_settings_pass_check_deploy(tmp_path):
    result = run_concertons(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="concertons.settings.production",
        CONCERTONS_DATA_DIR=str(tmp_path),
        ALLOWED_HOSTS="concertons.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_migrate_on_a_fresh_install_creates_every_table_the_site_needs(tmp_path):
    import sqlite3

    result = run_concertons("migrate", "--noinput", CONCERTONS_DATA_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "concertons.sqlite3") as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        journal_mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    assert {
        "concertons_cache",
        "signatures_signature",
        "testimonies_testimony",
        "django_tasks_database_dbtaskresult",
    } <= tables
    assert journal_mode == "wal"


def test_a_sqlite_database_url_gets_the_same_settings_as_the_default_file(tmp_path):
    """WAL, IMMEDIATE transactions, the busy timeout and secure_delete, whatever way the file is named."""
    code = (
        "from django.db import connection; c = connection.cursor(); "
        "print([c.execute(f'PRAGMA {p}').fetchone()[0] for p in ('journal_mode', 'secure_delete', 'busy_timeout')],"
        " connection.settings_dict['OPTIONS']['transaction_mode'])"
    )
    moved = tmp_path / "ailleurs" / "base.sqlite3"
    result = run_concertons(
        "shell", "-c", code, CONCERTONS_DATA_DIR=str(tmp_path), DATABASE_URL=f"sqlite:///{moved}"
    )
    assert result.stdout.strip().splitlines()[-1] == "['wal', 1, 20000] IMMEDIATE", result.stderr
    assert moved.exists()


def test_pages_and_their_stylesheet_work_before_collectstatic(tmp_path):
    """A first `runserver`, or a forgotten `collectstatic`: the site still answers, styles included."""
    code = (
        "from django.core.management import call_command; call_command('migrate', verbosity=0); "
        "from django.test import Client; client = Client(); page = client.get('/'); "
        'import re; css = re.search(r\'href="(/static/css/[^"]+)"\', page.text).group(1); '
        "print(page.status_code, css, client.get(css).status_code)"
    )
    result = run_concertons(
        "shell", "-c", code, CONCERTONS_DATA_DIR=str(tmp_path), CONCERTONS_STATIC_ROOT=str(tmp_path / "static"),
        ALLOWED_HOSTS="testserver",
    )  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "200 /static/css/concertons.css 200", result.stderr[
        -2000:
    ]
