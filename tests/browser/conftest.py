"""Helpers for the browser tests (the `browser`, `page` and `phone_page` fixtures live in tests/conftest.py)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"


def watch_errors(page) -> None:
    """Collect console errors, uncaught exceptions and failed sub-resources (a 404 page itself is fine)."""
    page.console_errors = []

    def on_console(message):
        # Chromium logs every failed load as a console error; sub-resources are reported by on_response.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            page.console_errors.append(message.text)

    def on_response(response):
        if response.status >= 400 and response.request.resource_type != "document":
            page.console_errors.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("response", on_response)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core in the page; return violations at the given impacts, with the nodes they hit."""
    # evaluate() goes through the DevTools protocol, so the page's CSP (no inline script) does not block it.
    page.evaluate(AXE_SCRIPT.read_text())
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "impact": v["impact"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results["violations"]
        if v["impact"] in impacts
    ]


def wait_for_proof_of_work(page, timeout: float = 20) -> None:
    """Wait until the ALTCHA widget has solved its challenge (polled: wait_for_function needs eval, which
    our Content-Security-Policy forbids, as it should)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if page.evaluate("() => document.querySelector('input[name=altcha]')?.value || ''"):
            return
        time.sleep(0.2)
    raise AssertionError("the proof-of-work widget did not solve its challenge")
