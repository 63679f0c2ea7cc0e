#!/usr/bin/env bash
# Prints the interpreter of each Python newer than 3.11 that Concertons supports (3.12, 3.13) and that this
# machine has: on the PATH, in /usr/bin or /usr/local/bin, or installed by pyenv (whose shims only answer
# for the selected version, so the interpreters are looked for in pyenv's folders).
set -uo pipefail
for minor in 12 13; do
  for candidate in "$(command -v "python3.$minor" 2>/dev/null)" "/usr/bin/python3.$minor" \
      "/usr/local/bin/python3.$minor" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3."$minor".*/bin/python3."$minor"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ] && "$candidate" -c 'import sys' >/dev/null 2>&1; then
      echo "$candidate"
      break
    fi
  done
done
