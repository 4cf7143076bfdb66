#!/usr/bin/env bash
# The benchmark: the packaged service on PostgreSQL under wrk, every row a ratio to GET /api/v1 measured in the same
# round, then the same on a database with 3,000 extra counties, then subsidy estimates (one at a time, and batches of
# 1,000) on that database, then pgbench running the subsidy lookup as one SQL statement. Writes
# bench/results/latest.md (and prints it); exits 1 when an estimate row had a response it did not expect.
#
# Usage:  bench/run.sh                 BENCH_QUICK=1 bench/run.sh   (a smoke run: 1 round of 2 s, 5 s for batches, no
#                                                                     targets)
#
# Rows, each round (BENCH_ROUNDS rounds, medians reported):
#   today's data:   1 the baseline GET /api/v1 (first and last in the round)   2 one URL repeated
#                   3 distinct URLs: one of ~4,000+ reads (subsidies, policies, salary ranges, duties; both
#                     languages; many regions, levels and dates) picked at random per request (bench/distinct.lua)
#   streams:       3 the distinct URLs again (baseline again) while BENCH_STREAMS idle streams of changes are held
#                     open (bench/idle-streams.py), as browsers showing the explorer page would
#   past version:  3 the distinct URLs again (baseline again), each with version=N at one fixed past data version
#                     (after the write rows, on that service: BENCH_PAST_WRITES sources created through the API make the
#                     versions, the first of them is N); before the rounds, the first read of three past versions not
#                     yet read (the time of curl's whole request, with the snapshot built from the row history)
#   3,000 counties: 4 distinct URLs on a scratch copy of the database with bench/scale.sql applied (baseline again)
#   estimates:      on the same service once those rounds are over: BENCH_ROUNDS rounds of the single estimates (baseline
#                   again, first and last in each round), then BENCH_ROUNDS rounds of batches
#                   5 single: POST /api/v1/subsidy-estimates, one of BENCH_SITUATIONS distinct situations
#                     (bench/situations.awk, over every region of that database) picked at random per request
#                     (bench/estimates.lua), on as many connections as the other rows
#                   6 batch: POST /api/v1/subsidy-estimates/batch over BENCH_BATCH_CONNECTIONS connections, one of
#                     BENCH_BATCH_BODIES bodies built beforehand, each of 1,000 rows: 999 of those situations and one
#                     deliberately invalid row (level 7), at most 256 KiB a body; reported as situations estimated
#                     per second, and as a ratio to row 5 of the round of the same number
#                   bench/estimates.lua counts every response in wrk's response hook, and every row of a batch by its
#                   status: a non-2xx, or a 400 row other than the deliberate ones, fails the row (an ERROR at once,
#                   exit status 1 at the end)
#   7 pgbench: bench/subsidy-lookup.sql, the lookup as one statement, regions, levels and dates drawn at random
#   writes (today's data again, after its read rounds, on a service that trusts scripts/dev-token.sh): a warm-up of
#                   BENCH_WRITE_WARMUP s, then each round: creates of new sources (bench/writes.lua), one a request over
#                   BENCH_WRITE_CONNECTIONS, and 1,000 a request through POST /api/v1/batch over
#                   BENCH_BATCH_WRITE_CONNECTIONS; pgbench of the same transaction as one create
#                   (bench/write-transaction.sql) on as many clients; distinct reads alone, and while
#                   BENCH_READ_WRITERS connections create sources. Ratios to pgbench and to reads alone, within the round;
#                   snapshot builds per record written, from the service's metrics. After each row, the sources it wrote
#                   are deleted again (bench/forget-writes.sql), so that every row writes on today's data
# Also: RSS after each data set's read rounds and after the estimate rows, OutOfMemoryErrors in the service's log,
# live heap after a full GC (the snapshot's share: the difference between the two data sets), the snapshot build time
# from the service's log.
#
# Environment [default]: those of bench/lib.sh (the jar, JVM options, PostgreSQL), and BENCH_PORT [8081]
# BENCH_THREADS [2]  BENCH_CONNECTIONS [32]  BENCH_DURATION [10]  BENCH_ROUNDS [3]  BENCH_WARMUP [5]
# BENCH_SITUATIONS [20000]  BENCH_BATCH_CONNECTIONS [4]  BENCH_BATCH_BODIES [10]
# BENCH_WRITE_CONNECTIONS [8]  BENCH_BATCH_WRITE_CONNECTIONS [2]  BENCH_READ_WRITERS [2]  BENCH_STREAMS [1000]
# BENCH_PAST_WRITES [5]
# BENCH_WRITE_WARMUP [60; 2 with BENCH_QUICK]  BENCH_BATCH_DURATION [BENCH_DURATION; 5 with BENCH_QUICK]  BENCH_BATCH_TIMEOUT [30, the seconds wrk waits for a
# batch]. Needs java, jcmd, curl, psql, pgbench, shuf, awk and python3; installs wrk with apt-get when missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

QUICK=${BENCH_QUICK:-}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-$([[ -n $QUICK ]] && echo 2 || echo 10)}
ROUNDS=${BENCH_ROUNDS:-$([[ -n $QUICK ]] && echo 1 || echo 3)}
WARMUP=${BENCH_WARMUP:-$([[ -n $QUICK ]] && echo 1 || echo 5)}
PORT=${BENCH_PORT:-8081}
SITUATIONS=${BENCH_SITUATIONS:-20000}
BATCH_CONNECTIONS=${BENCH_BATCH_CONNECTIONS:-4}
BATCH_BODIES=${BENCH_BATCH_BODIES:-10}
BATCH_TIMEOUT=${BENCH_BATCH_TIMEOUT:-30}
# A batch takes a few tenths of a second when the machine is quiet, seconds when it is not: the smoke run gives the
# batch row 5 s, so that some batches are answered (and counted) within it.
BATCH_DURATION=${BENCH_BATCH_DURATION:-$([[ -n $QUICK ]] && echo 5 || echo "$DURATION")}
WRITE_CONNECTIONS=${BENCH_WRITE_CONNECTIONS:-8}
BATCH_WRITE_CONNECTIONS=${BENCH_BATCH_WRITE_CONNECTIONS:-2}
READ_WRITERS=${BENCH_READ_WRITERS:-2}
STREAMS=${BENCH_STREAMS:-1000}
STREAMS_RSS_BEFORE=
PAST_WRITES=${BENCH_PAST_WRITES:-5}
PAST_FIRST_READS=
PAST_VERSION=
WRITE_WARMUP=${BENCH_WRITE_WARMUP:-$([[ -n $QUICK ]] && echo 2 || echo 60)}
BATCH_SIZE=1000           # situations a batch: the most the endpoint takes; also the creates of a batch of writes
BATCH_MAX_BYTES=262144    # the batch endpoint's body limit, 256 KiB
ESTIMATE_FAILURES=0
DB=aitrainer_bench
SCALE_DB=aitrainer_bench_scale
RESULTS=$ROOT/bench/results/latest.md
[[ -z $QUICK ]] || RESULTS=/dev/null

need java jcmd curl psql pgbench shuf awk wrk openssl python3
jar

# urls DATABASE FILE: the distinct reads, from the regions that database holds, shuffled, at most 20,000.
urls() {
    local regions dates=(2019-01-01 2019-06-01 2020-03-15 2020-12-31 2021-01-01 2021-09-30 2022-07-01 2023-01-01
        2023-05-20 2023-12-31 2024-02-29 2024-07-31 2024-12-31 2025-01-01 2025-02-28 2025-03-01 2025-06-01 2025-09-30
        2025-12-31 2026-01-01 2026-06-30 2026-12-01 2027-01-01 2028-01-01)
    regions=$("${PSQL[@]}" -d "$1" -Atc "select code from region order by code")
    {
        for lang in zh-CN en; do
            for region in '' $regions; do
                for level in '' 1 2 3 4 5; do
                    for on in "${dates[@]}"; do
                        echo "/api/v1/subsidies?lang=$lang${region:+&region=$region}${level:+&level=$level}&on=$on"
                    done
                done
                for on in '' "${dates[@]}"; do
                    for filter in '' '&level=3' '&category=SKILL_SUBSIDY'; do
                        echo "/api/v1/policies?lang=$lang${region:+&region=$region}${on:+&on=$on}$filter"
                    done
                done
                for level in '' 1 2 3 4 5; do
                    echo "/api/v1/salary-ranges?lang=$lang${region:+&region=$region}${level:+&level=$level}"
                done
            done
            for level in '' 1 2 3 4 5; do
                for type in '' data-annotator ai-algorithm-tester; do
                    for q in '' '&q=%E6%A0%87%E6%B3%A8' '&q=data'; do
                        echo "/api/v1/duties?lang=$lang${level:+&level=$level}${type:+&workType=$type}$q"
                    done
                done
            done
        done
    } | shuf -n 20000 >"$2"
}

# wrk_figures FILE: "req/s p99_ms non2xx errors" from wrk's output.
wrk_figures() {
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 } / 99%/ { p99 = ms($2) } /Non-2xx/ { non2xx = $NF }
        /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %d %d\n", rps, p99, non2xx, errors }' "$1"
}

# wrk_failed OUTPUT: dies with wrk's output, and the end of the service's log when the service is gone.
wrk_failed() {
    cat "$1" >&2
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
        tail -n 40 "$SERVICE_LOG" >&2
        die "wrk failed: the service exited (its log's end above)"
    fi
    die "wrk failed"
}

# measure NAME ARGS...: one wrk run; appends "NAME req/s p99_ms non2xx errors" to $TMP/rows.
measure() {
    local name=$1 out=$TMP/wrk.out
    shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" >"$out" 2>&1 || wrk_failed "$out"
    echo "$ROUND $name $(wrk_figures "$out")" >>"$TMP/rows"
}

live_heap_mib() {
    jcmd "$SERVICE_PID" GC.run >/dev/null
    jcmd "$SERVICE_PID" GC.heap_info | awk '/generation/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); s += v } }
        END { printf "%.1f", s / 1024 }'
}

# rounds DATASET URLS: warm-up, then ROUNDS rounds of the baseline, the rows, the baseline.
rounds() {
    local set=$1 urls=$2
    log "$set: warming up"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE/api/v1" >/dev/null
    BENCH_URLS=$urls wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/distinct.lua "$BASE" >/dev/null
    for ROUND in $(seq "$ROUNDS"); do
        log "$set: round $ROUND"
        measure "$set:baseline" "$BASE/api/v1"
        [[ $set != today ]] || measure "today:repeated" "$BASE/api/v1/subsidies?region=440300&level=3&on=2025-03-01"
        BENCH_URLS=$urls measure "$set:distinct" -s bench/distinct.lua "$BASE"
        measure "$set:baseline" "$BASE/api/v1"
    done
    echo "$set $(rss_mib) $(grep -c OutOfMemoryError "$SERVICE_LOG" || true) $(live_heap_mib) \
$(grep -o 'read whole in [0-9]* ms' "$SERVICE_LOG" | head -1 | awk '{ print $4 }') $(wc -l <"$urls")" >>"$TMP/memory"
}

# stream_rounds URLS: STREAMS idle streams of changes held open (bench/idle-streams.py), then ROUNDS rounds of the
# baseline, the distinct reads, the baseline while they are open; the service's memory with them open, and its RSS
# before they opened in STREAMS_RSS_BEFORE.
stream_rounds() {
    local ready=$TMP/streams.ready holder
    STREAMS_RSS_BEFORE=$(rss_mib)
    rm -f "$ready"
    python3 bench/idle-streams.py "$BASE" "$STREAMS" "$ready" 2>"$TMP/streams.err" &
    holder=$!
    for _ in $(seq 900); do
        [[ -s $ready ]] && break
        sleep 0.1
    done
    grep -q '^open' "$ready" 2>/dev/null || die "the idle streams did not open: $(cat "$ready" "$TMP/streams.err" 2>/dev/null)"
    log "streams: $STREAMS open"
    for ROUND in $(seq "$ROUNDS"); do
        log "streams: round $ROUND"
        measure "streams:baseline" "$BASE/api/v1"
        BENCH_URLS=$1 measure "streams:distinct" -s bench/distinct.lua "$BASE"
        measure "streams:baseline" "$BASE/api/v1"
    done
    echo "streams $(rss_mib) $(grep -c OutOfMemoryError "$SERVICE_LOG" || true) $(live_heap_mib) - $(wc -l <"$1")" \
        >>"$TMP/memory"
    kill "$holder"
    wait "$holder" || die "an idle stream ended before the rows were over: $(cat "$TMP/streams.err")"
}

# situations DATABASE: $TMP/situations, SITUATIONS distinct situations over the regions of that database, and
# $TMP/batches, BATCH_BODIES batch bodies (one a line) of BATCH_SIZE - 1 of them and one deliberately invalid row
# each, at a different place in each body; dies when a body is larger than the batch endpoint takes.
situations() {
    "${PSQL[@]}" -d "$1" -Atc "select code from region order by code" >"$TMP/regions"
    awk -v n="$SITUATIONS" -v seed=1 -f bench/situations.awk "$TMP/regions" >"$TMP/situations"
    awk -v bodies="$BATCH_BODIES" -v size="$BATCH_SIZE" '
        { line[NR] = $0 }
        END {
            for (b = 1; b <= bodies; b++) {
                bad = (b * 397) % size
                printf "{\"situations\":["
                for (i = 0; i < size; i++) {
                    if (i) printf ","
                    if (i == bad) printf "{\"id\":\"b%d-bad\",\"region\":\"440300\",\"level\":7,\"certificateIssuedOn\":\"2025-06-01\"}", b
                    else { k = k % NR + 1; printf "{\"id\":\"b%d-%d\",%s", b, i, substr(line[k], 2) }
                }
                print "]}"
            }
        }' "$TMP/situations" >"$TMP/batches"
    BATCH_BYTES=$(LC_ALL=C awk '{ n = length($0); if (n > max) max = n; if (!min || n < min) min = n } END { print min "-" max }' "$TMP/batches")
    LC_ALL=C awk -v max="$BATCH_MAX_BYTES" '{ if (length($0) > max) { printf "batch body %d is %d bytes, over %d\n", NR, length($0), max; bad = 1 } }
        END { exit bad }' "$TMP/batches" >&2 || die "a batch body is larger than the batch endpoint takes"
    log "$(wc -l <"$TMP/situations") situations over $(wc -l <"$TMP/regions") regions; $BATCH_BODIES batch bodies of $BATCH_BYTES bytes"
}

# check_estimate PATH BODY ROWS: one body with curl, so that a broken one fails before the load does: a 200 and, for
# a batch (ROWS set), BATCH_SIZE - 1 rows 200 and one row 400.
check_estimate() {
    local code
    code=$(curl -s -o "$TMP/check.out" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$2" "$BASE$1")
    [[ $code == 200 ]] || die "POST $1 answered $code: $(head -c 600 "$TMP/check.out")"
    [[ -z ${3:-} ]] || [[ $(grep -o '"status":200,"summary":' "$TMP/check.out" | wc -l) == $((BATCH_SIZE - 1)) &&
        $(grep -o '"status":400,"summary":' "$TMP/check.out" | wc -l) == 1 ]] ||
        die "a batch did not answer $((BATCH_SIZE - 1)) rows 200 and one row 400"
}

# measure_estimates NAME CONNECTIONS SECONDS PATH BODIES [ROWS]: one wrk run of bench/estimates.lua. Appends
# "NAME per-second p99_ms unexpected errors responses deliberate" to $TMP/rows: for a batch (ROWS set), per-second
# counts the rows estimated (status 200), unexpected the non-2xx responses and every row that is not as built (a
# 400 other than the deliberate row, a missing row), deliberate the 400 rows expected. Any unexpected response fails
# the row: an ERROR now, the run's exit status 1 at the end.
measure_estimates() {
    local name=$1 connections=$2 seconds=$3 path=$4 bodies=$5 rows=${6:-} out=$TMP/wrk.out timeout=2
    [[ -z $rows ]] || timeout=$BATCH_TIMEOUT
    rm -f "$TMP/lua.out"
    BENCH_PATH=$path BENCH_BODIES=$bodies BENCH_ROWS=$rows BENCH_OUT=$TMP/lua.out \
        wrk -t"$THREADS" -c"$connections" -d"${seconds}s" --timeout "${timeout}s" --latency \
        -s bench/estimates.lua "$BASE" >"$out" 2>&1 || wrk_failed "$out"
    [[ -s $TMP/lua.out ]] || { cat "$out" >&2; die "bench/estimates.lua wrote no counts"; }
    local figures line unexpected responses
    figures=$(wrk_figures "$out")
    line=$(awk -v round="$ROUND" -v name="$name" -v figures="$figures" -v rows="$rows" -v size="$BATCH_SIZE" '
        $1 != "sample" { c[$1] = $2 }
        END {
            split(figures, f, " ")
            ok = c["responses"] - c["non2xx"]
            if (rows) {
                # 400 rows beyond the deliberate ones, 200 rows beyond the rest (a deliberate row answered 200), rows missing
                unexpected = c["non2xx"] + c["rowsOther"] + over(c["rows400"] - ok) + over(c["rows200"] - (size - 1) * ok) \
                    + over(size * ok - c["rows200"] - c["rows400"] - c["rowsOther"])
                printf "%s %s %.0f %s %d %d %d %d\n", round, name, c["rows200"] / c["seconds"], f[2], unexpected, f[4], c["responses"], ok
            } else {
                printf "%s %s %s %s %d %d %d 0\n", round, name, f[1], f[2], c["non2xx"], f[4], c["responses"]
            }
        }
        function over(v) { return v > 0 ? v : 0 }' "$TMP/lua.out")
    echo "$line" >>"$TMP/rows"
    read -r _ _ _ _ unexpected _ responses _ <<<"$line"
    if ((unexpected > 0)); then
        ESTIMATE_FAILURES=$((ESTIMATE_FAILURES + 1))
        log "ERROR: $name, round $ROUND: $unexpected unexpected responses or rows in $responses responses; counts:"
        sed 's/^/    /' "$TMP/lua.out" >&2
    fi
    ((responses > 0)) || log "WARNING: $name, round $ROUND: no response completed within $seconds s"
}

# estimate_rounds: on the running service, the single estimates first: warm-up, then ROUNDS rounds of the baseline,
# the single estimates, the baseline; then the batches: warm-up, then ROUNDS rounds of batches, each compared with
# the single estimates of the round of the same number. Apart, so that the heap the batches leave full (5 MB
# answers) weighs on neither the baseline nor the single estimates. Then the service's memory, as after the read
# rounds.
estimate_rounds() {
    local single=/api/v1/subsidy-estimates batch=/api/v1/subsidy-estimates/batch
    head -1 "$TMP/situations" >"$TMP/check.json"
    check_estimate "$single" "$TMP/check.json"
    log "estimates: warming up"
    BENCH_PATH=$single BENCH_BODIES=$TMP/situations BENCH_OUT=/dev/null \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/estimates.lua "$BASE" >/dev/null
    for ROUND in $(seq "$ROUNDS"); do
        log "estimates: round $ROUND"
        measure "estimates:baseline" "$BASE/api/v1"
        measure_estimates "estimates:single" "$CONNECTIONS" "$DURATION" "$single" "$TMP/situations"
        measure "estimates:baseline" "$BASE/api/v1"
    done
    head -1 "$TMP/batches" >"$TMP/check.json"
    check_estimate "$batch" "$TMP/check.json" rows
    log "batches: warming up"
    BENCH_PATH=$batch BENCH_BODIES=$TMP/batches BENCH_ROWS=1 BENCH_OUT=/dev/null \
        wrk -t"$THREADS" -c"$BATCH_CONNECTIONS" -d"${WARMUP}s" --timeout "${BATCH_TIMEOUT}s" -s bench/estimates.lua "$BASE" >/dev/null
    settle_for "$WARMUP"
    for ROUND in $(seq "$ROUNDS"); do
        log "batches: round $ROUND"
        measure_estimates "estimates:batch" "$BATCH_CONNECTIONS" "$BATCH_DURATION" "$batch" "$TMP/batches" 1
        settle_for "$(tail -1 "$TMP/rows" | awk '{ printf "%.1f", $4 / 1000 }')"
    done
    echo "estimates $(rss_mib) $(grep -c OutOfMemoryError "$SERVICE_LOG" || true) $(live_heap_mib) - \
$(wc -l <"$TMP/situations")" >>"$TMP/memory"
}

# settle_for SECONDS: sleeps that long, at most BATCH_TIMEOUT seconds, so that the batches wrk left in flight when it
# stopped, which the service goes on computing, are answered before the next row starts (given the last batch row's
# p99, or the warm-up's length).
settle_for() {
    sleep "$(awk -v s="$1" -v max="$BATCH_TIMEOUT" 'BEGIN { printf "%.1f", (s > max ? max : s) }')"
}

# snapshot_builds: the snapshots the running service has built so far, from its metrics.
snapshot_builds() {
    curl -sf "$BASE/q/metrics" | awk '/^aitrainer_snapshot_builds_total/ { n += $NF } END { printf "%d\n", n }'
}

# measure_writes NAME CONNECTIONS [BATCH]: one wrk run of bench/writes.lua on the running service: creates of new
# sources, one a request, or BATCH a request through POST /api/v1/batch. Appends "NAME per-second p99_ms unexpected
# errors builds-per-write" to $TMP/writes: per-second counts records created (201s, or 200s times BATCH), unexpected the
# responses that were neither, builds-per-write the snapshot builds the service counted during the row per record.
measure_writes() {
    local name=$1 connections=$2 batch=${3:-} out=$TMP/wrk.out builds before records
    before=$(snapshot_builds)
    rm -f "$TMP/lua.out"
    BENCH_TOKEN=$WRITE_TOKEN BENCH_RUN="${name//:/-}-$ROUND" BENCH_BATCH=$batch BENCH_OUT=$TMP/lua.out \
        wrk -t"$THREADS" -c"$connections" -d"${DURATION}s" --timeout 30s --latency -s bench/writes.lua "$BASE" \
        >"$out" 2>&1 || wrk_failed "$out"
    builds=$(( $(snapshot_builds) - before ))
    awk -v round="$ROUND" -v name="$name" -v figures="$(wrk_figures "$out")" -v batch="${batch:-1}" \
        -v seconds="$DURATION" -v builds="$builds" '
        { c[$1] = $2 }
        END {
            split(figures, f, " "); ok = c[batch > 1 ? "status:200" : "status:201"] + 0
            records = ok * batch
            printf "%s %s %.0f %s %d %d %.3f\n", round, name, records / seconds, f[2], c["responses"] - ok, f[4],
                (records > 0 ? builds / records : 0)
        }' "$TMP/lua.out" >>"$TMP/writes"
}

# forget_writes: deletes the sources written by the rows before (bench/forget-writes.sql), vacuums the tables the
# writes grew (so that autovacuum does not start in the next row), and waits until the service has taken the deletion
# in, so that each row writes on today's data and none measures what the row before left behind.
forget_writes() {
    "${PSQL[@]}" -d "$DB" -f bench/forget-writes.sql >/dev/null
    "${PSQL[@]}" -d "$DB" -c "vacuum (analyze) source, audit_log, idempotency_key" >/dev/null
    sleep 3
}

# write_rounds: on the running service (today's data), warm-up, then ROUNDS rounds of: single creates over
# WRITE_CONNECTIONS connections; batches of BATCH_SIZE creates over BATCH_WRITE_CONNECTIONS connections; pgbench of the
# same transaction as a single create (bench/write-transaction.sql) on WRITE_CONNECTIONS clients; distinct reads
# alone; distinct reads while READ_WRITERS connections create sources one at a time.
write_rounds() {
    log "writes: warming up (${WRITE_WARMUP} s)"
    BENCH_TOKEN=$WRITE_TOKEN BENCH_RUN=warm BENCH_OUT=/dev/null \
        wrk -t"$THREADS" -c"$WRITE_CONNECTIONS" -d"${WRITE_WARMUP}s" -s bench/writes.lua "$BASE" >/dev/null
    BENCH_TOKEN=$WRITE_TOKEN BENCH_RUN=warm-batch BENCH_BATCH=$BATCH_SIZE BENCH_OUT=/dev/null \
        wrk -t1 -c1 -d"${WARMUP}s" --timeout 30s -s bench/writes.lua "$BASE" >/dev/null
    forget_writes
    for ROUND in $(seq "$ROUNDS"); do
        log "writes: round $ROUND"
        measure_writes "writes:single" "$WRITE_CONNECTIONS"
        forget_writes
        measure_writes "writes:batch" "$BATCH_WRITE_CONNECTIONS" "$BATCH_SIZE"
        forget_writes
        pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$WRITE_CONNECTIONS" -j "$THREADS" -T "$DURATION" \
            -f bench/write-transaction.sql "$DB" 2>&1 |
            awk -v round="$ROUND" '/^tps/ { printf "%s pgbench:write %.0f - 0 0 -\n", round, $3 }' >>"$TMP/writes"
        forget_writes
        BENCH_URLS=$TMP/today.urls wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/distinct.lua \
            "$BASE" >"$TMP/wrk.out" 2>&1 || wrk_failed "$TMP/wrk.out"
        echo "$ROUND reads:alone $(wrk_figures "$TMP/wrk.out") -" >>"$TMP/writes"
        BENCH_TOKEN=$WRITE_TOKEN BENCH_RUN="steady-$ROUND" BENCH_OUT=$TMP/steady.out \
            wrk -t1 -c"$READ_WRITERS" -d"$((DURATION + 2))s" -s bench/writes.lua "$BASE" >"$TMP/steady.wrk" 2>&1 &
        local writers=$!
        sleep 1
        BENCH_URLS=$TMP/today.urls wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/distinct.lua \
            "$BASE" >"$TMP/wrk.out" 2>&1 || wrk_failed "$TMP/wrk.out"
        wait "$writers" || wrk_failed "$TMP/steady.wrk"
        echo "$ROUND reads:while-writing $(wrk_figures "$TMP/wrk.out") $(awk '/^status:201/ { print $2 }' "$TMP/steady.out")" \
            >>"$TMP/writes"
        forget_writes
    done
}

# latest_version: the latest data version, as GET /api/v1/versions lists it.
latest_version() {
    curl -sf "$BASE/api/v1/versions?size=1" | grep -o '"version":[0-9]*' | head -1 | cut -d: -f2
}

# past_rounds URLS: PAST_WRITES sources created through the API, one data version each; the first read of three of
# those versions (a snapshot read from the row history each) into PAST_FIRST_READS (ms); then ROUNDS rounds of the
# baseline, the distinct URLs at the first of them (PAST_VERSION), the baseline. The sources go again afterwards.
past_rounds() {
    local versions=() i
    for i in $(seq "$PAST_WRITES"); do
        curl -sf -o /dev/null -X POST -H "Authorization: Bearer $WRITE_TOKEN" -H 'Content-Type: application/json' \
            --data "{\"id\":\"bench-past-$i\",\"title\":{\"zh-CN\":\"基准测试来源\",\"en\":\"A source written by the benchmark\"},\"url\":\"https://example.org/past-$i\",\"publishedOn\":\"2025-01-01\"}" \
            "$BASE/api/v1/sources" || die "the past versions' writes failed"
        versions+=("$(latest_version)")
    done
    ((${#versions[@]} >= 4)) || die "BENCH_PAST_WRITES must be at least 4: three versions read first, and the latest"
    PAST_VERSION=${versions[0]}
    for i in 0 1 2; do
        PAST_FIRST_READS="$PAST_FIRST_READS $(curl -s -o /dev/null -w '%{http_code} %{time_total}' \
            "$BASE/api/v1/subsidies?lang=en&region=440300&version=${versions[$i]}" |
            awk '$1 != 200 { exit 1 } { printf "%.0f", $2 * 1000 }')" || die "a read at a past version did not answer 200"
    done
    log "past version: first reads of versions ${versions[*]:0:3}:$PAST_FIRST_READS ms"
    sed "s/\$/\&version=$PAST_VERSION/" "$1" >"$TMP/past.urls"
    BENCH_URLS=$TMP/past.urls wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/distinct.lua "$BASE" >/dev/null
    for ROUND in $(seq "$ROUNDS"); do
        log "past version: round $ROUND"
        measure "past:baseline" "$BASE/api/v1"
        BENCH_URLS=$TMP/past.urls measure "past:distinct" -s bench/distinct.lua "$BASE"
        measure "past:baseline" "$BASE/api/v1"
    done
    echo "past $(rss_mib) $(grep -c OutOfMemoryError "$SERVICE_LOG" || true) $(live_heap_mib) - $(wc -l <"$TMP/past.urls")" \
        >>"$TMP/memory"
    forget_writes
}

log "database $DB: migrated by the service at its first start"
fresh_database "$DB"
start_service "$DB" "$PORT"
BASE=$SERVICE_URL
urls "$DB" "$TMP/today.urls"
rounds today "$TMP/today.urls"
stream_rounds "$TMP/today.urls"
stop_service

log "database $DB: writes, on a service that trusts the development token"
start_service "$DB" "$PORT" MP_JWT_VERIFY_ISSUER=https://aitrainer-api.test \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$ROOT/src/test/resources/jwt/publicKey.pem"
WRITE_TOKEN=$(scripts/dev-token.sh editor bench-writer 120)
write_rounds
past_rounds "$TMP/today.urls"
stop_service

log "database $SCALE_DB: $DB and bench/scale.sql"
fresh_database "$SCALE_DB" "$DB"
"${PSQL[@]}" -d "$SCALE_DB" -f bench/scale.sql >&2
start_service "$SCALE_DB" "$PORT"
urls "$SCALE_DB" "$TMP/scale.urls"
rounds scale "$TMP/scale.urls"
situations "$SCALE_DB"
estimate_rounds
stop_service

log "pgbench: the subsidy lookup as one statement"
REGIONS=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from region")
for ROUND in $(seq "$ROUNDS"); do
    pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
        -D regions="$REGIONS" -f bench/subsidy-lookup.sql "$DB" 2>&1 |
        awk -v round="$ROUND" '/^tps/ { printf "%s pgbench %.0f - 0 0\n", round, $3 }' >>"$TMP/rows"
done

# --------------------------------------------------------------------------------------------------- report
awk -v quick="$QUICK" -v rounds="$ROUNDS" -v memfile="$TMP/memory" -v batchbytes="$BATCH_BYTES" \
    -v streams="$STREAMS" -v streamsbefore="$STREAMS_RSS_BEFORE" -v pastfirst="$PAST_FIRST_READS" -v pastversion="$PAST_VERSION" \
    -v batchsize="$BATCH_SIZE" -v batchconnections="$BATCH_CONNECTIONS" -v regions="$(wc -l <"$TMP/regions")" '
    function median(list,    n, a, i, j, t) {
        n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    { r = $1; name = $2; rps[name, r] = $3; if ($2 ~ /baseline/) { base[name, r] += $3 / 2 }
      else { p99[name] = p99[name] " " $4 }; non2xx[name] += $5; errors[name] += $6; seen[name] = 1
      if (NF >= 8) { responses[name] = responses[name] " " $7; deliberate[name] += $8 } }
    END {
        split("today:repeated today:distinct streams:distinct past:distinct scale:distinct estimates:single estimates:batch pgbench", rows, " ")
        label["streams:distinct"] = "streams:distinct (" streams " idle streams of changes open)"
        label["past:distinct"] = "past:distinct (version=" pastversion " on each URL)"
        label["estimates:single"] = "estimates:single (req/s)"
        label["estimates:batch"] = "estimates:batch (situations/s; ratio to estimates:single)"
        print "| row | req/s (tps) | ratio to its baseline | p99 ms | non-2xx | socket errors |"
        print "|---|---:|---:|---:|---:|---:|"
        split("today streams past scale estimates", sets, " ")
        for (s = 1; s <= 5; s++) { set = sets[s]; list = ""
            for (k = 1; k <= rounds; k++) list = list " " base[set ":baseline", k]
            baseline[set] = median(list); printf "| %s baseline GET /api/v1 | %.0f | 1.00 | | %d | %d |\n", set, baseline[set], non2xx[set ":baseline"], errors[set ":baseline"] }
        for (i = 1; i <= 8; i++) { name = rows[i]; set = name ~ /^(scale|estimates|streams|past):/ ? substr(name, 1, index(name, ":") - 1) : "today"
            list = ""; ratios = ""
            for (k = 1; k <= rounds; k++) { list = list " " rps[name, k]
                against = name == "estimates:batch" ? rps["estimates:single", k] : base[set ":baseline", k]
                ratios = ratios " " (against > 0 ? rps[name, k] / against : 0) }
            ratio[name] = median(ratios); p[name] = name == "pgbench" ? "" : sprintf("%.2f", median(p99[name]))
            printf "| %s | %.0f | %.2f | %s | %d | %d |\n", ((name in label) ? label[name] : name), median(list), ratio[name], p[name], non2xx[name], errors[name] }
        printf "\nEstimates on the 3,000-county data, once its read rounds are over: single situations over the %d regions, on as many\n", regions
        printf "connections as the other rows; then batches of %d (%d situations and one deliberately invalid row) over %d\n", batchsize, batchsize - 1, batchconnections
        printf "connections, each round compared with the single round of the same number,\n"
        printf "bodies of %s bytes (limit 262144); batches answered per round:%s; deliberate 400 rows: %d (one per batch).\n", batchbytes, responses["estimates:batch"], deliberate["estimates:batch"]
        printf "The estimate rows count non-2xx in the response hook of wrk, and every batch row by its status; their non-2xx\n"
        printf "column counts every response and row that was not as built.\n"
        print ""
        print "| data | RSS after its rounds (MiB) | OutOfMemoryErrors | live heap after a full GC (MiB) | snapshot build (ms) | distinct URLs (situations) |"
        print "|---|---:|---:|---:|---:|---:|"
        while ((getline line < memfile) > 0) { split(line, m, " "); rss[m[1]] = m[2]; oom += m[3]; heap[m[1]] = m[4]
            printf "| %s | %s | %s | %s | %s | %s |\n", (m[1] == "estimates" ? "scale, after the estimate rows" : m[1] == "streams" ? "today, " streams " idle streams open" : m[1] == "past" ? "today, after the writes, one past version read" : m[1]), m[2], m[3], m[4], m[5], m[6] }
        if (pastfirst != "") printf "\nThe first read of a past data version not yet read (its snapshot read from the row history), three versions:%s ms.\n", pastfirst
        if ("streams" in rss) printf "\n%d idle streams of changes: RSS %s MiB with them open, %s MiB just before they opened.\n", streams, rss["streams"], streamsbefore
        printf "\nThe snapshot of 3,000 more policies, 15,000 more benefits and 3,041 more regions: %.1f MiB of live heap.\n", heap["scale"] - heap["today"]
        if (quick) { print "\nA smoke run (BENCH_QUICK): no targets."; exit }
        print "\n## Targets"
        t("distinct URLs >= 0.5x the baseline", ratio["today:distinct"] >= 0.5)
        t("after scale >= 0.4x", ratio["scale:distinct"] >= 0.4)
        t("distinct URLs with the idle streams open >= 0.5x the baseline", ratio["streams:distinct"] >= 0.5)
        t("distinct URLs at a fixed past version >= 0.4x the baseline", ratio["past:distinct"] >= 0.4)
        t("p99 <= 10 ms", p["today:distinct"] + 0 <= 10 && p["scale:distinct"] + 0 <= 10 && p["today:repeated"] + 0 <= 10)
        t("both >= 3x the one-statement pgbench row", median(rpsl("today:distinct")) >= 3 * median(rpsl("pgbench")) && median(rpsl("scale:distinct")) >= 3 * median(rpsl("pgbench")))
        t("single estimates >= 0.4x the baseline, p99 <= 10 ms", ratio["estimates:single"] >= 0.4 && p["estimates:single"] + 0 <= 10)
        t("batches >= 5x the single estimates (situations/s to req/s)", ratio["estimates:batch"] >= 5)
        zero = 1; for (n in seen) if (n != "pgbench" && (non2xx[n] + errors[n]) > 0) zero = 0
        t("zero non-2xx (but the deliberate batch rows) and socket errors, zero OutOfMemoryError", zero && oom == 0)
        t("RSS <= 300 MiB after the read rows", rss["today"] <= 300 && rss["scale"] <= 300)
    }
    function rpsl(name,    k, l) { l = ""; for (k = 1; k <= rounds; k++) l = l " " rps[name, k]; return l }
    function t(label, ok) { printf "- %s: %s\n", label, ok ? "PASS" : "FAIL" }
' "$TMP/rows" >"$TMP/report"

awk -v quick="$QUICK" -v rounds="$ROUNDS" -v batch="$BATCH_SIZE" -v wc="$WRITE_CONNECTIONS" \
    -v bc="$BATCH_WRITE_CONNECTIONS" -v rw="$READ_WRITERS" '
    function median(list,    n, a, i, j, t) {
        n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    { v[$2, $1] = $3; p[$2] = p[$2] " " $4; bad[$2] += $5 + $6; extra[$2] = extra[$2] " " $7 }
    END {
        print "\n## Writes\n"
        printf "Creates of new sources on today'"'"'s data, each with its own Idempotency-Key: one a request over %d connections, or %d a\n", wc, batch
        printf "request through POST /api/v1/batch over %d connections; pgbench runs the same transaction as a single create\n", bc
        printf "(bench/write-transaction.sql) on %d clients in the same round. Distinct reads (bench/distinct.lua) alone, then while %d\n", wc, rw
        printf "connections create sources one at a time.\n\n"
        print "| row | records/s (req/s, tps) | ratio | p99 ms | unexpected | snapshot builds per record |"
        print "|---|---:|---:|---:|---:|---:|"
        for (k = 1; k <= rounds; k++) { single = single " " v["writes:single", k]; batches = batches " " v["writes:batch", k]
            pg = pg " " v["pgbench:write", k]; alone = alone " " v["reads:alone", k]; busy = busy " " v["reads:while-writing", k]
            rs = rs " " (v["pgbench:write", k] > 0 ? v["writes:single", k] / v["pgbench:write", k] : 0)
            rb = rb " " (v["pgbench:write", k] > 0 ? v["writes:batch", k] / v["pgbench:write", k] : 0)
            rr = rr " " (v["reads:alone", k] > 0 ? v["reads:while-writing", k] / v["reads:alone", k] : 0) }
        printf "| pgbench: a single create as SQL | %.0f | 1.00 | | | |\n", median(pg)
        printf "| writes:single (ratio to pgbench) | %.0f | %.2f | %.2f | %d | %.2f |\n", median(single), median(rs), median(p["writes:single"]), bad["writes:single"], median(extra["writes:single"])
        printf "| writes:batch of %d (ratio to pgbench) | %.0f | %.2f | %.2f | %d | %.4f |\n", batch, median(batches), median(rb), median(p["writes:batch"]), bad["writes:batch"], median(extra["writes:batch"])
        printf "| reads:alone | %.0f | 1.00 | %.2f | %d | |\n", median(alone), median(p["reads:alone"]), bad["reads:alone"]
        printf "| reads while %d connections write (ratio to alone) | %.0f | %.2f | %.2f | %d | |\n", rw, median(busy), median(rr), median(p["reads:while-writing"]), bad["reads:while-writing"]
        if (quick) exit
        print "\n## Write targets"
        printf "- single writes >= 0.3x pgbench, p99 <= 50 ms: %s\n", (median(rs) >= 0.3 && median(p["writes:single"]) <= 50 ? "PASS" : "FAIL")
        printf "- batches >= 0.5x pgbench (records/s): %s\n", (median(rb) >= 0.5 ? "PASS" : "FAIL")
        printf "- reads while writing >= 0.7x alone, p99 <= 10 ms: %s\n", (median(rr) >= 0.7 && median(p["reads:while-writing"]) <= 10 ? "PASS" : "FAIL")
        printf "- no unexpected write responses: %s\n", (bad["writes:single"] + bad["writes:batch"] == 0 ? "PASS" : "FAIL")
    }' "$TMP/writes" >>"$TMP/report"

{
    echo "# Benchmark results"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores shared by wrk, PostgreSQL and the service; $(java -version 2>&1 | head -1);"
    echo "\`${JAVA_OPTS[*]}\`; wrk -t$THREADS -c$CONNECTIONS (batches -c$BATCH_CONNECTIONS), ${DURATION} s per row (batches ${BATCH_DURATION} s), $ROUNDS rounds, medians; ratios within each round."
    echo
    cat "$TMP/report"
    echo
    echo "Per round (round row req/s p99 non-2xx errors; estimate rows: responses, deliberate 400 rows):"
    echo
    sed 's/^/    /' "$TMP/rows"
    echo
    echo "Write rounds (round row per-second p99 unexpected errors builds-per-record; reads while writing: the sources"
    echo "the writers created):"
    echo
    sed 's/^/    /' "$TMP/writes"
} | tee "$RESULTS"

if ((ESTIMATE_FAILURES > 0)); then
    log "ERROR: $ESTIMATE_FAILURES estimate rows had responses they did not expect (see the ERRORs above)"
    exit 1
fi
