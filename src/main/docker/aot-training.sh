#!/usr/bin/env bash
# The AOT cache's training workload: what a person and a script do with Entente, against a running instance.
#
#   src/main/docker/aot-training.sh BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [ROUNDS]
#
# The instance must have been started with ENTENTE_ADMIN_EMAIL/ENTENTE_ADMIN_PASSWORD (it creates that administrator)
# and ENTENTE_SECURE_COOKIE=false (plain HTTP). It logs in through the login form, loads the example alliance and
# accepts its plans through the JSON API, then ROUNDS times (default 3) reads every kind of page (lists, alliance,
# schedule, alliance plan, launch, keep-in-touch, counterparts, holidays, profile, administration), the JSON API,
# the printable plan and its PDFs, the iCalendar files and a subscription feed, and sends a form with an error and a
# few requests that end in 404 and 400. Used by the container image build (src/main/docker/Dockerfile.jvm) and by
# src/bench/startup-bench.sh. Needs curl and jq; fails on the first unexpected answer.
set -euo pipefail

BASE=${1:?base URL, e.g. http://127.0.0.1:8080}
EMAIL=${2:?administrator email}
PASSWORD=${3:?administrator password}
ROUNDS=${4:-3}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

say() { echo "[aot-training] $*" >&2; }
# expect STATUS METHOD PATH [curl args...]: the answer's body on stdout, failing unless the status is STATUS
expect() {
    local want=$1 method=$2 path=$3 out code
    shift 3
    out=$(curl -s -w '\n%{http_code}' -b "$JAR" -c "$JAR" -X "$method" "$@" "$BASE$path")
    code=${out##*$'\n'}
    if [ "$code" != "$want" ]; then
        say "$method $path answered $code, expected $want: ${out%$'\n'*}" | head -c 2000 >&2; exit 1
    fi
    printf '%s' "${out%$'\n'*}"
}
page() { # GET PATH, expecting 200; the body (a page, a PDF, a calendar) is read and dropped
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" -c "$JAR" "$BASE$1")
    [ "$code" = 200 ] || { say "GET $1 answered $code, expected 200"; exit 1; }
}
api() { expect "$1" "$2" "$3" -H 'Content-Type: application/json' -d "$4"; }
form_token() { tr '\n' ' ' | grep -o '<input[^>]*name="csrf-token"[^>]*>' | head -1 | grep -o 'value="[^"]*"' | cut -d'"' -f2; }

say "logging in as $EMAIL"
token=$(expect 200 GET /login | form_token)
expect 303 POST /login --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "csrf-token=$token" --data-urlencode "next=/" >/dev/null

say "loading the example alliance and accepting its plans"
alliance=$(api 201 POST /api/example '{}' | jq .id)
bodies=$(expect 200 GET "/api/alliances/$alliance/bodies" | jq '.[].id')
for body in $bodies; do
    api 201 POST "/api/bodies/$body/plan" '{}' >/dev/null
done
body=$(echo "$bodies" | head -1)
detail=$(expect 200 GET "/api/alliances/$alliance")
person=$(echo "$detail" | jq '[.partners[] | select(.ours) | .people[].id][0]')
theirs=$(echo "$detail" | jq '[.partners[] | select(.ours | not) | .people[].id][0]')
partner=$(echo "$detail" | jq '.partners[0].id')
meeting=$(expect 200 GET "/api/bodies/$body/plan" | jq '.meetings[1].id')

for round in $(seq 1 "$ROUNDS"); do
    say "round $round of $ROUNDS: pages, API, print and PDF, calendars"
    for path in /alliances "/alliances/$alliance" "/alliances/$alliance/plan" "/bodies/$body/schedule" \
            "/alliances/$alliance/launch" "/alliances/$alliance/keep-in-touch" "/alliances/$alliance/counterparts" \
            "/alliances/$alliance/holidays" "/alliances/$alliance/access" "/alliances/$alliance/partners/new" \
            "/alliances/$alliance/bodies/new" "/partners/$partner/people/new" "/meetings/$meeting/edit" \
            "/people/$person/meetings" "/people/$person/digest" "/people/$theirs/interactions/new" \
            /icebreakers /tips /profile /users /users/new /alliances/new; do
        page "$path"
    done
    for path in /api/me /api/alliances "/api/alliances/$alliance" "/api/alliances/$alliance/bodies" \
            "/api/bodies/$body" "/api/bodies/$body/plan" "/api/meetings/$meeting" "/api/alliances/$alliance/launch" \
            "/api/alliances/$alliance/keep-in-touch" "/api/alliances/$alliance/counterparts" \
            "/api/people/$theirs/interactions" "/api/people/$person/digest" /api/icebreakers /api/tips \
            "/api/alliances/$alliance/blackouts" "/api/alliances/$alliance/office-days-off" /api/me/tokens \
            /q/openapi /q/health /q/metrics; do
        page "$path"
    done
    api 200 POST "/api/bodies/$body/plan/preview" '{}' >/dev/null
    api 201 POST "/api/people/$theirs/interactions" \
        "$(jq -nc --arg d "$(date -u +%F)" '{kind: "CALL", date: $d, note: "AOT training"}')" >/dev/null
    api 400 POST "/api/alliances/$alliance/bodies" '{"name": ""}' >/dev/null
    expect 404 GET /api/alliances/999999999 >/dev/null
    expect 404 GET /alliances/999999999 >/dev/null
    # a page form with an error: the form comes back with its messages
    token=$(expect 200 GET /alliances/new | form_token)
    expect 400 POST /alliances --data-urlencode "csrf-token=$token" --data-urlencode "name=" >/dev/null
    page "/alliances/$alliance/plan/print"
    page "/bodies/$body/plan/print?glance=true"
    page "/alliances/$alliance/plan.pdf"
    page "/bodies/$body/plan.pdf?paper=letter"
    page "/bodies/$body/calendar.ics"
    page "/alliances/$alliance/calendar.ics"
    page "/people/$person/calendar.ics"
    token=$(expect 200 GET "/bodies/$body/schedule" | form_token)
    feed=$(expect 200 POST "/bodies/$body/feed" --data-urlencode "csrf-token=$token" \
        | grep -o 'id="feed-url"[^>]*' | grep -o '/feeds/[^"]*\.ics' | head -1)
    [ -n "$feed" ] || { say "no feed address on the feed page"; exit 1; }
    page "$feed"
done
say "done"
