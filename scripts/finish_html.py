#!/usr/bin/env python3
"""Trunk post_build hook for the staged index.html:
- puts the SHA-256 of each inline script into the Content-Security-Policy, so
  the policy can forbid 'unsafe-inline' and still let Trunk's loader start;
- marks the stylesheet crossorigin="anonymous" like the script and wasm links,
  so its integrity check also passes in a sandboxed frame (opaque origin),
  where every request is cross-origin. Trunk 0.21 has no option for this."""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
for page in ("index.html",):
    path = os.path.join(staging, page)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        html = f.read()
    hashes = []
    for match in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
        digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
    if "'inline-script-hashes'" not in html:
        sys.exit("finish_html.py: no 'inline-script-hashes' placeholder in %s" % path)
    html = html.replace("'inline-script-hashes'", " ".join(hashes) or "'none'")
    html = re.sub(r'<link rel="stylesheet"(?![^>]*crossorigin)', '<link rel="stylesheet" crossorigin="anonymous"', html)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
