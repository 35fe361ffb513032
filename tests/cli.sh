#!/bin/sh
# cli.sh - end-to-end checks of `cityties extract`: batches of good and bad documents, input
# order, one stderr line per bad document, exit statuses, --jobs determinism, standard input,
# --pretty, -o, --format, --help, unknown options, and the bundled examples/.
# Uses build/cityties-san when present (sanitizer reports fail the check), else build/cityties.
# Prints "cli: N passed, N failed" last; exit status non-zero when anything failed.
# Run from anywhere; `make test` sets CITYTIES_GAZ.
cd "$(dirname "$0")/.." || exit 2
root=$(pwd)
bin=build/cityties-san
[ -x "$bin" ] || bin=build/cityties
[ -n "${CITYTIES_GAZ:-}" ] || export CITYTIES_GAZ="$root/build/gazetteer.bin"
pass=0 fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ct_cli.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

ok() { pass=$((pass + 1)); }
no() {
    fail=$((fail + 1))
    echo "cli: FAIL: $*" >&2
}
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    d=$1
    shift
    if "$@"; then ok; else no "$d"; fi
}

# run NAME ARGS...: runs the program; stdout, stderr and status into $tmp/NAME.{out,err,rc}
run() {
    n=$1
    shift
    "$root/$bin" "$@" >"$tmp/$n.out" 2>"$tmp/$n.err"
    echo $? >"$tmp/$n.rc"
    if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:' "$tmp/$n.err"; then
        no "$n: sanitizer report"
        sed -n 1,30p "$tmp/$n.err" >&2
    fi
}
rc() { cat "$tmp/$1.rc"; }

if command -v python3 >/dev/null 2>&1; then have_py=1; else have_py=0; fi
# valid_jsonl FILE [PRETTY]: every line (or, pretty, every blank-separated block) is a JSON
# object holding every field of the spec; prints the ids, one a line, into FILE.ids
valid_jsonl() {
    [ $have_py -eq 1 ] || { cut -c1-200 "$1" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p' >"$1.ids"; return 0; }
    python3 - "$1" "${2:-}" <<'EOF'
import json, sys
path, pretty = sys.argv[1], sys.argv[2] == "pretty"
text = open(path, encoding="utf-8").read()
dec = json.JSONDecoder()
recs, i = [], 0
if pretty:
    while i < len(text):
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            break
        obj, i = dec.raw_decode(text, i)
        recs.append(obj)
else:
    lines = text.split("\n")
    if text.endswith("\n"):
        lines = lines[:-1]
    for line in lines if text else []:
        recs.append(json.loads(line))
need = ["id", "published", "places", "people", "organizations", "events", "ties"]
for r in recs:
    assert isinstance(r, dict), r
    for k in need:
        assert k in r, (k, r.get("id"))
    for k in need[2:]:
        assert isinstance(r[k], list), (k, r["id"])
open(path + ".ids", "w").write("".join(r["id"] + "\n" for r in recs))
EOF
}

# ---- inputs ----
mkdir -p "$tmp/in/batch" "$tmp/in/dir/sub"
printf 'Mayor Jeon of Iksan welcomed a delegation from Nara, Japan, at City Hall on Monday.\n' >"$tmp/in/batch/a_good.txt"
printf '\377\376not utf8\n' >"$tmp/in/batch/b_bad_utf8.txt"
printf '<html><head><script>var s=1;</script></head><body><nav>Home</nav><p>Gimhae and Kaga renewed their sister-city pact on Friday.</p></body></html>\n' >"$tmp/in/batch/c_good.html"
printf 'GIF89a\000\000\001\002' >"$tmp/in/batch/d_binary.txt"
: >"$tmp/in/batch/e_empty.txt"
{
    printf '{"id": "f-one", "url": "https://example.org/f1", "published": "2023-06-22", "text": "Suwon signed an MOU with Hue."}\n'
    printf '{"id": "f-two", "text": "oops\n'
    printf '{"id": "f-three", "text": "Daejeon hosted Seattle officials."}\n'
} >"$tmp/in/batch/f_feed.jsonl"
printf 'Pohang and Zhangjiagang marked 20 years of friendship.\n' >"$tmp/in/batch/g_good.txt"
printf 'Ulsan met Hull.\n' >"$tmp/in/dir/one.txt"
printf 'Jinju met Eugene.\n' >"$tmp/in/dir/sub/two.txt"

# ---- a batch of good and bad documents ----
run batch extract "$tmp/in/batch" "$tmp/in/missing.txt"
check "batch: exit status 1 when some documents failed (got $(rc batch))" [ "$(rc batch)" = 1 ]
if valid_jsonl "$tmp/batch.out"; then ok; else no "batch: output is not valid JSON Lines"; fi
printf 'a_good\nc_good\nf-one\nf-three\ng_good\n' >"$tmp/batch.want"
check "batch: good records in input order" cmp -s "$tmp/batch.out.ids" "$tmp/batch.want"
for bad in b_bad_utf8.txt d_binary.txt e_empty.txt f_feed:2 missing.txt; do
    n=$(grep -c "$bad" "$tmp/batch.err")
    check "batch: one stderr line naming $bad (got $n)" [ "$n" = 1 ]
done
check "batch: invalid UTF-8 is said plainly" grep -q 'b_bad_utf8.txt.*UTF-8' "$tmp/batch.err"
check "batch: binary is said plainly" grep -q 'd_binary.txt.*binary' "$tmp/batch.err"
check "batch: empty is said plainly" grep -q 'e_empty.txt.*empty' "$tmp/batch.err"
check "batch: malformed JSON line is said plainly" grep -q 'f_feed:2.*JSON' "$tmp/batch.err"
check "batch: missing file is said plainly" grep -q 'missing.txt.*No such file' "$tmp/batch.err"
check "batch: JSON Lines url kept" grep -q '"url":"https://example.org/f1"' "$tmp/batch.out"
check "batch: JSON Lines published kept" grep -q '"id":"f-one".*"published":"2023-06-22"' "$tmp/batch.out"

# ---- --jobs 1 and --jobs 2 are byte-identical (and so is the default) ----
run j1 extract --jobs 1 "$tmp/in/batch" examples
run j2 extract --jobs 2 "$tmp/in/batch" examples
run j0 extract -j 3 "$tmp/in/batch" examples
check "--jobs 1 vs 2: identical output" cmp -s "$tmp/j1.out" "$tmp/j2.out"
check "--jobs 1 vs 3: identical output" cmp -s "$tmp/j1.out" "$tmp/j0.out"
check "--jobs 1 vs 2: identical errors" cmp -s "$tmp/j1.err" "$tmp/j2.err"
check "--jobs 0 is a usage error" sh -c "'$root/$bin' extract --jobs 0 '$tmp/in/dir' >/dev/null 2>&1; [ \$? = 2 ]"

# ---- all good: exit 0, nothing on stderr ----
run dir extract "$tmp/in/dir"
check "folder: exit 0 (got $(rc dir))" [ "$(rc dir)" = 0 ]
check "folder: stderr empty" [ ! -s "$tmp/dir.err" ]
valid_jsonl "$tmp/dir.out" && printf 'one\ntwo\n' >"$tmp/dir.want"
check "folder: recursive, sorted" cmp -s "$tmp/dir.out.ids" "$tmp/dir.want"

# ---- standard input: text, JSON Lines, "-" ----
"$root/$bin" extract <"$tmp/in/batch/a_good.txt" >"$tmp/stdin.out" 2>"$tmp/stdin.err"
check "stdin: exit 0" [ $? = 0 ]
check "stdin: id is stdin" grep -q '^{"id":"stdin"' "$tmp/stdin.out"
check "stdin: one record" [ "$(wc -l <"$tmp/stdin.out")" = 1 ]
"$root/$bin" extract - <"$tmp/in/batch/f_feed.jsonl" >"$tmp/stdinj.out" 2>"$tmp/stdinj.err"
check "stdin JSON Lines: exit 1 for the bad line" [ $? = 1 ]
valid_jsonl "$tmp/stdinj.out" && printf 'f-one\nf-three\n' >"$tmp/stdinj.want"
check "stdin JSON Lines: records in order" cmp -s "$tmp/stdinj.out.ids" "$tmp/stdinj.want"
check "stdin JSON Lines: error names stdin:2" grep -q 'stdin:2' "$tmp/stdinj.err"
"$root/$bin" extract </dev/null >"$tmp/stdine.out" 2>"$tmp/stdine.err"
check "stdin empty: exit 1" [ $? = 1 ]
check "stdin empty: said plainly" grep -q 'stdin.*empty' "$tmp/stdine.err"

# ---- --pretty, -o, --format ----
run pretty extract --pretty "$tmp/in/dir" "$tmp/in/batch/c_good.html"
check "--pretty: exit 0" [ "$(rc pretty)" = 0 ]
if valid_jsonl "$tmp/pretty.out" pretty; then ok; else no "--pretty: not valid JSON"; fi
check "--pretty: three records" [ "$(wc -l <"$tmp/pretty.out.ids" 2>/dev/null)" = 3 ]
check "--pretty: indented" grep -q '^  "places"' "$tmp/pretty.out"
run outf extract -o "$tmp/records.jsonl" "$tmp/in/dir"
check "-o: exit 0 and stdout empty" sh -c "[ $(rc outf) = 0 ] && [ ! -s '$tmp/outf.out' ]"
check "-o: file written" cmp -s "$tmp/records.jsonl" "$tmp/dir.out"
run outbad extract -o "$tmp/no/such/dir/out.jsonl" "$tmp/in/dir"
check "-o into a missing folder: exit 2" [ "$(rc outbad)" = 2 ]
run fmt extract --format text "$tmp/in/batch/c_good.html"
check "--format text: read as text" [ "$(rc fmt)" = 0 ]
run fmtbad extract --format pdf "$tmp/in/dir"
check "--format pdf: exit 2" [ "$(rc fmtbad)" = 2 ]

# ---- help and usage errors ----
run help extract --help
check "extract --help: exit 0" [ "$(rc help)" = 0 ]
check "extract --help: usage text" grep -q 'usage: cityties extract' "$tmp/help.out"
check "extract --help: lists --jobs and --pretty" sh -c "grep -q -- '--jobs' '$tmp/help.out' && grep -q -- '--pretty' '$tmp/help.out'"
run help2 --help
check "--help: exit 0" [ "$(rc help2)" = 0 ]
check "--help: names extract" grep -q 'extract' "$tmp/help2.out"
run unk extract --frobnicate "$tmp/in/dir"
check "unknown option: exit 2 (got $(rc unk))" [ "$(rc unk)" = 2 ]
check "unknown option: named on stderr" grep -q -- '--frobnicate' "$tmp/unk.err"
check "unknown option: nothing written" [ ! -s "$tmp/unk.out" ]
run unkcmd frobnicate
check "unknown command: exit 2" [ "$(rc unkcmd)" = 2 ]
run nocmd
check "no command: exit 2" [ "$(rc nocmd)" = 2 ]
run version version
check "version: exit 0" sh -c "[ $(rc version) = 0 ] && grep -q '^cityties ' '$tmp/version.out'"
CITYTIES_GAZ="$tmp/none.bin" "$root/$bin" extract "$tmp/in/dir" >/dev/null 2>"$tmp/nogaz.err"
check "missing gazetteer: exit 2" [ $? = 2 ]
check "missing gazetteer: said plainly" grep -q 'gazetteer' "$tmp/nogaz.err"
check "missing gazetteer: the path tried is named" grep -q "$tmp/none.bin" "$tmp/nogaz.err"
# An index of another format version (byte 8 holds the version) is refused, named, with the fix.
cp "$CITYTIES_GAZ" "$tmp/old.bin" && printf '\001' | dd of="$tmp/old.bin" bs=1 seek=8 conv=notrunc 2>/dev/null
"$root/$bin" extract --gazetteer "$tmp/old.bin" "$tmp/in/dir" >/dev/null 2>"$tmp/oldgaz.err"
check "old gazetteer: exit 2" [ $? = 2 ]
check "old gazetteer: names the file and says to rebuild" grep -q "$tmp/old.bin.*rebuild it with .make" "$tmp/oldgaz.err"
rm -f "$tmp/old.bin"

# ---- a 50 MB single-line file: a clear error naming it, the rest goes on ----
head -c 52428800 /dev/zero | tr '\0' 'w' >"$tmp/in/huge_line.txt"
run huge extract "$tmp/in/huge_line.txt" "$tmp/in/dir/one.txt"
check "50 MB line: exit 1" [ "$(rc huge)" = 1 ]
check "50 MB line: error names it and the limit" grep -q 'huge_line.txt.*16 MB' "$tmp/huge.err"
check "50 MB line: the next file still extracted" grep -q '"id":"one"' "$tmp/huge.out"
rm -f "$tmp/in/huge_line.txt"

# ---- the bundled examples: every one extracts, valid JSON, all three formats ----
if [ -d examples ]; then
    run ex extract examples
    check "examples: exit 0 (got $(rc ex))" [ "$(rc ex)" = 0 ]
    check "examples: stderr empty" [ ! -s "$tmp/ex.err" ]
    if valid_jsonl "$tmp/ex.out"; then ok; else no "examples: not valid JSON Lines"; fi
    n=$(wc -l <"$tmp/ex.out")
    check "examples: at least 5 records (got $n)" [ "$n" -ge 5 ]
    for ext in txt html jsonl; do
        check "examples: has .$ext inputs" sh -c "ls examples/*.$ext >/dev/null 2>&1"
    done
    check "examples: some record has events" grep -q '"type":"' "$tmp/ex.out"
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
