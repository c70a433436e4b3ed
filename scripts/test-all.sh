#!/usr/bin/env bash
# README's test command: installs what the tests need on a fresh Debian machine, then runs every suite.
# Debian packages: PostgreSQL (question-log contract suite) and Chromium (browser end-to-end tests).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "==> installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

echo "==> installing npm packages"
# The same plain install README's first command runs, so an install problem shows here too.
# `npm install` rather than `npm ci`: the registry mirror here lacks biome's other-platform binaries,
# which npm leaves out of the lock file but `npm ci` then insists on.
npm install --no-fund --no-audit --loglevel=error

echo "==> installing the optional local-embedding package (EMBEDDING_MODEL_DIR), for its tests"
npm run -s setup:local-embeddings

echo "==> starting a throwaway PostgreSQL on 127.0.0.1"
source scripts/postgres-for-tests.sh
start_test_postgres
trap stop_test_postgres EXIT

echo "==> lint and format check (biome)"
npm run -s lint

echo "==> type-check and tests"
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
npm test
