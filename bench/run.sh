#!/usr/bin/env bash
# The benchmark: the packaged service on PostgreSQL under wrk, every row a ratio to GET /api/v1 measured in the same
# round, then the same on a database with 3,000 extra counties, then pgbench running the subsidy lookup as one SQL
# statement. Writes bench/results/latest.md (and prints it).
#
# Usage:  bench/run.sh                 BENCH_QUICK=1 bench/run.sh   (a smoke run: 1 round of 2 s, no targets)
#
# Rows, each round (BENCH_ROUNDS rounds, medians reported):
#   today's data:   1 the baseline GET /api/v1 (first and last in the round)   2 one URL repeated
#                   3 distinct URLs: one of ~4,000+ reads (subsidies, policies, salary ranges, duties; both
#                     languages; many regions, levels and dates) picked at random per request (bench/distinct.lua)
#   3,000 counties: 4 distinct URLs on a scratch copy of the database with bench/scale.sql applied (baseline again)
#   5 pgbench: bench/subsidy-lookup.sql, the lookup as one statement, regions, levels and dates drawn at random
# Also: RSS after each data set's rounds, OutOfMemoryErrors in the service's log, live heap after a full GC (the
# snapshot's share: the difference between the two data sets), the snapshot build time from the service's log.
#
# Environment [default]: those of bench/lib.sh (the jar, JVM options, PostgreSQL), and BENCH_PORT [8081]
# BENCH_THREADS [2]  BENCH_CONNECTIONS [32]  BENCH_DURATION [10]
# BENCH_ROUNDS [3]  BENCH_WARMUP [5]. Needs java, jcmd, curl, psql, pgbench, shuf and awk; installs wrk with
# apt-get when missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

QUICK=${BENCH_QUICK:-}
THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
DURATION=${BENCH_DURATION:-$([[ -n $QUICK ]] && echo 2 || echo 10)}
ROUNDS=${BENCH_ROUNDS:-$([[ -n $QUICK ]] && echo 1 || echo 3)}
WARMUP=${BENCH_WARMUP:-$([[ -n $QUICK ]] && echo 1 || echo 5)}
PORT=${BENCH_PORT:-8081}
DB=aitrainer_bench
SCALE_DB=aitrainer_bench_scale
RESULTS=$ROOT/bench/results/latest.md
[[ -z $QUICK ]] || RESULTS=/dev/null

need java jcmd curl psql pgbench shuf awk wrk
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

# measure NAME ARGS...: one wrk run; appends "NAME req/s p99_ms non2xx errors" to $TMP/rows.
measure() {
    local name=$1 out=$TMP/wrk.out
    shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed"; }
    awk -v name="$name" -v round="$ROUND" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 } / 99%/ { p99 = ms($2) } /Non-2xx/ { non2xx = $NF }
        /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        END { printf "%s %s %.0f %.2f %d %d\n", round, name, rps, p99, non2xx, errors }' "$out" >>"$TMP/rows"
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

log "database $DB: migrated by the service at its first start"
fresh_database "$DB"
start_service "$DB" "$PORT"
BASE=$SERVICE_URL
urls "$DB" "$TMP/today.urls"
rounds today "$TMP/today.urls"
stop_service

log "database $SCALE_DB: $DB and bench/scale.sql"
fresh_database "$SCALE_DB" "$DB"
"${PSQL[@]}" -d "$SCALE_DB" -f bench/scale.sql >&2
start_service "$SCALE_DB" "$PORT"
urls "$SCALE_DB" "$TMP/scale.urls"
rounds scale "$TMP/scale.urls"
stop_service

log "pgbench: the subsidy lookup as one statement"
REGIONS=$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from region")
for ROUND in $(seq "$ROUNDS"); do
    pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" \
        -D regions="$REGIONS" -f bench/subsidy-lookup.sql "$DB" 2>&1 |
        awk -v round="$ROUND" '/^tps/ { printf "%s pgbench %.0f - 0 0\n", round, $3 }' >>"$TMP/rows"
done

# --------------------------------------------------------------------------------------------------- report
awk -v quick="$QUICK" -v rounds="$ROUNDS" -v memfile="$TMP/memory" '
    function median(list,    n, a, i, j, t) {
        n = split(list, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    { r = $1; name = $2; rps[name, r] = $3; if ($2 ~ /baseline/) { base[name, r] += $3 / 2 }
      else { p99[name] = p99[name] " " $4 }; non2xx[name] += $5; errors[name] += $6; seen[name] = 1 }
    END {
        split("today:repeated today:distinct scale:distinct pgbench", rows, " ")
        print "| row | req/s (tps) | ratio to its baseline | p99 ms | non-2xx | socket errors |"
        print "|---|---:|---:|---:|---:|---:|"
        for (s = 1; s <= 2; s++) { set = s == 1 ? "today" : "scale"; list = ""
            for (k = 1; k <= rounds; k++) list = list " " base[set ":baseline", k]
            baseline[set] = median(list); printf "| %s baseline GET /api/v1 | %.0f | 1.00 | | %d | %d |\n", set, baseline[set], non2xx[set ":baseline"], errors[set ":baseline"] }
        for (i = 1; i <= 4; i++) { name = rows[i]; set = name ~ /^scale/ ? "scale" : "today"; list = ""; ratios = ""
            for (k = 1; k <= rounds; k++) { list = list " " rps[name, k]; ratios = ratios " " rps[name, k] / base[set ":baseline", k] }
            ratio[name] = median(ratios); p[name] = name == "pgbench" ? "" : sprintf("%.2f", median(p99[name]))
            printf "| %s | %.0f | %.2f | %s | %d | %d |\n", name, median(list), ratio[name], p[name], non2xx[name], errors[name] }
        print ""
        print "| data | RSS after its rounds (MiB) | OutOfMemoryErrors | live heap after a full GC (MiB) | snapshot build (ms) | distinct URLs |"
        print "|---|---:|---:|---:|---:|---:|"
        while ((getline line < memfile) > 0) { split(line, m, " "); rss[m[1]] = m[2]; oom += m[3]; heap[m[1]] = m[4]
            printf "| %s | %s | %s | %s | %s | %s |\n", m[1], m[2], m[3], m[4], m[5], m[6] }
        printf "\nThe snapshot of 3,000 more policies, 15,000 more benefits and 3,041 more regions: %.1f MiB of live heap.\n", heap["scale"] - heap["today"]
        if (quick) { print "\nA smoke run (BENCH_QUICK): no targets."; exit }
        print "\n## Targets"
        t("distinct URLs >= 0.5x the baseline", ratio["today:distinct"] >= 0.5)
        t("after scale >= 0.4x", ratio["scale:distinct"] >= 0.4)
        t("p99 <= 10 ms", p["today:distinct"] + 0 <= 10 && p["scale:distinct"] + 0 <= 10 && p["today:repeated"] + 0 <= 10)
        t("both >= 3x the one-statement pgbench row", median(rpsl("today:distinct")) >= 3 * median(rpsl("pgbench")) && median(rpsl("scale:distinct")) >= 3 * median(rpsl("pgbench")))
        zero = 1; for (n in seen) if (n != "pgbench" && (non2xx[n] + errors[n]) > 0) zero = 0
        t("zero non-2xx and socket errors, zero OutOfMemoryError", zero && oom == 0)
        t("RSS <= 300 MiB", rss["today"] <= 300 && rss["scale"] <= 300)
    }
    function rpsl(name,    k, l) { l = ""; for (k = 1; k <= rounds; k++) l = l " " rps[name, k]; return l }
    function t(label, ok) { printf "- %s: %s\n", label, ok ? "PASS" : "FAIL" }
' "$TMP/rows" >"$TMP/report"

{
    echo "# Benchmark results"
    echo
    echo "$(date -u +%Y-%m-%d), $(nproc) cores shared by wrk, PostgreSQL and the service; $(java -version 2>&1 | head -1);"
    echo "\`${JAVA_OPTS[*]}\`; wrk -t$THREADS -c$CONNECTIONS, ${DURATION} s per row, $ROUNDS rounds, medians; ratios within each round."
    echo
    cat "$TMP/report"
    echo
    echo "Per round (round row req/s p99 non-2xx errors):"
    echo
    sed 's/^/    /' "$TMP/rows"
} | tee "$RESULTS"
