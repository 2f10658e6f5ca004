#!/usr/bin/env bash
# The full test run: installs the test tools, then builds and tests everything with Maven
# (unit tests, browser tests, real-server tests, then the .hpi and command-line jar checks).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-tools.sh
mvn -B verify "$@"
