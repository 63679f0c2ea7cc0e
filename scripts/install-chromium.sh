#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (Playwright drives it; no browser is ever downloaded).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium est absent : installez le paquet Debian « chromium » (sudo apt-get install chromium) pour les tests navigateur." >&2
  exit 0
fi
echo "Installation de Chromium (paquet Debian) pour les tests navigateur…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
