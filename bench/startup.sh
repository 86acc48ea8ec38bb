#!/usr/bin/env bash
# Cold start to the first 200 and resident memory: Custos (fresh H2 database) side by side with
# Payara Micro starting an empty WAR, same JVM options, same machine, same run.
# Usage: bench/startup.sh [runs] [war]   (default war: web/target/ROOT.war; mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-2}
war=$(realpath "${2:-web/target/ROOT.war}")
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT

micro=$work/payara-micro.jar
version=$(sed -n 's:.*<payara.micro.version>\(.*\)</payara.micro.version>.*:\1:p' pom.xml)
cp "$HOME/.m2/repository/fish/payara/extras/payara-micro/$version/payara-micro-$version.jar" "$micro" 2>/dev/null \
  || mvn -B -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:$version" -DoutputDirectory="$work" -Dmdep.stripVersion=true
[ -f "$micro" ] || mv "$work"/payara-micro*.jar "$micro"

# The baseline: a WAR with nothing but an index page.
mkdir -p "$work/empty/WEB-INF" && echo ok > "$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/empty.war" .)

opts=${CUSTOS_JAVA_OPTS:--Xmx512m -XX:+UseSerialGC}
port=18080

measure() { # name war path-to-poll
    local name=$1 war=$2 path=$3 data=$work/data-$RANDOM
    local start=$(date +%s.%N)
    CUSTOS_DATA_DIR=$data java $opts -jar "$micro" --nocluster --port $port --deploy "$war" \
        --rootdir "$work/root-$RANDOM" > "$work/$name.log" 2>&1 &
    local pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")" = 200 ]; do
        sleep 0.2
        kill -0 $pid 2>/dev/null || { echo "$name died; see $work/$name.log"; tail -20 "$work/$name.log"; exit 1; }
        [ "$(awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN {print (n - s > 240)}')" = 1 ] \
            && { echo "$name: no 200 within 240 s"; exit 1; }
    done
    local secs=$(awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN {print n - s}')
    sleep 3
    local rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
    printf '%-8s first 200 after %6.1f s, RSS %5d MiB\n' "$name" "$secs" "$rss"
    kill $pid; wait $pid 2>/dev/null || true
}

for i in $(seq 1 "$runs"); do
    echo "run $i"
    measure empty "$work/empty.war" /empty/
    measure custos "$war" /health/ready
done
