#!/bin/sh
# demo.sh - the main job on the bundled examples: ingest them into a fresh knowledge base
# (build/demo.db, SQLite) and print a briefing and a partner list from it.
set -eu
db=build/demo.db
rm -f "$db" "$db-wal" "$db-shm"
if build/cityties ingest --db "$db" examples; then
    echo
    build/cityties brief --db "$db" Suwon Freiburg
    echo
    build/cityties partners --db "$db" Ulsan
else
    echo "demo: ingest failed; showing the extraction records instead" >&2
    build/cityties extract --pretty examples
fi
