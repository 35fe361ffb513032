#!/bin/sh
# run.sh TESTBIN... - runs every unit test binary, then the CLI end-to-end checks, and prints one
# closing line "N passed, N failed" that CI reads. Exit status is non-zero when anything failed.
pass=0 fail=0 crashed=0
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for t in "$@" tests/cli.sh tests/kb.sh; do
    case $t in *.sh) out=$(sh "$t" 2>&1); rc=$? ;; *) out=$("$t" 2>&1); rc=$? ;; esac
    line=$(printf '%s\n' "$out" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
    p=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) passed.*/\1/')
    f=$(printf '%s' "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    if [ -z "$line" ]; then
        p=0 f=1 crashed=$((crashed + 1))
    elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        f=1 crashed=$((crashed + 1)) # e.g. a sanitizer report after the summary
    fi
    if [ "$rc" -ne 0 ] || [ "$f" -ne 0 ]; then printf '%s\n' "$out" | tail -n 40; fi
    printf '%-28s %s\n' "$(basename "$t")" "${line:-crashed (exit $rc)}"
    pass=$((pass + p)) fail=$((fail + f))
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
