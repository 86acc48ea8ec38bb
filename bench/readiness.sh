#!/usr/bin/env bash
# Certification-readiness benchmark inside Payara Micro: 5 standards with 2,000 requirements, 3,000
# mappings, 1,000 measures and 10,000 evidence records. Readiness of all standards in use must compute
# in <= 200 ms server time (median of 9 after 3 warm-up runs), and GET /api/v1/readiness (the dashboard's
# data) must hold p95 <= 300 ms with 20 concurrent users (300 requests over HTTP). Prints the BENCH lines.
# Usage: bench/readiness.sh                               (embedded H2)
#        CUSTOS_TEST_DB=mariadb bench/readiness.sh        (database custos_test on 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q install -DskipTests > /dev/null
mvn -B -pl web verify -Dsurefire.skip=true -Dit.test=ReadinessBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
    > "$log" 2>&1 || { tail -60 "$log"; exit 1; }
grep -h "BENCH" "$log" web/target/failsafe-reports/*ReadinessBenchmarkIT*-output.txt 2>/dev/null | sed 's/.*BENCH/BENCH/' | sort -u
