#!/bin/sh
# run.sh [SECONDS] - builds the libFuzzer harnesses with clang (-fsanitize=fuzzer,address,
# undefined) and runs each for a bounded time (default 30 s, or $FUZZ_SECONDS) starting from the
# saved seeds in tests/fuzz/corpus/<target>/. New inputs go to build/fuzz/corpus/<target>/ (not
# the saved corpus); a crash leaves build/fuzz/crash-* and makes the exit status non-zero.
# Copy a crashing input into tests/fuzz/corpus/<target>/ once fixed: `make test` replays it.
# Without clang, says so and succeeds (the corpus replay in `make test` still runs).
set -u
cd "$(dirname "$0")/../.."
secs=${1:-${FUZZ_SECONDS:-30}}
if ! command -v clang >/dev/null 2>&1; then
    echo "fuzz: clang not found; skipping (apt-get install -y clang to fuzz)"
    exit 0
fi
out=build/fuzz
mkdir -p "$out/obj"
make -s build/gen/lexicon_data.c || exit 2
PKGS="jansson sqlite3 libutf8proc gumbo"
CFLAGS="-std=c11 -O1 -g -D_GNU_SOURCE -Iinclude -Isrc -Ibuild/gen $(pkg-config --cflags $PKGS 2>/dev/null)"
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
LIBS="$(pkg-config --libs $PKGS 2>/dev/null || echo -ljansson -lsqlite3 -lutf8proc -lgumbo) -lpthread -lm"
objs=""
# An object is rebuilt when its source or any header is newer: inline functions live in headers.
newest_h=$(ls -t src/*.h include/*.h | head -n 1)
for f in src/*.c build/gen/lexicon_data.c; do
    o="$out/obj/$(basename "$f" .c).o"
    if [ ! -f "$o" ] || [ "$f" -nt "$o" ] || [ "$newest_h" -nt "$o" ]; then
        clang $CFLAGS $SAN -fsanitize=fuzzer-no-link -c "$f" -o "$o" || exit 2
    fi
    objs="$objs $o"
done
export CITYTIES_GAZ=${CITYTIES_GAZ:-$PWD/build/gazetteer.bin}
# ASan's quarantine (256 MB by default) keeps freed memory back to catch a use after free; the
# store target frees much (SQLite), so libFuzzer's rss: climbs to ~500 MB and levels off. Not a
# leak: quarantine_size_mb=0 ends the same inputs at ~80 MB. Leaks are caught by detect_leaks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
status=0
for target in html jsonl text dates store; do
    bin="$out/fuzz_$target"
    clang $CFLAGS $SAN -fsanitize=fuzzer "tests/fuzz/fuzz_$target.c" $objs $LIBS -o "$bin" || exit 2
    mkdir -p "$out/corpus/$target"
    dict=""
    [ -f "tests/fuzz/$target.dict" ] && dict="-dict=tests/fuzz/$target.dict"
    echo "fuzz: $target for ${secs}s"
    if ! "$bin" -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$out/$target-" $dict "$out/corpus/$target" "tests/fuzz/corpus/$target" \
        >"$out/$target.log" 2>&1; then
        echo "fuzz: $target FAILED (see $out/$target.log and $out/$target-crash-*)"
        tail -n 30 "$out/$target.log"
        status=1
    else
        tail -n 1 "$out/$target.log"
    fi
done
[ $status -eq 0 ] && echo "fuzz: all targets ran clean"
exit $status
