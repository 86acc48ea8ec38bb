#!/usr/bin/env bash
# Runs Custos on Payara Micro: builds the WAR if it is missing or older than the sources, then
# starts it at http://localhost:${CUSTOS_HTTP_PORT:-8080}/ with the embedded H2 database under
# ${CUSTOS_DATA_DIR:-./data} (or the database CUSTOS_DB_URL names). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

war=web/target/ROOT.war
micro=deployment/target/payara-micro.jar
port=${CUSTOS_HTTP_PORT:-8080}
export CUSTOS_DATA_DIR=${CUSTOS_DATA_DIR:-$PWD/data}

if [ ! -f "$war" ] || [ -n "$(find ejb/src web/src pom.xml ejb/pom.xml web/pom.xml -newer "$war" -type f -print -quit)" ]; then
    echo "Building Custos ..."
    mvn -B -q -DskipTests -pl web -am install
fi
if [ ! -f "$micro" ]; then
    version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml)
    mvn -B -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:$version" \
        -DoutputDirectory=deployment/target -Dmdep.stripVersion=true
    mv deployment/target/payara-micro-*.jar "$micro" 2>/dev/null || true
fi
mkdir -p "$CUSTOS_DATA_DIR"
echo "Custos starts at http://localhost:$port/ (data: $CUSTOS_DATA_DIR)"
# The serial collector and a capped heap keep a small installation's memory low.
exec java ${CUSTOS_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC} -jar "$micro" \
    --nocluster --port "$port" --deploy "$war" --rootdir "$CUSTOS_DATA_DIR/payara"
