"""`concertons redact`: JSON lines in, JSON lines out, streaming, bad lines reported."""

import io
import json
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

from django.core.management import call_command

from tests.conftest import subprocess_env

ROOT = Path(__file__).resolve().parents[2]
# Loading Django and the spaCy model takes a few seconds on a busy machine.
STARTUP_TIMEOUT = 120


def run(lines: list[str]) -> tuple[list[dict], str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("redact", stdin=io.StringIO("".join(lines)), stdout=stdout, stderr=stderr)
    return [json.loads(line) for line in stdout.getvalue().splitlines()], stderr.getvalue()


def test_each_line_gets_its_spans_and_redacted_text_in_order():
    text = "Léa MARTIN au 06 12 34 56 78"
    lines = [
        json.dumps({"id": 1, "text": text}) + "\n",
        json.dumps({"id": "b", "text": "rien à signaler"}) + "\n",
    ]
    answers, _ = run(lines)
    assert answers == [
        {
            "id": 1,
            "spans": [{"start": 0, "end": 10, "label": "PERSON"}, {"start": 14, "end": 28, "label": "PHONE"}],
            "redacted": "[personne] au [téléphone]",
        },
        {"id": "b", "spans": [], "redacted": "rien à signaler"},
    ]


def test_offsets_are_python_string_indices_of_the_input():
    text = "😀 Appelez Léa au 0612345678"
    (answer,), _ = run([json.dumps({"id": 7, "text": text}, ensure_ascii=True) + "\n"])
    assert [text[span["start"] : span["end"]] for span in answer["spans"]] == ["Léa", "0612345678"]


def test_bad_lines_are_reported_with_their_number_and_the_run_goes_on():
    lines = [
        '{"id": 1, "text": "ok"}\n',
        "pas du json\n",
        "\n",
        "[1, 2]\n",
        '{"id": 3}\n',
        '{"id": 4, "text": "fin"}\n',
    ]
    answers, summary = run(lines)
    assert answers[0]["id"] == 1 and answers[-1]["id"] == 4
    assert [(answer["line"], answer["error"][:12]) for answer in answers[1:-1]] == [
        (2, "not valid JS"),
        (4, "expected an "),
        (5, '"text" is mi'),
    ]
    assert "2 texte(s) masqué(s), 3 ligne(s) rejetée(s)" in summary


def test_invalid_utf8_is_a_rejected_line_not_a_crash():
    answers, _ = run_bytes(b'\xff\xfe{"id": 1}\n{"id": 2, "text": "L\xc3\xa9a"}\n')
    assert answers[0]["line"] == 1 and "UTF-8" in answers[0]["error"]
    assert answers[1] == {
        "id": 2,
        "spans": [{"start": 0, "end": 3, "label": "PERSON"}],
        "redacted": "[personne]",
    }


def run_bytes(data: bytes) -> tuple[list[dict], str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("redact", stdin=io.BytesIO(data), stdout=stdout, stderr=stderr)
    return [json.loads(line) for line in stdout.getvalue().splitlines()], stderr.getvalue()


def test_the_command_answers_before_its_input_ends():
    """A caller can write one line, read its answer, and only then write the next."""
    environment = {**subprocess_env(), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "concertons.cli", "redact"],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        for number, text in enumerate(["Appelez Léa au 06 12 34 56 78.", "Mme Dupont, née le 3 mars 2015."]):
            process.stdin.write((json.dumps({"id": number, "text": text}) + "\n").encode())
            process.stdin.flush()
            answer = json.loads(read_line(process, timeout=STARTUP_TIMEOUT))
            assert answer["id"] == number and "[personne]" in answer["redacted"]
            assert process.poll() is None  # still waiting for more input
        process.stdin.close()
        assert process.wait(timeout=60) == 0
    finally:
        process.kill()
        process.wait()


def read_line(process: subprocess.Popen, timeout: float) -> bytes:
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    line = b""
    while not line.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        assert remaining > 0 and selector.select(remaining), "no answer before the input ended"
        chunk = os.read(process.stdout.fileno(), 1)
        assert chunk, process.stderr.read().decode()
        line += chunk
    return line
