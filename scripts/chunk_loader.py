"""Reads the chunk loader (__wasm_split-*.js, written by wasm-split-cli and
rewritten by split_wasm.py) for the files a split point needs. Shared by
finish_html.py (what to preload) and sizes.py (what a journey downloads)."""
import os
import re
import sys


def chunk_files(staging, split):
    """The chunk of the split point module `split` and the shared chunks it
    needs, as the chunk loader (__wasm_split-*.js, written by wasm-split-cli)
    lists them."""
    loaders = [f for f in os.listdir(staging) if f.startswith("__wasm_split-") and f.endswith(".js")]
    if not loaders:
        return []
    if len(loaders) != 1:
        sys.exit("chunk_loader.py: expected one chunk loader, found %s" % loaders)
    loader = open(os.path.join(staging, loaders[0]), encoding="utf-8").read()
    fetched = r'makeLoad\(\(\) => \{\s*const src = compiled\(new URL\("\./([^"]+\.wasm)"'
    shared = dict(re.findall(r"const (__chunk_\d+) = " + fetched, loader))
    own = re.search(r"__wasm_split_load_%s = wrapAsyncCb\(" % split + fetched + r".*?\n, \[([^\]]*)\]\)\)", loader, re.S)
    if not own or not own.group(1).startswith("split_%s-" % split):
        sys.exit("chunk_loader.py: the chunk loader does not name the %s chunk as expected" % split)
    needs = [name.strip() for name in own.group(2).split(",") if name.strip()]
    if any(name not in shared for name in needs):
        sys.exit("chunk_loader.py: the chunk loader names chunks it does not define: %s" % needs)
    return [own.group(1)] + [shared[name] for name in needs]
