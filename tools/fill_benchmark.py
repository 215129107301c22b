#!/usr/bin/python3
"""Fill and remove on real photographs: Easel against G'MIC's patch inpainting and OpenCV's Telea.

BENCHMARKS.md, "Fill and remove on real photographs", says how to run it and what it found.

Photographs come from Debian packages (scikit-image's and OpenCV's test images, the MATE
wallpapers), fetched with `apt-get download` and unpacked into the cache folder, so any machine
with Debian's archive gets the same pixels. Each is reduced to at most 512 px on its long side
and gets four holes (a square of 6 % of the image, an irregular blob of 6 %, a brush stroke of
about 2 %, an ellipse of 12 %). The hole's true pixels are erased (set to black) in the files every
method reads; only the scoring reads the original.

Scores, inside the hole: the mean absolute error against the true pixels (RGB, 0-255), and the
detail ratio: the high-frequency energy (luminance minus its Gaussian blur, sigma 1.5, squared)
inside the hole over that in a 16 px ring around it. A smear scores well below 1; the target
is 0.7-1.5. The truth's own ratio is given too, since a hole may hold more or less detail than
its surroundings.

Usage (needs python3-opencv, gmic and a built server: mvn -o -q -pl server -am test-compile):
    tools/fill_benchmark.py run --label after --part report [--methods easel,gmic,telea]
    tools/fill_benchmark.py table OUT/results-before.csv OUT/results-after.csv
"""
import argparse
import csv
import os
import subprocess
import sys
import time
import zlib

import cv2
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIMAGE = "usr/lib/python3/dist-packages/skimage/data/"
OPENCV = "usr/share/doc/opencv-doc/examples/data/"
MATE = "usr/share/backgrounds/mate/nature/"

# name, kind, Debian package, path inside it, part (tune: used to choose parameters; report: the numbers)
PHOTOS = [
    ("basketball", "people", "opencv-doc", OPENCV + "basketball1.png", "tune"),
    ("astronaut", "people", "python3-skimage", SKIMAGE + "astronaut.png", "report"),
    ("footballer", "people", "opencv-doc", OPENCV + "messi5.jpg", "report"),
    ("baboon", "animals", "opencv-doc", OPENCV + "baboon.jpg", "tune"),
    ("cat", "animals", "python3-skimage", SKIMAGE + "chelsea.png", "report"),
    ("robin", "animals", "opencv-doc", "usr/share/doc/opencv-doc/examples/hfs/data/000.jpg", "report"),
    ("squirrel", "animals", "opencv-doc", OPENCV + "squirrel_cls.jpg", "report"),
    ("dog", "animals", "opencv-doc", OPENCV + "chicky_512.png", "report"),
    ("motorcycle", "objects", "python3-skimage", SKIMAGE + "motorcycle_left.png", "tune"),
    ("coffee", "objects", "python3-skimage", SKIMAGE + "coffee.png", "report"),
    ("fruits", "objects", "opencv-doc", OPENCV + "fruits.jpg", "report"),
    ("desk", "objects", "opencv-doc", OPENCV + "stuff.jpg", "report"),
    ("notebook", "objects", "opencv-doc", OPENCV + "ela_original.jpg", "report"),
    ("brick", "man-made texture", "python3-skimage", SKIMAGE + "brick.png", "tune"),
    ("building", "man-made texture", "opencv-doc", OPENCV + "building.jpg", "report"),
    ("circuit", "man-made texture", "opencv-doc", OPENCV + "board.jpg", "report"),
    ("street", "man-made texture", "opencv-doc", OPENCV + "leuvenA.jpg", "report"),
    ("gravel", "natural texture", "python3-skimage", SKIMAGE + "gravel.png", "tune"),
    ("dune", "natural texture", "mate-backgrounds", MATE + "Dune.jpg", "tune"),
    ("grass", "natural texture", "python3-skimage", SKIMAGE + "grass.png", "report"),
    ("wood", "natural texture", "mate-backgrounds", MATE + "Wood.jpg", "report"),
    ("leaf", "natural texture", "mate-backgrounds", MATE + "Blinds.jpg", "report"),
]
KINDS = ["people", "animals", "objects", "man-made texture", "natural texture"]
HOLES = ["square6", "blob6", "stroke2", "ellipse12"]
MAX_SIDE = 512
RING_PX = 16
GMIC = "/usr/bin/gmic"
# G'MIC's patch-based inpainting with the defaults of its "Inpaint [Patch-Based]" filter, the one
# Krita's and GIMP's G'MIC-Qt offer. G'MIC 2.9 (Debian 12) names the command `inpaint`
# (patch-based when given a patch size); later versions call it `inpaint_patch`.
GMIC_ARGS = ["inpaint[0]", "[1],7,16,0.1,1,1.2,0,0.05,10,1"]


def unpack(cache):
    """Unpacks the photographs' packages into cache/pkg (once)."""
    debs = os.path.join(cache, "debs")
    pkg = os.path.join(cache, "pkg")
    os.makedirs(debs, exist_ok=True)
    for package in sorted({p[2] for p in PHOTOS}):
        marker = os.path.join(pkg, "." + package)
        if os.path.exists(marker):
            continue
        subprocess.run(["apt-get", "download", package], cwd=debs, check=True)
        deb = [f for f in os.listdir(debs) if f.startswith(package + "_") and f.endswith(".deb")][0]
        subprocess.run(["dpkg-deb", "-x", os.path.join(debs, deb), pkg], check=True)
        open(marker, "w").close()
    return pkg


def photograph(pkg, path):
    """The photograph as 8-bit BGR, reduced to MAX_SIDE on its long side with an area filter."""
    image = cv2.imread(os.path.join(pkg, path), cv2.IMREAD_COLOR)
    if image is None:
        raise SystemExit("cannot read " + path)
    h, w = image.shape[:2]
    scale = MAX_SIDE / max(h, w)
    if scale < 1:
        image = cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    return image


def hole(kind, h, w, seed):
    """A hole of the given kind, inside the image (not touching its edge: that would be an extension)."""
    rng = np.random.RandomState(seed)
    mask = np.zeros((h, w), np.uint8)
    margin = 12
    if kind == "square6":
        side = int(round((0.06 * h * w) ** 0.5))
        x = rng.randint(margin, w - side - margin)
        y = rng.randint(margin, h - side - margin)
        mask[y:y + side, x:x + side] = 255
    elif kind == "ellipse12":
        area = 0.12 * h * w
        ratio = rng.uniform(0.6, 1.0)
        a = (area / (np.pi * ratio)) ** 0.5
        b = a * ratio
        cx = rng.randint(int(a) + margin, w - int(a) - margin)
        cy = rng.randint(int(b) + margin, h - int(b) - margin)
        cv2.ellipse(mask, (cx, cy), (int(a), int(b)), rng.uniform(0, 30), 0, 360, 255, -1)
    elif kind == "blob6":
        # An object-like outline: overlapping ellipses grown until they cover 6 %.
        r = int((0.06 * h * w / np.pi) ** 0.5)
        cx = rng.randint(r + margin, w - r - margin)
        cy = rng.randint(r + margin, h - r - margin)
        while (mask > 0).mean() < 0.06:
            ox = int(np.clip(cx + rng.randint(-r // 2, r // 2 + 1), margin + r // 2, w - margin - r // 2))
            oy = int(np.clip(cy + rng.randint(-r // 2, r // 2 + 1), margin + r // 2, h - margin - r // 2))
            cv2.ellipse(mask, (ox, oy), (r // 2 + rng.randint(0, r // 3), r // 3 + rng.randint(0, r // 3)),
                        rng.uniform(0, 180), 0, 360, 255, -1)
    elif kind == "stroke2":
        # A wire or scratch: a thick polyline across much of the picture.
        thickness = max(6, min(h, w) // 40)
        points = []
        x, y = rng.randint(w // 6, w // 3), rng.randint(h // 6, 5 * h // 6)
        for _ in range(4):
            points.append((x, y))
            x = int(np.clip(x + rng.randint(w // 8, w // 4), margin * 2, w - margin * 2))
            y = int(np.clip(y + rng.randint(-h // 4, h // 4), margin * 2, h - margin * 2))
        cv2.polylines(mask, [np.array(points, np.int32)], False, 255, thickness)
    else:
        raise ValueError(kind)
    return mask


def luminance(image):
    return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY).astype(np.float64)


def detail_ratio(image, mask):
    """High-frequency energy inside the hole over that in a ring around it."""
    lum = luminance(image)
    high = lum - cv2.GaussianBlur(lum, (0, 0), 1.5)
    inside = mask > 0
    ring = cv2.dilate(mask, np.ones((2 * RING_PX + 1, 2 * RING_PX + 1), np.uint8)) > 0
    ring &= ~inside
    around = (high[ring] ** 2).mean()
    return (high[inside] ** 2).mean() / max(around, 1e-9)


def mae(result, truth, mask):
    inside = mask > 0
    return np.abs(result.astype(np.float64) - truth.astype(np.float64))[inside].mean()


def run_gmic(src, mask_path, out):
    subprocess.run([GMIC, "-v", "-", src, mask_path] + GMIC_ARGS + ["output[0]", out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def easel_classpath():
    parts = ["protocol/target/classes", "server/target/classes", "server/target/test-classes"]
    return os.pathsep.join(os.path.join(ROOT, p) for p in parts)


def run(args):
    pkg = unpack(args.cache)
    work = os.path.join(args.out, "cases")
    os.makedirs(work, exist_ok=True)
    methods = args.methods.split(",")
    cases = []
    for name, kind, _, path, part in PHOTOS:
        if args.part != "all" and part != args.part:
            continue
        if args.only and name not in args.only.split(","):
            continue
        truth = photograph(pkg, path)
        h, w = truth.shape[:2]
        for shape in HOLES:
            mask = hole(shape, h, w, zlib.crc32((name + shape).encode()))
            base = os.path.join(work, name + "-" + shape)
            erased = truth.copy()
            erased[mask > 0] = 0   # the true pixels are gone before any method sees the file
            cv2.imwrite(base + "-input.png", erased)
            cv2.imwrite(base + "-mask.png", mask)
            cases.append(dict(name=name, kind=kind, part=part, hole=shape, base=base, truth=truth, mask=mask,
                              area=(mask > 0).mean()))
    times = {m: {} for m in methods}
    if "easel" in methods:
        manifest = os.path.join(args.out, "manifest.tsv")
        with open(manifest, "w") as f:
            for c in cases:
                f.write("\t".join([c["base"] + "-input.png", c["base"] + "-mask.png",
                                   c["base"] + "-easel-" + args.label + ".png"]) + "\n")
        times_file = os.path.join(args.out, "easel-times.txt")
        subprocess.run(["java", "-Xmx2g", "-cp", easel_classpath(), "org.easel.server.bench.PhotoFillRunner",
                        manifest, times_file], check=True)
        with open(times_file) as f:
            for c, t in zip(cases, f.read().split()):
                times["easel"][c["base"]] = float(t)
    for c in cases:
        if "gmic" in methods:
            start = time.perf_counter()
            run_gmic(c["base"] + "-input.png", c["base"] + "-mask.png", c["base"] + "-gmic.png")
            times["gmic"][c["base"]] = time.perf_counter() - start
        if "telea" in methods:
            erased = cv2.imread(c["base"] + "-input.png")
            start = time.perf_counter()
            result = cv2.inpaint(erased, c["mask"], 3, cv2.INPAINT_TELEA)
            times["telea"][c["base"]] = time.perf_counter() - start
            cv2.imwrite(c["base"] + "-telea.png", result)
    out = os.path.join(args.out, "results-" + args.label + ".csv")
    with open(out, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["method", "name", "kind", "part", "hole", "area", "mae", "detail", "truth_detail",
                         "seconds"])
        for c in cases:
            for m in methods:
                file = c["base"] + ("-easel-" + args.label if m == "easel" else "-" + m) + ".png"
                result = cv2.imread(file)
                label = "easel-" + args.label if m == "easel" else m
                writer.writerow([label, c["name"], c["kind"], c["part"], c["hole"], "%.4f" % c["area"],
                                 "%.3f" % mae(result, c["truth"], c["mask"]),
                                 "%.3f" % detail_ratio(result, c["mask"]),
                                 "%.3f" % detail_ratio(c["truth"], c["mask"]), "%.4f" % times[m][c["base"]]])
    print("wrote", out)


def table(args):
    rows = []
    for path in args.csv:
        with open(path) as f:
            rows.extend(csv.DictReader(f))
    methods = list(dict.fromkeys(r["method"] for r in rows))
    part = {r["part"] for r in rows}
    print("Part: " + ", ".join(sorted(part)) + "; %d cases per method" % (len(rows) // len(methods)))
    print()
    print("| kind | " + " | ".join(m + " MAE / detail / s" for m in methods) + " | truth detail |")
    print("|---|" + "---|" * (len(methods) + 1))

    def line(label, selected):
        cells = []
        for m in methods:
            mine = [r for r in selected if r["method"] == m]
            cells.append("%.2f / %.2f / %.2f" % (np.mean([float(r["mae"]) for r in mine]),
                                                 np.median([float(r["detail"]) for r in mine]),
                                                 np.mean([float(r["seconds"]) for r in mine])))
        truth = np.median([float(r["truth_detail"]) for r in selected if r["method"] == methods[0]])
        print("| " + label + " | " + " | ".join(cells) + " | %.2f |" % truth)

    for kind in KINDS:
        selected = [r for r in rows if r["kind"] == kind]
        if selected:
            line(kind, selected)
    for shape in HOLES:
        selected = [r for r in rows if r["hole"] == shape]
        if selected:
            line("hole " + shape, selected)
    line("**all**", rows)
    if "gmic" in methods:
        gmic = {(r["name"], r["hole"]): r for r in rows if r["method"] == "gmic"}
        for m in methods:
            if m == "gmic":
                continue
            mine = [r for r in rows if r["method"] == m]
            wins = sum(float(r["mae"]) < float(gmic[(r["name"], r["hole"])]["mae"]) for r in mine)
            ratio = np.sum([float(r["seconds"]) for r in mine]) / np.sum([float(gmic[(r["name"], r["hole"])]
                                                                                ["seconds"]) for r in mine])
            in_band = sum(0.7 <= float(r["detail"]) <= 1.5 for r in mine)
            print()
            print("%s: lower MAE than G'MIC in %d of %d cases; total time %.2f× G'MIC's; detail ratio in "
                  "0.7-1.5 in %d of %d cases" % (m, wins, len(mine), ratio, in_band, len(mine)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="fill every case with the chosen methods and score them")
    r.add_argument("--label", default="current", help="names Easel's results (before/after)")
    r.add_argument("--part", choices=["tune", "report", "all"], default="report")
    r.add_argument("--methods", default="easel,gmic,telea")
    r.add_argument("--only", help="comma-separated photograph names")
    r.add_argument("--cache", default=os.path.join(ROOT, "target", "fill-benchmark"))
    r.add_argument("--out", default=os.path.join(ROOT, "target", "fill-benchmark"))
    t = sub.add_parser("table", help="markdown table of one or more results files")
    t.add_argument("csv", nargs="+")
    args = parser.parse_args()
    if args.command == "run":
        args.out = os.path.join(args.out, args.part)
        run(args)
    else:
        table(args)


if __name__ == "__main__":
    sys.exit(main())
