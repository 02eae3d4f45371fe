#!/usr/bin/env python3
"""Trunk post_build hook for the staged index.html:
- puts the SHA-256 of each inline script into the Content-Security-Policy, so
  the policy can forbid 'unsafe-inline' and still let Trunk's loader start;
- marks the stylesheet crossorigin="anonymous" like the script and wasm links,
  so its integrity check also passes in a sandboxed frame (opaque origin),
  where every request is cross-origin. Trunk 0.21 has no option for this;
- preloads the chunk loader (__wasm_split-*.js) that the glue imports, so it
  does not wait for the glue to be parsed;
- for addresses with a council set (widgets, links from a council's page,
  links to answers),
  which open on the questions, starts fetching the questions' chunks (their
  bundle, as the chunk loader lists it) with the first screen instead of
  after it; for links to answers (`#council=...`), which open on a result,
  the engine's bundle and the councils file too. The script
  goes before the stylesheet, which would otherwise hold it back until the
  stylesheet has arrived;
- recomputes the integrity (SRI) hash of every file a link names, because
  split_wasm.py rewrites the WebAssembly and its glue after Trunk hashed them;
- last, writes into sw.js every file of the build with its SHA-256 and the
  cache version (a hash of them), so the service worker precaches exactly this
  release (README, "Offline and deployment")."""
import hashlib
import json
import os
import re
import sys

from chunk_loader import chunk_files
from html_hashes import fresh_integrity, inline_script_hashes

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")


for page in ("index.html",):
    path = os.path.join(staging, page)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        html = f.read()
    # The questions' chunk (with the shared chunks it needs), and what the
    # engine's chunk needs besides.
    questions = chunk_files(staging, "workspace")
    engine = [f for f in chunk_files(staging, "engine") if f not in questions] if questions else []
    # A link to answers needs the councils file too (the same file for
    # every council, so fetching it early says nothing about the link),
    # except in a widget set to its council, which fetches that council's
    # part alone.
    councils_file = sorted(f for f in os.listdir(staging) if re.match(r"^councils-[0-9a-f]{16}\.json$", f))
    if questions and questions[0] not in html:
        script = (
            "<script>\n"
            "// A council is set, so the questions come first: fetch their chunk now.\n"
            "// Answers in a link (after #, anything but today=) are a result at once: fetch the engine's\n"
            "// chunk and the councils file too (a widget set to its council fetches\n"
            "// that council's part alone). In a block: nothing global.\n"
            "{\n"
            "const answers = /(^#|&)(?!today=)[^&=]+=/.test(location.hash);\n"
            "const widget = /[?&]embed(&|=|$)/.test(location.search) && /[?&]council=/.test(location.search);\n"
            "for (const [wanted, files] of [[answers || /[?&]council=/.test(location.search), %s],\n"
            "    [answers, %s], [answers && !widget, %s]]) if (wanted) for (const href of files) {\n"
            "  const link = document.createElement('link');\n"
            "  link.rel = 'preload'; link.as = 'fetch'; link.crossOrigin = 'anonymous'; link.href = href;\n"
            "  document.head.append(link);\n"
            "}\n"
            "}\n"
            "</script>\n"
        ) % tuple("[" + ", ".join('"/%s"' % f for f in files) + "]" for files in (questions, engine, councils_file))
        # Early in the head, before the stylesheet: an inline script after a
        # stylesheet waits for it to arrive (about 250 ms on a slow line).
        if "</title>" not in html:
            sys.exit("finish_html.py: index.html has no </title> to put the chunk preloads after")
        html = html.replace("</title>", "</title>\n    " + script.rstrip("\n"), 1)

    html = inline_script_hashes(html, path, "finish_html.py")
    html = re.sub(r'<link rel="stylesheet"(?![^>]*crossorigin)', '<link rel="stylesheet" crossorigin="anonymous"', html)
    for loader in sorted(os.listdir(staging)):
        if loader.startswith("__wasm_split-") and loader.endswith(".js") and loader not in html:
            html = html.replace(
                '<link rel="modulepreload"',
                '<link rel="modulepreload" href="/%s" crossorigin="anonymous" integrity="sha384-">\n<link rel="modulepreload"'
                % loader,
                1,
            )

    html = fresh_integrity(html, staging)
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def precache(staging):
    """Writes into sw.js the list of every file of the build with its SHA-256,
    and the cache's version: a hash of that list, so any change to any file
    makes a new sw.js, which the browser installs beside the old one. Runs
    last, once every file (index.html included) is final. Not sw.js itself:
    browsers keep the worker's script apart, nor the councils' parts."""
    worker = os.path.join(staging, "sw.js")
    if not os.path.exists(worker):
        sys.exit("finish_html.py: no sw.js in %s (index.html copies public/sw.js)" % staging)
    files = []
    for folder, _, names in os.walk(staging):
        for name in names:
            path = os.path.join(folder, name)
            relative = "/" + os.path.relpath(path, staging).replace(os.sep, "/")
            if relative == "/sw.js" or name.endswith((".br", ".gz")):
                continue
            # Each council's part alone is for widgets, which have no worker;
            # offline, the app falls back to the whole councils file.
            if re.match(r"^/councils-[0-9a-f]+/", relative):
                continue
            files.append([relative, hashlib.sha256(open(path, "rb").read()).hexdigest()])
    files.sort()
    version = hashlib.sha256("".join("%s %s\n" % (p, h) for p, h in files).encode("utf-8")).hexdigest()[:16]
    with open(worker, encoding="utf-8") as f:
        script = f.read()
    for placeholder in ('"__PRECACHE_VERSION__"', "[/* __PRECACHE_FILES__ */]"):
        if placeholder not in script:
            sys.exit("finish_html.py: sw.js has no %s placeholder" % placeholder)
    script = script.replace('"__PRECACHE_VERSION__"', '"%s"' % version)
    script = script.replace("[/* __PRECACHE_FILES__ */]", json.dumps(files, separators=(",", ":")))
    with open(worker, "w", encoding="utf-8") as f:
        f.write(script)
    print("finish_html.py: sw.js precaches %d files, version %s" % (len(files), version))


precache(staging)
