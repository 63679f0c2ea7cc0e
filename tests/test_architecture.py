"""The layers hold (docs/architecture.md): import-linter's contracts in .importlinter, and no import of the
project's own modules or a library's hidden inside a function unless a comment says why."""

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_the_layer_contracts_are_kept():
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _imports_inside_functions(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    yield node.lineno


def test_an_import_inside_a_function_says_why():
    """Any import, the project's or a library's: a late import hides a cycle or a start-up cost."""
    unexplained = []
    for path in sorted((ROOT / "concertons").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for lineno in _imports_inside_functions(path):
            line, previous = lines[lineno - 1], lines[lineno - 2].strip()
            if "#" not in line and not previous.startswith("#"):
                unexplained.append(f"{path.relative_to(ROOT)}:{lineno}: {line.strip()}")
    assert unexplained == []


def test_the_code_and_docs_cite_nothing_outside_the_repository():
    outside = re.compile(r"\.\./shared|\bDESIGN\.md|\bDOMAIN\.md|\bSTYLE\.md")
    places = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").rglob("*.md"),
              *(ROOT / "concertons").rglob("*.py")]  # fmt: skip
    cited = [
        str(path.relative_to(ROOT)) for path in places if outside.search(path.read_text(encoding="utf-8"))
    ]
    assert cited == []


def test_every_disclosure_threshold_goes_through_stats():
    """k is compared with a count in concertons.stats only (rules.enough_contributors, group_fails)."""
    comparison = re.compile(
        r"(>=|<=|<|>) *(\w+\.)?(k|disclosure_threshold|MIN_K|DEFAULT_K)\b"
        r"|\b(k|disclosure_threshold|MIN_K|DEFAULT_K) *(>=|<=|<|>)"
    )
    found = [
        f"{path.relative_to(ROOT)}: {line.strip()}"
        for path in sorted((ROOT / "concertons").rglob("*.py"))
        if "stats" not in path.parts and "migrations" not in path.parts
        for line in path.read_text(encoding="utf-8").splitlines()
        if comparison.search(line)
    ]
    assert found == []
