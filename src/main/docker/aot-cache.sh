#!/usr/bin/env bash
# The training stage of src/main/docker/Dockerfile.jvm: records Entente's AOT cache (/deployments/app.aot).
#
# Starts a throw-away MariaDB in the build container, starts the packaged app on it with the image's JVM options and
# -XX:AOTCacheOutput (JDK 25), runs the training workload (aot-training.sh: pages, API, PDF, calendars), and stops
# the app; the JVM writes the cache as it exits. Fails if no cache was written.
# Outside the image (to try it on a machine that already runs a MariaDB): AOT_APP_DIR (default /deployments),
# AOT_DB_PORT (3306), AOT_APP_PORT (8080) and AOT_DB_DIR (a fresh data directory; default: the package's).
set -euo pipefail
APP_DIR=${AOT_APP_DIR:-/deployments} DB_PORT=${AOT_DB_PORT:-3306} APP_PORT=${AOT_APP_PORT:-8080}
TRAINING=$(cd "$(dirname "$0")" && pwd)
cd "$APP_DIR"

echo "[aot-cache] starting a throw-away MariaDB"
db_args=(--user=mysql --bind-address=127.0.0.1 --port="$DB_PORT" --character-set-server=utf8mb4
         --collation-server=utf8mb4_unicode_ci)
if [ -n "${AOT_DB_DIR:-}" ]; then
    mariadb-install-db --user=mysql --datadir="$AOT_DB_DIR" --auth-root-authentication-method=normal >/dev/null
    chown -R mysql "$AOT_DB_DIR"
    db_args+=(--datadir="$AOT_DB_DIR" --socket="$AOT_DB_DIR/mysqld.sock" --skip-log-bin --pid-file="$AOT_DB_DIR/mysqld.pid")
    sql() { mariadb --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uroot -e "$1"; }
else
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    sql() { mariadb -uroot -e "$1"; }   # the package's root account: the Unix socket, as the OS user root
fi
mariadbd "${db_args[@]}" >/tmp/aot-mariadb.log 2>&1 &
db=$!
for _ in $(seq 1 60); do sql 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
sql "CREATE DATABASE entente; CREATE USER entente@'127.0.0.1' IDENTIFIED BY 'training';
     GRANT ALL ON entente.* TO entente@'127.0.0.1'"

echo "[aot-cache] training run: java $JAVA_OPTS -XX:AOTCacheOutput=app.aot -jar quarkus-run.jar"
# A 60 s pool acquisition timeout (3 s in production): a busy build machine may take longer for the first connection.
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
env ENTENTE_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/entente" ENTENTE_DB_USER=entente ENTENTE_DB_PASSWORD=training \
    ENTENTE_ADMIN_EMAIL=training@example.test ENTENTE_ADMIN_PASSWORD=training-password-0123456789 \
    ENTENTE_SECURE_COOKIE=false PORT="$APP_PORT" ENTENTE_DB_ACQUISITION_TIMEOUT=60S \
    java $JAVA_OPTS -XX:AOTCacheOutput=app.aot -jar quarkus-run.jar >/tmp/aot-app.log 2>&1 &
app=$!
for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$APP_PORT/q/health/ready || true)" = 200 ] && break
    kill -0 "$app" 2>/dev/null || { tail -50 /tmp/aot-app.log; exit 1; }
    sleep 1
done
"$TRAINING/aot-training.sh" "http://127.0.0.1:$APP_PORT" training@example.test training-password-0123456789 3 \
    || { tail -50 /tmp/aot-app.log; exit 1; }
kill "$app"
wait "$app" || true
[ -s app.aot ] || { echo "[aot-cache] no AOT cache was written"; tail -50 /tmp/aot-app.log; exit 1; }
chown --reference=quarkus-run.jar app.aot
echo "[aot-cache] app.aot: $(du -h app.aot | cut -f1)"
kill "$db"
wait "$db" || true
