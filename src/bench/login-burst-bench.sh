#!/usr/bin/env bash
# Does a burst of logins slow the pages? (issue #15: "bcrypt runs outside database transactions: a burst of 50
# logins does not slow page requests"). One command, from the repository root:
#
#   src/bench/login-burst-bench.sh [--logins N] [--requests N] [--rounds N] [--skip-build] [--app-dir DIR]
#
# It builds the app (unless --skip-build), creates its own database (BENCH_DB, default entente_bench_login, on the
# MariaDB at 127.0.0.1:3306, user root, like app-bench.sh), starts the app with the production bcrypt cost (11) and the
# container image's JVM options, logs in, loads the example alliance, and then, --rounds times:
#   1. quiet: --requests page requests (GET /alliances/{example}) one after another; each one's time is kept;
#   2. burst: --logins browsers fetch the login form, then all post the right password at once, while one more
#      client keeps requesting the page, one request after another, until the last login has been answered.
# It prints, for the page, the median, 95th percentile and maximum time quiet and during the bursts, and for the
# logins how many succeeded (303) and how long the burst took. --app-dir runs another build (a target/quarkus-app
# directory), e.g. one of the commit before the change, to compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

LOGINS=50 REQUESTS=60 ROUNDS=3 BUILD=1 APP_DIR="$ROOT/target/quarkus-app"
while [ $# -gt 0 ]; do
    case "$1" in
        --logins) LOGINS=$2; shift 2 ;;
        --requests) REQUESTS=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --app-dir) APP_DIR=$(cd "$2" && pwd); BUILD=0; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

DB=${BENCH_DB:-entente_bench_login}
PORT=${BENCH_PORT:-8091}
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=bench@example.test
ADMIN_PASSWORD=bench-password-0123456789
JVM_OPTS=${BENCH_JVM_OPTS:-"-Xmx128m -Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
WORK="$ROOT/target/bench/login-burst"
rm -rf "$WORK" && mkdir -p "$WORK"
APP_PID=""

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
for tool in curl jq mariadb; do command -v "$tool" >/dev/null || { log "needs $tool"; exit 1; }; done

if [ "$BUILD" = 1 ]; then
    log "building (./mvnw -B -q -DskipTests package) ..."
    ./mvnw -B -q -DskipTests package
fi
mariadb --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"

stop_app() {
    [ -n "$APP_PID" ] || return 0
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
trap stop_app EXIT
# shellcheck disable=SC2086  # JVM_OPTS is a list of options
(cd "$APP_DIR" && exec env ENTENTE_DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" PORT="$PORT" ENTENTE_BCRYPT_COST=11 \
    ENTENTE_ADMIN_EMAIL="$ADMIN_EMAIL" ENTENTE_ADMIN_PASSWORD="$ADMIN_PASSWORD" ENTENTE_SECURE_COOKIE=false \
    java $JVM_OPTS -jar quarkus-run.jar) >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/q/health/live" || true)" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { log "the app died; its log:"; tail -30 "$WORK/app.log" >&2; exit 1; }
    sleep 0.2
done

token_of() { tr '\n' ' ' <"$1" | grep -o '<input[^>]*name="csrf-token"[^>]*>' | head -1 | grep -o 'value="[^"]*"' | cut -d'"' -f2; }
# login JAR: fetches the form into JAR's directory and posts the right password; prints the status
login() {
    local jar=$1 page="$1.html"
    curl -s -o "$page" -c "$jar" -b "$jar" "$BASE/login"
    post "$jar"
}
prepare() { curl -s -o "$1.html" -c "$1" -b "$1" "$BASE/login"; }
post() {
    curl -s -o /dev/null -w '%{http_code}\n' -c "$1" -b "$1" -X POST "$BASE/login" \
        --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
        --data-urlencode "csrf-token=$(token_of "$1.html")" --data-urlencode "next=/"
}

JAR="$WORK/session"
[ "$(login "$JAR")" = 303 ] || { log "could not log in"; exit 1; }
EXAMPLE=$(curl -s -b "$JAR" -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/api/example" | jq .id)
PAGE="/alliances/$EXAMPLE"
page() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$JAR" "$BASE$PAGE"; }
for _ in $(seq 1 30); do page >/dev/null; done  # warm-up
for _ in $(seq 1 5); do login "$WORK/warm" >/dev/null; done

for round in $(seq 1 "$ROUNDS"); do
    log "round $round: $REQUESTS quiet page requests"
    for _ in $(seq 1 "$REQUESTS"); do page; done >>"$WORK/quiet.txt"
    log "round $round: a burst of $LOGINS logins while the page is requested"
    for i in $(seq 1 "$LOGINS"); do prepare "$WORK/burst-$round-$i"; done
    start=$(date +%s%N)
    pids=()
    for i in $(seq 1 "$LOGINS"); do post "$WORK/burst-$round-$i" >>"$WORK/logins.txt" & pids+=($!); done
    sent=0
    while [ "$sent" -lt 10 ] || kill -0 "${pids[@]}" 2>/dev/null; do page >>"$WORK/burst.txt"; sent=$((sent + 1)); done
    wait "${pids[@]}"
    echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$WORK/burst-ms.txt"
done

stats() { # file of "status seconds" lines -> | count | p50 | p95 | max (ms) | answers other than 200 |
    local bad
    bad=$(awk '$1 != 200' "$1" | wc -l)
    awk '{ print $2 * 1000 }' "$1" | sort -n | awk -v bad="$bad" '{ v[NR] = $1 }
        END { printf "| %d | %.0f | %.0f | %.0f | %d |\n", NR, v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR], bad }'
}
{
    echo "Page \`GET $PAGE\`, bcrypt cost 11, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the end"
    echo
    echo "| page requests | count | p50 ms | p95 ms | max ms | not 200 |"
    echo "| --- | --- | --- | --- | --- | --- |"
    printf '| quiet '; stats "$WORK/quiet.txt"
    printf '| during %d-login bursts ' "$LOGINS"; stats "$WORK/burst.txt"
    echo
    echo "Logins: $(grep -c '^303$' "$WORK/logins.txt") of $(wc -l <"$WORK/logins.txt") answered 303; each burst took" \
        "$(paste -sd/ "$WORK/burst-ms.txt") ms until the last login was answered."
} | tee "$WORK/result.md"
