#!/usr/bin/env bash
# Debian packages the tests use: Chromium (driven by Playwright; no browser is ever downloaded) and
# poppler-utils (pdftotext, pdftoppm: reading the PDFs back). Needs root and apt-get; otherwise says what
# to install, and the tests that need them are skipped with that reason.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-dejavu-core)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Pour les tests navigateur et PDF, installez : sudo apt-get install ${missing[*]}" >&2
  exit 0
fi
echo "Installation des paquets Debian pour les tests : ${missing[*]}…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
