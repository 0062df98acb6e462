#!/usr/bin/env bash
# Installs the Debian 12 packages that Autoscale Studio needs to build, test and package.
# Idempotent: it installs only what is missing and runs `apt-get update` only when it must.
set -euo pipefail

packages=(
  cmake ninja-build g++ git pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6opengl6-dev qt6-translations-l10n qtkeychain-qt6-dev libxkbcommon-dev
  nlohmann-json3-dev libcurl4-openssl-dev libcpp-httplib-dev
  libbenchmark-dev clang libclang-rt-14-dev
  libgl1-mesa-dev fonts-dejavu-core openssl
  dpkg-dev file
)

# Node.js runs the Azure SDK for JavaScript in the integration tests; machines that already
# have a Node.js of their own (with npm) keep it.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Try without refreshing the package lists first; refresh only if apt cannot find a package.
if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
