#!/usr/bin/env python3
"""Trunk post_build hook of the bench's counter: the steps of the app's
hook (scripts/split_wasm.py, then scripts/finish_html.py) that apply to an
app without split points, done the same way:
- in release builds, minifies the wasm-bindgen glue with the pinned terser
  (split_wasm.py does this to the app's glue);
- puts the SHA-256 of each inline script (Trunk's loader) into the
  Content-Security-Policy, and refreshes the integrity (SRI) hash of every
  file a link names, since terser rewrote the glue after Trunk hashed it
  (finish_html.py).
The app's other steps (the split, the chunk loader's preload and the
questions' chunk, the service worker's file list) have nothing to act on."""
import glob
import os
import subprocess
import sys

# The app's hook's own code for the CSP and integrity hashes, so both builds match.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
from html_hashes import fresh_integrity, inline_script_hashes  # noqa: E402

TERSER = "5.39.0"  # as scripts/split_wasm.py pins it

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
for wasm in glob.glob(os.path.join(staging, "*.wasm")):
    if b"reloc.CODE" in open(wasm, "rb").read():
        sys.exit('finish.py: %s keeps the relocations the app needs only for its split: build with RUSTFLAGS="--cfg erase_components" (Trunk.toml)' % wasm)
if os.environ.get("TRUNK_PROFILE", "release") == "release":
    found = subprocess.run(["terser", "--version"], capture_output=True, text=True).stdout
    if TERSER not in found:
        sys.exit("finish.py: terser must be %s (scripts/setup installs it), found %r" % (TERSER, found.strip()))
    glue = glob.glob(os.path.join(staging, "counter-*.js"))
    if len(glue) != 1:
        sys.exit("finish.py: expected one counter-*.js in %s, found %s" % (staging, glue))
    subprocess.run(["terser", glue[0], "--module", "--compress", "--mangle", "-o", glue[0]], check=True)

path = os.path.join(staging, "index.html")
html = open(path, encoding="utf-8").read()
html = inline_script_hashes(html, path, "finish.py")
html = fresh_integrity(html, staging)
open(path, "w", encoding="utf-8").write(html)
print("finish.py: glue minified, CSP and integrity hashes written")
