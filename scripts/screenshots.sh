#!/usr/bin/env bash
# Renders the studio's main views (Configure, the Scale rule panel, Notify, JSON) of a
# settings file to PNG files, on the offscreen platform (no display needed).
#
#   scripts/screenshots.sh [OUT_DIR] [FILE]
#
# OUT_DIR defaults to docs/screenshots, FILE to the bundled Azure ML walkthrough sample.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs/screenshots}"
file="${2:-}"
studio="${AUTOSCALE_STUDIO:-$root/build/dev/bin/autoscale-studio}"
if [ ! -x "$studio" ]; then
  echo "screenshots: $studio is not built; run: cmake --preset dev && cmake --build --preset dev" >&2
  exit 2
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
args=(--data-dir "$data" --screenshot "$out")
if [ -n "$file" ]; then args+=("$file"); fi
QT_QPA_PLATFORM=offscreen "$studio" "${args[@]}"
