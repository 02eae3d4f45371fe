"""Reads the chunk loader (__wasm_split-*.js, written by wasm-split-cli and
rewritten by split_wasm.py) for the files a split point needs. Shared by
split_wasm.py (which chunks go into the bundles), finish_html.py
(what to preload) and sizes.py (what a journey downloads)."""
import json
import os
import re
import sys

# How the loader gets one chunk: a file of its own, or part K of a bundle
# (split_wasm.py's bundle_chunks).
FETCHED = (
    r'makeLoad\(\(\) => \{\s*const src = '
    r'(?:compiled\(new URL\("\./([^"]+\.wasm)", import\.meta\.url\)\)|fromBundle\(\.\.\.(\w+), (\d+)\))'
)


def _source(match_file, match_bundle, match_part):
    return ["file", match_file] if match_file else ["bundle", match_bundle, int(match_part)]


def loader_needs(loader, split):
    """What the split point module `split` needs, its own chunk first, then
    the shared chunks: each ["file", name] or ["bundle", its constant, part]."""
    shared = {name: _source(f, c, k) for name, f, c, k in re.findall(r"const (__chunk_\d+) = " + FETCHED, loader)}
    own = re.search(
        r"__wasm_split_load_%s = wrapAsyncCb\(" % split + FETCHED + r".*?\n, \[([^\]]*)\]\)\)", loader, re.S
    )
    if not own:
        sys.exit("chunk_loader.py: the chunk loader does not name the %s chunk as expected" % split)
    needs = [name.strip() for name in own.group(4).split(",") if name.strip()]
    if any(name not in shared for name in needs):
        sys.exit("chunk_loader.py: the chunk loader names chunks it does not define: %s" % needs)
    first = _source(own.group(1), own.group(2), own.group(3))
    if first[0] == "file" and not first[1].startswith("split_%s" % split):
        sys.exit("chunk_loader.py: the chunk loader does not name the %s chunk as expected" % split)
    return [first] + [shared[name] for name in needs]


def layout(staging):
    """What split_wasm.py wrote at the top of the built loader: each bundle
    and where each of its parts ends, and what each split point needs
    ({"bundles": {name: [end, ...]}, "needs": {split: [["file", name] or
    ["bundle", name, part], ...]}}), or None for a site without chunks."""
    loaders = [f for f in os.listdir(staging) if f.startswith("__wasm_split-") and f.endswith(".js")]
    if not loaders:
        return None
    if len(loaders) != 1:
        sys.exit("chunk_loader.py: expected one chunk loader, found %s" % loaders)
    loader = open(os.path.join(staging, loaders[0]), encoding="utf-8").read()
    found = re.search(r"/\*!layout (\{.*?\})\*/", loader)
    if not found:
        sys.exit("chunk_loader.py: %s has no layout comment (split_wasm.py writes it)" % loaders[0])
    return json.loads(found.group(1))


def chunk_files(staging, split):
    """The files the split point module `split` needs (a bundle once for all
    its parts there)."""
    found = layout(staging)
    if found is None:
        return []
    files = []
    for need in found["needs"][split]:
        if need[1] not in files:
            files.append(need[1])
    return files
