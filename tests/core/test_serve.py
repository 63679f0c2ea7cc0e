"""`concertons serve`: granian really starts with the production settings, answers /healthz, and no client
address reaches its output, with or without the access log."""

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from concertons.campaigns.services import DEMO_CAMPAIGN_SLUG
from concertons.core.management.commands import serve
from tests.conftest import free_port

# About 3 s on an idle 2-core machine; generous, because a loaded CI machine may be far slower.
START_TIMEOUT = 60
# Rounds of 80 requests sent at most until both of serve's two workers have answered
MAX_ROUNDS = 20


def _server_env(data_dir: Path) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        # The server must use its own SQLite file, whatever the test run points at (make test-pg), and
        # no GRANIAN_* variable may change what is checked here.
        if name not in {"DATABASE_URL", "CACHE_URL", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        and not name.startswith("GRANIAN_")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="concertons.settings.production",
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        CONCERTONS_DATA_DIR=str(data_dir),
        CONCERTONS_STATIC_ROOT=str(data_dir / "static"),
        PYTHONUNBUFFERED="1",
    )
    return env


def _concertons(*args: str) -> list[str]:
    return [sys.executable, "-m", "concertons.cli", *args]


@pytest.fixture(scope="module")
def migrated_data_dir(tmp_path_factory) -> Path:
    data_dir = tmp_path_factory.mktemp("serve-data")
    subprocess.run(
        _concertons("migrate", "--noinput", "-v", "0"), env=_server_env(data_dir), check=True, timeout=120
    )
    # As docs/deploy.md says: production pages name their static files through the collected manifest.
    subprocess.run(
        _concertons("collectstatic", "--noinput", "-v", "0"),
        env=_server_env(data_dir),
        check=True,
        timeout=120,
    )
    return data_dir


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _wait_healthy(url: str, process: subprocess.Popen, output: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"serve exited with {process.returncode}:\n{output.read_text()}")
        try:
            if _get(url) == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"/healthz did not answer 200 within {START_TIMEOUT} s:\n{output.read_text()}")


def _start(args: list[str], data_dir: Path, output: Path) -> subprocess.Popen:
    """`concertons <args>` in its own process group (so _stop reaches granian's workers), output to a file."""
    with output.open("wb") as sink:
        return subprocess.Popen(
            _concertons(*args),
            env=_server_env(data_dir),
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def _stop(process: subprocess.Popen) -> None:
    """SIGTERM to the server's process group (granian and its workers), SIGKILL if it lingers."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.mark.parametrize("access_log", [False, True], ids=["default", "access-log"])
def test_serve_answers_and_logs_no_client_address(migrated_data_dir, tmp_path, access_log):
    port = free_port()
    output = tmp_path / "serve.log"
    # --skip-checks: the system checks (run by default) import every URL module, seconds this test needs not.
    args = ["serve", "--port", str(port), "--workers", "1", "--threads", "2", "--skip-checks"]
    if access_log:
        args.append("--access-log")
    process = _start(args, migrated_data_dir, output)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(f"{base}/healthz", process, output)
        assert _get(f"{base}/healthz?probe=serve-test") == 200
        assert _get(f"{base}/page-absente-serve-test/") == 404
        if access_log:  # the access log is written after the answer: wait for both lines
            deadline = time.monotonic() + 5
            while "page-absente-serve-test" not in output.read_text() and time.monotonic() < deadline:
                time.sleep(0.1)
        else:
            time.sleep(0.5)
    finally:
        _stop(process)
    text = output.read_text()

    assert "granian (WSGI) sert concertons.wsgi:application" in text
    assert "concertons.settings.production" in text
    assert "1 × 2 fils" in text
    access_lines = [line for line in text.splitlines() if '"GET /' in line]
    if access_log:
        assert any('/healthz HTTP/1.1" 200' in line for line in access_lines), text
        assert any('/page-absente-serve-test/ HTTP/1.1" 404' in line for line in access_lines), text
        assert not any("probe=serve-test" in line for line in access_lines), (
            "query strings stay out of the log"
        )
    else:
        assert access_lines == [], text
    # The listening address is announced (127.0.0.1:<port>); any other 127.0.0.1 would be the client's.
    leaks = [line for line in text.splitlines() if "127.0.0.1" in line and f"127.0.0.1:{port}" not in line]
    assert leaks == [], text


def test_granian_command_line_never_logs_the_address():
    quiet = serve.granian_argv(
        host="127.0.0.1", port=8000, workers=2, threads=4, access_log=False, log_level="info"
    )
    assert "--no-access-log" in quiet
    assert quiet[-1] == "concertons.wsgi:application"
    assert quiet[quiet.index("--interface") + 1] == "wsgi"
    logged = serve.granian_argv(
        host="127.0.0.1", port=8000, workers=2, threads=4, access_log=True, log_level="info"
    )
    access_format = logged[logged.index("--access-log-fmt") + 1]
    assert "addr" not in access_format
    assert "query_string" not in access_format
    assert "header" not in access_format


@pytest.fixture(scope="module")
def demo_data_dir(migrated_data_dir) -> Path:
    """The migrated data directory with the demo campaign, open to testimonies."""
    subprocess.run(_concertons("demo"), env=_server_env(migrated_data_dir), check=True, timeout=120)
    return migrated_data_dir


def _send(url: str, *, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _read_until(stream, needle: str, lines: list[str]) -> bool:
    """Read the server's output line by line until one holds `needle` (True), or until it ends (False)."""
    for raw in iter(stream.readline, b""):
        lines.append(raw.decode(errors="replace").rstrip("\n"))
        if needle in lines[-1]:
            return True
    return False


def _wait_answering(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if _get(url) == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer 200 within {START_TIMEOUT} s")


def test_the_access_log_leaves_testimony_paths_out(demo_data_dir):
    port = free_port()
    args = ["serve", "--port", str(port), "--workers", "1", "--threads", "2", "--skip-checks", "--access-log"]
    # No proof-of-work to solve here: what is checked is the log, not the anti-abuse.
    env = {**_server_env(demo_data_dir), "CONCERTONS_ANTI_ABUSE": "0"}
    process = subprocess.Popen(
        _concertons(*args),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    # Not a deadline: if the server hangs, stopping it ends its output, and the test fails instead of hanging.
    watchdog = threading.Timer(10 * START_TIMEOUT, _stop, args=[process])
    watchdog.start()
    slug, lines = DEMO_CAMPAIGN_SLUG, []
    try:
        assert _read_until(process.stdout, "Started worker-1", lines), "\n".join(lines)
        base = f"http://127.0.0.1:{port}"
        _wait_answering(f"{base}/healthz", process)  # the worker is started before it listens
        assert _send(f"{base}/{slug}/temoigner/")[0] == 200
        form = urllib.parse.urlencode({"departement": "47", "text": "Trois postes gelés depuis mars."})
        assert _send(f"{base}/{slug}/temoigner/", data=form.encode())[0] == 200
        testimony = json.dumps({"departement": "47", "text": "Deux postes vacants.", "vacant_posts": 2})
        status, body = _send(
            f"{base}/api/campaigns/{slug}/testimonies",
            data=testimony.encode(),
            headers={"Content-Type": "application/json"},
        )
        assert status == 201, body
        receipt = json.loads(body)["receipt"]
        assert (
            _send(f"{base}/api/testimonies/mine", headers={"Authorization": f"Receipt {receipt}"})[0] == 200
        )
        assert _send(f"{base}/constats/suivi/")[0] == 200
        follow_up = urllib.parse.urlencode({"receipt": receipt}).encode()
        assert _send(f"{base}/constats/suivi/", data=follow_up)[0] == 200
        assert _send(f"{base}/api/altcha/challenge")[0] == 200
        # The lines of the requests above are written before this one's: one request at a time.
        assert _send(f"{base}/{slug}/")[0] == 200
        assert _read_until(process.stdout, f'"GET /{slug}/ HTTP/1.1" 200', lines), "\n".join(lines)
    finally:
        _stop(process)
        watchdog.cancel()
    lines += process.stdout.read().decode(errors="replace").splitlines()
    process.stdout.close()

    traces = [line for line in lines if re.search(r"temoigner|testimonies|constats/suivi|altcha", line)]
    assert traces == [], "\n".join(lines)


def test_granian_logs_through_the_project_filter():
    argv = serve.granian_argv(
        host="127.0.0.1", port=8000, workers=1, threads=1, access_log=True, log_level="info"
    )
    config = json.loads(Path(argv[argv.index("--log-config") + 1]).read_text())
    filters = {name: spec["()"] for name, spec in config["filters"].items()}
    for logger in ("granian.access", "_granian"):
        for handler in config["loggers"][logger]["handlers"]:
            used = config["handlers"][handler]["filters"]
            assert [filters[name] for name in used] == ["concertons.core.logging.DropTestimonyTraces"], logger


def _responses_200(metrics_text: str) -> float:
    match = re.search(r'^concertons_http_responses_total\{status="200"\} ([0-9.e+]+)$', metrics_text, re.M)
    return float(match.group(1)) if match else 0.0


def test_metrics_add_up_every_worker_whichever_answers_the_scrape(migrated_data_dir, tmp_path):
    port = free_port()
    output = tmp_path / "serve.log"
    args = ["serve", "--port", str(port), "--workers", "2", "--threads", "2", "--skip-checks"]
    process = _start(args, migrated_data_dir, output)
    base = f"http://127.0.0.1:{port}"
    counters = migrated_data_dir / "metrics" / str(port)
    answers: list[int | str] = []

    def client():
        for _ in range(10):
            # A worker still starting holds the connections it accepted: wait as long as a start may take.
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=START_TIMEOUT) as response:
                    answers.append(response.status)
            except OSError as error:
                answers.append(repr(error))

    try:
        _wait_healthy(f"{base}/healthz", process, output)
        # Eight clients at once, round after round until both workers have answered some (each takes two requests
        # at a time; on a busy machine the second may still be starting during the first rounds).
        for _round in range(MAX_ROUNDS):
            threads = [threading.Thread(target=client) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=10 * START_TIMEOUT)
            if len(list(counters.glob("counter_*.db"))) >= 2:
                break
        assert answers == [200] * len(answers), answers
        scrapes = [_send(f"{base}/metrics")[1] for _ in range(6)]
    finally:
        _stop(process)

    assert len(list(counters.glob("counter_*.db"))) >= 2  # both workers counted
    counts = [_responses_200(text) for text in scrapes]
    # every answer plus the start-up probes and the earlier scrapes, whichever worker each scrape reached
    assert all(count >= len(answers) for count in counts), counts
    assert counts == sorted(counts), counts
