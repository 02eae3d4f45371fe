#!/usr/bin/env python3
"""Prints the raw, gzip (-9) and brotli (-q 11) size of every file in a built
site, what a first visit transfers, and what is fetched only when needed.
Usage: scripts/sizes.py [dist]

A first visit fetches index.html and what it links (stylesheet, icon, the
main glue and WebAssembly) and the chunk loader the glue imports. The split
chunks (bundle_workspace-<hash>.bin and bundle_engine-<hash>.bin, each
holding a split point's chunks; split_*.wasm and chunk_*.wasm for others) and
the councils file (councils-<hash>.json) are fetched when the user first
needs them, and embed.js only by pages that embed the widget. It also prints
what a family's journey to a result transfers: the first load, the
questions' and the engine's chunks (the chunk loader says which shared
chunks each needs, and which bundle holds them), and the councils
file; and a widget set to one
council, which fetches that council's part alone (councils-<hash>/<id>.json)
instead of the councils file. The parts are summed up, not listed."""
import gzip
import os
import re
import sys

import brotli

from chunk_loader import chunk_files

root = sys.argv[1] if len(sys.argv) > 1 else "dist"
rows = []
for folder, _, files in os.walk(root):
    for name in sorted(files):
        if name.endswith((".br", ".gz")):
            continue
        path = os.path.join(folder, name)
        data = open(path, "rb").read()
        rows.append((os.path.relpath(path, root), len(data), len(gzip.compress(data, 9)),
                     len(brotli.compress(data, quality=11))))
rows.sort(key=lambda r: -r[1])


def is_council_part(name):
    return re.match(r"^councils-[0-9a-f]+/", name.replace(os.sep, "/")) is not None


def is_council_file(name):
    return os.path.basename(name).startswith("councils-") and name.endswith(".json") and not is_council_part(name)


def is_council_wording(name):
    """The councils' own wording, which the councils file goes without: fetched
    once that file is read, after the dates are counted."""
    return os.path.basename(name).startswith("council-words-") and name.endswith(".json")


part_rows = sorted((r for r in rows if is_council_part(r[0])), key=lambda r: r[3])
rows = [r for r in rows if not is_council_part(r[0])]
council_rows = sorted((r for r in rows if is_council_file(r[0])), key=lambda r: r[3])
width = max(len(r[0]) for r in rows if not is_council_file(r[0]))
print(f"{'file'.ljust(width)} {'raw':>10} {'gzip':>10} {'brotli':>10}")
for name, raw, gz, br in rows:
    if is_council_wording(name):
        print(f"{name.ljust(width)} {raw:>10,} {gz:>10,} {br:>10,}  (their wording, fetched after the result)")
    elif not is_council_file(name):
        print(f"{name.ljust(width)} {raw:>10,} {gz:>10,} {br:>10,}")
for name, raw, gz, br in council_rows:
    print(f"{name.ljust(width)} {raw:>10,} {gz:>10,} {br:>10,}  (every council's procedures and contacts, without their wording)")
if part_rows:
    median, largest = part_rows[len(part_rows) // 2], part_rows[-1]
    print(f"{len(part_rows)} councils' parts, each one council's alone (for widgets set to one council): "
          f"brotli median {median[3]:,} ({os.path.basename(median[0])}), largest {largest[3]:,} ({os.path.basename(largest[0])})")
total = [sum(r[i] for r in rows + part_rows) for i in (1, 2, 3)]
print(f"{'total'.ljust(width)} {total[0]:>10,} {total[1]:>10,} {total[2]:>10,}")


def on_demand(name):
    """Fetched after the first screen: chunks when needed, embed.js by host
    pages, and the offline files (offline.js and the manifest once the app
    has started, the service worker and app icons in the background or when
    the app is installed)."""
    base = os.path.basename(name)
    return base.startswith(("split_", "chunk_", "bundle_", "icon")) or is_council_file(base) \
        or is_council_wording(base) or base in (
        "embed.js", "sw.js", "manifest.webmanifest", "offline.js")


first = sum(r[3] for r in rows if not on_demand(r[0]))
print(f"first-load transfer (brotli): {first / 1000:.1f} KB (budget 110 KB)")
for name, _, _, br in rows:
    if on_demand(name) and not is_council_file(name):
        print(f"  fetched only when needed: {name} {br / 1000:.1f} KB")


questions, engine = (set(chunk_files(root, split)) for split in ("workspace", "engine"))
if questions and engine and council_rows:
    brotli_of = {os.path.basename(r[0]): r[3] for r in rows}
    path = sum(brotli_of[n] for n in questions | engine)
    data = council_rows[0][3]
    print(f"questions' part (brotli): {sum(brotli_of[n] for n in questions) / 1000:.1f} KB in "
          f"{len(questions)} file(s) ({', '.join(sorted(questions))})")
    print(f"journey to a result (brotli): {(first + path + data) / 1000:.1f} KB "
          f"(first load {first / 1000:.1f}, questions and engine {path / 1000:.1f}, councils file {data / 1000:.1f}) "
          f"(budget 230 KB)")
    wording = [r[3] for r in rows if is_council_wording(r[0])]
    if wording:
        print(f"  then the councils' wording, once the dates are shown: {wording[0] / 1000:.1f} KB "
              f"(a journey's whole transfer {(first + path + data + wording[0]) / 1000:.1f} KB)")
    if part_rows:
        part = part_rows[-1][3]
        print(f"a widget's journey to a result (brotli): {(first + path + part) / 1000:.1f} KB "
              f"(the same with its council's part instead of the councils file: the largest, "
              f"{os.path.basename(part_rows[-1][0])}, {part / 1000:.1f} KB) (budget 230 KB)")
