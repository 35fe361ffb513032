#!/bin/sh
# kb.sh - end-to-end checks of the knowledge-base commands (ingest, counts, partners, timeline,
# brief, person, search, export) over invented articles; prints "N passed, N failed".
# Uses $CITYTIES, else build/cityties-san, else build/cityties.
BIN=${CITYTIES:-build/cityties-san}
[ -x "$BIN" ] || BIN=build/cityties
if [ -n "$CITYTIES_GAZ" ] && [ ! -f "$CITYTIES_GAZ" ]; then unset CITYTIES_GAZ; fi
[ -n "$CITYTIES_GAZ" ] || { [ -f build/gazetteer.bin ] && export CITYTIES_GAZ=$PWD/build/gazetteer.bin; }
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
pass=0 fail=0
T=$(mktemp -d /tmp/cityties-kb.XXXXXX)
trap 'rm -rf "$T"' EXIT
unset CITYTIES_DB CITYTIES_TEST_ABORT_AFTER

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*" >&2; }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
    d=$1; shift
    if "$@" >/dev/null 2>&1; then ok; else bad "$d"; fi
}
counts() { "$BIN" counts --db "$1" --json; }

mkdir -p "$T/in"
cat >"$T/in/01.txt" <<'EOF'
Harbor Town News, March 3, 2021

Busan Mayor Kim Dae-ho met Mayor Anna Berg of Chicago at Busan City Hall on March 2, 2021.
The two cities signed a memorandum of understanding on port cooperation and tourism.
Busan and Chicago have been sister cities since 1995.
EOF
cat >"$T/in/02.txt" <<'EOF'
City Desk, April 10, 2022

Mayor Dae-ho Kim of Busan will visit Chicago next May to mark the 27th anniversary of the
sister city relationship between Busan and Chicago.
EOF
cat >"$T/in/03.txt" <<'EOF'
Evening Post, June 1, 2019

Seoul Mayor Lee Min-ho received Moscow Deputy Mayor Ivan Petrov on May 30, 2019, and the two
discussed cooperation in smart city technology and culture.
EOF
printf 'Some text \000 with a NUL byte.\n' >"$T/bad.txt"

# ---- help ----
for c in ingest partners timeline brief person search export counts; do
    check "$c --help" "$BIN" "$c" --help
done
"$BIN" partners >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "partners without CITY exits 2"
"$BIN" export --db "$T/x.db" >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "export without --format exits 2"

"$BIN" partners Busan --db "$T/missing.db" >/dev/null 2>"$T/err"
[ $? -eq 2 ] && grep -q 'no knowledge base' "$T/err" && [ ! -e "$T/missing.db" ] && ok ||
    bad "a question to a missing store: $(cat "$T/err")"

# ---- ingest, twice: identical counts ----
DB=$T/kb.db
"$BIN" ingest --db "$DB" "$T/in" >"$T/out" 2>"$T/err"
[ $? -eq 0 ] && ok || bad "ingest exit status: $(cat "$T/err")"
[ ! -s "$T/out" ] && [ ! -s "$T/err" ] && ok || bad "ingest is quiet off a terminal"
counts "$DB" >"$T/c1"
grep -q '"articles":3' "$T/c1" && ok || bad "3 articles stored: $(cat "$T/c1")"
"$BIN" ingest --db "$DB" --json "$T/in" >"$T/summary" 2>/dev/null
grep -q '"unchanged":3' "$T/summary" && ok || bad "second ingest unchanged: $(cat "$T/summary")"
counts "$DB" >"$T/c2"
cmp -s "$T/c1" "$T/c2" && ok || bad "identical counts after ingesting twice"

# ---- one extraction thread or several: the same store ----
"$BIN" ingest --db "$T/j1.db" -j 1 "$T/in" >/dev/null 2>&1
"$BIN" ingest --db "$T/j3.db" -j 3 "$T/in" >/dev/null 2>&1
cmp -s "$T/c1" "$(counts "$T/j1.db" >"$T/cj1"; echo "$T/cj1")" && ok || bad "-j 1 counts"
cmp -s "$T/c1" "$(counts "$T/j3.db" >"$T/cj3"; echo "$T/cj3")" && ok || bad "-j 3 counts"

# ---- changed content replaces, env var selects the db ----
cp -r "$T/in" "$T/in2"
printf 'Busan and Chicago also agreed to exchange students.\n' >>"$T/in2/03.txt"
CITYTIES_DB=$DB "$BIN" ingest --json "$T/in2" >"$T/summary" 2>/dev/null
grep -q '"updated":1' "$T/summary" && ok || bad "changed article updated: $(cat "$T/summary")"
CITYTIES_DB=$DB "$BIN" counts --json | grep -q '"articles":3' && ok || bad "still 3 articles"
"$BIN" ingest --db "$T/fresh.db" "$T/in2" >/dev/null 2>&1
cmp -s "$(counts "$DB" >"$T/cu"; echo "$T/cu")" "$(counts "$T/fresh.db" >"$T/cf"; echo "$T/cf")" &&
    ok || bad "replacing an article equals ingesting its new version afresh"
"$BIN" ingest --db "$DB" "$T/in" >/dev/null 2>&1 # back to the first versions

# ---- many changed articles at once: every one replaced, none failed ----
# Replacing an article rewrites its rows inside a savepoint; batches of hundreds of full-size
# articles grow the savepoint journals past a small in-memory limit, which once made most puts
# of such a re-ingest fail ("database or disk is full"). The bundled examples, 120 copies each.
mkdir -p "$T/bulk" "$T/bulk2"
n=0
while [ $n -lt 120 ]; do
    n=$((n + 1))
    for f in examples/*.txt examples/*.html; do
        b=$n-${f##*/}
        cp "$f" "$T/bulk/$b"
        { cat "$f"; printf '\nOfficials said on day %d that the exchange would continue.\n' $n; } >"$T/bulk2/$b"
    done
done
total=$(ls "$T/bulk" | wc -l)
"$BIN" ingest --db "$T/bulk.db" "$T/bulk" >/dev/null 2>&1
"$BIN" ingest --db "$T/bulk.db" --json "$T/bulk2" >"$T/summary" 2>"$T/err"
[ $? -eq 0 ] && grep -q "\"updated\":$total," "$T/summary" && grep -q '"failed":0' "$T/summary" && ok ||
    bad "$total changed articles replaced: $(cat "$T/summary") $(head -c 300 "$T/err")"
"$BIN" ingest --db "$T/bulk-fresh.db" "$T/bulk2" >/dev/null 2>&1
cmp -s "$(counts "$T/bulk.db" >"$T/cb"; echo "$T/cb")" "$(counts "$T/bulk-fresh.db" >"$T/cbf"; echo "$T/cbf")" &&
    ok || bad "replaced articles equal a fresh ingest of their new versions"

# ---- a bad document: named on stderr, the rest stored, exit 1 ----
mkdir -p "$T/mixed" && cp "$T/in/01.txt" "$T/bad.txt" "$T/mixed/"
"$BIN" ingest --db "$T/mixed.db" "$T/mixed" >/dev/null 2>"$T/err"
[ $? -eq 1 ] && ok || bad "bad document makes exit status 1"
grep -q 'bad' "$T/err" && ok || bad "bad document named: $(cat "$T/err")"
[ "$(wc -l <"$T/err")" -le 2 ] && ok || bad "one line per bad document"
counts "$T/mixed.db" | grep -q '"articles":1' && ok || bad "good document stored despite the bad one"

# ---- killed midway: committed articles kept, no half article, re-run completes ----
K=$T/killed.db
CITYTIES_TEST_ABORT_AFTER=2 "$BIN" ingest --db "$K" "$T/in" >/dev/null 2>&1
[ $? -eq 99 ] && ok || bad "test abort hook fired"
counts "$K" | grep -q '"articles":2' && ok || bad "two committed articles survive the kill"
if command -v sqlite3 >/dev/null 2>&1; then
    [ "$(sqlite3 "$K" 'PRAGMA integrity_check')" = ok ] && ok || bad "integrity after kill"
    [ -z "$(sqlite3 "$K" 'PRAGMA foreign_key_check')" ] && ok || bad "foreign keys after kill"
    n=$(sqlite3 "$K" "SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = e.article_id)")
    [ "$n" = 0 ] && ok || bad "no orphan facts after kill"
fi
"$BIN" ingest --db "$K" "$T/in" >/dev/null 2>&1
counts "$K" >"$T/c3"
cmp -s "$T/c1" "$T/c3" && ok || bad "re-run after a kill equals a clean run: $(cat "$T/c3")"

# a real SIGKILL during a longer run
mkdir -p "$T/many"
i=0
while [ $i -lt 120 ]; do
    sed "s/Kim Dae-ho/Kim Dae-ho $i/" "$T/in/01.txt" >"$T/many/$i.txt"
    i=$((i + 1))
done
"$BIN" ingest --db "$T/many.db" "$T/many" >/dev/null 2>&1 &
pid=$!
sleep 0.3
# a reader during the write (WAL): never "database is locked"
"$BIN" counts --db "$T/many.db" --json >/dev/null 2>"$T/err"
[ $? -eq 0 ] && ok || bad "concurrent reader: $(cat "$T/err")"
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
"$BIN" ingest --db "$T/many.db" "$T/many" >/dev/null 2>&1
counts "$T/many.db" | grep -q '"articles":120' && ok || bad "re-run after SIGKILL stores all"
if command -v sqlite3 >/dev/null 2>&1; then
    [ "$(sqlite3 "$T/many.db" 'PRAGMA integrity_check')" = ok ] && ok || bad "integrity after SIGKILL"
fi

# ---- questions ----
for q in "partners Busan" "timeline Busan" "timeline Busan Chicago" "brief Busan Chicago" \
         "partners gn:1838524"; do
    # shellcheck disable=SC2086
    check "$q" "$BIN" $q --db "$DB"
    # shellcheck disable=SC2086
    "$BIN" $q --db "$DB" --json >"$T/j" 2>/dev/null
    head -c 1 "$T/j" | grep -q '{' && ok || bad "$q --json"
done
"$BIN" partners Busan --db "$DB" --json | grep -q '"key": "gn:4887398"' && ok ||
    bad "Chicago is a partner of Busan"
"$BIN" brief Busan Chicago --db "$DB" >"$T/brief" 2>&1
for s in "Briefing:" "Ties" "Visits" "Meetings" "Agreements" "Open plans" "People involved"; do
    grep -q "$s" "$T/brief" && ok || bad "brief has section $s"
done
"$BIN" partners Qqzzxx --db "$DB" >/dev/null 2>"$T/err"
[ $? -eq 1 ] && grep -q 'no place' "$T/err" && ok || bad "unknown city: $(cat "$T/err")"
"$BIN" partners Springfield --db "$DB" >/dev/null 2>"$T/err"
[ $? -eq 1 ] && grep -q 'ambiguous' "$T/err" && grep -q 'gn:' "$T/err" && ok ||
    bad "ambiguous city lists choices: $(cat "$T/err")"
"$BIN" search --db "$DB" memorandum port >"$T/s" 2>&1
grep -q '01' "$T/s" && ok || bad "search finds the article: $(cat "$T/s")"
"$BIN" search --db "$DB" --json 'zzqqnotthere' | grep -q '"results": \[\]' && ok ||
    bad "search without hits"
"$BIN" person --db "$DB" "Nobody Atall" >/dev/null 2>&1
[ $? -eq 1 ] && ok || bad "unknown person exits 1"

# ---- exports ----
for f in jsonl csv geojson graphml; do
    "$BIN" export --db "$DB" --format $f -o "$T/out.$f" 2>"$T/err"
    rc=$?
    # jsonl of a store without ties or events is empty; the others always have a frame
    [ $rc -eq 0 ] && { [ $f = jsonl ] || [ -s "$T/out.$f" ]; } && ok || bad "export $f: $(cat "$T/err")"
done
head -n 1 "$T/out.csv" | grep -q '^record,id,type,kind,date,planned,city_a' && ok || bad "csv header"
grep -q '"FeatureCollection"' "$T/out.geojson" && ok || bad "geojson collection"
grep -q '</graphml>' "$T/out.graphml" && ok || bad "graphml closed"
"$BIN" export --db "$DB" --format xml >/dev/null 2>&1
[ $? -eq 2 ] && ok || bad "unknown export format exits 2"

echo "kb: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
