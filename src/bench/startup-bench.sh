#!/usr/bin/env bash
# Start-up benchmark (issue 22): time to the first page, first-request latency, requests/s and RSS of one packaged
# Entente, on a given JDK, with or without an AOT cache. One command per variant, from the repository root:
#
#   src/bench/startup-bench.sh [--app DIR] [--java JAVA] [--aot] [--starts N] [--duration S] [--label TEXT]
#                              [--jvm-opts "..."] [--out FILE]
#
#   --app DIR     the packaged app (default target/quarkus-app; build it first: ./mvnw -B -DskipTests package, and
#                 for --aot: ./mvnw -B -DskipTests package -Dquarkus.package.jar.type=aot-jar)
#   --java JAVA   the java command (default: java on the PATH), e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   --aot         train an AOT cache first (JDK 25: -XX:AOTCacheOutput=app.aot during src/main/docker/aot-training.sh,
#                 the same training run as the container image) and start every time with -XX:AOTCache=app.aot
#   --reuse       keep the database (and with --aot the app's app.aot) of the previous run: only the starts and wrk
#   --nice N      run the app under `nice -n N` (root: a negative N gives it priority on a machine busy with other work)
#
# It drops and creates its own database (BENCH_DB, default entente_bench_quarkus, on BENCH_DB_HOST:BENCH_DB_PORT,
# default 127.0.0.1:3306, user root without password unless BENCH_DB_USER/BENCH_DB_PASSWORD say otherwise), then
#   1. starts the app on the empty database (Flyway migrates it) and runs src/main/docker/aot-training.sh against it:
#      the example alliance with its plans, then every kind of page, the API, PDFs and calendars (3 rounds with
#      --aot, where this start is the training run and the cache is written when the app stops; 1 round without);
#   2. starts it --starts times (default 5) on the filled database, each time measuring from the java command to the
#      first answered page (GET /login, a Qute page read from the database's settings: 200), wall and CPU time
#      (utime+stime of the process from /proc), then logs in and times the first request of the schedule page, the
#      alliance plan, the PDF and the body's iCalendar file (curl's time_total), and reads the RSS;
#   3. on the last start, after 2 x --duration of warm-up, measures the schedule page with wrk (32 connections,
#      --duration seconds, default 10): requests/s and p99, and the RSS (VmRSS, peak VmHWM) after it.
# The JVM options are the container image's (src/main/docker/Dockerfile.jvm); --jvm-opts replaces them.
# It prints a Markdown summary and writes it, with the raw figures, to target/bench/ (or --out).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

APP=$ROOT/target/quarkus-app JAVA=java AOT=0 STARTS=5 DURATION=10 LABEL="" OUT="" REUSE=0 NICE=0
JVM_OPTS=${BENCH_JVM_OPTS:-"-Xmx128m -Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=2000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
while [ $# -gt 0 ]; do
    case "$1" in
        --app) APP=$(cd "$2" && pwd); shift 2 ;;
        --java) JAVA=$2; shift 2 ;;
        --aot) AOT=1; shift ;;
        --reuse) REUSE=1; shift ;;
        --nice) NICE=$2; shift 2 ;;
        --starts) STARTS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --label) LABEL=$2; shift 2 ;;
        --jvm-opts) JVM_OPTS=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

DB=${BENCH_DB:-entente_bench_quarkus}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
PORT=${BENCH_PORT:-8091}
BASE="http://127.0.0.1:$PORT"
ADMIN_EMAIL=bench@example.test
ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-password-0123456789}
WORK="$ROOT/target/bench/startup-$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$WORK"
OUT=${OUT:-$WORK/summary.md}
JAR="$WORK/cookies.txt"
APP_LOG="$WORK/app.log"
TICK=$(getconf CLK_TCK)
APP_PID=""
JAVA_VERSION="JDK $("$JAVA" -version 2>&1 | awk 'NR == 2' | sed 's/.*(build \(.*\)).*/\1/')"
QUARKUS_VERSION=$(find "$APP/lib" -name 'io.quarkus.quarkus-core-[0-9]*.jar' | sed 's/.*quarkus-core-//; s/\.jar$//' | head -1)
if [ -z "$LABEL" ]; then
    LABEL="Quarkus $QUARKUS_VERSION, $JAVA_VERSION"
    [ "$AOT" = 0 ] || LABEL="$LABEL, AOT cache"
fi

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
for tool in curl jq wrk mariadb; do
    command -v "$tool" >/dev/null || { log "$tool is missing (Debian: apt-get install wrk jq curl mariadb-client)"; exit 1; }
done
sql() { mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e "$1"; }
cpu_ms() { awk -v t="$TICK" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$APP_PID/stat"; }
rss_mib() { awk -v f="$1" '$1 == f":" {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# start_app [extra JVM options]: starts the app in its directory (the AOT cache is named relative to it) and waits
# for the first answered page; sets START_MS and START_CPU_MS. The pool may wait up to 60 s for a connection (3 s in
# production): on a machine loaded by other work the first connection of a start can take longer than 3 s.
start_app() {
    local t0 code
    t0=$(now_ms)
    # shellcheck disable=SC2086  # JVM_OPTS is a list of options
    (cd "$APP" && exec env ENTENTE_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" ENTENTE_DB_USER="$DB_USER" \
        ENTENTE_DB_PASSWORD="$DB_PASSWORD" PORT="$PORT" ENTENTE_ADMIN_EMAIL="$ADMIN_EMAIL" \
        ENTENTE_ADMIN_PASSWORD="$ADMIN_PASSWORD" ENTENTE_SECURE_COOKIE=false ENTENTE_DB_ACQUISITION_TIMEOUT=60S \
        nice -n "$NICE" "$JAVA" $JVM_OPTS "$@" -jar quarkus-run.jar) >>"$APP_LOG" 2>&1 &
    APP_PID=$!
    while true; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/login" || true)
        [ "$code" = 200 ] && break
        if ! kill -0 "$APP_PID" 2>/dev/null; then log "the app died during start-up; its log:"; tail -40 "$APP_LOG" >&2; exit 1; fi
        if [ $(( $(now_ms) - t0 )) -gt 300000 ]; then log "no page after 300 s; its log:"; tail -40 "$APP_LOG" >&2; exit 1; fi
        sleep 0.005
    done
    START_MS=$(( $(now_ms) - t0 ))
    START_CPU_MS=$(cpu_ms)
}
stop_app() {
    [ -n "$APP_PID" ] || return 0
    kill "$APP_PID" 2>/dev/null || true
    # writing the AOT cache at the end of the training run takes a while on 2 cores
    for _ in $(seq 1 1800); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$APP_PID" 2>/dev/null; then log "the app did not stop within 180 s: killing it"; kill -9 "$APP_PID" || true; fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
trap stop_app EXIT

form_token() { tr '\n' ' ' | grep -o '<input[^>]*name="csrf-token"[^>]*>' | head -1 | grep -o 'value="[^"]*"' | cut -d'"' -f2; }
login() {
    rm -f "$JAR"
    local token
    token=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login" | form_token)
    curl -s -o /dev/null -c "$JAR" -b "$JAR" -X POST "$BASE/login" --data-urlencode "email=$ADMIN_EMAIL" \
        --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "csrf-token=$token" --data-urlencode "next=/"
    COOKIE_HEADER=$(sed 's/^#HttpOnly_//' "$JAR" | awk -F'\t' 'NF >= 7 && $1 !~ /^#/ {printf "%s%s=%s", sep, $6, $7; sep="; "}')
}
first_ms() { # the time of one request with the session, in ms; fails unless 200
    local out
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$JAR" "$BASE$1")
    [ "${out%% *}" = 200 ] || { log "GET $1 answered ${out%% *}"; exit 1; }
    awk -v s="${out#* }" 'BEGIN {printf "%d", s * 1000}'
}

# --- 1. data, and the training run ------------------------------------------------------------------------
log "$LABEL: $APP, $JAVA_VERSION, options $JVM_OPTS; load average $(cut -d' ' -f1-3 /proc/loadavg)"
RUN_OPTS=()
[ "$REUSE" = 1 ] || sql "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
if [ "$REUSE" = 1 ]; then
    TRAINING="database$([ "$AOT" = 0 ] || echo ' and AOT cache') of the previous run"
    [ "$AOT" = 0 ] || { [ -s "$APP/app.aot" ] || { log "no $APP/app.aot to reuse"; exit 1; }; RUN_OPTS=(-XX:AOTCache=app.aot); }
elif [ "$AOT" = 1 ]; then
    rm -f "$APP/app.aot"
    log "training run: -XX:AOTCacheOutput=app.aot, src/main/docker/aot-training.sh (3 rounds) ..."
    T0=$(now_ms)
    start_app -XX:AOTCacheOutput=app.aot
    src/main/docker/aot-training.sh "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" 3
    stop_app
    [ -s "$APP/app.aot" ] || { log "no AOT cache was written; the app's log:"; tail -40 "$APP_LOG" >&2; exit 1; }
    TRAINING="training run and cache $(( ($(now_ms) - T0) / 1000 )) s, app.aot $(( $(stat -c %s "$APP/app.aot") / 1048576 )) MiB"
    log "$TRAINING"
    RUN_OPTS=(-XX:AOTCache=app.aot)
else
    log "loading the data: src/main/docker/aot-training.sh (1 round) ..."
    start_app
    src/main/docker/aot-training.sh "$BASE" "$ADMIN_EMAIL" "$ADMIN_PASSWORD" 1
    stop_app
    TRAINING="no AOT cache"
fi
ALLIANCE=$(sql "SELECT MIN(id) FROM \`$DB\`.alliance" | tail -1)
BODY=$(sql "SELECT MIN(id) FROM \`$DB\`.governance_body" | tail -1)

# --- 2. starts ----------------------------------------------------------------------------------------------
printf 'start\tfirst_page_ms\tcpu_ms\tschedule_ms\talliance_plan_ms\tpdf_ms\tics_ms\trss_mib\tload\n' >"$WORK/starts.tsv"
for i in $(seq 1 "$STARTS"); do
    [ "$i" = 1 ] || stop_app
    sync; sleep 2
    start_app "${RUN_OPTS[@]}"
    login
    s=$(first_ms "/bodies/$BODY/schedule") a=$(first_ms "/alliances/$ALLIANCE/plan")
    p=$(first_ms "/alliances/$ALLIANCE/plan.pdf") c=$(first_ms "/bodies/$BODY/calendar.ics")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$START_MS" "$START_CPU_MS" "$s" "$a" "$p" "$c" "$(rss_mib VmRSS)" \
        "$(cut -d' ' -f1 /proc/loadavg)" >>"$WORK/starts.tsv"
    log "start $i: first page after $START_MS ms (CPU $START_CPU_MS ms); first schedule $s ms, alliance plan $a ms, PDF $p ms, ics $c ms; RSS $(rss_mib VmRSS) MiB"
done
grep -q 'AOTCache' "$APP_LOG" && grep -i 'aot' "$APP_LOG" | grep -iv 'info' | head -5 >&2 || true

# --- 3. throughput on the last start ------------------------------------------------------------------------
log "warming up, then wrk on the schedule page for ${DURATION} s ..."
for _ in 1 2; do wrk -t2 -c32 -d"${DURATION}s" --timeout 10s -H "Cookie: $COOKIE_HEADER" "$BASE/bodies/$BODY/schedule" >/dev/null; done
wrk -t2 -c32 -d"${DURATION}s" --timeout 10s --latency -H "Cookie: $COOKIE_HEADER" "$BASE/bodies/$BODY/schedule" >"$WORK/wrk.txt"
RPS=$(awk '/^Requests\/sec:/ {printf "%d", $2}' "$WORK/wrk.txt")
P99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
RSS=$(rss_mib VmRSS) HWM=$(rss_mib VmHWM) LOAD=$(cut -d' ' -f1 /proc/loadavg)
stop_app

# --- summary ------------------------------------------------------------------------------------------------
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
range() { sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%s–%s", lo, hi}'; }
col() { awk -F'\t' -v c="$1" 'NR > 1 {print $c}' "$WORK/starts.tsv"; }
cell() { echo "$(col "$1" | median) ($(col "$1" | range))"; }
{
    echo "| $LABEL | $(cell 2) | $(cell 3) | $(col 4 | median) / $(col 5 | median) / $(col 6 | median) / $(col 7 | median) | $RPS (p99 $P99) | $(col 8 | median) / $RSS (peak $HWM) |"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC'): \`src/bench/startup-bench.sh --app $APP --java $JAVA$(if [ "$AOT" = 1 ]; then echo ' --aot'; fi)$(if [ "$REUSE" = 1 ]; then echo ' --reuse'; fi)$(if [ "$NICE" != 0 ]; then echo " --nice $NICE"; fi) --starts $STARTS --duration $DURATION\`;"
    echo "$STARTS starts on the filled database (median, range); $TRAINING; load average $(col 9 | range) during the starts, $LOAD after wrk."
} | tee "$OUT"
log "summary in $OUT; raw figures in $WORK (starts.tsv, wrk.txt, app.log)"
