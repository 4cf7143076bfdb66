#!/usr/bin/env bash
# Soak test of the packaged service: mixed reads and writes from a bounded number of clients, with PostgreSQL
# stopped and started again in the middle.
#
# Usage:  bench/soak.sh                      (from any directory)
#
# What it does:
#   1. builds the service (./mvnw -B -q package -DskipTests), unless SOAK_JAR names a quarkus-run.jar to use;
#   2. on a local PostgreSQL (127.0.0.1/localhost), creates the service's role and database if missing, as the
#      superuser SOAK_PG_USER over TCP (SOAK_FRESH_DB=1: drops and creates the database first);
#   3. starts the service on 127.0.0.1:SOAK_PORT (java $SOAK_JAVA_OPTS -jar JAR), trusting the repository's test key
#      for bearer tokens, and mints an editor token with scripts/dev-token.sh;
#   4. runs bench/soak.py traffic: SOAK_CLIENTS clients, each in a loop for SOAK_DURATION seconds, about
#      (100 - SOAK_WRITES)% reads over every collection and resource (filters, random dates, pages and languages,
#      so that many reads miss the service's in-memory cache; conditional GETs with If-None-Match) and SOAK_WRITES%
#      writes (a new policy with an Idempotency-Key, a benefit for one, an update with If-Match; a write answered
#      5xx or not at all is sent again later with the same key); every request is logged with its start, duration,
#      status ("timeout" or "error" when there is none) and, for a 201, its Location; the service's VmRSS is read
#      every second;
#   5. SOAK_RESTART_AT seconds into the traffic, stops PostgreSQL (SOAK_PG_STOP), keeps it down SOAK_OUTAGE seconds,
#      starts it again (SOAK_PG_START) and waits until it accepts connections, recording both times;
#   6. runs bench/soak.py check, which reads back every Location answered 201 and checks:
#        (1) no 5xx outside the outage window [stop, ready again + SOAK_RECOVERY] (a request counts as inside when
#            its time span overlaps the window); timeouts and connection errors outside it fail this check too;
#        (2) every write answered 201 is readable afterwards (GET answers 200; non-200s are asked again for up to
#            10 s in case the database has just come back);
#        (3) no request took longer than SOAK_HUNG seconds (clients give up after SOAK_CLIENT_TIMEOUT);
#        (4) the service's RSS, sampled every second, stayed below SOAK_MAX_RSS_MB;
#        (5) unless SOAK_REQUIRE_503=0: every 5xx in the outage window is a 503 with a Retry-After header (what the
#            service is meant to answer while the database is down);
#   7. prints one summary line and a few detail lines to stdout, and writes the full report (settings, checks,
#      statuses in and outside the outage, latency per kind of request, a timeline, the slowest requests) to
#      bench/results/soak-latest.md, the request log to bench/results/soak-latest-requests.tsv.gz and the service's
#      log to bench/results/soak-latest-service.log.
#   Progress goes to stderr. Exit status 0 when every check passes, 1 when one fails, 2 on an operational error
#   (missing tool, build failure, the service does not start, PostgreSQL cannot be stopped or started, ...).
#   PostgreSQL is started again if the script is interrupted while it is stopped; the service is always stopped.
#   Do not run it while anything else uses the same PostgreSQL: the restart interrupts every client of it.
#
# Environment (defaults in brackets):
#   SOAK_JAR            quarkus-run.jar to run; skips the build          [build, target/quarkus-app/quarkus-run.jar]
#   SOAK_JAVA_OPTS      JVM options (word-split; empty for none)        [the image's, see the Dockerfile]
#   SOAK_PORT           HTTP port of the service, on 127.0.0.1          [8082]
#   SOAK_DB_URL         JDBC URL of the service's database              [jdbc:postgresql://127.0.0.1:5432/aitrainer_soak]
#   SOAK_DB_USER        service's database user                         [aitrainer]
#   SOAK_DB_PASSWORD    service's database password                     [aitrainer]
#   SOAK_PG_USER        PostgreSQL superuser for the setup              [postgres]  (PGPASSWORD etc. apply as usual)
#   SOAK_FRESH_DB       1: drop and create the database before the run  [0]
#   SOAK_DURATION       seconds of traffic                              [120]
#   SOAK_CLIENTS        concurrent clients                              [16]
#   SOAK_WRITES         percentage of writes among the requests         [10]
#   SOAK_RESTART_AT     seconds into the traffic to stop PostgreSQL; off: no restart   [60]
#   SOAK_OUTAGE         seconds PostgreSQL stays stopped                [5]
#   SOAK_RECOVERY       seconds after PostgreSQL is back still counted as the outage   [5]
#   SOAK_HUNG           a request slower than this (seconds) is hung    [5]
#   SOAK_CLIENT_TIMEOUT seconds a client waits for an answer            [SOAK_HUNG + 2]
#   SOAK_MAX_RSS_MB     limit of the service's RSS (MiB)                [400]
#   SOAK_REQUIRE_503    1: check (5) above; 0: the first four only     [1]
#   SOAK_SEED           seed of the clients' random choices             [1]
#   SOAK_PG_STOP        command that stops PostgreSQL (run with bash -c)
#                       [pg_ctlcluster --skip-systemctl-redirect VERSION CLUSTER stop, for the cluster on the
#                        database's port as pg_lsclusters lists it]
#   SOAK_PG_START       command that starts it again                    [the same with start]
#
# Needs: java, curl, psql, pg_isready, python3 (3.11, standard library only), openssl (for dev-token.sh), awk.
set -euo pipefail
shopt -s inherit_errexit

# A relative SOAK_JAR is relative to the caller's directory.
if [[ -n ${SOAK_JAR:-} && $SOAK_JAR != /* ]]; then SOAK_JAR=$PWD/$SOAK_JAR; fi
cd "$(dirname "$0")/.."
ROOT=$(pwd)

JAVA_OPTS=${SOAK_JAVA_OPTS--Xmx96m -XX:+UseSerialGC -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}
PORT=${SOAK_PORT:-8082}
DB_URL=${SOAK_DB_URL:-jdbc:postgresql://127.0.0.1:5432/aitrainer_soak}
DB_USER=${SOAK_DB_USER:-aitrainer}
DB_PASSWORD=${SOAK_DB_PASSWORD:-aitrainer}
PG_USER=${SOAK_PG_USER:-postgres}
FRESH_DB=${SOAK_FRESH_DB:-0}
DURATION=${SOAK_DURATION:-120}
CLIENTS=${SOAK_CLIENTS:-16}
WRITES=${SOAK_WRITES:-10}
RESTART_AT=${SOAK_RESTART_AT:-60}
OUTAGE=${SOAK_OUTAGE:-5}
RECOVERY=${SOAK_RECOVERY:-5}
HUNG=${SOAK_HUNG:-5}
MAX_RSS_MB=${SOAK_MAX_RSS_MB:-400}
SEED=${SOAK_SEED:-1}
REQUIRE_503=${SOAK_REQUIRE_503:-1}
RESULTS_DIR=$ROOT/bench/results
BASE=http://127.0.0.1:$PORT

log() { printf '[soak %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }
now() { date +%s.%N; }

# Settings: whole seconds where the schedule needs them, decimals elsewhere.
DURATION=${DURATION%s}
RESTART_AT=${RESTART_AT%s}
[[ $DURATION =~ ^[1-9][0-9]*$ ]] || die "SOAK_DURATION must be a positive number of seconds"
[[ $CLIENTS =~ ^[1-9][0-9]*$ ]] || die "SOAK_CLIENTS must be a positive integer"
[[ $SEED =~ ^[0-9]+$ ]] || die "SOAK_SEED must be a non-negative integer"
[[ $FRESH_DB =~ ^[01]$ ]] || die "SOAK_FRESH_DB must be 0 or 1"
[[ $REQUIRE_503 =~ ^[01]$ ]] || die "SOAK_REQUIRE_503 must be 0 or 1"
for setting in WRITES OUTAGE RECOVERY HUNG MAX_RSS_MB; do
    [[ ${!setting} =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "SOAK_$setting must be a number"
done
CLIENT_TIMEOUT=${SOAK_CLIENT_TIMEOUT:-$(awk -v h="$HUNG" 'BEGIN { print h + 2 }')}
[[ $CLIENT_TIMEOUT =~ ^[0-9]+(\.[0-9]+)?$ ]] || die "SOAK_CLIENT_TIMEOUT must be a number"
awk -v t="$CLIENT_TIMEOUT" -v h="$HUNG" 'BEGIN { exit !(t > h) }' ||
    die "SOAK_CLIENT_TIMEOUT ($CLIENT_TIMEOUT s) must exceed SOAK_HUNG ($HUNG s), or a hang would go unseen"
awk -v w="$WRITES" 'BEGIN { exit !(w <= 100) }' || die "SOAK_WRITES is a percentage, 0 to 100"
if [[ $RESTART_AT != off ]]; then
    [[ $RESTART_AT =~ ^[0-9]+$ ]] || die "SOAK_RESTART_AT must be a whole number of seconds, or off"
    awk -v a="$RESTART_AT" -v o="$OUTAGE" -v d="$DURATION" 'BEGIN { exit !(a + o + 2 <= d) }' ||
        die "the outage (SOAK_RESTART_AT $RESTART_AT + SOAK_OUTAGE $OUTAGE s) must end at least 2 s before the" \
            "traffic does (SOAK_DURATION $DURATION s)"
fi

# ---------------------------------------------------------------------------------------------- tools
for tool in java curl psql pg_isready python3 openssl awk; do
    command -v "$tool" >/dev/null || die "$tool not found (psql and pg_isready come with PostgreSQL's client package)"
done
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "python3 must be 3.11 or later"

# Nothing may listen on the port yet (curl exit status 7: could not connect).
port_check=0
curl -s -o /dev/null --max-time 2 "$BASE/" || port_check=$?
[[ $port_check -eq 7 ]] || die "port $PORT is already in use (set SOAK_PORT)"

# ---------------------------------------------------------------------------------------------- PostgreSQL
[[ $DB_URL =~ ^jdbc:postgresql://([^/:?,]+)(:([0-9]+))?/([^?]+) ]] ||
    die "cannot parse SOAK_DB_URL '$DB_URL' (expected jdbc:postgresql://HOST[:PORT]/DATABASE[?...])"
PG_HOST=${BASH_REMATCH[1]}
PG_PORT=${BASH_REMATCH[3]:-5432}
DB_NAME=${BASH_REMATCH[4]}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
pg_ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 2 >/dev/null 2>&1; }

pg_ready || die "PostgreSQL at $PG_HOST:$PG_PORT does not accept connections"
if [[ $RESTART_AT != off ]]; then
    if [[ -n ${SOAK_PG_STOP:-} || -n ${SOAK_PG_START:-} ]]; then
        [[ -n ${SOAK_PG_STOP:-} && -n ${SOAK_PG_START:-} ]] || die "set both SOAK_PG_STOP and SOAK_PG_START, or neither"
        PG_STOP=$SOAK_PG_STOP
        PG_START=$SOAK_PG_START
    else
        if ! command -v pg_lsclusters >/dev/null || ! command -v pg_ctlcluster >/dev/null; then
            die "pg_lsclusters/pg_ctlcluster not found: set SOAK_PG_STOP and SOAK_PG_START"
        fi
        cluster=$(pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p { print $1, $2; exit }')
        [[ -n $cluster ]] || die "no local cluster on port $PG_PORT in pg_lsclusters: set SOAK_PG_STOP and SOAK_PG_START"
        read -r pg_version pg_cluster <<<"$cluster"
        PG_STOP="pg_ctlcluster --skip-systemctl-redirect $pg_version $pg_cluster stop"
        PG_START="pg_ctlcluster --skip-systemctl-redirect $pg_version $pg_cluster start"
    fi
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/soak.XXXXXX")
SERVICE_PID=
SERVICE_LOG=$TMP/service.log
TRAFFIC_PID=
PG_DOWN=0
cleanup() {
    local status=$?
    trap - ERR
    if [[ -n $TRAFFIC_PID ]] && kill -0 "$TRAFFIC_PID" 2>/dev/null; then
        kill "$TRAFFIC_PID" 2>/dev/null || true
    fi
    if [[ $PG_DOWN -eq 1 ]]; then
        log "starting PostgreSQL again: $PG_START"
        bash -c "$PG_START" >&2 || log "ERROR: '$PG_START' failed: start PostgreSQL by hand"
    fi
    if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        log "stopping the service (pid $SERVICE_PID)"
        kill "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVICE_PID" 2>/dev/null || true
    fi
    if [[ -s $SERVICE_LOG ]]; then
        { mkdir -p "$RESULTS_DIR" && cp "$SERVICE_LOG" "$RESULTS_DIR/soak-latest-service.log"; } || true
    fi
    rm -rf "$TMP"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
set -E
trap 'die "unexpected failure (status $?) at line $LINENO: $BASH_COMMAND"' ERR

# ---------------------------------------------------------------------------------------------- build
if [[ -n ${SOAK_JAR:-} ]]; then
    JAR=$SOAK_JAR
    log "using $JAR (SOAK_JAR set: no build)"
else
    log "building: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests >&2 || die "build failed"
    JAR=$ROOT/target/quarkus-app/quarkus-run.jar
fi
[[ -f $JAR ]] || die "no jar at $JAR"

# ---------------------------------------------------------------------------------------------- database
if [[ $PG_HOST == 127.0.0.1 || $PG_HOST == localhost ]]; then
    if [[ $FRESH_DB -eq 1 ]]; then
        log "dropping database $DB_NAME (SOAK_FRESH_DB=1)"
        "${PSQL[@]}" -d postgres -v d="$DB_NAME" >&2 <<'SQL' || die "could not drop database $DB_NAME as $PG_USER"
SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', :'d') \gexec
SQL
    fi
    log "ensuring role $DB_USER and database $DB_NAME on $PG_HOST:$PG_PORT"
    "${PSQL[@]}" -d postgres -v u="$DB_USER" -v p="$DB_PASSWORD" -v d="$DB_NAME" >&2 <<'SQL' ||
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'u', :'p')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'d', :'u')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
        die "could not create role/database on $PG_HOST:$PG_PORT as $PG_USER"
fi
PG_VERSION=$("${PSQL[@]}" -d postgres -Atc 'SHOW server_version') || die "cannot query PostgreSQL as $PG_USER"

# ---------------------------------------------------------------------------------------------- service
read -r -a JAVA_OPTS_ARR <<<"$JAVA_OPTS"
: >"$SERVICE_LOG"
log "starting: java $JAVA_OPTS -jar $JAR on 127.0.0.1:$PORT (database $DB_URL)"
MP_JWT_VERIFY_ISSUER=https://aitrainer-api.test \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$ROOT/src/test/resources/jwt/publicKey.pem \
QUARKUS_DATASOURCE_JDBC_URL=$DB_URL QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
    java "${JAVA_OPTS_ARR[@]}" -Dquarkus.http.host=127.0.0.1 "-Dquarkus.http.port=$PORT" -jar "$JAR" \
    >"$SERVICE_LOG" 2>&1 &
SERVICE_PID=$!

# Wait for the "started in" line (checked every 0.1 s); GET /api/v1 every 2 s in case that line is not logged.
started=
for i in $(seq 600); do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
        tail -n 30 "$SERVICE_LOG" >&2
        die "the service exited during start-up (log tail above)"
    fi
    if grep -q 'started in [0-9.]*s' "$SERVICE_LOG"; then started=log; break; fi
    if ((i % 20 == 0)) && curl -fsS -o /dev/null --max-time 2 "$BASE/api/v1" 2>/dev/null; then started=http; break; fi
    sleep 0.1
done
[[ -n $started ]] || { tail -n 40 "$SERVICE_LOG" >&2; die "the service did not start within 60 s"; }
STARTUP=$(grep -o -m1 'started in [0-9.]*s' "$SERVICE_LOG" | grep -o '[0-9.]*s$' || echo "not logged")
code=$(curl -sS -o /dev/null --max-time 30 -w '%{http_code}' "$BASE/api/v1") || die "GET /api/v1 failed"
[[ $code == 200 ]] || die "GET /api/v1 answered $code, not 200"
log "started in $STARTUP (pid $SERVICE_PID)"

# A token for the whole run, with a margin.
MINUTES=$(((DURATION + 59) / 60 + 10))
((MINUTES >= 30)) || MINUTES=30
TOKEN=$(scripts/dev-token.sh editor soak-writer "$MINUTES") || die "scripts/dev-token.sh failed"

GIT_REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain --untracked-files=no 2>/dev/null) ]] || GIT_REV="$GIT_REV (with uncommitted changes)"
[[ -n ${SOAK_JAR:-} ]] && GIT_REV="$GIT_REV; jar given by SOAK_JAR, not built from it"
{
    printf 'Date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    printf 'Commit\t%s\n' "$GIT_REV"
    printf 'Machine\t%s CPUs, %s, %s RAM\n' "$(nproc)" \
        "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
        "$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
    printf 'Java\t%s\n' "$(java -version 2>&1 | paste -sd ';' - | sed 's/;/; /g')"
    printf 'JVM options\t%s\n' "\`$JAVA_OPTS\`"
    printf 'Service start-up (as logged)\t%s\n' "$STARTUP"
    printf 'Database\t%s, PostgreSQL %s\n' "$DB_URL" "$PG_VERSION"
    if [[ $RESTART_AT != off ]]; then
        printf 'PostgreSQL restart\tat +%s s, down %s s: %s, then %s\n' "$RESTART_AT" "$OUTAGE" "\`$PG_STOP\`" \
            "\`$PG_START\`"
    else
        printf 'PostgreSQL restart\tnone (SOAK_RESTART_AT=off)\n'
    fi
} >"$TMP/meta.tsv"

# ---------------------------------------------------------------------------------------------- traffic
SOAK=(python3 "$ROOT/bench/soak.py")
COMMON=(--base "$BASE" --out "$TMP" --pid "$SERVICE_PID" --timeout "$CLIENT_TIMEOUT")
SOAK_TOKEN=$TOKEN "${SOAK[@]}" traffic "${COMMON[@]}" --duration "$DURATION" --clients "$CLIENTS" \
    --writes "$WRITES" --seed "$SEED" --run-id "$(date -u +%Y%m%d%H%M%S)" &
TRAFFIC_PID=$!

# traffic_failed: the traffic exited before its time; show how, then fail.
traffic_failed() {
    local status=0
    wait "$TRAFFIC_PID" || status=$?
    TRAFFIC_PID=
    die "bench/soak.py traffic exited with status $status before the end of the traffic"
}
for _ in $(seq 1200); do
    [[ -f $TMP/started ]] && break
    kill -0 "$TRAFFIC_PID" 2>/dev/null || traffic_failed
    sleep 0.05
done
[[ -f $TMP/started ]] || die "the traffic did not start within 60 s"
T0=$(<"$TMP/started")

# pause_until EPOCH: sleeps until then, interruptibly (the INT/TERM trap runs at once).
pause_until() {
    local seconds
    seconds=$(awk -v t="$1" -v n="$(now)" 'BEGIN { d = t - n; printf "%.3f", (d > 0) ? d : 0 }')
    sleep "$seconds" &
    wait $!
}

EVENTS=$TMP/events
: >"$EVENTS"
if [[ $RESTART_AT != off ]]; then
    pause_until "$(awk -v t="$T0" -v a="$RESTART_AT" 'BEGIN { printf "%.6f", t + a }')"
    kill -0 "$TRAFFIC_PID" 2>/dev/null || traffic_failed
    log "stopping PostgreSQL: $PG_STOP"
    PG_DOWN=1
    echo "stop_begin $(now)" >>"$EVENTS"
    bash -c "$PG_STOP" >&2 || die "'$PG_STOP' failed"
    stop_end=$(now)
    echo "stop_end $stop_end" >>"$EVENTS"
    ! pg_ready || die "PostgreSQL still accepts connections after '$PG_STOP'"
    pause_until "$(awk -v t="$stop_end" -v o="$OUTAGE" 'BEGIN { printf "%.6f", t + o }')"
    log "starting PostgreSQL: $PG_START"
    echo "start_begin $(now)" >>"$EVENTS"
    # The outage ends when PostgreSQL accepts connections again, which may be before the start command returns.
    bash -c "$PG_START" >&2 &
    start_pid=$!
    ready=
    for _ in $(seq 600); do
        if pg_ready; then ready=$(now); break; fi
        if [[ -n $start_pid ]] && ! kill -0 "$start_pid" 2>/dev/null; then
            start_status=0
            wait "$start_pid" || start_status=$?
            start_pid=
            [[ $start_status -eq 0 ]] || die "'$PG_START' failed (status $start_status)"
        fi
        sleep 0.05
    done
    [[ -n $ready ]] || die "PostgreSQL does not accept connections 30 s after '$PG_START'"
    echo "start_ready $ready" >>"$EVENTS"
    if [[ -n $start_pid ]]; then
        start_status=0
        wait "$start_pid" || start_status=$?
        [[ $start_status -eq 0 ]] || die "'$PG_START' failed (status $start_status)"
    fi
    echo "start_end $(now)" >>"$EVENTS"
    PG_DOWN=0
    log "PostgreSQL accepts connections again"
fi

traffic_status=0
wait "$TRAFFIC_PID" || traffic_status=$?
TRAFFIC_PID=
[[ $traffic_status -eq 0 ]] || die "bench/soak.py traffic failed with status $traffic_status"
if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
    log "the service exited during the soak; the end of its log:"
    tail -n 30 "$SERVICE_LOG" >&2
fi

# ---------------------------------------------------------------------------------------------- checks
check_status=0
"${SOAK[@]}" check "${COMMON[@]}" --events "$EVENTS" --meta "$TMP/meta.tsv" --hung "$HUNG" --recovery "$RECOVERY" \
    --max-rss-mb "$MAX_RSS_MB" --require-503 "$REQUIRE_503" || check_status=$?
[[ $check_status -le 1 ]] || die "bench/soak.py check failed with status $check_status"
mkdir -p "$RESULTS_DIR"
cp "$TMP/report.md" "$RESULTS_DIR/soak-latest.md"
cp "$TMP/requests.tsv.gz" "$RESULTS_DIR/soak-latest-requests.tsv.gz"
log "report written to ${RESULTS_DIR#"$ROOT"/}/soak-latest.md (request log: soak-latest-requests.tsv.gz)"
[[ $check_status -eq 0 ]] || exit 1
