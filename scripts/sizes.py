#!/usr/bin/env python3
"""Prints the raw, gzip (-9) and brotli (-q 11) size of every file in a built
site, and the total a first visit transfers. Usage: scripts/sizes.py [dist]"""
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
print(f"first-load transfer (brotli): {total[2] / 1000:.1f} KB (budget 110 KB)")
