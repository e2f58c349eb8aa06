#!/usr/bin/env bash
# Installs a real VS Code for the test/vscode suite: code-server 4.100.3 (VS Code 1.100.3 server +
# web workbench, the newest that runs on Node 20) from npm into a cache folder outside the project's
# lock file, plus the Debian packages it and the headless browser need. Idempotent: a second run only
# checks a stamp file. Nothing is downloaded but npm and Debian packages.
set -euo pipefail

CS_VERSION=4.100.3
# @vscode/ripgrep version pinned in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json.
RG_PKG_VERSION=1.15.11
PREFIX=${NEWSLENS_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/newslens/code-server-$CS_VERSION}
BIN="$PREFIX/node_modules/.bin/code-server"

if [ -x "$BIN" ] && [ "$(cat "$PREFIX/.installed" 2>/dev/null)" = "$CS_VERSION" ]; then
  exit 0
fi

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)   # headers for code-server's 'kerberos' module
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[setup vscode] apt-get install ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub, which is not reachable here. It looks in
# $TMPDIR/vscode-ripgrep-cache-<version>/ first, so seed that cache with Debian's rg.
tmp=${TMPDIR:-/tmp}
rg_cache="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$rg_cache" "$PREFIX/.rg"
cp "$(command -v rg)" "$PREFIX/.rg/rg"
for triple in x86_64-unknown-linux-musl aarch64-unknown-linux-musl; do
  tar czf "$rg_cache/ripgrep-v13.0.0-10-$triple.tar.gz" -C "$PREFIX/.rg" rg
done

echo "[setup vscode] npm install code-server@$CS_VERSION into $PREFIX" >&2
[ -f "$PREFIX/package.json" ] || echo '{"private":true}' > "$PREFIX/package.json"
# npm_config_yes: node-pty's postinstall runs 'npx node-gyp', which aborts when npx may not install.
npm_config_yes=true npm install --prefix "$PREFIX" --no-audit --no-fund --unsafe-perm "code-server@$CS_VERSION" >&2
XDG_CONFIG_HOME="$PREFIX/.xdg" XDG_DATA_HOME="$PREFIX/.xdg" "$BIN" --version >/dev/null
echo "$CS_VERSION" > "$PREFIX/.installed"
