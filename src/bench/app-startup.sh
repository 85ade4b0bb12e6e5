#!/usr/bin/env bash
# Measures Entente's start-up time to the first answered request and its memory after loading the example
# alliance, against an external MariaDB (default: the one on 127.0.0.1:3306, database entente_bench).
# Usage: src/bench/app-startup.sh [runs]   (builds the app first unless SKIP_BUILD=1)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
DB_URL=${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/entente_bench}
PORT=${BENCH_PORT:-8089}
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q package -DskipTests
mariadb --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS entente_bench; CREATE DATABASE entente_bench" 2>/dev/null || true

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for run in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    ENTENTE_DB_URL=$DB_URL PORT=$PORT java -Xmx128m -jar target/quarkus-app/quarkus-run.jar > /tmp/entente-bench.log 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://localhost:$PORT/q/health/live"; do sleep 0.02; done
    first=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ "$run" = 1 ]; then
        curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{}' "http://localhost:$PORT/api/example"
    fi
    for _ in $(seq 1 50); do
        curl -s -o /dev/null "http://localhost:$PORT/alliances/1"
        curl -s -o /dev/null "http://localhost:$PORT/bodies/1"
    done
    rss=$(awk '/VmRSS/{print int($2/1024)}' /proc/$pid/status)
    echo "run $run: first answer after ${first} ms, RSS ${rss} MiB (-Xmx128m, after 100 page views)"
    kill "$pid"; wait "$pid" 2>/dev/null || true
done
