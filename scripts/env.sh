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
