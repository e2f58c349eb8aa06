#!/usr/bin/env bash
# Installs what the build and the test suites need. Idempotent and quick when everything is present:
# npm packages from package-lock.json, and the Debian packages the editor suites drive
# (chromium for the VS Code UI tests, neovim for the third-party LSP client test).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >&2
fi

# npm ci only when node_modules was not installed from this exact lock file.
lock_sum=$(sha1sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.newslens-lock 2>/dev/null)" != "$lock_sum" ]; then
  echo "[setup] npm ci" >&2
  npm ci --no-audit --no-fund >&2
  echo "$lock_sum" > node_modules/.newslens-lock
fi

# Editor harnesses add their own idempotent installers here.
for extra in scripts/setup.d/*.sh; do
  [ -e "$extra" ] && bash "$extra"
done
exit 0
