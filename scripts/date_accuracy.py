#!/usr/bin/env python3
"""date_accuracy.py - value accuracy of the date normalizer on the dated events of a gold set.

For every gold event that has a `date` and an `evidence`, runs build/datecheck on the evidence
(and, separately, on the whole sentence of the article that holds it) with the gold `published`
as anchor, and counts how often the first value found, or any value found, equals the gold
date. Events whose date the evidence does not carry at all (the date comes from another
sentence) count against recall but are reported apart.

usage: scripts/date_accuracy.py [GOLD_DIR] [CORPUS_DIR] [-v]
       defaults: /work/shared/eval/gold/dev /work/shared/corpus/dev; build with make build/datecheck
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATECHECK = os.path.join(ROOT, "build", "datecheck")


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s)


def sentence_of(text, evidence):
    """The sentence (line part between sentence ends) of text that holds evidence, or None."""
    t = norm(text)
    e = norm(evidence).strip()
    i = t.find(e)
    if i < 0:
        i = t.find(e[:60])
        if i < 0:
            return None
    j = i + len(e)
    a = max(t.rfind(". ", 0, i), t.rfind("\n", 0, i))
    b_candidates = [k for k in (t.find(". ", j), t.find("\n", j)) if k >= 0]
    b = min(b_candidates) if b_candidates else len(t)
    return t[a + 1 : b + 1].strip()


def run(lines):
    inp = "".join("%s\t%s\n" % (a, x.replace("\t", " ").replace("\n", " ")) for a, x in lines)
    out = subprocess.run([DATECHECK], input=inp, capture_output=True, text=True, check=True).stdout
    blocks, cur = [], []
    for line in out.split("\n"):
        if line == "":
            blocks.append(cur)
            cur = []
        else:
            cur.append(line.split("\t", 3))
    return blocks[: len(lines)]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    gold_dir = args[0] if args else "/work/shared/eval/gold/dev"
    corpus = args[1] if len(args) > 1 else "/work/shared/corpus/dev"
    if not os.path.exists(DATECHECK):
        sys.exit("build/datecheck missing: run make build/datecheck")
    items = []
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        g = json.load(open(os.path.join(gold_dir, fn)))
        stem = fn[:-5]
        path = os.path.join(corpus, stem + ".txt")
        text = open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""
        anchor = g.get("published") or "null"
        for ev in g.get("events", []):
            if ev.get("date") and ev.get("evidence"):
                sent = sentence_of(text, ev["evidence"]) or ev["evidence"]
                items.append((stem, anchor, ev["type"], ev["date"], ev["evidence"], sent))
    if not items:
        sys.exit("no dated events with evidence")
    ev_blocks = run([(a, e) for _, a, _, _, e, _ in items])
    se_blocks = run([(a, s) for _, a, _, _, _, s in items])

    def score(blocks):
        first = anyv = found = 0
        for it, b in zip(items, blocks):
            vals = [r[0] for r in b if r and r[0] != "null" and r[1] == "date"]
            if vals:
                found += 1
            if vals and vals[0] == it[3]:
                first += 1
            if it[3] in vals:
                anyv += 1
        return found, first, anyv

    n = len(items)
    for name, blocks in (("evidence", ev_blocks), ("sentence", se_blocks)):
        found, first, anyv = score(blocks)
        print("%-8s  events %d  with a date found %d  first value = gold %d (%.1f%%)  "
              "some value = gold %d (%.1f%%)  first = gold where found %.1f%%"
              % (name, n, found, first, 100.0 * first / n, anyv, 100.0 * anyv / n,
                 100.0 * first / max(found, 1)))
    if verbose:
        for it, b in zip(items, ev_blocks):
            vals = [r[0] for r in b if r and r[1] == "date"]
            mark = "ok " if vals and vals[0] == it[3] else ("-- " if not vals else "XX ")
            print(mark, it[0], it[1], it[2], "gold", it[3], "got", vals, "|", it[4][:90])


if __name__ == "__main__":
    main()
