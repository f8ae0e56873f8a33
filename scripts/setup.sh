#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine with Node 20 for Proposal Studio: the Debian packages, then the npm
# packages. Used by the README's first command and by .ci/run; code-server installs itself on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium (the browser the workbench runs in), ripgrep (code-server's search; its npm package would download a
# binary), the headers code-server's native modules build against, and fonts for Hebrew, Arabic and Cyrillic.
DEBIAN_PACKAGES=(chromium poppler-utils ripgrep libkrb5-dev libsecret-1-dev libxkbfile-dev libx11-dev pkg-config fonts-noto-core fonts-dejavu-core)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

npm ci
