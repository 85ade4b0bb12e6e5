#!/usr/bin/env bash
# Entente's application benchmark (issue 10, "Performance"). One command, from the repository root:
#
#   src/bench/app-bench.sh [--rounds N] [--duration S] [--connections C] [--starts N]
#                          [--skip-build] [--skip-planner] [--jvm-opts "..."] [--out FILE]
#
# The app runs with the container image's options (serial GC, C1 only, a heap that starts at 16 MiB and gives memory
# back, glibc trimmed every 2 s, MALLOC_ARENA_MAX=2) and -Xmx128m; --jvm-opts replaces the JVM options, e.g.
# --jvm-opts "-Xmx128m -XX:+UseSerialGC" for the default JIT (C2).
#
# It builds the app, creates its own database (BENCH_DB, default entente_bench_run, dropped and created anew on
# the MariaDB at BENCH_DB_HOST:BENCH_DB_PORT, default 127.0.0.1:3306, user root without password unless
# BENCH_DB_USER/BENCH_DB_PASSWORD say otherwise), and then:
#   1. starts the app once on the empty database (Flyway migrates it), loads the example alliance (POST
#      /api/example), a large alliance (5 bodies x 100 weekly meetings) and a small one (1 body x 30 meetings)
#      through the JSON API, accepts every plan, and counts the SQL statements of each page from Hibernate's
#      statistics (hibernate_statements_total{status="prepared"} at /q/metrics on the management port, 5 requests per page);
#   2. stops it and starts it --starts times on the filled database, timing start-up to the first answered
#      /q/health/live and the CPU time spent until then; the last one stays up;
#   3. warms up every page, then measures with wrk in --rounds interleaved rounds of --duration seconds per page:
#      requests/s, p50 and p99 latency, CPU time per request (utime+stime of the app from /proc divided by the
#      requests served), each page also as a ratio to /q/health/live of the same round;
#   4. reads heap (jvm_memory_used_bytes{area="heap"}) and RSS (/proc) after the rounds, stops the app;
#   5. runs the planner benchmark (src/bench/planner-bench.sh) unless --skip-planner.
# It prints a Markdown summary (for docs/performance.md) and writes it to --out (default target/bench/).
# The machine's load average is recorded with every measurement: other work on the machine skews the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

ROUNDS=3 DURATION=10 CONNECTIONS=32 STARTS=3 BUILD=1 PLANNER=1 OUT=""
PDF_CONNECTIONS=${BENCH_PDF_CONNECTIONS:-4}
# The run options this repository documents (README, Dockerfile); --jvm-opts replaces them to compare others.
JVM_OPTS=${BENCH_JVM_OPTS:-"-Xmx128m -Xms16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=2000"}
# glibc keeps up to 8 malloc arenas per core; the container image sets 2 as well (src/main/docker/Dockerfile.jvm).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --starts) STARTS=$2; shift 2 ;;
        --skip-build) BUILD=0; shift ;;
        --skip-planner) PLANNER=0; shift ;;
        --jvm-opts) JVM_OPTS=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

DB=${BENCH_DB:-entente_bench_run}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
PORT=${BENCH_PORT:-8089}
BASE="http://127.0.0.1:$PORT"
# The management interface (metrics, no login) on its own port, as in production.
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-9089}
MANAGEMENT="http://127.0.0.1:$MANAGEMENT_PORT"
# The benchmark measures throughput: lift the per-user budgets of the expensive answers (PDF, feeds) far beyond it.
UNLIMITED=100000000
ADMIN_EMAIL=bench@example.test
ADMIN_PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-password-0123456789}
JAR="$ROOT/target/bench/cookies.txt"
WORK="$ROOT/target/bench"
STAMP=$(date -u +%Y%m%d-%H%M)
OUT=${OUT:-$WORK/app-bench-$STAMP.md}
mkdir -p "$WORK"
RESULTS="$WORK/rounds.tsv"
APP_LOG="$WORK/app.log"
TICK=$(getconf CLK_TCK)
APP_PID=""

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
load_avg() { cut -d' ' -f1 /proc/loadavg; }

# --- prerequisites -----------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v jq >/dev/null || need+=(jq)
command -v curl >/dev/null || need+=(curl)
command -v mariadb >/dev/null || need+=(mariadb-client)
if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]} (Debian packages) ..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

sql() { mariadb --protocol=tcp -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e "$1"; }

# --- the app -----------------------------------------------------------------------------------------------
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
rss_mib() { awk -v f="$1" '$1 == f":" {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"; }

# Starts the app from target/quarkus-app (so a class-data archive named with a relative path is found) and
# waits for the first answered /q/health/live; sets START_MS and START_CPU_MS.
start_app() {
    local t0 code
    t0=$(date +%s%N)
    # shellcheck disable=SC2086  # JVM_OPTS is a list of options
    (cd "$ROOT/target/quarkus-app" && exec env ENTENTE_DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" \
        ENTENTE_DB_USER="$DB_USER" ENTENTE_DB_PASSWORD="$DB_PASSWORD" PORT="$PORT" \
        ENTENTE_MANAGEMENT_PORT="$MANAGEMENT_PORT" ENTENTE_RATE_LIMIT_PDF=$UNLIMITED \
        ENTENTE_RATE_LIMIT_CALENDAR=$UNLIMITED ENTENTE_RATE_LIMIT_PREVIEW=$UNLIMITED \
        ENTENTE_ADMIN_EMAIL="$ADMIN_EMAIL" ENTENTE_ADMIN_PASSWORD="$ADMIN_PASSWORD" ENTENTE_SECURE_COOKIE=false \
        java $JVM_OPTS "$@" -jar quarkus-run.jar) >"$APP_LOG" 2>&1 &
    APP_PID=$!
    while true; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/q/health/live" || true)
        [ "$code" = 200 ] && break
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            log "the app died during start-up; its log:"; tail -40 "$APP_LOG" >&2; exit 1
        fi
        if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 180 ]; then
            log "no answer after 180 s; its log:"; tail -40 "$APP_LOG" >&2; exit 1
        fi
        sleep 0.01
    done
    START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
    START_CPU_MS=$(( $(cpu_ticks) * 1000 / TICK ))
}

stop_app() {
    [ -n "$APP_PID" ] || return 0
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 300); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
        log "the app did not stop within 30 s of SIGTERM: killing it"
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}
trap stop_app EXIT

# --- logging in (issue 8: every page and API path needs a session) ----------------------------------------
# The app is started with ENTENTE_ADMIN_EMAIL/PASSWORD, so it creates that administrator. curl keeps the cookies
# (CSRF and session) in $JAR; wrk gets them as one Cookie header.
COOKIE_HEADER=""
cookie_header() {
    COOKIE_HEADER=$(sed 's/^#HttpOnly_//' "$JAR" | awk -F'\t' 'NF >= 7 && $1 !~ /^#/ {printf "%s%s=%s", sep, $6, $7; sep="; "}')
}
form_token() { # the hidden csrf-token of a page read from stdin
    tr '\n' ' ' | grep -o '<input[^>]*name="csrf-token"[^>]*>' | head -1 | grep -o 'value="[^"]*"' | cut -d'"' -f2
}
login() {
    rm -f "$JAR"
    local code token
    code=$(curl -s -o "$WORK/login.html" -w '%{http_code}' -c "$JAR" -b "$JAR" "$BASE/login" || true)
    if [ "$code" != 200 ]; then
        log "no login page (GET /login answered $code): measuring without a session"
        touch "$JAR"; cookie_header; return 0
    fi
    token=$(form_token <"$WORK/login.html")
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" -X POST "$BASE/login" \
        --data-urlencode "email=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
        --data-urlencode "csrf-token=$token" --data-urlencode "next=/")
    cookie_header
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE/api/alliances")" != 200 ]; then
        log "login as $ADMIN_EMAIL failed (POST /login answered $code)"; exit 1
    fi
    log "logged in as $ADMIN_EMAIL"
}

# curl with the session, failing on any HTTP error.
get() { curl -sf -b "$JAR" -c "$JAR" "$BASE$1"; }
api() {
    local out code
    out=$(curl -s -w '\n%{http_code}' -b "$JAR" -c "$JAR" -H 'Content-Type: application/json' \
        -X "$1" -d "$3" "$BASE$2")
    code=${out##*$'\n'}
    if [ "${code:0:1}" != 2 ]; then
        log "$1 $2 answered $code: ${out%$'\n'*}"; exit 1
    fi
    printf '%s' "${out%$'\n'*}"
}

# --- data --------------------------------------------------------------------------------------------------
# An alliance of two partners (Amsterdam, Austin; four people each) with BODIES bodies of COUNT weekly meetings,
# every plan accepted. Prints the alliance id and the body ids.
make_alliance() {
    local name=$1 bodies=$2 count=$3 alliance ours theirs people=() i body ids=()
    alliance=$(api POST /api/alliances "$(jq -nc --arg n "$name" \
        '{name: $n, purpose: "Benchmark data", status: "ACTIVE", launchDate: "2027-01-05"}')" | jq .id)
    ours=$(api POST "/api/alliances/$alliance/partners" '{"name": "Bench Ours", "ours": true}' | jq .id)
    theirs=$(api POST "/api/alliances/$alliance/partners" '{"name": "Bench Theirs", "ours": false}' | jq .id)
    api POST "/api/partners/$ours/offices" '{"city": "Amsterdam", "country": "NL", "timeZone": "Europe/Amsterdam",
        "workdayStart": "09:00", "workdayEnd": "17:00", "defaultVenue": true}' >/dev/null
    api POST "/api/partners/$theirs/offices" '{"city": "Austin", "country": "US", "subdivision": "TX",
        "timeZone": "America/Chicago", "workdayStart": "09:00", "workdayEnd": "17:00", "defaultVenue": true}' >/dev/null
    for i in 1 2 3 4; do
        people+=("$(api POST "/api/partners/$ours/people" "$(jq -nc --arg i "$i" '{name: ("Ours Person " + $i),
            email: ("ours" + $i + "@bench.example"), stance: "DECISION_MAKER"}')" | jq .id)")
        people+=("$(api POST "/api/partners/$theirs/people" "$(jq -nc --arg i "$i" '{name: ("Their Person " + $i),
            email: ("theirs" + $i + "@bench.example"), stance: "TRAILBLAZER"}')" | jq .id)")
    done
    for i in $(seq 1 "$bodies"); do
        body=$(api POST "/api/alliances/$alliance/bodies" "$(jq -nc --arg i "$i" --argjson count "$count" \
            --argjson chair "${people[0]}" --argjson members "[$(IFS=,; echo "${people[*]}")]" \
            --argjson ours "$ours" --argjson theirs "$theirs" '{
              name: ("Working group " + $i), kind: "WORKING_GROUP", chairId: $chair, memberIds: $members,
              cadence: {every: 1, unit: "WEEKS", firstDate: ("2027-01-0" + $i), count: $count, localTime: "16:00",
                        durationMinutes: 60, timeZone: "Europe/Amsterdam"},
              policy: {inPersonShare: 0.5, hybridAllowed: false, hostWeights: {($ours|tostring): 1, ($theirs|tostring): 1},
                       maxVideoInARow: 2, dinnerEvery: 2, launchInPerson: true, launchHostPartnerId: $ours}}')" | jq .id)
        api POST "/api/bodies/$body/plan" '{}' >/dev/null
        ids+=("$body")
    done
    echo "$alliance ${ids[*]}"
}

load_data() {
    local example large small ids
    example=$(api POST /api/example '{}' | jq .id)
    for body in $(get "/api/alliances/$example/bodies" | jq '.[].id'); do
        api POST "/api/bodies/$body/plan" '{}' >/dev/null
    done
    read -r large ids <<<"$(make_alliance "Bench large alliance" 5 100)"
    BODY100=${ids%% *}
    read -r small ids <<<"$(make_alliance "Bench small alliance" 1 30)"
    BODY30=$ids
    EXAMPLE=$example LARGE=$large
    # A subscription feed of the 100-meeting body: issued through the page's form (CSRF token and cookie).
    local token secret
    token=$(get "/bodies/$BODY100/schedule" | form_token)
    secret=$(curl -s -b "$JAR" -c "$JAR" -X POST --data-urlencode "csrf-token=$token" "$BASE/bodies/$BODY100/feed" \
        | grep -o 'id="feed-url"[^>]*' | grep -o '/feeds/[^"]*\.ics' | head -1)
    cookie_header
    [ -n "$secret" ] || { log "could not issue a feed address for body $BODY100"; exit 1; }
    FEED=$secret FEED_SHOWN='/feeds/{secret}.ics'
    log "data: example alliance $EXAMPLE, large alliance $LARGE (5 x 100), body $BODY30 (30), feed $FEED"
}

# name|path|connections, in the order of each round; /q/health/live is the yardstick.
targets() {
    cat <<EOF
health|/q/health/live|$CONNECTIONS
schedule-30|/bodies/$BODY30/schedule|$CONNECTIONS
schedule-100|/bodies/$BODY100/schedule|$CONNECTIONS
alliance-plan|/alliances/$LARGE/plan|$CONNECTIONS
ics-feed|$FEED|$CONNECTIONS
pdf|/alliances/$EXAMPLE/plan.pdf|$PDF_CONNECTIONS
EOF
}

metrics() { curl -sf "$MANAGEMENT/q/metrics"; }
metric() { # metric NAME LABEL: the sum of NAME's samples at /q/metrics whose labels contain LABEL
    metrics | awk -v m="$1{" -v l="$2" 'index($0, m) == 1 && index($0, l) {sum += $NF} END {printf "%d", sum}'
}
# SQL statements so far: Hibernate's prepared statements and those sent straight through JDBC (platform.DirectReads)
statements_so_far() {
    metrics | awk 'index($0, "hibernate_statements_total{") == 1 && index($0, "status=\"prepared\"") {sum += $NF}
                          index($0, "entente_sql_direct_total") == 1 {sum += $NF} END {printf "%d", sum}'
}

count_statements() {
    local name path before after scrape
    # what one scrape of /q/metrics costs is subtracted (none since metrics moved to the management port, which
    # needs no login and so looks up no session)
    before=$(statements_so_far)
    after=$(statements_so_far)
    scrape=$((after - before))
    printf 'page\tpath\tstatements\n' >"$WORK/statements.tsv"
    for spec in "schedule-30|/bodies/$BODY30/schedule" "schedule-100|/bodies/$BODY100/schedule" \
                "alliance-plan (example, 2 bodies)|/alliances/$EXAMPLE/plan" "alliance-plan (large, 5 bodies)|/alliances/$LARGE/plan" \
                "ics-feed (100 meetings)|$FEED" "pdf (example)|/alliances/$EXAMPLE/plan.pdf" \
                "pdf (large)|/alliances/$LARGE/plan.pdf"; do
        name=${spec%%|*} path=${spec#*|}
        get "$path" >/dev/null
        before=$(statements_so_far)
        for _ in $(seq 1 5); do get "$path" >/dev/null; done
        after=$(statements_so_far)
        printf '%s\t%s\t%s\n' "$name" "$path" "$(awk -v a="$after" -v b="$before" -v s="$scrape" 'BEGIN {printf "%.1f", (a - b - s) / 5}')" \
            >>"$WORK/statements.tsv"
    done
}

to_ms() { # wrk latency (850.00us, 3.21ms, 1.02s) in ms
    awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0;
                           else if (v ~ /m$/) printf "%.3f", v * 60000; else printf "%.3f", v * 1000 }'
}

# One wrk run; appends round, page, rps, p50, p99, cpu ms per request, requests, errors, load to RESULTS.
measure() {
    local round=$1 name=$2 path=$3 conns=$4 out cpu0 cpu1 requests rps p50 p99 errors
    out="$WORK/wrk-$name-$round.txt"
    cpu0=$(cpu_ticks)
    wrk -t2 -c"$conns" -d"${DURATION}s" --timeout 10s --latency -H "Cookie: $COOKIE_HEADER" "$BASE$path" >"$out"
    cpu1=$(cpu_ticks)
    requests=$(awk '/requests in/ {print $1}' "$out")
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
    errors=$(awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {gsub(/[^0-9 ]/, " "); n += $1 + $2 + $3 + $4} END {print n + 0}' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$conns" "$rps" "$p50" "$p99" \
        "$(awk -v d=$((cpu1 - cpu0)) -v t="$TICK" -v n="$requests" 'BEGIN {printf "%.3f", n ? d * 1000 / t / n : 0}')" \
        "$requests" "$errors" "$(load_avg)" >>"$RESULTS"
    log "round $round $name: $rps req/s, p50 $p50 ms, p99 $p99 ms, $errors errors, load $(load_avg)"
}

# --- run ---------------------------------------------------------------------------------------------------
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), \
$(free -g | awk '/Mem:/ {print $2}') GiB, $(. /etc/os-release && echo "$PRETTY_NAME"), \
$(java -version 2>&1 | head -1 | tr -d '"'), MariaDB $(sql 'SELECT VERSION()' | tail -1)"
log "machine: $MACHINE; load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$BUILD" = 1 ]; then
    log "building (./mvnw -B -q -DskipTests package) ..."
    ./mvnw -B -q -DskipTests package
fi
sql "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\`"

log "first start on the empty database ($JVM_OPTS) ..."
start_app
FIRST_MS=$START_MS FIRST_CPU_MS=$START_CPU_MS
log "first answer after $FIRST_MS ms (CPU $FIRST_CPU_MS ms), Flyway migrated the empty database"
login
log "loading the example, a large (5 x 100) and a small (1 x 30) alliance through the API ..."
load_data
log "counting SQL statements per page (Hibernate statistics) ..."
count_statements
stop_app

STARTUP_MS=() STARTUP_CPU=() STARTUP_LOAD=()
for i in $(seq 1 "$STARTS"); do
    [ "$i" = 1 ] || stop_app
    start_app
    STARTUP_MS+=("$START_MS") STARTUP_CPU+=("$START_CPU_MS") STARTUP_LOAD+=("$(load_avg)")
    log "start $i on the filled database: first answer after $START_MS ms (CPU $START_CPU_MS ms), load $(load_avg)"
done
login

log "warming up (2 x ${DURATION}s per page) ..."
WARM_DURATION=$DURATION
for _ in 1 2; do
    while IFS='|' read -r name path conns; do
        wrk -t2 -c"$conns" -d"${WARM_DURATION}s" --timeout 10s -H "Cookie: $COOKIE_HEADER" "$BASE$path" >/dev/null
    done < <(targets)
done

printf 'round\tpage\tconnections\trps\tp50_ms\tp99_ms\tcpu_ms_per_request\trequests\terrors\tload\n' >"$RESULTS"
for round in $(seq 1 "$ROUNDS"); do
    while IFS='|' read -r name path conns; do
        measure "$round" "$name" "$path" "$conns"
    done < <(targets)
done

HEAP_MIB=$(( $(metric jvm_memory_used_bytes 'area="heap"') / 1048576 ))
NONHEAP_MIB=$(( $(metric jvm_memory_used_bytes 'area="nonheap"') / 1048576 ))
RSS_MIB=$(rss_mib VmRSS) HWM_MIB=$(rss_mib VmHWM)
stop_app

PLANNER_OUT=""
if [ "$PLANNER" = 1 ]; then
    log "planner benchmark (src/bench/planner-bench.sh) ..."
    PLANNER_OUT=$(src/bench/planner-bench.sh)
fi

# --- summary -----------------------------------------------------------------------------------------------
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
range() { tr ' ' '\n' | grep -v '^$' | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%s–%s", lo, hi}'; }
column_of() { awk -F'\t' -v p="$1" -v c="$2" 'NR > 1 && $2 == p {printf "%s ", $c}' "$RESULTS"; }
fmt() { awk -v v="$1" -v d="$2" 'BEGIN {printf "%." d "f", v}'; }

HEALTH_RPS=$(column_of health 4 | median) HEALTH_P99=$(column_of health 6 | median) HEALTH_CPU=$(column_of health 7 | median)
S30_CPU=$(column_of schedule-30 7 | median) S30_P99=$(column_of schedule-30 6 | median)
S_30=$(awk -F'\t' '$1 == "schedule-30" {print $3}' "$WORK/statements.tsv")
S_100=$(awk -F'\t' '$1 == "schedule-100" {print $3}' "$WORK/statements.tsv")
START_MEDIAN=$(echo "${STARTUP_MS[*]}" | median)
pass() { if awk "BEGIN {exit !($1)}"; then echo pass; else echo FAIL; fi; }

{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`src/bench/app-bench.sh --rounds $ROUNDS --duration $DURATION --connections $CONNECTIONS\`"
    echo "(PDF: $PDF_CONNECTIONS connections)."
    echo
    echo "Machine: $MACHINE. App: \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX java $JVM_OPTS -jar target/quarkus-app/quarkus-run.jar\`, MariaDB on $DB_HOST."
    echo "Load average during the rounds: $(awk -F'\t' 'NR > 1 {printf "%s ", $10}' "$RESULTS" | range) (on $(nproc) cores; wrk runs on the same machine)."
    echo
    echo "| page | path | connections | requests/s | p50 ms | p99 ms | CPU ms per request | req/s vs health | p99 vs health | CPU vs health | errors |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    while IFS='|' read -r name path conns; do
        rps=$(column_of "$name" 4 | median) p50=$(column_of "$name" 5 | median) p99=$(column_of "$name" 6 | median)
        cpu=$(column_of "$name" 7 | median)
        [ "$path" != "$FEED" ] || path=$FEED_SHOWN
        echo "| $name | \`$path\` | $conns | $(fmt "$rps" 0) ($(column_of "$name" 4 | range)) |" \
            "$(fmt "$p50" 1) | $(fmt "$p99" 1) ($(column_of "$name" 6 | range)) | $(fmt "$cpu" 3) |" \
            "$(awk -v a="$rps" -v b="$HEALTH_RPS" 'BEGIN {if (b > 0) printf "%.3f", a / b; else printf "n/a"}') |" \
            "$(awk -v a="$p99" -v b="$HEALTH_P99" 'BEGIN {if (b > 0) printf "%.1fx", a / b; else printf "n/a"}') |" \
            "$(awk -v a="$cpu" -v b="$HEALTH_CPU" 'BEGIN {if (b > 0) printf "%.1fx", a / b; else printf "n/a"}') |" \
            "$(awk -F'\t' -v p="$name" '$2 == p {n += $9} END {print n + 0}' "$RESULTS") |"
    done < <(targets)
    echo
    echo "Medians of $ROUNDS interleaved rounds of ${DURATION} s each (range in brackets), after 2 warm-up runs per page."
    echo "CPU per request: the app's utime+stime from /proc over the round divided by the requests served"
    echo "(includes JIT and GC threads)."
    echo
    echo "| SQL statements per request (Hibernate's prepared statements and entente_sql_direct_total) | path | statements |"
    echo "| --- | --- | --- |"
    awk -F'\t' -v feed="$FEED" -v shown="$FEED_SHOWN" 'NR > 1 {p = $2 == feed ? shown : $2; printf "| %s | `%s` | %s |\n", $1, p, $3}' \
        "$WORK/statements.tsv"
    echo
    echo "| start-up and memory | figure |"
    echo "| --- | --- |"
    echo "| first answer of /q/health/live, first start on an empty database (Flyway migrates it) | $FIRST_MS ms (CPU $FIRST_CPU_MS ms) |"
    echo "| first answer of /q/health/live, start on the filled database: median of $STARTS (range) | $START_MEDIAN ms ($(echo "${STARTUP_MS[*]}" | range) ms; CPU $(echo "${STARTUP_CPU[*]}" | range) ms; load $(echo "${STARTUP_LOAD[*]}" | range)) |"
    echo "| heap used after the rounds (jvm_memory_used_bytes{area=\"heap\"}) | $HEAP_MIB MiB (non-heap $NONHEAP_MIB MiB) |"
    echo "| RSS after the rounds (/proc VmRSS; peak VmHWM) | $RSS_MIB MiB (peak $HWM_MIB MiB) |"
    echo
    echo "| target (issue 10) | measured | result |"
    echo "| --- | --- | --- |"
    echo "| the same number of SQL statements per page whatever the plan's size | schedule: $S_30 (30 meetings), $S_100 (100 meetings) | $(pass "$S_30 == $S_100") |"
    echo "| ≤ 0.5 ms CPU per schedule-page request (30-meeting body) | $(fmt "$S30_CPU" 3) ms | $(pass "$S30_CPU <= 0.5") |"
    echo "| p99 < 100 ms at $CONNECTIONS connections (schedule, 30 meetings) | $(fmt "$S30_P99" 1) ms | $(pass "$S30_P99 < 100 && $CONNECTIONS >= 32") |"
    echo "| RSS after the run < 300 MiB with -Xmx128m | $RSS_MIB MiB (peak $HWM_MIB) | $(pass "$RSS_MIB < 300") |"
    echo "| start-up to the first answer < 2 s, external database | $START_MEDIAN ms | $(pass "$START_MEDIAN < 2000") |"
    if [ -n "$PLANNER_OUT" ]; then
        echo
        echo "Planner (\`src/bench/planner-bench.sh\`):"
        echo
        echo "$PLANNER_OUT"
    fi
} | tee "$OUT"
log "summary written to $OUT; raw figures in $WORK (rounds.tsv, statements.tsv, wrk-*.txt, app.log)"
