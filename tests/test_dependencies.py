"""What the application imports is installed without the dev group: every library a module of concertons/
imports is a main dependency of the project, or one of theirs (pypdf was once only a dev dependency, while the
cahier needs it in production)."""

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Optional extras the code imports late, saying why (tests/test_architecture.py): noise needs opendp.
OPTIONAL = {"opendp"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _installed_closure(names: set[str]) -> set[str]:
    seen, todo = set(), list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        todo += [_name(r) for r in requires if "extra ==" not in r]
    return seen


def _imported_top_modules() -> set[str]:
    modules = set()
    for path in (ROOT / "concertons").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"concertons", "__future__"}


def test_every_library_the_application_imports_is_a_main_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    allowed = _installed_closure({_name(r) for r in project["dependencies"]}) | OPTIONAL
    distributions = metadata.packages_distributions()
    missing = {}
    for module in _imported_top_modules():
        names = {name.lower().replace("_", "-") for name in distributions.get(module, [module])}
        if not names & allowed:
            missing[module] = sorted(names)
    assert missing == {}
