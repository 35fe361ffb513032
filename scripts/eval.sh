#!/bin/sh
# eval.sh - extracts the dev corpus and scores it against the answer keys, then holds each
# family's F1 against the floor in eval/floor.tsv (the ratchet): any drop fails.
# Succeeds with a plain message when ../shared is absent.
set -eu
shared=${CITYTIES_SHARED:-../shared}
if [ ! -d "$shared/corpus/dev" ] || [ ! -f "$shared/eval/score.py" ]; then
    echo "eval: $shared not found; nothing to score (the dev corpus lives outside the repo)"
    exit 0
fi
out=build/eval
mkdir -p "$out"
build/cityties extract -q "$shared/corpus/dev" > "$out/dev.jsonl" || {
    echo "eval: extract reported failures (see above)" >&2
}
python3 "$shared/eval/score.py" "$shared/eval/gold/dev" "$out/dev.jsonl" | tee "$out/score.txt"
python3 "$shared/eval/score.py" "$shared/eval/gold/dev" "$out/dev.jsonl" --json > "$out/score.json"
python3 scripts/ratchet.py eval/floor.tsv "$out/score.json"
