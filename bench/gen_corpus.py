#!/usr/bin/env python3
"""gen_corpus.py OUT.jsonl MB [SRC_DIR...] - writes a JSON Lines benchmark corpus of at least MB
megabytes (10^6 bytes of article text) by repeating, in a shuffled order each round, every .txt,
.html and .jsonl article found in the source folders. Each line is {"id","text"} (or "html") with
an id unique across repetitions, so records stay distinct. Deterministic: the shuffle is seeded.
Prints "articles text_bytes file_bytes" on stdout."""
import json
import os
import random
import sys


def articles(dirs):
    out = []
    for d in dirs:
        if not os.path.isdir(d):
            continue
        for root, _, files in os.walk(d):
            for f in sorted(files):
                p = os.path.join(root, f)
                ext = os.path.splitext(f)[1].lower()
                if ext in (".txt", ".html", ".htm"):
                    with open(p, encoding="utf-8", errors="replace") as fh:
                        body = fh.read()
                    if body.strip():
                        out.append((os.path.splitext(f)[0], "html" if ext != ".txt" else "text", body))
                elif ext in (".jsonl", ".ndjson"):
                    with open(p, encoding="utf-8") as fh:
                        for n, line in enumerate(fh):
                            try:
                                o = json.loads(line)
                            except ValueError:
                                continue
                            for key in ("text", "html"):
                                if isinstance(o.get(key), str) and o[key].strip():
                                    out.append(("%s-%d" % (os.path.splitext(f)[0], n), key, o[key]))
                                    break
    out.sort()
    return out


def main():
    if len(sys.argv) < 3:
        sys.stderr.write(__doc__ + "\n")
        return 2
    path, mb, dirs = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    arts = articles(dirs)
    if not arts:
        sys.stderr.write("gen_corpus: no articles found in %s\n" % " ".join(dirs))
        return 1
    want = int(mb * 1e6)
    rng = random.Random(8)
    text_bytes = file_bytes = n = 0
    rnd = 0
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        while text_bytes < want:
            order = list(range(len(arts)))
            rng.shuffle(order)
            for i in order:
                name, key, body = arts[i]
                line = json.dumps({"id": "b%d-%s" % (rnd, name), key: body}, ensure_ascii=False) + "\n"
                out.write(line)
                n += 1
                text_bytes += len(body.encode("utf-8"))
                file_bytes += len(line.encode("utf-8"))
                if text_bytes >= want:
                    break
            rnd += 1
    os.replace(tmp, path)
    print(n, text_bytes, file_bytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
