#!/usr/bin/env bash
# Follows docs/deploy.md on this machine: PostgreSQL on 127.0.0.1, production settings, two app processes
# (concertons serve), one worker, a real SMTP sink; checks that the site answers and that a signature's
# confirmation e-mail goes out. Everything listens on 127.0.0.1 and is stopped at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin="$root/.venv/bin"
work=$(mktemp -d)
pids=()
cleanup() {
  status=$?
  # A failure shows what the processes said (a 500's traceback is in the app's log, not in curl's answer).
  if [ "$status" -ne 0 ]; then tail -n 80 "$work"/*.log >&2 2>/dev/null || true; fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS concertons_deploy_check" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app1=$(free_port); app2=$(free_port); smtp=$(free_port)

export PGPASSWORD=${PGPASSWORD:-postgres}
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS concertons_deploy_check" >/dev/null
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE concertons_deploy_check" >/dev/null

# Section 3 of docs/deploy.md, with plain HTTP on the loopback instead of HTTPS behind a proxy.
export DJANGO_SETTINGS_MODULE=concertons.settings.production
export DATABASE_URL="postgresql://postgres:${PGPASSWORD}@127.0.0.1:5432/concertons_deploy_check"
export SECRET_KEY="deploy-check-$(python3 -c 'import secrets; print(secrets.token_urlsafe(40))')"
export ALLOWED_HOSTS=127.0.0.1
export SITE_URL="http://127.0.0.1:$app1"
export EMAIL_URL="smtp://127.0.0.1:$smtp"
export CONCERTONS_DATA_DIR="$work/var"
export CONCERTONS_TESTIMONY_KEYS=$("$bin/python" -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())")
export SECURE_SSL_REDIRECT=0
export CONCERTONS_ANTI_ABUSE=0   # so this script can sign through the API without solving a proof-of-work

# Section 4.
"$bin/concertons" migrate --noinput -v0
"$bin/concertons" collectstatic --noinput -v0
"$bin/concertons" check --deploy --fail-level ERROR
"$bin/concertons" demo

"$bin/python" -m aiosmtpd -n -c aiosmtpd.handlers.Debugging -l "127.0.0.1:$smtp" >"$work/smtp.log" 2>&1 &
pids+=($!)
"$bin/concertons" serve --host 127.0.0.1 --port "$app1" --workers 1 >"$work/app1.log" 2>&1 &
pids+=($!)
"$bin/concertons" serve --host 127.0.0.1 --port "$app2" --workers 1 >"$work/app2.log" 2>&1 &
pids+=($!)
"$bin/concertons" worker --no-startup-delay >"$work/worker.log" 2>&1 &
pids+=($!)

# Bounded waits sized for two busy cores (the suite's browser tests beside it), not for speed.
wait_for() {
  for _ in $(seq 1 360); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "deploy-check: $1 does not answer" >&2; return 1
}
for port in "$app1" "$app2"; do
  wait_for "http://127.0.0.1:$port/healthz"
  # The page is read whole before grep: "curl | grep -q" fails under pipefail when grep stops early.
  page=$(curl -fsS "http://127.0.0.1:$port/appel/") || page=""
  grep -q "Appel des professionnel" <<<"$page" || { echo "deploy-check: /appel/ on $port" >&2; exit 1; }
done
echo "deploy-check: both app processes answer"

status=$(curl -sS -o /dev/null -w "%{http_code}" -H "Content-Type: application/json" \
  -d '{"last_name": "Martin", "first_name": "Julie", "profession": "puericultrice", "commune": "Lomme", "departement": "59", "email": "julie.martin@example.org", "is_public": true, "consent": true}' \
  "http://127.0.0.1:$app2/api/campaigns/appel/signatures")
[ "$status" = 202 ] || { echo "deploy-check: signing answered $status" >&2; exit 1; }
for _ in $(seq 1 360); do grep -q "julie.martin@example.org" "$work/smtp.log" && break; sleep 0.5; done
grep -q "julie.martin@example.org" "$work/smtp.log" || { echo "deploy-check: no confirmation e-mail" >&2; exit 1; }
echo "deploy-check: a signature on one process was e-mailed by the worker"
if grep -q "127.0.0.1:[0-9]* - " "$work/app1.log" "$work/app2.log"; then echo "deploy-check: a client address was logged" >&2; exit 1; fi
echo "deploy-check: OK"
