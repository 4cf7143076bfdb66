#!/usr/bin/env bash
# The soak test: the packaged service under mixed reads and writes from wrk (bench/soak.lua) for SOAK_DURATION
# seconds, with PostgreSQL stopped SOAK_RESTART_AT seconds in and started again SOAK_OUTAGE seconds later. Then it
# checks:
#   1. no 5xx outside the outage window (from the stop to SOAK_RECOVERY seconds after PostgreSQL accepts
#      connections again), and inside it only 503s, each with Retry-After;
#   2. no socket error and no time-out (wrk gives up on a request after SOAK_TIMEOUT seconds);
#   3. no acknowledged write lost: every Location answered with a 201 reads 200, every policy whose update was
#      answered 200 reads as updated, every batch answered 200 reads whole (its policy with its four benefits);
#   4. nothing published half-done: the policy of every batch sent, whatever its answer, is absent or whole;
#   5. the service's RSS, sampled every second, stays at most SOAK_MAX_RSS_MB.
# Writes bench/results/soak-latest.md (and prints it); exits 1 when a check fails, 2 when the run itself failed.
#
# Usage:  bench/soak.sh           SOAK_DURATION=20 SOAK_RESTART_AT=off bench/soak.sh   (a short run, no restart)
#
# Environment [default]: those of bench/lib.sh (the jar, JVM options, PostgreSQL), and SOAK_PORT [8082]
# SOAK_DURATION [120]  SOAK_CONNECTIONS [16]  SOAK_WRITES [10, percent]  SOAK_RESTART_AT [60, or off]
# SOAK_OUTAGE [5]  SOAK_RECOVERY [5]  SOAK_TIMEOUT [5]  SOAK_MAX_RSS_MB [400]
# SOAK_PG_STOP, SOAK_PG_START [pg_ctlcluster stop/start of the local cluster on BENCH_PG_PORT]
# SOAK_REPORT [bench/results/soak-latest.md].
# Do not run it while anything else uses the same PostgreSQL: the restart interrupts every client of it.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PORT=${SOAK_PORT:-8082}
DURATION=${SOAK_DURATION:-120}
CONNECTIONS=${SOAK_CONNECTIONS:-16}
WRITES=${SOAK_WRITES:-10}
RESTART_AT=${SOAK_RESTART_AT:-60}
OUTAGE=${SOAK_OUTAGE:-5}
RECOVERY=${SOAK_RECOVERY:-5}
TIMEOUT=${SOAK_TIMEOUT:-5}
MAX_RSS_MB=${SOAK_MAX_RSS_MB:-400}
DB=aitrainer_soak
RESULTS=${SOAK_REPORT:-$ROOT/bench/results/soak-latest.md}

need java curl psql pg_isready openssl awk shuf wrk
if [[ $RESTART_AT != off ]]; then
    (( RESTART_AT + OUTAGE + RECOVERY < DURATION )) || die "the outage and its recovery must end before the traffic"
    if [[ -z ${SOAK_PG_STOP:-} ]]; then
        cluster=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p { print $1, $2; exit }')
        [[ -n $cluster ]] || die "no local cluster on port $PG_PORT: set SOAK_PG_STOP and SOAK_PG_START"
        SOAK_PG_STOP="pg_ctlcluster --skip-systemctl-redirect $cluster stop"
        SOAK_PG_START="pg_ctlcluster --skip-systemctl-redirect $cluster start"
    fi
fi
pg_accepts() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 1; }
jar

log "database $DB, migrated by the service"
fresh_database "$DB"
start_service "$DB" "$PORT" MP_JWT_VERIFY_ISSUER=https://aitrainer-api.test \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/src/test/resources/jwt/publicKey.pem"
RSS_START=$(rss_mib)
"${PSQL[@]}" -d "$DB" -Atc "select code from region" | awk '{
    for (lang = 0; lang < 2; lang++) { l = lang ? "en" : "zh-CN"
        printf "/api/v1/subsidies?lang=%s&region=%s&on=2025-03-01\n/api/v1/subsidies?lang=%s&region=%s&level=3\n", l, $1, l, $1
        printf "/api/v1/policies?lang=%s&region=%s\n/api/v1/salary-ranges?lang=%s&region=%s\n", l, $1, l, $1 } }' |
    shuf >"$TMP/urls"

while kill -0 "$SERVICE_PID" 2>/dev/null; do echo "$(rss_mib 2>/dev/null)" >>"$TMP/rss"; sleep 1; done &
log "traffic: $CONNECTIONS connections for $DURATION s, $WRITES% writes"
BENCH_URLS=$TMP/urls SOAK_OUT=$TMP/out SOAK_WRITES=$WRITES SOAK_RUN=$(date +%s) \
    SOAK_TOKEN=$(scripts/dev-token.sh editor soak-writer $((DURATION / 60 + 5))) \
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" -s bench/soak.lua "$SERVICE_URL" >"$TMP/wrk" &
WRK=$!
STOPPED=0 READY=0
if [[ $RESTART_AT != off ]]; then
    sleep "$RESTART_AT"
    STOPPED=$(date +%s)
    trap 'pg_accepts || bash -c "$SOAK_PG_START" >&2; cleanup' EXIT
    log "stopping PostgreSQL: $SOAK_PG_STOP"
    bash -c "$SOAK_PG_STOP" >&2 || die "could not stop PostgreSQL"
    sleep "$OUTAGE"
    log "starting PostgreSQL: $SOAK_PG_START"
    bash -c "$SOAK_PG_START" >&2 || die "could not start PostgreSQL"
    until pg_accepts; do sleep 0.1; done
    READY=$(date +%s)
fi
wait "$WRK" || die "wrk failed: $(cat "$TMP/wrk")"
sleep 2 # until the service has answered every write made before wrk stopped

log "reading back every acknowledged write"
fail=()
lost=0
while read -r location; do
    for _ in $(seq 20); do
        status=$(curl -s -o /dev/null -w '%{http_code}' "$location") && [[ $status == 200 ]] && break
        sleep 0.5
    done
    [[ $status == 200 ]] || { lost=$((lost + 1)); log "lost: $location answers $status"; }
done < <(awk '$1 == "created" { print $2 }' "$TMP/out")
while read -r id; do
    curl -s "$SERVICE_URL/api/v1/policies/$id?lang=en" | grep -q '"title":"Updated"' ||
        { lost=$((lost + 1)); log "lost: the update of $id"; }
done < <(awk '$1 == "updated" { print $2 }' "$TMP/out")
# benefits PATH: how many benefits the policy at PATH has ("none" when it does not exist).
benefits() {
    local body
    body=$(curl -s -w '\n%{http_code}' "$SERVICE_URL$1?lang=en")
    [[ ${body##*$'\n'} == 200 ]] || { echo none; return; }
    grep -o '"kind":"CERTIFICATE_SUBSIDY"' <<<"${body%$'\n'*}" | wc -l
}
while read -r id; do
    [[ $(benefits "/api/v1/policies/$id") == 4 ]] || { lost=$((lost + 1)); log "lost: the batch of $id"; }
# wrk hands each thread's list over to done() through a copy that came back once, in three smoke runs, with a garbled
# entry: an id that is not one soak.lua matched cannot be read back, and counts in the total only, as "unread" does.
done < <(awk '$1 == "batched" && $2 ~ /^soak-[A-Za-z0-9-]+-batch$/ { print $2 }' "$TMP/out")
half=0 whole=0
while read -r id; do
    found=$(benefits "/api/v1/policies/$id")
    [[ $found == 4 ]] && whole=$((whole + 1))
    [[ $found == none || $found == 4 ]] || { half=$((half + 1)); log "half-done: the batch of $id has $found benefits"; }
done < <(awk '$1 == "batch-sent" { print $2 }' "$TMP/out")
# An answer whose first bytes wrk did not deliver whole cannot be named: those batches count in the total only.
acknowledged=$(awk '$1 == "batched" { n++ } END { print n + 0 }' "$TMP/out")
(( whole >= acknowledged )) || { lost=$((lost + acknowledged - whole)); log "lost: $acknowledged batches acknowledged, $whole whole"; }
RSS_END=$(rss_mib)
stop_service

awk -v stopped="$STOPPED" -v ready="$READY" -v recovery="$RECOVERY" -v lost="$lost" -v half="$half" \
    -v max_rss="$MAX_RSS_MB" \
    -v rss_start="$RSS_START" -v rss_end="$RSS_END" -v rssfile="$TMP/rss" '
    $1 == "count" { inside = stopped && $2 >= stopped && $2 <= ready + recovery; n[$3, inside] += $4; seen[$3] = 1
                    if ($3 >= 500) { five[inside] += $4; if ($3 != 503) other[inside] += $4 } }
    $1 == "created" { created++ } $1 == "updated" { updated++ } $1 == "missing-retry-after" { noretry += $2 }
    $1 == "batched" { batched++ } $1 == "batch-sent" { sent++ }
    $1 == "requests" { requests = $2 } $1 == "seconds" { seconds = $2 } $1 == "latency" { p50 = $2; p99 = $3; max = $4 }
    $1 == "socket-errors" { errors = $2 + $3 + $4 + $5; timeouts = $5 }
    END {
        while ((getline r < rssfile) > 0) if (r + 0 > rss) rss = r + 0
        printf "%d requests in %.0f s (%.0f/s); latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n\n", requests, seconds,
            requests / seconds, p50, p99, max
        print "| status | outside the outage window | inside it |"
        print "|---|---:|---:|"
        for (s in seen) printf "| %s | %d | %d |\n", s, n[s, 0], n[s, 1]
        printf "\nRSS: %d MiB at the start, %d MiB at most (sampled every second), %d MiB at the end.\n", rss_start, rss, rss_end
        printf "Acknowledged writes: %d created (201), %d updated (200), %d batches of a policy and four benefits (200) of %d sent.\n\n## Checks\n\n", created, updated, batched, sent
        t("no 5xx outside the outage window (" five[0] + 0 ")", five[0] == 0)
        t("inside it only 503s (" other[1] + 0 " others), each with Retry-After (" noretry + 0 " without)", other[1] + noretry == 0)
        t("no socket errors or time-outs (" errors + 0 ", " timeouts + 0 " time-outs)", errors == 0)
        t("no acknowledged write lost (" lost " lost)", lost == 0)
        t("no batch published half-done (" half " half-done)", half == 0)
        t("RSS at most " max_rss " MiB", rss <= max_rss)
        exit failed }
    function t(label, ok) { printf "- %s: %s\n", label, ok ? "PASS" : "FAIL"; if (!ok) failed = 1 }
' "$TMP/out" >"$TMP/report" && passed=1 || passed=0

{
    echo "# Soak test results"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores shared by wrk, PostgreSQL and the service; $(java -version 2>&1 | head -1);"
    echo "\`${JAVA_OPTS[*]}\`; wrk -t2 -c$CONNECTIONS for $DURATION s, $WRITES% writes; PostgreSQL stopped at +$RESTART_AT s"
    echo "for $OUTAGE s, the window counted as the outage from the stop to $RECOVERY s after it accepted connections again."
    echo
    cat "$TMP/report"
} | tee "$RESULTS"
(( passed )) || exit 1
