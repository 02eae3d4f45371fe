#!/usr/bin/env python3
"""Prints the raw, gzip (-9) and brotli (-q 11) size of every file in a built
site, what a first visit transfers, and what is fetched only when needed.
Usage: scripts/sizes.py [dist]

A first visit fetches index.html and what it links (stylesheet, icon, the
main glue and WebAssembly) and the chunk loader the glue imports. The split
chunks (split_*.wasm, and chunk_*.wasm for code they share) are fetched when the user first needs them, and
embed.js only by pages that embed the widget."""
import gzip
import os
import sys

import brotli

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
width = max(len(r[0]) for r in rows)
print(f"{'file'.ljust(width)} {'raw':>10} {'gzip':>10} {'brotli':>10}")
for name, raw, gz, br in rows:
    print(f"{name.ljust(width)} {raw:>10,} {gz:>10,} {br:>10,}")
total = [sum(r[i] for r in rows) for i in (1, 2, 3)]
print(f"{'total'.ljust(width)} {total[0]:>10,} {total[1]:>10,} {total[2]:>10,}")


def on_demand(name):
    """Fetched after the first screen: chunks when needed, embed.js by host
    pages, and the offline files (service worker, manifest, app icons) in
    the background or when the app is installed."""
    base = os.path.basename(name)
    return base.startswith(("split_", "chunk_", "icon")) or base in (
        "embed.js", "sw.js", "manifest.webmanifest")


first = sum(r[3] for r in rows if not on_demand(r[0]))
print(f"first-load transfer (brotli): {first / 1000:.1f} KB (budget 110 KB)")
for name, _, _, br in rows:
    if on_demand(name):
        print(f"  fetched only when needed: {name} {br / 1000:.1f} KB")
