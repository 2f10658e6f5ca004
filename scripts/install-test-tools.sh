#!/usr/bin/env bash
# Installs what the full test run needs beyond the JDK and Maven, from Debian's packages:
# headless Chromium and its driver (browser XSS tests), Redis and PostgreSQL servers (real preflight peers).
# Safe to run again: it installs only what is missing. Needs root or sudo for apt-get.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)

if [ ${#need[@]} -eq 0 ]; then
  echo "test tools: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "test tools: missing ${need[*]} and not root: install them with apt-get, or the tests that need them are skipped" >&2
    exit 0
  fi
fi
echo "test tools: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# The Debian packages start their services; the tests start their own servers on free ports instead.
for svc in redis-server postgresql; do
  $sudo service "$svc" stop >/dev/null 2>&1 || true
done
echo "test tools: installed ${need[*]}"
