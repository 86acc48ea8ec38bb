#!/usr/bin/env bash
# Standards import benchmark, measured inside Payara Micro on the real fixtures (../shared/fixtures):
# BSI Grundschutz++ kernel catalog import (goal <= 5 s), opening its tree and searching it (goal <= 1 s),
# its OSCAL export, plus the other fixture imports. Prints the BENCH lines the integration test writes.
# Usage: bench/standards-import.sh            (embedded H2)
#        CUSTOS_TEST_DB=mariadb bench/standards-import.sh   (database custos_test on 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/fixtures ] || { echo "needs ../shared/fixtures beside the checkout" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q install -DskipTests > /dev/null
mvn -B -pl web verify -Dsurefire.skip=true -Dit.test=StandardsFixturesIT -Dfailsafe.failIfNoSpecifiedTests=false \
    > "$log" 2>&1 || { tail -60 "$log"; exit 1; }
grep -h "BENCH" "$log" web/target/failsafe-reports/*StandardsFixturesIT*-output.txt 2>/dev/null | sed 's/.*BENCH/BENCH/' | sort -u
