#!/usr/bin/env bash
# Starts the server on a free port with a scratch SQLite database, runs the graphql-http audit
# against it, and stops it. Called by `make test` (target test-http-audit).
set -euo pipefail
cd "$(dirname "$0")"
BIN="${CYBERHEALTH_BIN:-../../target/debug/cyberhealth}"
DIR="$(mktemp -d)"
LOG="$DIR/server.log"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DIR"' EXIT
CYBERHEALTH_BIND=127.0.0.1:0 CYBERHEALTH_ENV=test DATABASE_URL="sqlite://$DIR/audit.sqlite?mode=rwc" \
  "$BIN" serve >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  URL="$(grep -o 'http://[0-9.:]*' "$LOG" | head -1 || true)"
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "${URL:-}" ] || { echo "the server did not start:"; cat "$LOG"; exit 1; }
node audit.mjs "$URL/graphql"
