#!/bin/sh
# run.sh - the cityties benchmark (`make bench`). Builds nothing itself: `make bench` first builds
# the optimised program (-O2) and the gazetteer.
#
# 1. Generates bench/corpus/corpus-$BENCH_MB.jsonl (git-ignored): the bundled examples/ and, when
#    present, ../shared/corpus/dev/ articles repeated in shuffled rounds until BENCH_MB megabytes
#    (10^6 bytes) of article text (bench/gen_corpus.py; deterministic, ids distinct).
# 2. Times, over the first RUN_MB of that corpus: `extract -j N` for N = 1..cores (MB/s and
#    articles/s in all and per core, peak resident memory), checks that every -jN output is
#    byte-identical to -j1's, `ingest` into a fresh SQLite database, and the start-up time
#    (median of BENCH_STARTUP_RUNS extracts of an empty input).
# 3. Prints a table and appends it, with commit, date and machine, to bench/results.md.
#
# Environment: BENCH_MB (corpus size, default 200); BENCH_RUN_MB (megabytes each timed run reads;
# default: whatever one core extracts in BENCH_BUDGET seconds, measured on a 2 MB calibration run,
# at most BENCH_MB); BENCH_BUDGET (default 30); BENCH_INGEST_MB (default: what `ingest -j1` does
# in BENCH_BUDGET/3 seconds on a 0.5 MB calibration run, from 1 to 5, at most RUN_MB);
# BENCH_JOBS (the largest N, default: the number of cores); BENCH_NO_RESULTS=1 (do not append).
set -eu
cd "$(dirname "$0")/.."

BIN=build/cityties
GAZ=${CITYTIES_GAZ:-build/gazetteer.bin}
MB=${BENCH_MB:-200}
BUDGET=${BENCH_BUDGET:-30}
CORES=$(nproc 2>/dev/null || echo 1)
JOBS=${BENCH_JOBS:-$CORES}
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-21}
DIR=bench/corpus
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ctbench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "bench: build $BIN first (make)" >&2; exit 2; }
[ -f "$GAZ" ] || { echo "bench: no gazetteer at $GAZ (make)" >&2; exit 2; }
# Time private copies: other people rebuilding build/ during the run must not change the
# program (or the index) between two timed runs.
cp "$BIN" "$TMP/cityties" && BIN=$TMP/cityties
cp "$GAZ" "$TMP/gazetteer.bin" && GAZ=$TMP/gazetteer.bin
export CITYTIES_GAZ="$GAZ"

SRCS="examples"
[ -d ../shared/corpus/dev ] && SRCS="$SRCS ../shared/corpus/dev"
mkdir -p "$DIR"

# gen OUT MB: writes the corpus prefix of MB megabytes (the generator is deterministic, so a
# smaller size is a prefix of a larger one); prints "articles text_bytes file_bytes".
gen() {
    if [ -f "$1" ] && [ -f "$1.info" ] && [ -z "$(find $SRCS -newer "$1" 2>/dev/null | head -n 1)" ]; then
        cat "$1.info"
        return
    fi
    python3 bench/gen_corpus.py "$1" "$2" $SRCS > "$1.info"
    cat "$1.info"
}

now_ns() { date +%s%N; }

# timed LABEL OUTFILE CMD...: runs CMD with stdout to OUTFILE under /usr/bin/time; sets
# T_WALL (s), T_USER (s), T_SYS (s), T_RSS (KB).
timed() {
    label=$1 out=$2
    shift 2
    t0=$(now_ns)
    "$TIME" -f '%U %S %M' -o "$TMP/time" "$@" > "$out" 2> "$TMP/err" || {
        echo "bench: $label failed:" >&2
        tail -n 5 "$TMP/err" >&2
        exit 1
    }
    t1=$(now_ns)
    T_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    set -- $(tail -n 1 "$TMP/time")
    T_USER=$1 T_SYS=$2 T_RSS=$3
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
echo "bench: generating a ${MB} MB corpus from: $SRCS"
set -- $(gen "$DIR/corpus-$MB.jsonl" "$MB")
FULL_ARTS=${1:-}
if [ -z "$FULL_ARTS" ]; then
    rm -f "$DIR/corpus-$MB.jsonl.info"
    echo "bench: no articles to build a corpus from (examples/ is empty and ../shared is absent)" >&2
    exit 2
fi

# Calibration: how fast is one core now? Sizes the timed runs to the budget.
set -- $(gen "$DIR/corpus-2.jsonl" 2)
timed calibration "$TMP/cal.jsonl" "$BIN" extract -q -j1 "$DIR/corpus-2.jsonl"
CAL_RATE=$(awk -v b="$2" -v t="$T_WALL" 'BEGIN { printf "%.3f", b / 1e6 / (t > 0 ? t : 1e-3) }')
if [ -n "${BENCH_RUN_MB:-}" ]; then
    RUN_MB=$BENCH_RUN_MB
else
    RUN_MB=$(awk -v r="$CAL_RATE" -v s="$BUDGET" -v m="$MB" \
        'BEGIN { x = int(r * s); if (x < 2) x = 2; if (x > m) x = m; print x }')
fi
echo "bench: one core does ~$CAL_RATE MB/s on the 2 MB calibration run; timing $RUN_MB MB per run"
if [ "$RUN_MB" = "$MB" ]; then RUN=$DIR/corpus-$MB.jsonl; else RUN=$DIR/corpus-$RUN_MB.jsonl; fi
set -- $(gen "$RUN" "$RUN_MB")
RUN_ARTS=$1 RUN_BYTES=$2

ROWS=""
# row RUN WALL MB/S MB/S-PER-CORE ARTICLES/S/CORE SCALING PEAK-MB (CPU columns from T_USER/T_SYS)
row() {
    cpu=$(awk -v u="$T_USER" -v s="$T_SYS" 'BEGIN { printf "%.2f", u + s }')
    ROWS="$ROWS$(printf '| %-30s | %7s | %7s | %7s | %9s | %9s | %15s | %7s | %7s |' \
        "$1" "$2" "$cpu" "$3" "$4" "$(ratio "$CUR_BYTES" "$(awk -v c="$cpu" 'BEGIN { print c * 1e6 }')")" \
        "$5" "$6" "$7")
"
}

# Extract at 1..JOBS threads; every output must equal -j1's.
SAME=yes
j=1
while [ "$j" -le "$JOBS" ]; do
    timed "extract -j$j" "$TMP/out-$j.jsonl" "$BIN" extract -q -j"$j" "$RUN"
    CUR_BYTES=$RUN_BYTES
    if [ "$j" -gt 1 ] && ! cmp -s "$TMP/out-1.jsonl" "$TMP/out-$j.jsonl"; then SAME=no; fi
    mbs=$(awk -v b="$RUN_BYTES" -v t="$T_WALL" 'BEGIN { printf "%.2f", b / 1e6 / t }')
    aps=$(awk -v a="$RUN_ARTS" -v t="$T_WALL" 'BEGIN { printf "%.0f", a / t }')
    [ "$j" -eq 1 ] && { ONE=$mbs; ONE_RSS=$T_RSS; }
    row "extract -j$j" "$T_WALL" "$mbs" "$(ratio "$mbs" "$j")" \
        "$(awk -v a="$aps" -v j="$j" 'BEGIN { printf "%.0f", a / j }')" \
        "$(ratio "$mbs" "$ONE")x" "$((T_RSS / 1024))"
    [ "$j" -gt 1 ] && rm -f "$TMP/out-$j.jsonl"
    j=$((j + 1))
done
OUT_BYTES=$(wc -c < "$TMP/out-1.jsonl")
rm -f "$TMP/out-1.jsonl"

# Plain-text folder (the dev articles as files), for reference.
if [ -d ../shared/corpus/dev ]; then
    DEV_BYTES=$(cat ../shared/corpus/dev/*.txt | wc -c)
    DEV_ARTS=$(ls ../shared/corpus/dev/*.txt | wc -l)
    timed "extract dev" "$TMP/dev.jsonl" "$BIN" extract -q -j1 ../shared/corpus/dev
    CUR_BYTES=$DEV_BYTES
    mbs=$(awk -v b="$DEV_BYTES" -v t="$T_WALL" 'BEGIN { printf "%.2f", b / 1e6 / t }')
    row "extract -j1 dev folder (.txt)" "$T_WALL" "$mbs" "$mbs" \
        "$(awk -v a="$DEV_ARTS" -v t="$T_WALL" 'BEGIN { printf "%.0f", a / t }')" "-" "$((T_RSS / 1024))"
fi

# Ingest into a fresh database, one thread and all threads; sized like extract, from a 0.5 MB
# calibration run (ingest commits one transaction per article, so it is much slower).
if [ -z "${BENCH_INGEST_MB:-}" ]; then
    set -- $(gen "$DIR/corpus-0.5.jsonl" 0.5)
    rm -f "$TMP/cal.db" "$TMP/cal.db-wal" "$TMP/cal.db-shm"
    timed "ingest calibration" "$TMP/ingest.out" "$BIN" ingest -q -j 1 --db "$TMP/cal.db" "$DIR/corpus-0.5.jsonl"
    CUR_BYTES=$2
    row "ingest -j1 (0.5 MB)" "$T_WALL" "$(awk -v b="$2" -v t="$T_WALL" 'BEGIN { printf "%.2f", b / 1e6 / t }')" \
        "$(awk -v b="$2" -v t="$T_WALL" 'BEGIN { printf "%.2f", b / 1e6 / t }')" \
        "$(awk -v a="$1" -v t="$T_WALL" 'BEGIN { printf "%.0f", a / t }')" "-" "$((T_RSS / 1024))"
    # A third of the budget, at most 5 MB: the store's cost per article grows with the database
    # on this corpus of repeated articles (every copy shares people and sentences with the last).
    INGEST_MB=$(awk -v b="$2" -v t="$T_WALL" -v s="$BUDGET" -v m="$RUN_MB" \
        'BEGIN { x = int(b / 1e6 / (t > 0 ? t : 1e-3) * s / 3); if (x < 1) x = 1; if (x > 5) x = 5; if (x > m) x = m; print x }')
else
    INGEST_MB=$BENCH_INGEST_MB
fi
if [ "$INGEST_MB" = "$RUN_MB" ]; then ING=$RUN; else ING=$DIR/corpus-$INGEST_MB.jsonl; fi
set -- $(gen "$ING" "$INGEST_MB")
ING_ARTS=$1 ING_BYTES=$2
for j in 1 "$JOBS"; do
    rm -f "$TMP/kb.db" "$TMP/kb.db-wal" "$TMP/kb.db-shm"
    timed "ingest -j$j" "$TMP/ingest.out" "$BIN" ingest -q -j "$j" --db "$TMP/kb.db" "$ING"
    CUR_BYTES=$ING_BYTES
    mbs=$(awk -v b="$ING_BYTES" -v t="$T_WALL" 'BEGIN { printf "%.2f", b / 1e6 / t }')
    row "ingest -j$j (${INGEST_MB} MB)" "$T_WALL" "$mbs" "$(ratio "$mbs" "$j")" \
        "$(awk -v a="$ING_ARTS" -v t="$T_WALL" -v j="$j" 'BEGIN { printf "%.0f", a / t / j }')" \
        "-" "$((T_RSS / 1024))"
    [ "$j" -eq 1 ] && { ING_ONE=$mbs; ING_USER=$T_USER; ING_SYS=$T_SYS; ING_WALL=$T_WALL; }
    [ "$JOBS" -eq 1 ] && break
done

# Start-up: extract of an empty JSON Lines file (context, lexicons and gazetteer load).
: > "$TMP/empty.jsonl"
i=0
: > "$TMP/startup"
while [ "$i" -lt "$STARTUP_RUNS" ]; do
    t0=$(now_ns)
    "$BIN" extract -q -j1 "$TMP/empty.jsonl" > /dev/null
    t1=$(now_ns)
    echo $(((t1 - t0) / 1000)) >> "$TMP/startup"
    i=$((i + 1))
done
STARTUP_MS=$(sort -n "$TMP/startup" | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }')
STARTUP_MIN=$(sort -n "$TMP/startup" | awk 'NR == 1 { printf "%.1f", $1 / 1000 }')
"$TIME" -f '%M' -o "$TMP/time" "$BIN" extract -q -j1 "$TMP/empty.jsonl" > /dev/null
STARTUP_RSS=$(tail -n 1 "$TMP/time")

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git status --porcelain -- src cli include data 2>/dev/null | grep -q . && echo " (+ uncommitted edits)" || true)
MODEL=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //')
MEM=$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null)
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')

met() { awk -v v="$1" -v t="$2" -v d="$3" 'BEGIN { if (d == "ge" ? v >= t : v <= t) print "met"; else print "NOT met" }'; }

REPORT=$TMP/report.md
{
    echo "### $DATE, commit $COMMIT$DIRTY"
    echo
    echo "Machine: $CORES cores ($MODEL), $MEM; load average before the run: $LOAD0 (other"
    echo "jobs on the machine slow the wall-clock figures, the -jN ones most). Corpus: $FULL_ARTS articles, $MB MB generated;"
    echo "timed runs read the first $RUN_MB MB ($RUN_ARTS articles, $RUN_BYTES bytes of text, JSON Lines);"
    echo "ingest read $INGEST_MB MB ($ING_ARTS articles). MB = 10^6 bytes of article text. MB/s is by wall"
    echo "clock; MB/CPU-s by user+system CPU time (steadier when other jobs share the machine)."
    echo
    echo "| run                            |  wall s |   CPU s |    MB/s | MB/s/core |  MB/CPU-s | articles/s/core | scaling | peak MB |"
    echo "|--------------------------------|--------:|--------:|--------:|----------:|----------:|----------------:|--------:|--------:|"
    printf '%s' "$ROWS"
    echo
    echo "- start-up (extract of an empty input, median of $STARTUP_RUNS): $STARTUP_MS ms (fastest $STARTUP_MIN ms), $((STARTUP_RSS / 1024)) MB resident"
    echo "- -j1..-j$JOBS outputs byte-identical: $SAME; output $OUT_BYTES bytes of JSON for $RUN_BYTES bytes of text"
    echo "- ingest -j1: ${ING_USER}s user + ${ING_SYS}s system of ${ING_WALL}s wall"
    echo "- targets (one core): extract >= 50 MB/s: $ONE ($(met "$ONE" 50 ge)); start-up <= 50 ms:" \
        "$STARTUP_MS ($(met "$STARTUP_MS" 50 le)); peak memory <= 300 MB: $((ONE_RSS / 1024))" \
        "($(met "$((ONE_RSS / 1024))" 300 le)); ingest >= 10 MB/s: $ING_ONE ($(met "$ING_ONE" 10 ge))"
    echo
} > "$REPORT"
cat "$REPORT"
if [ "${BENCH_NO_RESULTS:-0}" != 1 ]; then
    RES=bench/results.md
    if [ ! -f "$RES" ]; then
        printf '# Benchmark results\n\nAppended by `make bench` (bench/run.sh), newest last.\n\n' > "$RES"
    fi
    if grep -q '^## Runs' "$RES"; then :; else printf '## Runs\n\n' >> "$RES"; fi
    cat "$REPORT" >> "$RES"
    echo "bench: appended to $RES"
fi
# Slices other than the full corpus are cheap to make again: do not let them pile up.
for f in "$RUN" "$ING"; do
    case $f in "$DIR/corpus-$MB.jsonl") ;; *) rm -f "$f" "$f.info" ;; esac
done
[ "$SAME" = yes ]
