#!/usr/bin/env bash
# Deploys the Custos EAR to a Payara Server 6 domain "custos", creating the domain on first use.
#
#   deploy.sh [path/to/custos.ear]    create/start the domain, configure it, (re)deploy, wait for /login
#   deploy.sh stop                    stop the domain
#
# Environment:
#   PAYARA_HOME          existing Payara Server 6 install; unset = unpack Payara 6.2025.9 into the server dir
#   CUSTOS_SERVER_DIR    working folder (Payara install, data dir); default deployment/payara-server/target/payara-server
#   CUSTOS_PORTBASE      asadmin portbase (default 20000: admin 20048, HTTP 20080)
#   CUSTOS_DB_URL, CUSTOS_DB_USER, CUSTOS_DB_PASSWORD
#                        e.g. jdbc:mariadb://127.0.0.1:3306/custos_ear; unset ones keep the domain's current
#                        value (first run: the app's default, an H2 file under the data dir)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
PAYARA_VERSION=6.2025.9
DOMAIN=custos
APP_NAME=custos
PORTBASE=${CUSTOS_PORTBASE:-20000}
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
READY_TIMEOUT=${CUSTOS_READY_TIMEOUT:-180}

SERVER_DIR=${CUSTOS_SERVER_DIR:-$SCRIPT_DIR/target/payara-server}
mkdir -p "$SERVER_DIR"
SERVER_DIR=$(cd "$SERVER_DIR" && pwd)

log() { printf '[deploy %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# asadmin runs on AS_JAVA or the java on PATH (Payara 6: JDK 11+; tested with 17).
command -v java >/dev/null || [[ -n ${AS_JAVA:-} ]] || die "no java on PATH (set AS_JAVA or JAVA_HOME/bin on PATH)"

ensure_payara() {
    if [[ -n ${PAYARA_HOME:-} ]]; then
        [[ -x $PAYARA_HOME/bin/asadmin ]] || die "PAYARA_HOME=$PAYARA_HOME has no bin/asadmin"
        return
    fi
    PAYARA_HOME=$SERVER_DIR/payara6
    [[ -x $PAYARA_HOME/bin/asadmin ]] && return

    local m2=${MAVEN_REPO:-$HOME/.m2/repository}
    local zip=$m2/fish/payara/distributions/payara/$PAYARA_VERSION/payara-$PAYARA_VERSION.zip
    if [[ ! -f $zip ]]; then
        command -v mvn >/dev/null || die "Payara zip not in $m2 and no mvn to fetch it; set PAYARA_HOME"
        local fetch
        fetch=$(mktemp -d)
        log "Fetching Payara Server $PAYARA_VERSION from Maven Central"
        # Run from an empty folder: next to a pom.xml, mvn would resolve that project first.
        (cd "$fetch" && mvn -B -q dependency:copy \
            -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$fetch")
        zip=$fetch/payara-$PAYARA_VERSION.zip
    fi
    log "Unpacking $zip into $SERVER_DIR"
    # Unpack beside the target and rename, so an interrupted unzip never looks like an install.
    local staging
    staging=$(mktemp -d "$SERVER_DIR/.unpack.XXXXXX")
    unzip -q "$zip" -d "$staging"
    mv "$staging/payara6" "$PAYARA_HOME"
    rm -rf "$staging"
}

asadmin() {
    # --interactive=false: never wait for a password prompt in a script.
    "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --interactive=false "$@"
}

domain_running() {
    asadmin list-domains 2>/dev/null | grep -Eq "^$DOMAIN running"
}

stop_domain() {
    if domain_running; then
        log "Stopping domain $DOMAIN"
        asadmin stop-domain "$DOMAIN" >/dev/null
    else
        log "Domain $DOMAIN is not running"
    fi
}

# start-domain/restart-domain return before deployed apps are loaded. A redeploy during that
# load deletes the expanded app under the loader (seen: NPE in WeldUtils.isWar), so both wait for it.
start_domain() {
    local cmd=$1 t0=$SECONDS offset
    offset=$(log_size)
    log "Running $cmd $DOMAIN (admin port $ADMIN_PORT)"
    asadmin "$cmd" "$DOMAIN" >/dev/null
    log "Domain up in $((SECONDS - t0)) s"
    if app_deployed; then
        log "Waiting for the deployed $APP_NAME to finish loading"
        if wait_for_login "$offset"; then
            log "$APP_NAME loaded after $((SECONDS - t0)) s"
        else
            log "Continuing; the redeploy replaces it"
        fi
    fi
}

# asadmin splits name=value lists on ':' and '=' and honours quotes; a backslash escapes any character.
asadmin_escape() {
    printf '%s' "$1" | sed 's/[\\:="'"'"']/\\&/g'
}

current_properties() {
    # name=value lines of the server's system properties (one asadmin call; each costs ~1 s).
    asadmin list-system-properties 2>/dev/null | grep -E '^custos\.' || true
}

# Sets the domain's system properties (read by MicroProfile Config, so also by the
# @DataSourceDefinition's ${MPCONFIG=...}); unlike JVM options they never show in `ps`.
# Sets CONFIG_CHANGED=1 when it changed any (a flag: set -e is off inside `if f`).
CONFIG_CHANGED=0
configure_properties() {
    local -a wanted=("custos.data.dir=$SERVER_DIR/data")
    [[ -n ${CUSTOS_DB_URL:-} ]] && wanted+=("custos.db.url=$CUSTOS_DB_URL")
    [[ -n ${CUSTOS_DB_USER:-} ]] && wanted+=("custos.db.user=$CUSTOS_DB_USER")
    [[ -n ${CUSTOS_DB_PASSWORD+set} ]] && wanted+=("custos.db.password=$CUSTOS_DB_PASSWORD")
    [[ -n ${CUSTOS_DEMO:-} ]] && wanted+=("custos.demo=$CUSTOS_DEMO")
    mkdir -p "$SERVER_DIR/data"

    local current entry arg=
    current=$(current_properties)
    for entry in "${wanted[@]}"; do
        if ! grep -qxF -- "$entry" <<<"$current"; then
            log "Setting system property ${entry%%=*}"
            arg+=${arg:+:}${entry%%=*}=$(asadmin_escape "${entry#*=}")
        fi
    done
    [[ -n $arg ]] || return 0
    asadmin create-system-properties "$arg" >/dev/null
    current=$(current_properties)
    for entry in "${wanted[@]}"; do
        grep -qxF -- "$entry" <<<"$current" || die "system property ${entry%%=*} did not take the expected value"
    done
    CONFIG_CHANGED=1
}

ensure_health() {
    # /health/ready is served by Payara's MicroProfile Health service on the HTTP listener.
    # (On by default in Payara 6; the command prints a table whose 2nd line starts with Enabled.)
    if [[ $(asadmin get-microprofile-healthcheck-configuration | awk 'NR == 2 {print $1}') != true ]]; then
        log "Enabling MicroProfile Health"
        asadmin set-microprofile-healthcheck-configuration --enabled=true >/dev/null
    fi
}

app_deployed() {
    asadmin list-applications --long=false 2>/dev/null | grep -Eq "^$APP_NAME[[:space:]]"
}

server_log() {
    printf '%s' "$PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"
}

log_size() {
    stat -c %s "$(server_log)" 2>/dev/null || echo 0
}

# Waits until /login answers 200 (following the redirect to /setup on an empty database).
# Returns 1 on timeout, or early when server.log shows, after byte offset $1, that the app failed.
wait_for_login() {
    local offset=$1 url=http://localhost:$HTTP_PORT/login code deadline=$((SECONDS + READY_TIMEOUT))
    while :; do
        code=$(curl -sL -o /dev/null -w '%{http_code}' --max-time 10 "$url") || true
        [[ $code == 200 ]] && return 0
        ((SECONDS < deadline)) || { log "$url still answers ${code:-nothing} after ${READY_TIMEOUT} s"; return 1; }
        (($(log_size) >= offset)) || offset=0 # log rotated
        if tail -c +$((offset + 1)) "$(server_log)" 2>/dev/null \
            | grep -Eq 'Exception while (deploying|loading) the app|Custos cannot reach its database'; then
            log "Payara reports that $APP_NAME failed to load; see $(server_log)"
            return 1
        fi
        sleep 2
    done
}

main() {
    if [[ ${1:-} == stop ]]; then
        PAYARA_HOME=${PAYARA_HOME:-$SERVER_DIR/payara6}
        [[ -x $PAYARA_HOME/bin/asadmin ]] || { log "No Payara Server at $PAYARA_HOME; nothing to stop"; return; }
        stop_domain
        return
    fi

    local ear=${1:-$REPO_ROOT/ear/target/custos.ear}
    [[ -f $ear ]] || die "EAR not found: $ear (build it with mvn package, or pass its path)"
    ear=$(cd "$(dirname "$ear")" && pwd)/$(basename "$ear")

    ensure_payara
    log "Payara Server: $PAYARA_HOME"

    local new_domain=0
    if [[ ! -d $PAYARA_HOME/glassfish/domains/$DOMAIN ]]; then
        log "Creating domain $DOMAIN with portbase $PORTBASE"
        local t0=$SECONDS
        asadmin create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >/dev/null
        log "Domain created in $((SECONDS - t0)) s"
        new_domain=1
    fi

    if ! domain_running; then
        start_domain start-domain
    fi

    ensure_health
    configure_properties
    if ((CONFIG_CHANGED && !new_domain)); then
        # Payara caches MicroProfile Config values for 60 s (microprofile-config.cache-duration-seconds):
        # a redeploy right after the change can still get the old database settings.
        log "Configuration changed; restarting the domain to drop cached values"
        start_domain restart-domain
    fi

    log "Deploying $ear as $APP_NAME"
    local t0=$SECONDS offset
    offset=$(log_size)
    asadmin deploy --force=true --name "$APP_NAME" "$ear" >/dev/null \
        || die "asadmin deploy failed; see $(server_log)"
    log "Deployed in $((SECONDS - t0)) s; waiting for /login"
    wait_for_login "$offset" || die "Custos did not come up; see $(server_log)"
    log "Custos is up after $((SECONDS - t0)) s: http://localhost:$HTTP_PORT/login"
    log "Server log: $(server_log)"
}

main "$@"
