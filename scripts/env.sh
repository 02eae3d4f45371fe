# Sourced by the other scripts: puts the project's pinned tools first on PATH.
_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$_root/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# The browser tests' driver and browser; set either beforehand to use another.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
# Keeps Chromium's temporary profile folders inside target/.
export TMPDIR="$_root/target/tmp"
mkdir -p "$TMPDIR"
unset _root
# The nightly the site's WebAssembly is built with (scripts/trunk). Pinned:
# the machine's own `nightly` when it is this build, else this build by date
# (scripts/setup installs it with rust-src and the wasm32 target).
NAVIGATOR_NIGHTLY_BUILD="rustc 1.97.0-nightly (e50aa6fba 2026-05-19)"
# (Never auto-installing: rustup would otherwise fetch today's nightly here.)
if [ "$(RUSTUP_AUTO_INSTALL=0 rustc +nightly -V 2>/dev/null)" = "$NAVIGATOR_NIGHTLY_BUILD" ]; then
  export NAVIGATOR_NIGHTLY=nightly
else
  export NAVIGATOR_NIGHTLY=nightly-2026-05-20
fi
# Panics end the app at once (no message formatting code in the download).
export NAVIGATOR_NIGHTLY_FLAGS="-Zunstable-options -Cpanic=immediate-abort"
