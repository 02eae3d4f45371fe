#!/usr/bin/env python3
"""Trunk post_build step: splits the app's WebAssembly so a first visit only
downloads the first screen (council picker, page frame and footer).

Functions marked `#[wasm_split(...)]` in src/ui (the questions, results and
keeping features; the embed builder) move into their own .wasm chunks, which
the app fetches from this same site when the user first needs them. Trunk
0.21 cannot do this itself, so this step redoes its last three steps on the
code cargo built, with the same pinned tools:

  wasm-split-cli (wasm_split_cli_support 0.2.4, crates.io)  the split
  wasm-bindgen 0.2.130                                       the JS glue
  wasm-opt (binaryen 132, npm), release builds only          -O2 -Os per file, tool sections stripped
  terser 5.39.0 (npm), release builds only                  smaller glue, and the
                                                             hand-written scripts

The questions' chunks and the engine's (with the shared chunks each needs)
are then packed into two bundles, bundle_workspace-<hash>.bin and
bundle_engine-<hash>.bin, each compressed as one stream by the host, and the
loader takes each chunk from its bundle as soon as its bytes are in.

It also copies build.rs's councils file (every council's procedures and
contacts) into the site, with each council's part alone beside it.

Every file is named by a hash of what it is made from (the main files'
names replace Trunk's in index.html), so a new release never meets an old
cached file. finish_html.py then refreshes the integrity and CSP hashes.
Needs `-C link-args=--emit-relocs` (set in .cargo/config.toml) and the
cargo feature `split` (index.html's data-cargo-features), without which the
split points are plain functions and there is nothing to split."""
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from chunk_loader import loader_needs

WASM_OPT_FEATURES = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
]


# Pinned in scripts/setup; part of the main files' name, so a tool upgrade renames them.
PINNED = {"wasm-bindgen": "0.2.130", "wasm-opt": "version 132", "terser": "5.39.0"}


def run(*args):
    subprocess.run(args, check=True)


def check_pinned(release):
    for tool, version in PINNED.items():
        if tool != "wasm-bindgen" and not release:
            continue
        found = subprocess.run([tool, "--version"], capture_output=True, text=True).stdout
        if version not in found:
            sys.exit("split_wasm.py: %s must be %s (scripts/setup installs it), found %r" % (tool, version, found.strip()))


def short_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


# Each chunk's fetch as wasm-split-cli writes it: compiled on arrival, with
# the main module's exports, once the app asks for it.
FETCHED = re.compile(
    r'const src = fetch\((new URL\("\./[^"]+\.wasm", import\.meta\.url\))\);\n'
    r'    src\.catch\(\(\) => \{\}\);\n'
    r'    return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);'
)

# Compiling needs no imports: a chunk is compiled as it arrives (while the
# first screen's larger file is still on its way, when the page preloads it)
# and only instantiated when the app asks for it. A failed load fetches
# afresh when the app tries again.
AHEAD = """function compiled(url) {
    const module = WebAssembly.compileStreaming(fetch(url));
    module.catch(() => {});
    return module;
}
"""

# The questions' chunks (their own and the shared ones they need) travel as
# one file, and the engine's (with the shared ones the questions did not
# bring) as another, so each is compressed as one stream: 8.6 KB less than
# six files, brotli, since they share so much code. The engine keeps a file
# of its own so that its bytes never share the line with the first screen's
# wasm while a widget waits for its questions (one file for both was 5.7 KB
# smaller but put a widget's questions on the page 100 ms later). Each chunk
# is compiled as soon as its own bytes are in. A file that fails, or is cut
# short, fails only the chunks not yet in; the next load fetches it afresh.
BUNDLES = """const bundles = new Map();
function fromBundle(url, ends, index) {
    let parts = bundles.get(url.href);
    if (!parts) {
        const these = ends.map(() => {
            const part = {};
            part.module = new Promise((ok, no) => Object.assign(part, { ok, no }));
            part.module.catch(() => {});
            return part;
        });
        parts = these;
        bundles.set(url.href, these);
        (async () => {
            const response = await fetch(url);
            if (!response.ok) throw new Error(url + ": " + response.status);
            const bytes = new Uint8Array(ends[ends.length - 1]);
            const reader = response.body.getReader();
            let filled = 0, next = 0;
            for (;;) {
                const { done, value } = await reader.read();
                if (done) break;
                if (filled + value.length > bytes.length) throw new Error(url + ": longer than built");
                bytes.set(value, filled);
                filled += value.length;
                for (; next < these.length && ends[next] <= filled; next++) {
                    these[next].ok(WebAssembly.compile(bytes.subarray(next ? ends[next - 1] : 0, ends[next])));
                }
            }
            if (next < these.length) throw new Error(url + ": cut short");
        })().catch((error) => {
            if (bundles.get(url.href) === these) bundles.delete(url.href);
            for (const part of these) part.no(error);
        });
    }
    return parts[index].module;
}
%(declarations)s
// Started with the first screen when the page preloads one (a council set, a link to answers).
for (const link of document.querySelectorAll("link[rel=preload][as=fetch]")) {
    for (const [url, ends] of [%(names)s]) if (link.href == url.href) fromBundle(url, ends, 0);
}
"""


def compile_ahead(loader):
    """The chunk loader, with each chunk compiled ahead when the page preloads it."""
    count = len(FETCHED.findall(loader))
    if count == 0 or "function makeLoad(" not in loader:
        sys.exit("split_wasm.py: the chunk loader does not fetch its chunks as expected (wasm-split-cli changed?)")
    loader = FETCHED.sub(
        lambda m: "const src = compiled(%s);\n"
        "    return async (imports) => ({ module: await src, instance: await WebAssembly.instantiate(await src, imports) });"
        % m.group(1),
        loader,
    )
    if "instantiateStreaming" in loader:
        sys.exit("split_wasm.py: the chunk loader fetches a chunk in a way this step does not know (wasm-split-cli changed?)")
    return loader.replace("function makeLoad(", AHEAD + "function makeLoad(", 1)


# The split points whose chunks are bundled, in the order a journey needs them.
BUNDLED = ("workspace", "engine")


def _leb(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def _uleb(value):
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | 0x80 if value else byte)
        if not value:
            return bytes(out)


# Exported by wasm-streams, which Leptos links through server_fn's browser
# client: JavaScript stream classes for server functions' streamed bodies.
# The app has no server functions, and nothing in it makes one of these
# objects (it would import their constructors), so their exports only keep
# their code alive: 1.2 KB of every first download, brotli.
UNUSED_EXPORTS = ("intounderlying", "__wbg_intounderlying")


def drop_unused_exports(path):
    """Removes UNUSED_EXPORTS from the main module's exports (wasm-opt then
    drops their code), after checking nothing imports their constructors."""
    data = open(path, "rb").read()
    out, i, dropped = bytearray(data[:8]), 8, 0
    while i < len(data):
        section = data[i]
        size, start = _leb(data, i + 1)
        body = data[start:start + size]
        if section == 2 and b"intounderlying" in body:
            sys.exit("split_wasm.py: the app now makes wasm-streams objects; keep their exports (UNUSED_EXPORTS)")
        if section == 7:
            count, k = _leb(body, 0)
            kept = []
            for _ in range(count):
                length, name_start = _leb(body, k)
                name = body[name_start:name_start + length].decode("utf-8")
                _, end = _leb(body, name_start + length + 1)
                if name.startswith(UNUSED_EXPORTS):
                    dropped += 1
                else:
                    kept.append(body[k:end])
                k = end
            body = _uleb(len(kept)) + b"".join(kept)
        out += bytes([section]) + _uleb(len(body)) + body
        i = start + size
    open(path, "wb").write(bytes(out))
    print("split_wasm.py: dropped %d unused exports (wasm-streams) from %s" % (dropped, os.path.basename(path)))


def bundle_chunks(loader, split_dir, staging):
    """Puts each of BUNDLED's chunks (its own and the shared chunks it needs
    that an earlier one has not brought) into one file, bundle_<split>-<hash>.bin,
    and has the loader take them from there. Returns the loader, the chunks
    bundled (not copied into the site on their own) and each bundle's file
    and chunk ends by the loader's name for it."""
    for old in glob.glob(os.path.join(staging, "bundle_*.bin")):
        os.remove(old)
    bundled, declarations, bundles = [], [], {}
    for split in BUNDLED:
        # Chunks an earlier bundle brought are already taken from it.
        order = [need[1] for need in loader_needs(loader, split) if need[0] == "file"]
        data, ends = b"", []
        for name in order:
            data += open(os.path.join(split_dir, name), "rb").read()
            ends.append(len(data))
        file = "bundle_%s-%s.bin" % (split, short_hash(data))
        const = "%sBundle" % split
        declarations.append('const %s = [new URL("./%s", import.meta.url), %s];' % (const, file, ends))
        bundles[const] = (file, ends)
        for index, name in enumerate(order):
            fetched = 'compiled(new URL("./%s", import.meta.url))' % name
            if loader.count(fetched) != 1:
                sys.exit("split_wasm.py: the chunk loader does not fetch %s once as expected" % name)
            loader = loader.replace(fetched, "fromBundle(...%s, %d)" % (const, index))
        open(os.path.join(staging, file), "wb").write(data)
        bundled += order
        print("split_wasm.py: %s holds %s (%d bytes)" % (file, ", ".join(order), len(data)))
    code = BUNDLES % {"declarations": "\n".join(declarations), "names": ", ".join(bundles)}
    return loader.replace("function makeLoad(", code + "function makeLoad(", 1), set(bundled), bundles


def with_layout(loader, bundles):
    """The loader with what each split point needs written at its top, as
    JSON in a comment that minifying keeps, for finish_html.py and sizes.py
    (chunk_loader.py's layout) to read. `bundles`: bundle_chunks's."""
    layout = {
        "bundles": {file: ends for file, ends in bundles.values()},
        "needs": {split: [[need[0], bundles[need[1]][0], need[2]] if need[0] == "bundle" else need
                          for need in loader_needs(loader, split)]
                  for split in re.findall(r"export const __wasm_split_load_(\w+) = ", loader)},
    }
    return "/*!layout %s*/\n%s" % (json.dumps(layout, separators=(",", ":")), loader)


def split(staging, cargo_wasm, release):
    glue = [p for p in glob.glob(os.path.join(staging, "complaint-navigator-*.js"))]
    if len(glue) != 1:
        sys.exit("split_wasm.py: expected one complaint-navigator-*.js in %s, found %s" % (staging, glue))
    stem = os.path.basename(glue[0])[: -len(".js")]
    work = tempfile.mkdtemp(prefix="split-", dir=os.environ.get("TMPDIR"))
    try:
        split_dir = os.path.join(work, "split")
        bindgen_dir = os.path.join(work, "bindgen")
        run("wasm-split-cli", cargo_wasm, split_dir, "--target", "web", "--out-name", stem)
        run("wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-typescript",
            "--out-dir", bindgen_dir, "--out-name", stem, os.path.join(split_dir, stem + ".wasm"))

        # split_<name>.wasm per split point, chunk_<n>.wasm for code they share.
        main_wasm = os.path.join(split_dir, stem + ".wasm")
        chunks = sorted(p for p in glob.glob(os.path.join(split_dir, "*.wasm")) if p != main_wasm)
        if not chunks:
            sys.exit("split_wasm.py: no chunks: was the app built without the `split` feature (index.html's data-cargo-features)?")
        outputs = [os.path.join(bindgen_dir, stem + "_bg.wasm")] + chunks
        if release:
            drop_unused_exports(outputs[0])
            for path in outputs:
                # -O2 then -Os rather than -Oz: more bytes before compression
                # but 1.2 KB (brotli) less on a journey, and no slower
                # (README, "How the first load stays small"). The tool
                # sections go last: browsers never read them (about 200
                # bytes a file).
                run("wasm-opt", "-O2", "-Os", *WASM_OPT_FEATURES, "--strip-producers", "--strip-target-features",
                    path, "-o", path)

        # Content-hashed chunk names, written into the chunk loader.
        link_path = os.path.join(split_dir, "__wasm_split.js")
        link = compile_ahead(open(link_path, encoding="utf-8").read())
        link, bundled, bundles = bundle_chunks(link, split_dir, staging)
        for old in glob.glob(os.path.join(staging, "split_*.wasm")) + glob.glob(
            os.path.join(staging, "chunk_*.wasm")
        ) + glob.glob(
            os.path.join(staging, "__wasm_split*.js")
        ):
            os.remove(old)
        for chunk in chunks:
            name = os.path.basename(chunk)
            if name in bundled:
                continue
            data = open(chunk, "rb").read()
            hashed = "%s-%s.wasm" % (name[: -len(".wasm")], short_hash(data))
            if ('"./%s"' % name) not in link:
                sys.exit("split_wasm.py: %s is not named in __wasm_split.js" % name)
            link = link.replace('"./%s"' % name, '"./%s"' % hashed)
            shutil.copyfile(chunk, os.path.join(staging, hashed))

        js = open(os.path.join(bindgen_dir, stem + ".js"), encoding="utf-8").read()
        main_bytes = open(outputs[0], "rb").read()
        final = "complaint-navigator-" + short_hash(
            main_bytes + js.encode("utf-8") + repr(sorted(PINNED.items())).encode("utf-8")
        )
        # The chunk loader imports the glue by name.
        if chunks:
            if ('"./%s.js"' % stem) not in link:
                sys.exit("split_wasm.py: __wasm_split.js does not import the glue as expected")
            link = link.replace('"./%s.js"' % stem, '"./%s.js"' % final)
        link = with_layout(link, bundles)
        if release:
            # About 0.5 KB less on every first load, brotli. The layout
            # comment stays (terser keeps /*! comments).
            minified = os.path.join(work, "__wasm_split.min.js")
            open(minified, "w", encoding="utf-8").write(link)
            run("terser", minified, "--module", "--compress", "--mangle", "-o", minified)
            link = open(minified, encoding="utf-8").read()
        link_name = "__wasm_split-%s.js" % short_hash(link.encode("utf-8"))
        open(os.path.join(staging, link_name), "w", encoding="utf-8").write(link)
        # Only the import statement: the import object's key must stay the
        # module name written in the wasm.
        statement = 'from "./__wasm_split.js"'
        if chunks and statement not in js:
            sys.exit("split_wasm.py: the glue does not import __wasm_split.js as expected")
        js = js.replace(statement, 'from "./%s"' % link_name)
        glue_path = os.path.join(staging, final + ".js")
        open(glue_path, "w", encoding="utf-8").write(js)
        if release:
            run("terser", glue_path, "--module", "--compress", "--mangle", "-o", glue_path)
        open(os.path.join(staging, final + "_bg.wasm"), "wb").write(main_bytes)
        for trunks in (stem + ".js", stem + "_bg.wasm"):
            os.remove(os.path.join(staging, trunks))
        index = os.path.join(staging, "index.html")
        html = open(index, encoding="utf-8").read()
        if stem not in html:
            sys.exit("split_wasm.py: index.html does not name %s" % stem)
        open(index, "w", encoding="utf-8").write(html.replace(stem, final))
        for path in glob.glob(os.path.join(bindgen_dir, "snippets", "**", "*.js"), recursive=True):
            target = os.path.join(staging, os.path.relpath(path, bindgen_dir))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(path, target)
        print("split_wasm.py: %s split into %s + %d chunk(s), %d of them in bundles"
              % (stem, final, len(chunks), len(bundled)))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
    profile = os.environ.get("TRUNK_PROFILE", "release")
    release = profile == "release"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    target_dir = os.environ.get("CARGO_TARGET_DIR") or os.path.join(root, "target")
    cargo_wasm = os.path.join(
        target_dir, "wasm32-unknown-unknown", "release" if release else "debug", "complaint-navigator.wasm"
    )
    if not os.path.exists(cargo_wasm):
        sys.exit("split_wasm.py: no cargo output at %s" % cargo_wasm)
    check_pinned(release)
    split(staging, cargo_wasm, release)
    if release:
        minify_scripts(staging)
        trim_stylesheets(staging)
    copy_council_files(staging, os.path.join(os.path.dirname(cargo_wasm), "council-files"))


# The hand-written scripts Trunk copies as they are: their comments are for
# maintainers, and shell.js is on every first load (0.5 KB less, brotli).
HAND_WRITTEN_SCRIPTS = ("shell.js", "offline.js", "embed.js")


def without_comments(css):
    """CSS with its comments removed, strings left as they are."""
    out, i, n = [], 0, len(css)
    while i < n:
        c = css[i]
        if c in "\"'":
            j = i + 1
            while j < n and css[j] != c:
                j += 2 if css[j] == "\\" else 1
            out.append(css[i : j + 1])
            i = j + 1
        elif css.startswith("/*", i):
            end = css.find("*/", i + 2)
            if end < 0:
                sys.exit("split_wasm.py: a comment in the stylesheet is never closed")
            i = end + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def trim_stylesheets(staging):
    """The stylesheet without its comments and each line's indentation
    (0.6 KB less, brotli, on every first load). Nothing else changes (a
    CSS string cannot span lines), so no rule can change meaning."""
    sheets = glob.glob(os.path.join(staging, "*.css"))
    if not sheets:
        sys.exit("split_wasm.py: no stylesheet in %s" % staging)
    for path in sheets:
        text = without_comments(open(path, encoding="utf-8").read())
        trimmed = "\n".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"
        open(path, "w", encoding="utf-8").write(trimmed)


def minify_scripts(staging):
    for name in HAND_WRITTEN_SCRIPTS:
        path = os.path.join(staging, name)
        if not os.path.isfile(path):
            sys.exit("split_wasm.py: %s is not in the site (index.html copies it from public/)" % name)
        run("terser", path, "--compress", "--mangle", "-o", path)


def copy_council_files(staging, folder):
    """The councils file (every council's procedures and contacts), which the
    app fetches alongside its engine. build.rs writes it beside the cargo
    output, named by a hash of the data; the folder may hold other versions
    (another build's), so this takes the one whose name the app was built
    with, and refuses to go on without it."""
    built = b"".join(open(p, "rb").read() for p in glob.glob(os.path.join(staging, "*.wasm"))
                     + glob.glob(os.path.join(staging, "bundle_*.bin")))
    found = sorted(glob.glob(os.path.join(folder, "councils-*.json")))
    wanted = [p for p in found
              if ("/" + os.path.basename(p)).encode() in built
              or os.path.basename(p)[len("councils-"):-len(".json")].encode() in built]
    if len(wanted) != 1:
        sys.exit("split_wasm.py: expected the councils file named in the app in %s, found %s; "
                 "build.rs writes it: touch data/councils.csv and build again"
                 % (folder, [os.path.basename(p) for p in found]))
    # Beside it, each council's part alone (councils-<version>/<id>.json), for
    # widgets whose address names their council.
    parts = wanted[0][: -len(".json")]
    if not os.path.isfile(os.path.join(parts, "leeds.json")):
        sys.exit("split_wasm.py: build.rs did not write the councils' parts in %s; "
                 "touch data/councils.csv and build again" % parts)
    for old in glob.glob(os.path.join(staging, "council-*.json")) + glob.glob(os.path.join(staging, "councils-*.json")):
        os.remove(old)
    for old in glob.glob(os.path.join(staging, "councils-*")):
        if os.path.isdir(old):
            shutil.rmtree(old)
    # And the wording it goes without, fetched after it (council-words-<version>.json).
    wording = os.path.join(folder, "council-words-" + os.path.basename(wanted[0])[len("councils-"):])
    if not os.path.isfile(wording):
        sys.exit("split_wasm.py: build.rs did not write %s; touch data/councils.csv and build again" % wording)
    shutil.copyfile(wanted[0], os.path.join(staging, os.path.basename(wanted[0])))
    shutil.copyfile(wording, os.path.join(staging, os.path.basename(wording)))
    shutil.copytree(parts, os.path.join(staging, os.path.basename(parts)))
    print("split_wasm.py: %s, its wording and its %d parts" % (os.path.basename(wanted[0]), len(os.listdir(parts))))

if __name__ == "__main__":
    main()
