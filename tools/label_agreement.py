#!/usr/bin/env python3
"""How far two writers agree on what a development set's instructions mean: the labels of
server/src/test/resources/understanding/devN.tsv against a second writer's labels of the same
instructions (understanding/second-labels/devN.tsv), per kind, scored by the rules Easel's own
readings are scored by (UnderstandingLabels: the same kind; adjustments the same set; paint and
generate prompts sharing three quarters of their words). It says how much of a miss is the labels'
own disagreement, the ceiling a reading can be measured against.

    python3 tools/label_agreement.py 148 149
"""
import collections
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SETS = os.path.join(ROOT, "server", "src", "test", "resources", "understanding")
ARTICLES = {"a", "an", "the"}
# lifting the shadows or the exposure brightens, as UnderstandingLabels.REFINES counts it
REFINES = {"exposure+": "brightness+", "shadows+": "brightness+", "highlights+": "brightness+",
           "exposure-": "brightness-", "highlights-": "brightness-", "shadows-": "brightness-"}


def words(text):
    text = text.lower().replace("colour", "color").replace("grey", "gray")
    return {w for w in re.split(r"[^a-z0-9']+", text) if w and w not in ARTICLES}


def words_agree(expected, actual):
    e, a = words(expected), words(actual)
    if not e or not a:
        return e == a
    return len(e & a) >= 0.75 * len(e | a)


def kind(label):
    return re.split(r"[:;]", label, 1)[0].strip()


def argument(label):
    if label.startswith("variation"):
        semicolon = label.find(";")
        return "" if semicolon < 0 else label[label.find(":", semicolon) + 1:].strip()
    colon = label.find(":")
    return "" if colon < 0 else label[colon + 1:].strip()


def same_sides(expected, actual):
    e = [s.strip() for s in expected.split(",")]
    a = [s.strip() for s in actual.split(",")]
    if {s.split("=")[0] for s in e} != {s.split("=")[0] for s in a}:
        return False
    return all(s in a for s in e if "=" in s)


def matches(expected, actual):
    if kind(expected) != kind(actual):
        return False
    k, e, a = kind(expected), argument(expected), argument(actual)
    if k == "adjust":
        wanted = set(re.split(r"[\s,]+", e))
        said = {REFINES[op] if op not in wanted and REFINES.get(op) in wanted else op for op in re.split(r"[\s,]+", a)}
        return wanted == said
    if k == "extend":
        return same_sides(e, a)
    if k in ("paint", "generate"):
        return words_agree(e.split("; without:")[0], a.split("; without:")[0])
    if k in ("style", "variation"):
        return words_agree(e, a)
    if k == "show":
        return e == a or {e, a} == {"first", "#1"}
    if k == "reapply":
        return e == a
    return True


def labelled(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and not line.startswith(("#", "@")):
                rows.append((cols[0], cols[2]))
    return rows


def main(numbers):
    total, agreed, same_kind = collections.Counter(), collections.Counter(), collections.Counter()
    for n in numbers:
        first = labelled(os.path.join(SETS, f"dev{n}.tsv"))
        second = labelled(os.path.join(SETS, "second-labels", f"dev{n}.tsv"))
        if [i for i, _ in first] != [i for i, _ in second]:
            sys.exit(f"dev{n}: the second labels are not of the same instructions in the same order")
        for (_, one), (_, other) in zip(first, second):
            ones = [x.strip() for x in one.split(" | ")]
            others = [x.strip() for x in other.split(" | ")]
            k = kind(ones[0])
            total[k] += 1
            agreed[k] += any(matches(x, y) for x in ones for y in others)
            same_kind[k] += any(kind(x) == kind(y) for x in ones for y in others)
    for k in sorted(total):
        print(f"{k:12s} {total[k]:4d}  agree {100 * agreed[k] / total[k]:5.1f}%  same kind {100 * same_kind[k] / total[k]:5.1f}%")
    n = sum(total.values())
    print(f"all          {n:4d}  agree {100 * sum(agreed.values()) / n:5.1f}%  same kind {100 * sum(same_kind.values()) / n:5.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:] or ["148", "149"])
