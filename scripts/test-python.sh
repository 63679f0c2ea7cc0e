#!/usr/bin/env bash
# The test suite on another Python: scripts/test-python.sh <interpreter> [pytest arguments…].
# Its own environment (.venv-3.N, from the same uv.lock), so the main .venv stays on 3.11.
set -euo pipefail
cd "$(dirname "$0")/.."
interpreter="$1"
shift
version=$("$interpreter" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
uv_command=(uv)
command -v uv >/dev/null 2>&1 || uv_command=(python3 -m uv)
export UV_PROJECT_ENVIRONMENT=".venv-$version"
"${uv_command[@]}" sync --frozen --python "$interpreter"
echo "Tests sur Python $version ($interpreter)"
exec ".venv-$version/bin/python" -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
