"""docs/deploy.md, followed on this machine by scripts/deploy-check.sh (PostgreSQL, 2 app processes, 1 worker)."""

import os
import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import subprocess_env

ROOT = Path(__file__).resolve().parents[2]

DEPLOY_CHECK_TIMEOUT = 1200  # seconds


def postgresql_answers() -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", 5432)) == 0


@pytest.mark.skipif(
    not postgresql_answers(), reason="PostgreSQL absent de 127.0.0.1:5432 (.ci/run l'installe)."
)
@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="Run once, in the SQLite pass: it makes its own database."
)
def test_the_deployment_doc_brings_up_a_site_that_answers_and_sends_mail():
    # A guard against a hang, not a speed check: beside the browser tests on two busy cores, the
    # script (migrations, static files, demo data, four processes) once took over 300 s.
    result = subprocess.run(
        [str(ROOT / "scripts" / "deploy-check.sh")],
        cwd=ROOT, capture_output=True, text=True, timeout=DEPLOY_CHECK_TIMEOUT, env=subprocess_env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "deploy-check: OK" in result.stdout
