#!/usr/bin/env bash
# Risk register benchmark inside Payara Micro: 3,000 assets with dependencies, 5,000 risks on one to
# three assets each with one or two assessments. The register (all open risks with their latest
# assessment, also filtered) and the inherent and residual heat maps must answer in <= 300 ms server time
# (median of 9 after 3 warm-up runs). Also prints reassessments due, the asset list with effective needs
# and a cold readiness computation with the certification rules 8.2/8.3. Prints the BENCH lines.
# Usage: bench/risk.sh                               (embedded H2)
#        CUSTOS_TEST_DB=mariadb bench/risk.sh        (database custos_test on 127.0.0.1:3306)
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
mvn -B -q install -DskipTests > /dev/null
mvn -B -pl web verify -Dsurefire.skip=true -Dit.test=RiskBenchmarkIT -Dfailsafe.failIfNoSpecifiedTests=false \
    > "$log" 2>&1 || { tail -60 "$log"; exit 1; }
grep -h "BENCH" "$log" web/target/failsafe-reports/*RiskBenchmarkIT*-output.txt 2>/dev/null | sed 's/.*BENCH/BENCH/' | sort -u
