#!/usr/bin/env bash
# Guideline-management benchmark, measured inside Payara Micro: 2,000 documents in a 5-level hierarchy
# with 3 versions each; the document tree and the coverage view (ISO 27001) must answer in <= 300 ms
# server time (median of 9 after 3 warm-up runs). Prints the BENCH lines the integration test writes.
# Usage: bench/documents.sh                               (embedded H2)
#        CUSTOS_TEST_DB=mariadb bench/documents.sh        (database custos_test on 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q install -DskipTests > /dev/null
mvn -B -pl web verify -Dsurefire.skip=true -Dit.test=PlanDocumentsBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
    > "$log" 2>&1 || { tail -60 "$log"; exit 1; }
grep -h "BENCH" "$log" web/target/failsafe-reports/*PlanDocumentsBenchmarkIT*-output.txt 2>/dev/null | sed 's/.*BENCH/BENCH/' | sort -u
