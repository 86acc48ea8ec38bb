#!/usr/bin/env bash
# A throwaway OpenLDAP server on loopback for the directory-login tests, loaded with
# test-directory.ldif (suffix dc=custos,dc=test; service account cn=custos,ou=services).
# Usage: deployment/ldap/test-slapd.sh start DIR PORT  |  deployment/ldap/test-slapd.sh stop DIR
# Needs Debian's slapd and ldap-utils (apt-get install -y slapd ldap-utils).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
action=${1:?start or stop}
dir=${2:?working directory}
slapd=$(command -v slapd || echo /usr/sbin/slapd)

stop() {
    if [ -f "$dir/slapd.pid" ]; then
        kill "$(cat "$dir/slapd.pid")" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$(cat "$dir/slapd.pid")" 2>/dev/null || break; sleep 0.1; done
        rm -f "$dir/slapd.pid"
    fi
}

case "$action" in
start)
    port=${3:?port}
    stop
    rm -rf "$dir" && mkdir -p "$dir/db"
    cat > "$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
pidfile $dir/slapd.pid
modulepath /usr/lib/ldap
moduleload back_mdb
database mdb
suffix "dc=custos,dc=test"
rootdn "cn=admin,dc=custos,dc=test"
rootpw $(slappasswd -s "test directory admin")
directory $dir/db
maxsize 10485760
access to attrs=userPassword by anonymous auth by self read by * none
access to * by dn.exact="cn=custos,ou=services,dc=custos,dc=test" read by self read by * none
CONF
    "$slapd" -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/"
    for _ in $(seq 1 100); do
        ldapwhoami -x -H "ldap://127.0.0.1:$port/" >/dev/null 2>&1 && break
        sleep 0.1
    done
    ldapadd -x -H "ldap://127.0.0.1:$port/" -D "cn=admin,dc=custos,dc=test" -w "test directory admin" \
        -f "$here/test-directory.ldif" > "$dir/ldapadd.log"
    echo "test directory on ldap://127.0.0.1:$port/ (pid $(cat "$dir/slapd.pid"))"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
