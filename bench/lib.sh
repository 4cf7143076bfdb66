# Shared by bench/run.sh and bench/soak.sh (sourced, not run): tools, the jar, scratch databases, the service.
#
# Environment [default]: BENCH_JAR [build target/quarkus-app/quarkus-run.jar]  BENCH_JAVA_OPTS [the image's]
# BENCH_PG_HOST [127.0.0.1]  BENCH_PG_PORT [5432]  BENCH_PG_USER [postgres, a superuser]

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS--Xmx96m -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:+ExitOnOutOfMemoryError -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000}"
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_USER=${BENCH_PG_USER:-postgres}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")
TMP=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
SERVICE_PID=

log() { printf '[%s %s] %s\n' "$(basename "$0" .sh)" "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

# need TOOL...: each on the PATH; wrk is installed from Debian's packages when missing.
need() {
    local tool
    for tool in "$@"; do
        if [[ $tool == wrk ]] && ! command -v wrk >/dev/null; then
            log "installing wrk"
            { apt-get update -qq && apt-get install -y -qq wrk; } >&2 || die "could not install wrk (apt-get install wrk)"
        fi
        command -v "$tool" >/dev/null || die "$tool not found"
    done
}

# The packaged service: BENCH_JAR, or built now.
jar() {
    if [[ -n ${BENCH_JAR:-} ]]; then
        JAR=$BENCH_JAR
    else
        log "building: ./mvnw -B -q package -DskipTests"
        ./mvnw -B -q package -DskipTests >&2 || die "build failed"
        JAR=$ROOT/target/quarkus-app/quarkus-run.jar
    fi
}

# fresh_database NAME [TEMPLATE]: dropped and created again, empty or as a copy of TEMPLATE.
fresh_database() {
    "${PSQL[@]}" -d postgres -c "drop database if exists $1" -c "create database $1 ${2:+template $2}" >&2
}

# start_service DATABASE PORT [NAME=VALUE...]: the jar on that database and port, with those environment variables
# too; its log in $TMP/DATABASE.log ($SERVICE_LOG); returns once it is ready. The per-client rate limits are off: wrk
# is one client sending far more than any quota, and the figures measure the service, not its refusals.
start_service() {
    local database=$1 port=$2
    shift 2
    SERVICE_LOG=$TMP/$database.log
    SERVICE_URL=http://127.0.0.1:$port
    ! curl -s -o /dev/null --max-time 2 "$SERVICE_URL/" || die "port $port is in use"
    env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$database" \
        QUARKUS_DATASOURCE_USERNAME="$PG_USER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_HTTP_PORT="$port" \
        AITRAINER_RATE_LIMITS_ENABLED=false "$@" \
        java "${JAVA_OPTS[@]}" -jar "$JAR" >"$SERVICE_LOG" 2>&1 &
    SERVICE_PID=$!
    for _ in $(seq 600); do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$SERVICE_URL/q/health/ready") == 200 ]] && return 0
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$SERVICE_LOG" >&2; die "the service exited"; }
        sleep 0.1
    done
    die "the service was not ready within 60 s"
}

stop_service() {
    [[ -n $SERVICE_PID ]] || return 0
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
}

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVICE_PID/status"; }

cleanup() {
    stop_service
    rm -rf "$TMP"
}
trap cleanup EXIT
