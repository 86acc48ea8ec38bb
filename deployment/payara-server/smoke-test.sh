#!/usr/bin/env bash
# Smoke test of the EAR on Payara Server 6 against MariaDB: fresh database custos_ear,
# deploy.sh, a few HTTP and log checks, then the domain is stopped again.
#
#   smoke-test.sh [path/to/custos.ear]
#
# Needs a MariaDB on CUSTOS_DB_HOST:CUSTOS_DB_PORT (default 127.0.0.1:3306) where root may log in
# over TCP without a password (override with MARIADB_ROOT_ARGS, e.g. "-uroot -psecret").
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
EAR=${1:-$REPO_ROOT/ear/target/custos.ear}

export CUSTOS_PORTBASE=${CUSTOS_PORTBASE:-20000}
export CUSTOS_SERVER_DIR=${CUSTOS_SERVER_DIR:-$SCRIPT_DIR/target/payara-server}
DB_HOST=${CUSTOS_DB_HOST:-127.0.0.1}
DB_PORT=${CUSTOS_DB_PORT:-3306}
DB_NAME=custos_ear
export CUSTOS_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME"
export CUSTOS_DB_USER=custos
export CUSTOS_DB_PASSWORD=custos

BASE=http://localhost:$((CUSTOS_PORTBASE + 80))
mkdir -p "$CUSTOS_SERVER_DIR"
SERVER_LOG=${PAYARA_HOME:-$(cd "$CUSTOS_SERVER_DIR" && pwd)/payara6}/glassfish/domains/custos/logs/server.log
WORK=$(mktemp -d)
touch "$WORK/started"

passed=0
failures=()
pass() { passed=$((passed + 1)); echo "PASS  $1"; }
fail() { failures+=("$1"); echo "FAIL  $1"; }

cleanup() {
    "$SCRIPT_DIR/deploy.sh" stop || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== Recreating MariaDB database $DB_NAME"
# shellcheck disable=SC2086 # MARIADB_ROOT_ARGS is a list of options
mariadb -h"$DB_HOST" -P"$DB_PORT" ${MARIADB_ROOT_ARGS:--uroot} <<SQL
DROP DATABASE IF EXISTS $DB_NAME;
CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'custos'@'%' IDENTIFIED BY 'custos';
CREATE USER IF NOT EXISTS 'custos'@'localhost' IDENTIFIED BY 'custos';
GRANT ALL ON $DB_NAME.* TO 'custos'@'%';
GRANT ALL ON $DB_NAME.* TO 'custos'@'localhost';
SQL

# Only log lines written by this run count (the log survives restarts).
log_offset=0
[[ -f $SERVER_LOG ]] && log_offset=$(stat -c %s "$SERVER_LOG")

summary() {
    echo
    if ((${#failures[@]} == 0)); then
        echo "ear-smoke-test: $passed passed, 0 failed"
    else
        echo "EAR smoke test: $passed passed, ${#failures[@]} failed"
        printf '  - %s\n' "${failures[@]}"
        exit 1
    fi
}

echo "== Deploying"
t0=$SECONDS
if CUSTOS_DEMO=false "$SCRIPT_DIR/deploy.sh" "$EAR"; then
    pass "deploy.sh deployed the EAR ($((SECONDS - t0)) s)"
else
    fail "deploy.sh failed after $((SECONDS - t0)) s; see $SERVER_LOG"
    summary
fi

echo "== Checks against $BASE"
# GET /login: an empty database redirects to /setup.
code=$(curl -sL -o "$WORK/login.html" -w '%{http_code} %{url_effective}' "$BASE/login") || true
if [[ ${code%% *} == 200 ]] && grep -q Custos "$WORK/login.html"; then
    pass "GET /login -> 200 with 'Custos' (ended at ${code#* })"
else
    fail "GET /login -> '$code', 'Custos' in page: $(grep -c Custos "$WORK/login.html" 2>/dev/null || echo 0)"
fi
if [[ ${code#* } == */setup ]]; then
    pass "GET /login on an empty database redirects to /setup"
else
    fail "GET /login on an empty database ended at '${code#* }', expected /setup"
fi

code=$(curl -s -o "$WORK/ready.json" -w '%{http_code}' "$BASE/health/ready") || true
if [[ $code == 200 ]] && grep -Eq '"status" *: *"UP"' "$WORK/ready.json"; then
    pass "GET /health/ready -> 200 UP: $(tr -d ' \n' <"$WORK/ready.json" | head -c 200)"
else
    fail "GET /health/ready -> $code: $(head -c 300 "$WORK/ready.json" 2>/dev/null)"
fi

code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/me") || true
if [[ $code == 401 ]]; then
    pass "GET /api/v1/me without credentials -> 401"
else
    fail "GET /api/v1/me without credentials -> $code, expected 401"
fi

size=$(stat -c %s "$SERVER_LOG" 2>/dev/null || echo 0)
((size >= log_offset)) || log_offset=0 # rotated meanwhile: read it all
tail -c +$((log_offset + 1)) "$SERVER_LOG" >"$WORK/server.log" 2>/dev/null || true
for line in "Custos database: MARIADB" "Custos setup token:"; do
    if grep -q "$line" "$WORK/server.log"; then
        pass "server.log contains '$line'"
    else
        fail "server.log lacks '$line' ($SERVER_LOG)"
    fi
done
# custos.data.dir points into the server dir; the setup token is also written there.
if [[ -n $(find "$CUSTOS_SERVER_DIR/data/setup-token" -newer "$WORK/started" 2>/dev/null) ]]; then
    pass "setup token file written to custos.data.dir ($CUSTOS_SERVER_DIR/data)"
else
    fail "no fresh setup-token file in custos.data.dir ($CUSTOS_SERVER_DIR/data)"
fi
if grep -q '\[SEVERE\]' "$WORK/server.log"; then
    echo "NOTE  server.log has SEVERE entries from this run:"
    grep -A2 '\[SEVERE\]' "$WORK/server.log" | head -30 | cut -c1-240
fi

# Phase 2: the demo organisation on a fresh database proves that the Shiro subject of an API
# request reaches the EJB permission interceptor in the EAR (shiro-core in ear/lib).
echo "== Demo data: permission checks at the EJB boundary inside the EAR"
mariadb -h"$DB_HOST" -P"$DB_PORT" ${MARIADB_ROOT_ARGS:--uroot} -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
log_offset=$(stat -c %s "$SERVER_LOG" 2>/dev/null || echo 0)
if CUSTOS_DEMO=true "$SCRIPT_DIR/deploy.sh" "$EAR"; then
    tail -c +$((log_offset + 1)) "$SERVER_LOG" >"$WORK/demo.log" 2>/dev/null || true
    reader_pw=$(sed -n 's/.*Custos demo user reader (READER) one-time password: \([A-Za-z0-9]*\).*/\1/p' "$WORK/demo.log" | tail -1)
    admin_pw=$(sed -n 's/.*Custos demo user admin (ADMINISTRATOR) one-time password: \([A-Za-z0-9]*\).*/\1/p' "$WORK/demo.log" | tail -1)
    if [[ -n $reader_pw && -n $admin_pw ]]; then
        pass "demo users created, one-time passwords in server.log"
        code=$(curl -s -o "$WORK/me.json" -w '%{http_code}' -u "reader:$reader_pw" "$BASE/api/v1/me") || true
        if [[ $code == 200 ]] && grep -q '"READER"' "$WORK/me.json"; then
            pass "GET /api/v1/me as reader -> 200 with role READER"
        else
            fail "GET /api/v1/me as reader -> $code: $(head -c 200 "$WORK/me.json")"
        fi
        code=$(curl -s -o "$WORK/refused.json" -w '%{http_code}' -u "reader:$reader_pw" "$BASE/api/v1/audit") || true
        if [[ $code == 403 ]] && grep -q '"not-permitted"' "$WORK/refused.json"; then
            pass "GET /api/v1/audit as reader -> 403 not-permitted (refused at the EJB boundary)"
        else
            fail "GET /api/v1/audit as reader -> $code: $(head -c 200 "$WORK/refused.json")"
        fi
        code=$(curl -s -o "$WORK/readiness.json" -w '%{http_code}' -u "reader:$reader_pw" "$BASE/api/v1/readiness") || true
        if [[ $code == 200 ]] && grep -q '"code":"ISO27001"' "$WORK/readiness.json" && ! grep -q '"NOT_TRACKED"' "$WORK/readiness.json" \
                && grep -q '"code":"managementReview","status":"PASSED"' "$WORK/readiness.json" \
                && grep -q '"code":"auditProgramme","status":"PASSED"' "$WORK/readiness.json"; then
            pass "GET /api/v1/readiness as reader -> 200 with the ISO 27001 score, every rule tracked, the demo's management review approved, its audit programme covering the scope"
        else
            fail "GET /api/v1/readiness as reader -> $code: $(head -c 300 "$WORK/readiness.json")"
        fi
        code=$(curl -s -o "$WORK/soa.json" -w '%{http_code}' -u "reader:$reader_pw" "$BASE/api/v1/soa") || true
        if [[ $code == 200 ]] && grep -q '"approvedBy":"leitung"' "$WORK/soa.json"; then
            pass "GET /api/v1/soa as reader -> 200, the demo SoA approved by top management"
        else
            fail "GET /api/v1/soa as reader -> $code: $(head -c 300 "$WORK/soa.json")"
        fi
        code=$(curl -s -o "$WORK/risks.json" -w '%{http_code}' -u "reader:$reader_pw" "$BASE/api/v1/risks?acceptance=ACCEPTED") || true
        if [[ $code == 200 ]] && grep -q '"code":"R-01"' "$WORK/risks.json" && grep -q '"acceptedBy":"leitung"' "$WORK/risks.json"; then
            pass "GET /api/v1/risks?acceptance=ACCEPTED as reader -> 200, the demo ransomware risk accepted by its owner"
        else
            fail "GET /api/v1/risks?acceptance=ACCEPTED as reader -> $code: $(head -c 300 "$WORK/risks.json")"
        fi
        r03=$(curl -s -u "reader:$reader_pw" "$BASE/api/v1/risks?q=R-03" | sed -n 's/.*"id":\([0-9]*\),"inherentLevel".*/\1/p') || true
        version=$(curl -s -u "reader:$reader_pw" "$BASE/api/v1/risks/${r03:-0}" | sed -n 's/.*"version":\([0-9]*\).*/\1/p') || true
        code=$(curl -s -o "$WORK/accept.json" -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
            -d "{\"version\":${version:-0},\"note\":\"passt\"}" -u "reader:$reader_pw" "$BASE/api/v1/risks/${r03:-0}/accept") || true
        if [[ $code == 422 ]] && grep -q 'Only the owner' "$WORK/accept.json"; then
            pass "POST /api/v1/risks/{R-03}/accept as reader -> 422, only the risk owner accepts"
        else
            fail "POST /api/v1/risks/{R-03}/accept as reader -> $code: $(head -c 300 "$WORK/accept.json")"
        fi
        code=$(curl -s -o "$WORK/verify.json" -w '%{http_code}' -X POST -u "admin:$admin_pw" "$BASE/api/v1/audit/verify") || true
        if [[ $code == 200 ]] && grep -q '"intact":true' "$WORK/verify.json"; then
            pass "POST /api/v1/audit/verify as admin -> 200, chain intact"
        else
            fail "POST /api/v1/audit/verify as admin -> $code: $(head -c 200 "$WORK/verify.json")"
        fi
    else
        fail "no demo user passwords in server.log"
    fi
else
    fail "deploy.sh with CUSTOS_DEMO=true failed; see $SERVER_LOG"
fi

summary
