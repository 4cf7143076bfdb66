#!/usr/bin/env bash
# Benchmark of the packaged service against PostgreSQL, with wrk and pgbench.
#
# Usage:  bench/run.sh                      (from any directory)
#
# What it does:
#   1. builds the service (./mvnw -B -q package -DskipTests), unless BENCH_JAR names a quarkus-run.jar to use;
#   2. on a local PostgreSQL (127.0.0.1/localhost), creates the service's role and database if missing, as the
#      superuser BENCH_PG_USER over TCP; creates and initialises (pgbench -i) the database aitrainer_pgbench if
#      missing, on whatever server BENCH_DB_URL names;
#   3. measures start-up: BENCH_STARTS starts each without and with the service's own warm-up (aitrainer.warm-up),
#      their logged start-up times and the time of a first filtered read right at start and 5 s after start;
#   4. starts the service (java $BENCH_JAVA_OPTS -Dquarkus.http.port=$BENCH_PORT -jar JAR; Flyway migrates at start),
#      records its logged start-up time and the time of the first GET /api/v1/levels, checks that every target
#      answers 2xx and that a conditional GET of /api/v1/levels with its ETag answers 304;
#   5. warms up (wrk on each HTTP target and pgbench -S, BENCH_WARMUP each), then runs BENCH_ROUNDS rounds, each
#      of: the baseline, the five other HTTP targets below (in an order rotated by one each round), the baseline
#      again, then pgbench -S with the same client count and 2 threads:
#        1 GET /api/v1 (the baseline)          4 GET /api/v1/policies?region=440300&on=2025-06-01
#        2 GET /api/v1/levels                  5 GET /api/v1/subsidies?region=440300&level=3&on=2025-03-01
#        3 GET /api/v1/duties?level=3          6 GET /api/v1/levels with If-None-Match: <its ETag> (304)
#   6. prints a markdown report to stdout and writes it to bench/results/latest.md: per row the median requests/s,
#      p50 and p99 (ms) across rounds, the non-2xx/3xx responses and socket errors summed over all rounds, and the
#      median over rounds of the row's requests/s over the mean of the round's baseline, measured first and last;
#      the machine, Java, settings, start-up time, first request time, peak and final RSS of the service; the per-round figures; and a Targets section with
#      PASS/FAIL lines (reference reads and 304 >= 0.9x baseline, filtered policies and subsidies >= 0.8x,
#      p99 <= 5 ms and zero non-2xx/3xx and socket errors for every HTTP row).
#   Progress goes to stderr. Exit status 0 once the results are written, even when a target FAILs; non-zero on
#   any operational error (missing tool, build or start failure, unexpected status, failed 304 check, ...).
#
# Environment (defaults in brackets):
#   BENCH_JAR          quarkus-run.jar to run; skips the build          [build, target/quarkus-app/quarkus-run.jar]
#   BENCH_JAVA_OPTS    JVM options (word-split; empty for none)        [-Xmx96m -XX:+UseSerialGC]
#   BENCH_PORT         HTTP port of the service                        [8081]
#   BENCH_DB_URL       JDBC URL of the service's database              [jdbc:postgresql://127.0.0.1:5432/aitrainer_bench]
#   BENCH_DB_USER      service's database user                         [aitrainer]
#   BENCH_DB_PASSWORD  service's database password                     [aitrainer]
#   BENCH_PG_USER      PostgreSQL superuser for setup and pgbench      [postgres]  (PGPASSWORD etc. apply as usual)
#   BENCH_THREADS      wrk threads                                     [2]
#   BENCH_CONNECTIONS  wrk connections = pgbench clients               [32]
#   BENCH_DURATION     duration of each measurement (N, Ns, Nm)        [10s]
#   BENCH_ROUNDS       rounds; figures are medians across them         [3]
#   BENCH_WARMUP       warm-up per target (N, Ns, Nm)                  [5s]
#   BENCH_PGBENCH_SCALE  scale of pgbench -i when initialising         [1]
#   BENCH_STARTS       start-up measurements per warm-up setting (0: none) [3]
#
# Needs: java, curl, psql, pgbench, awk, sort; wrk is installed with apt-get when missing.
# The machine's cores are shared by wrk, pgbench, PostgreSQL and the service: that is intended.
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/.."
ROOT=$(pwd)

THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-10s}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP:-5s}
PORT=${BENCH_PORT:-8081}
JAVA_OPTS=${BENCH_JAVA_OPTS--Xmx96m -XX:+UseSerialGC}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/aitrainer_bench}
DB_USER=${BENCH_DB_USER:-aitrainer}
DB_PASSWORD=${BENCH_DB_PASSWORD:-aitrainer}
PG_USER=${BENCH_PG_USER:-postgres}
PGBENCH_DB=aitrainer_pgbench
PGBENCH_SCALE=${BENCH_PGBENCH_SCALE:-1}
RESULTS=$ROOT/bench/results/latest.md
BASE=http://127.0.0.1:$PORT

# The measured rows: name, path; row 6 is the conditional GET (If-None-Match added at run time).
NAMES=(baseline levels duties policies subsidies levels-304)
PATHS=(
    "/api/v1"
    "/api/v1/levels"
    "/api/v1/duties?level=3"
    "/api/v1/policies?region=440300&on=2025-06-01"
    "/api/v1/subsidies?region=440300&level=3&on=2025-03-01"
    "/api/v1/levels"
)
COND=5 # index of the conditional GET in NAMES/PATHS

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Seconds from a duration such as 10, 10s or 2m.
seconds() {
    case $1 in
        *[!0-9smh]* | '' | [smh]*) die "bad duration '$1' (use N, Ns, Nm or Nh)" ;;
        *s) echo "${1%s}" ;;
        *m) echo $((${1%m} * 60)) ;;
        *h) echo $((${1%h} * 3600)) ;;
        *) echo "$1" ;;
    esac
}
DURATION_S=$(seconds "$DURATION")
WARMUP_S=$(seconds "$WARMUP")
[[ $DURATION_S -gt 0 && $WARMUP_S -ge 0 ]] || die "durations must be positive"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer"
[[ $THREADS =~ ^[1-9][0-9]*$ && $CONNECTIONS =~ ^[1-9][0-9]*$ ]] || die "bad BENCH_THREADS/BENCH_CONNECTIONS"
[[ $CONNECTIONS -ge $THREADS ]] || die "BENCH_CONNECTIONS must be >= BENCH_THREADS (wrk needs a connection per thread)"

# ---------------------------------------------------------------------------------------------- tools
for tool in java curl psql pgbench awk sort; do
    command -v "$tool" >/dev/null || die "$tool not found (psql and pgbench come with PostgreSQL's packages)"
done
if ! command -v wrk >/dev/null; then
    log "wrk not found: installing it with apt-get"
    SUDO=()
    [[ $(id -u) -eq 0 ]] || SUDO=(sudo)
    { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq wrk; } >&2 ||
        die "could not install wrk (apt-get install wrk)"
    command -v wrk >/dev/null || die "wrk still not found after installing it"
fi

# Nothing may listen on the port yet (curl exit status 7: could not connect).
port_check=0
curl -s -o /dev/null --max-time 2 "$BASE/" || port_check=$?
[[ $port_check -eq 7 ]] || die "port $PORT is already in use (set BENCH_PORT)"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
SERVICE_PID=
cleanup() {
    local status=$?
    if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        log "stopping the service (pid $SERVICE_PID)"
        kill "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVICE_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------- build
if [[ -n ${BENCH_JAR:-} ]]; then
    JAR=$BENCH_JAR
    log "using $JAR (BENCH_JAR set: no build)"
else
    log "building: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests >&2 || die "build failed"
    JAR=$ROOT/target/quarkus-app/quarkus-run.jar
fi
[[ -f $JAR ]] || die "no jar at $JAR"

# ---------------------------------------------------------------------------------------------- database
[[ $DB_URL =~ ^jdbc:postgresql://([^/:?,]+)(:([0-9]+))?/([^?]+) ]] ||
    die "cannot parse BENCH_DB_URL '$DB_URL' (expected jdbc:postgresql://HOST[:PORT]/DATABASE[?...])"
PG_HOST=${BASH_REMATCH[1]}
PG_PORT=${BASH_REMATCH[3]:-5432}
DB_NAME=${BASH_REMATCH[4]}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")

if [[ $PG_HOST == 127.0.0.1 || $PG_HOST == localhost ]]; then
    log "ensuring role $DB_USER and database $DB_NAME on $PG_HOST:$PG_PORT"
    "${PSQL[@]}" -d postgres -v u="$DB_USER" -v p="$DB_PASSWORD" -v d="$DB_NAME" >&2 <<'SQL' ||
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'u', :'p')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'d', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
        die "could not create role/database on $PG_HOST:$PG_PORT as $PG_USER"
fi

log "ensuring pgbench database $PGBENCH_DB on $PG_HOST:$PG_PORT"
"${PSQL[@]}" -d postgres -v d="$PGBENCH_DB" >&2 <<'SQL' || die "could not create database $PGBENCH_DB as $PG_USER"
SELECT format('CREATE DATABASE %I', :'d')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
initialised=$("${PSQL[@]}" -d "$PGBENCH_DB" -Atc "SELECT to_regclass('pgbench_accounts') IS NOT NULL") ||
    die "cannot query $PGBENCH_DB"
if [[ $initialised != t ]]; then
    log "initialising $PGBENCH_DB: pgbench -i -s $PGBENCH_SCALE"
    pgbench -i -q -s "$PGBENCH_SCALE" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PGBENCH_DB" >"$TMP/pgbench-init.log" 2>&1 ||
        { cat "$TMP/pgbench-init.log" >&2; die "pgbench -i failed"; }
fi
PGBENCH_SCALE_USED=$("${PSQL[@]}" -d "$PGBENCH_DB" -Atc "SELECT count(*) FROM pgbench_branches")

# ---------------------------------------------------------------------------------------------- start-up cost
# The service warms itself up after start (aitrainer.warm-up). Started BENCH_STARTS times with it off and on, in
# turn: the logged start-up time, the first request right after start, and the first request 5 s after start, of
# a filtered read that is not among the warmed ones (so it is computed, not answered from memory).
STARTS=${BENCH_STARTS:-3}
[[ $STARTS =~ ^[0-9]+$ ]] || die "BENCH_STARTS must be a non-negative integer"
FIRST_PATH="/api/v1/policies?region=440300&on=2025-06-01"
STARTS_FILE=$TMP/starts # "mode startup_s at_start_ms after_5s_ms"
: >"$STARTS_FILE"
# start_measured MODE: starts the service with warm-up MODE (true/false) and waits until it answers; its log is
# STARTED_LOG.
start_measured() {
    STARTED_LOG=$(mktemp "$TMP/start-$1.XXXXXX")
    QUARKUS_DATASOURCE_JDBC_URL=$DB_URL QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
        java "${JAVA_OPTS_ARR[@]}" "-Dquarkus.http.port=$PORT" "-Daitrainer.warm-up=$1" -jar "$JAR" >"$STARTED_LOG" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 600); do
        grep -q 'started in [0-9.]*s' "$STARTED_LOG" && curl -s -o /dev/null --max-time 1 "$BASE/q/health/live" && break
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$STARTED_LOG" >&2; die "the service exited during start-up"; }
        sleep 0.05
    done
}
stop_measured() {
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}
# start_once MODE: the start-up time and the first request right at start, then, in a second start, the first
# request 5 s after start.
start_once() {
    local startup at_start after
    start_measured "$1"
    startup=$(grep -o -m1 'started in [0-9.]*s' "$STARTED_LOG" | grep -o '[0-9.]*') || die "no start-up line in the log"
    at_start=$(curl -sS -o /dev/null --max-time 30 -w '%{time_total}' "$BASE$FIRST_PATH") || die "GET $FIRST_PATH failed"
    stop_measured
    start_measured "$1"
    sleep 5
    after=$(curl -sS -o /dev/null --max-time 30 -w '%{time_total}' "$BASE$FIRST_PATH") || die "GET $FIRST_PATH failed"
    stop_measured
    awk -v m="$1" -v s="$startup" -v a="$at_start" -v b="$after" 'BEGIN { printf "%s %s %.1f %.1f\n", m, s, a * 1000, b * 1000 }' \
        >>"$STARTS_FILE"
    log "start with warm-up=$1: $(tail -n1 "$STARTS_FILE" | cut -d' ' -f2-) (start-up s, first request ms at start, 5 s after)"
}
read -r -a JAVA_OPTS_ARR <<<"$JAVA_OPTS"
for _ in $(seq "$STARTS"); do
    start_once false
    start_once true
done
# start_median MODE COLUMN (2 start-up, 3 at start, 4 after 5 s)
start_median() {
    awk -v m="$1" -v c="$2" '$1 == m { print $c }' "$STARTS_FILE" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'
}

# ---------------------------------------------------------------------------------------------- service
SERVICE_LOG=$TMP/service.log
: >"$SERVICE_LOG"
log "starting: java $JAVA_OPTS -Dquarkus.http.port=$PORT -jar $JAR (database $DB_URL)"
QUARKUS_DATASOURCE_JDBC_URL=$DB_URL QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
    java "${JAVA_OPTS_ARR[@]}" "-Dquarkus.http.port=$PORT" -jar "$JAR" >"$SERVICE_LOG" 2>&1 &
SERVICE_PID=$!

# service_gone WHEN: the service has exited; show how and the end of its log, then fail.
service_gone() {
    local status=0
    wait "$SERVICE_PID" || status=$?
    SERVICE_PID=
    tail -n 30 "$SERVICE_LOG" >&2
    ((status > 128)) && status="$status (signal $((status - 128)))"
    die "the service exited $1, status $status (log tail above)"
}

# Wait for the "started in" line (checked every 0.1 s); GET /api/v1 every 2 s in case that line is not logged.
started=
for i in $(seq 600); do
    kill -0 "$SERVICE_PID" 2>/dev/null || service_gone "during start-up"
    if grep -q 'started in [0-9.]*s' "$SERVICE_LOG"; then started=log; break; fi
    if ((i % 20 == 0)) && curl -fsS -o /dev/null --max-time 2 "$BASE/api/v1" 2>/dev/null; then started=http; break; fi
    sleep 0.1
done
[[ -n $started ]] || { tail -n 40 "$SERVICE_LOG" >&2; die "the service did not start within 60 s"; }

# The first request, before anything else touches the service (unless start-up was detected over HTTP).
first=$(curl -sS -o /dev/null --max-time 30 -w '%{http_code} %{time_total}' "$BASE/api/v1/levels") ||
    die "first GET /api/v1/levels failed"
[[ ${first%% *} == 200 ]] || die "first GET /api/v1/levels answered ${first%% *}, not 200"
FIRST_MS=$(awk -v t="${first#* }" 'BEGIN { printf "%.1f", t * 1000 }')
STARTUP_LINE=$(grep -m1 'started in [0-9.]*s' "$SERVICE_LOG" || true)
STARTUP=$(grep -o -m1 'started in [0-9.]*s' "$SERVICE_LOG" | grep -o '[0-9.]*s$' || echo "not logged")
log "started in $STARTUP; first GET /api/v1/levels: $FIRST_MS ms"
[[ $started == log ]] || FIRST_MS="$FIRST_MS (after a GET /api/v1 that detected the start)"

# Every plain target answers 2xx.
for i in "${!PATHS[@]}"; do
    [[ $i -eq $COND ]] && continue
    code=$(curl -sS -o /dev/null --max-time 30 -w '%{http_code}' "$BASE${PATHS[$i]}") || die "GET ${PATHS[$i]} failed"
    [[ $code == 2?? ]] || die "GET ${PATHS[$i]} answered $code, not 2xx"
done

# The conditional GET really answers 304.
COND_PATH=${PATHS[$COND]}
ETAG=$(curl -sS -D - -o /dev/null --max-time 30 "$BASE$COND_PATH" | awk -F': *' 'tolower($1) == "etag" && !seen++ { sub(/\r$/, "", $2); print $2 }') ||
    die "GET $COND_PATH failed"
[[ -n $ETAG ]] || die "GET $COND_PATH sent no ETag header: the conditional GET cannot be measured"
code=$(curl -sS -o /dev/null --max-time 30 -w '%{http_code}' -H "If-None-Match: $ETAG" "$BASE$COND_PATH") ||
    die "conditional GET $COND_PATH failed"
[[ $code == 304 ]] || die "GET $COND_PATH with If-None-Match: $ETAG answered $code, not 304"
log "conditional GET $COND_PATH with If-None-Match: $ETAG answers 304"

# ---------------------------------------------------------------------------------------------- measuring
# run_wrk INDEX SECONDS OUTFILE: wrk on target INDEX.
run_wrk() {
    local header=()
    [[ $1 -eq $COND ]] && header=(-H "If-None-Match: $ETAG")
    wrk "-t$THREADS" "-c$CONNECTIONS" "-d${2}s" --latency "${header[@]}" "$BASE${PATHS[$1]}" >"$3" 2>&1 ||
        { cat "$3" >&2; kill -0 "$SERVICE_PID" 2>/dev/null || service_gone "before wrk on ${PATHS[$1]}"
          die "wrk failed on ${PATHS[$1]}"; }
    kill -0 "$SERVICE_PID" 2>/dev/null || service_gone "during wrk on ${PATHS[$1]}"
}

# parse_wrk FILE: prints "rps p50_ms p99_ms non2xx3xx socket_errors".
parse_wrk() {
    awk '
        function ms(v) {
            if (v ~ /us$/) return v / 1000
            if (v ~ /ms$/) return v + 0
            if (v ~ /s$/)  return v * 1000
            if (v ~ /m$/)  return v * 60000
            return v + 0
        }
        $1 == "50%"                { p50 = ms($2) }
        $1 == "99%"                { p99 = ms($2) }
        /^Requests\/sec:/          { rps = $2 }
        /Non-2xx or 3xx responses:/ { bad = $NF }
        /Socket errors:/           { gsub(/,/, ""); sock = $4 + $6 + $8 + $10 }
        END {
            if (rps == "" || p50 == "") exit 1
            printf "%.2f %.3f %.3f %d %d\n", rps, p50, p99, bad, sock
        }' "$1" || { cat "$1" >&2; die "cannot parse wrk output $1"; }
}

# run_pgbench SECONDS TAG: pgbench -S; prints "tps p50_ms p99_ms failed 0" (p50/p99 from the per-transaction log).
run_pgbench() {
    local dir=$TMP/pgbench-$2 out
    mkdir -p "$dir"
    out=$dir/output.txt
    pgbench -S -n -c "$CONNECTIONS" -j 2 -T "$1" -l --log-prefix="$dir/log" \
        -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PGBENCH_DB" >"$out" 2>&1 ||
        { cat "$out" >&2; die "pgbench failed"; }
    local tps failed
    tps=$(awk '/^tps = / { v = $3; if (/without initial connection|excluding/) { print v; found = 1; exit } }
               END { if (!found && v != "") print v }' "$out")
    [[ -n $tps ]] || { cat "$out" >&2; die "cannot parse pgbench output"; }
    failed=$(awk '/number of failed transactions:/ { print $5; exit }' "$out")
    # Third column of the per-transaction log: latency in microseconds.
    cat "$dir"/log.* | awk '{ print $3 }' | sort -n >"$dir/latencies"
    awk -v tps="$tps" -v failed="${failed:-0}" '
        { v[NR] = $1 }
        END {
            if (NR == 0) exit 1
            i50 = int(NR * 0.50); if (i50 < NR * 0.50) i50++
            i99 = int(NR * 0.99); if (i99 < NR * 0.99) i99++
            printf "%.2f %.3f %.3f %d 0\n", tps, v[i50] / 1000, v[i99] / 1000, failed
        }' "$dir/latencies" || die "empty pgbench log in $dir"
    rm -f "$dir"/log.* "$dir/latencies"
}

if [[ $WARMUP_S -gt 0 ]]; then
    for i in "${!PATHS[@]}"; do
        log "warm-up ${WARMUP_S}s: ${NAMES[$i]} GET ${PATHS[$i]}"
        run_wrk "$i" "$WARMUP_S" "$TMP/warmup-$i.txt"
    done
    log "warm-up ${WARMUP_S}s: pgbench -S"
    run_pgbench "$WARMUP_S" warmup >/dev/null
fi

ROWS=$TMP/rows # "row round rps p50 p99 non2xx3xx socket_errors"
: >"$ROWS"
# The baseline is measured first and again last in every round; each row's ratio in a round is to the mean of
# the two, which cancels a drift of the machine's speed during the round. The ratio shown is the median over rounds.
BASE_END=${#PATHS[@]}
PG_ROW=$((BASE_END + 1))
OTHERS=$((${#PATHS[@]} - 1))
for round in $(seq "$ROUNDS"); do
    # The baseline first, then the other rows in an order rotated by one each round, so that no row always runs
    # at the same distance from the baseline.
    order=(0)
    for k in $(seq 0 $((OTHERS - 1))); do order+=($((1 + (k + round - 1) % OTHERS))); done
    for i in "${order[@]}"; do
        out=$TMP/wrk-$round-$i.txt
        run_wrk "$i" "$DURATION_S" "$out"
        figures=$(parse_wrk "$out")
        log "round $round/$ROUNDS ${NAMES[$i]}: rps p50 p99 non-2xx/3xx socket-errors = $figures"
        echo "$i $round $figures" >>"$ROWS"
    done
    out=$TMP/wrk-$round-end.txt
    run_wrk 0 "$DURATION_S" "$out"
    figures=$(parse_wrk "$out")
    log "round $round/$ROUNDS baseline again: rps p50 p99 non-2xx/3xx socket-errors = $figures"
    echo "$BASE_END $round $figures" >>"$ROWS"
    figures=$(run_pgbench "$DURATION_S" "$round")
    log "round $round/$ROUNDS pgbench -S: tps p50 p99 failed = ${figures% 0}"
    echo "$PG_ROW $round $figures" >>"$ROWS"
done

kill -0 "$SERVICE_PID" 2>/dev/null || service_gone "during the measurements"
VM_HWM=$(awk '/^VmHWM:/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$SERVICE_PID/status")
VM_RSS=$(awk '/^VmRSS:/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$SERVICE_PID/status")

# ---------------------------------------------------------------------------------------------- report
# median ROW COLUMN (3 rps, 4 p50, 5 p99) across rounds; total ROW COLUMN (6, 7) over rounds. The baseline's
# figures (row 0) cover both of its measurements in each round.
median_of() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m }'; }
median() { awk -v r="$1" -v c="$2" -v e="$BASE_END" '$1 == r || (r == 0 && $1 == e) { print $c }' "$ROWS" | median_of; }
total() { awk -v r="$1" -v c="$2" -v e="$BASE_END" '$1 == r || (r == 0 && $1 == e) { s += $c } END { print s + 0 }' "$ROWS"; }
# ratio ROW: median over rounds of the row's requests/s over the mean of the round's two baseline measurements.
ratio() {
    awk -v r="$1" -v e="$BASE_END" '
        $1 == 0 { first[$2] = $3 } $1 == e { last[$2] = $3 } $1 == r { row[$2] = $3 }
        END { for (k in row) print row[k] / ((first[k] + last[k]) / 2) }' "$ROWS" | median_of
}

LABELS=()
for i in "${!PATHS[@]}"; do LABELS+=("GET ${PATHS[$i]}"); done
LABELS[0]="GET /api/v1 (baseline)"
LABELS[COND]="GET /api/v1/levels with If-None-Match (304)"
LABELS[BASE_END]="GET /api/v1 (baseline, again at the end of the round)"
LABELS[PG_ROW]="pgbench -S ($CONNECTIONS clients, 2 threads)"

declare -a RPS P50 P99 BAD SOCK RATIO
for i in $(seq 0 "$PG_ROW"); do
    [[ $i -eq $BASE_END ]] && continue
    RPS[i]=$(median "$i" 3)
    P50[i]=$(median "$i" 4)
    P99[i]=$(median "$i" 5)
    BAD[i]=$(total "$i" 6)
    SOCK[i]=$(total "$i" 7)
    RATIO[i]=$(ratio "$i" | awk '{ printf "%.2f", $1 }')
done
RATIO[0]=1.00

ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
TARGETS=()
FAILED=0
target() { # target OK DESCRIPTION
    if [[ $1 == ok ]]; then TARGETS+=("- PASS $2"); else TARGETS+=("- FAIL $2"); FAILED=$((FAILED + 1)); fi
}
for i in 1 2 "$COND"; do
    ge "${RATIO[i]}" 0.9 && ok=ok || ok=no
    target "$ok" "${LABELS[i]}: ${RATIO[i]}x baseline (target >= 0.9x)"
done
for i in 3 4; do
    ge "${RATIO[i]}" 0.8 && ok=ok || ok=no
    target "$ok" "${LABELS[i]}: ${RATIO[i]}x baseline (target >= 0.8x)"
done
for i in "${!PATHS[@]}"; do
    le "${P99[i]}" 5 && ok=ok || ok=no
    target "$ok" "${LABELS[i]}: p99 $(printf '%.2f' "${P99[i]}") ms (target <= 5 ms)"
done
for i in "${!PATHS[@]}"; do
    [[ ${BAD[i]} -eq 0 && ${SOCK[i]} -eq 0 ]] && ok=ok || ok=no
    target "$ok" "${LABELS[i]}: ${BAD[i]} non-2xx/3xx, ${SOCK[i]} socket errors (target 0 and 0)"
done

if [[ $STARTS -gt 0 ]]; then
    STARTUP_OFF=$(start_median false 2)
    STARTUP_ON=$(start_median true 2)
    SLOWER=$(awk -v a="$STARTUP_ON" -v b="$STARTUP_OFF" 'BEGIN { printf "%+.0f", (a / b - 1) * 100 }')
    le "$SLOWER" 20 && ok=ok || ok=no
    target "$ok" "start-up with warm-up ${STARTUP_ON}s vs ${STARTUP_OFF}s without: ${SLOWER}% (target <= +20%)"
fi

GIT_REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain --untracked-files=no 2>/dev/null) ]] || GIT_REV="$GIT_REV (with uncommitted changes)"
[[ -n ${BENCH_JAR:-} ]] && GIT_REV="$GIT_REV; jar given by BENCH_JAR, not built from it"

report() {
    echo "# Benchmark results"
    echo
    echo "- Date: $(date '+%Y-%m-%d %H:%M:%S %Z')"
    echo "- Commit: $GIT_REV"
    echo "- Machine: $(nproc) CPUs, $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
        "$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
    echo "- Java: $(java -version 2>&1 | paste -sd ';' - | sed 's/;/; /g')"
    echo "- wrk: \`wrk -t$THREADS -c$CONNECTIONS -d${DURATION_S}s --latency\`, rounds: $ROUNDS (figures: medians" \
        "across rounds; errors: summed over them), warm-up ${WARMUP_S}s per target; $(wrk -v 2>&1 | head -n1 | awk '{ print $1, $2 }')"
    echo "- pgbench: \`pgbench -S -c$CONNECTIONS -j2 -T$DURATION_S\` on $PGBENCH_DB (scale $PGBENCH_SCALE_USED)," \
        "PostgreSQL $("${PSQL[@]}" -d postgres -Atc 'SHOW server_version') at $PG_HOST:$PG_PORT"
    echo "- JVM options: \`$JAVA_OPTS\`"
    echo "- Database: $DB_URL"
    echo "- Start-up time (as logged): $STARTUP"
    [[ -z $STARTUP_LINE ]] || echo "  (\`$(echo "$STARTUP_LINE" | grep -o 'ai-trainer-api[^"]*started in [0-9.]*s[^"]*' | sed 's/`//g')\`)"
    echo "- First request after the measured start (GET /api/v1/levels, before the benchmark's warm-up; the service's" \
        "own warm-up may still be running): $FIRST_MS ms"
    echo "- Service memory after all rounds: peak RSS (VmHWM) $VM_HWM, RSS at the end (VmRSS) $VM_RSS"
    echo
    if [[ $STARTS -gt 0 ]]; then
        echo "## Start-up and the first request"
        echo
        echo "Medians of $STARTS starts each, without and with the service's own warm-up (\`aitrainer.warm-up\`); the first"
        echo "request is GET $FIRST_PATH, which the warm-up does not read itself."
        echo
        echo "| warm-up | start-up (s, as logged) | first request right at start (ms) | first request 5 s after start (ms) |"
        echo "|---|---:|---:|---:|"
        for mode in false true; do
            printf '| %s | %s | %s | %s |\n' "$([[ $mode == true ]] && echo on || echo off)" \
                "$(start_median "$mode" 2)" "$(start_median "$mode" 3)" "$(start_median "$mode" 4)"
        done
        echo
    fi
    echo "## Throughput and latency"
    echo
    echo "| # | request | requests/s | p50 (ms) | p99 (ms) | non-2xx/3xx | socket errors | ratio to baseline |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    local n=0
    for i in $(seq 0 "$PG_ROW"); do
        [[ $i -eq $BASE_END ]] && continue
        n=$((n + 1))
        printf '| %d | %s | %.0f | %.2f | %.2f | %s | %s | %.2f |\n' "$n" "${LABELS[i]}" \
            "${RPS[i]}" "${P50[i]}" "${P99[i]}" "${BAD[i]}" "${SOCK[i]}" "${RATIO[i]}"
    done
    echo
    echo "The baseline is measured first and last in every round; its figures cover both. A row's ratio is the median,"
    echo "over rounds, of its requests/s over the mean of that round's two baseline measurements."
    echo "For pgbench, \"non-2xx/3xx\" counts failed transactions; its p50 and p99 come from the per-transaction log."
    echo
    echo "## Targets"
    echo
    printf '%s\n' "${TARGETS[@]}"
    echo
    if [[ $FAILED -eq 0 ]]; then echo "All ${#TARGETS[@]} targets met."; else echo "$FAILED of ${#TARGETS[@]} targets FAILED."; fi
    echo
    echo "## Per round"
    echo
    echo "| round | # | request | requests/s | p50 (ms) | p99 (ms) | non-2xx/3xx | socket errors |"
    echo "|---:|---:|---|---:|---:|---:|---:|---:|"
    sort -k2,2n -k1,1n "$ROWS" | while read -r row round rps p50 p99 bad sock; do
        printf '| %d | %d | %s | %.0f | %.2f | %.2f | %s | %s |\n' "$round" "$((row + 1))" "${LABELS[row]}" \
            "$rps" "$p50" "$p99" "$bad" "$sock"
    done
}

mkdir -p "$(dirname "$RESULTS")"
report >"$TMP/report.md"
cp "$TMP/report.md" "$RESULTS"
cat "$TMP/report.md"
log "results written to ${RESULTS#"$ROOT"/}; $FAILED target(s) failed"
