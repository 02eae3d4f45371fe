"""What a post-build hook does to a built index.html once its files are
final, shared by scripts/finish_html.py (the app) and bench/counter/finish.py
(the bench's counter), so both are built the same way:
- puts the SHA-256 of each inline script into the Content-Security-Policy
  (the `'inline-script-hashes'` placeholder), so the policy can forbid
  'unsafe-inline' and still let Trunk's loader start;
- recomputes the integrity (SRI) hash of every file a link names, for files
  rewritten after Trunk hashed them."""
import base64
import hashlib
import os
import re
import sys


def inline_script_hashes(html, path, hook):
    """`html` with its CSP placeholder replaced by the inline scripts' hashes."""
    hashes = []
    for match in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
        digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        hashes.append("'sha256-%s'" % base64.b64encode(digest).decode("ascii"))
    if "'inline-script-hashes'" not in html:
        sys.exit("%s: no 'inline-script-hashes' placeholder in %s" % (hook, path))
    return html.replace("'inline-script-hashes'", " ".join(hashes) or "'none'")


def fresh_integrity(html, staging):
    """`html` with each link's integrity hash computed from the file it names."""

    def refresh(match):
        tag = match.group(0)
        href = re.search(r'href="/?([^"]+)"', tag)
        if not href:
            return tag
        data = open(os.path.join(staging, href.group(1)), "rb").read()
        digest = base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")
        return re.sub(r'integrity="sha384-[^"]*"', 'integrity="sha384-%s"' % digest, tag)

    return re.sub(r"<link\b[^>]*\bintegrity=\"sha384-[^\"]*\"[^>]*>", refresh, html)
