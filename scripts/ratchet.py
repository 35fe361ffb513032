#!/usr/bin/env python3
"""ratchet.py FLOOR.tsv SCORE.json [--raise]: fail when a family's F1 drops below its floor.

FLOOR.tsv holds `family<TAB>f1` lines. With --raise, floors are raised to today's scores
(never lowered); commit the file after a gain.
"""
import json
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    floor_path, score_path = sys.argv[1], sys.argv[2]
    raise_ = "--raise" in sys.argv[3:]
    scores = json.load(open(score_path, encoding="utf-8"))
    floors = {}
    try:
        for line in open(floor_path, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                fam, f1 = line.split("\t")
                floors[fam] = float(f1)
    except FileNotFoundError:
        pass
    failed = []
    for fam, f in floors.items():
        got = scores.get(fam, {}).get("f1", 0.0)
        if got + 1e-9 < f:
            failed.append(f"{fam}: F1 {got:.3f} is below its floor {f:.3f}")
    if raise_:
        fams = [k for k, v in scores.items() if isinstance(v, dict) and "f1" in v]
        with open(floor_path, "w", encoding="utf-8") as fh:
            fh.write("# family\tF1 floor: `make eval` fails when a family drops below it.\n")
            fh.write("# Raise with: python3 scripts/ratchet.py eval/floor.tsv build/eval/score.json --raise\n")
            for fam in fams:
                fh.write(f"{fam}\t{max(floors.get(fam, 0.0), round(scores[fam]['f1'] - 0.0005, 3)):.3f}\n")
    for msg in failed:
        print("ratchet: " + msg, file=sys.stderr)
    if failed:
        sys.exit(1)
    print("ratchet: every family at or above its floor" + (" (floors raised)" if raise_ else ""))


if __name__ == "__main__":
    main()
