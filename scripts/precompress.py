"""Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each
compressible file of a built site, where smaller, for nginx's brotli_static and
gzip_static. Used by scripts/release and tests/deploy.rs (needs the brotli
binding scripts/setup puts in .tools/python).

    PYTHONPATH=.tools/python python3 scripts/precompress.py SITE_DIR
"""
import gzip, os, sys
import brotli

site = sys.argv[1]
COMPRESSIBLE = (".html", ".js", ".wasm", ".bin", ".css", ".svg", ".webmanifest", ".json", ".txt")
raw = br = gz = 0
for folder, _, files in os.walk(site):
    for name in sorted(files):
        if not name.endswith(COMPRESSIBLE):
            continue
        path = os.path.join(folder, name)
        data = open(path, "rb").read()
        squeezed = brotli.compress(data, quality=11)
        zipped = gzip.compress(data, 9, mtime=0)
        # Only where it helps: a tiny file can come out larger.
        if len(squeezed) < len(data):
            open(path + ".br", "wb").write(squeezed)
        if len(zipped) < len(data):
            open(path + ".gz", "wb").write(zipped)
        raw += len(data); br += len(squeezed); gz += len(zipped)
print("release: %d KB raw, %d KB brotli, %d KB gzip (compressible files)" % (raw // 1000, br // 1000, gz // 1000))
