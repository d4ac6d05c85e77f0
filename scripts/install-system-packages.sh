#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Madoguchi needs (Qt's libraries, a Japanese font,
# poppler-utils and xvfb for the tests), through sudo unless already root.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2046
$SUDO apt-get install -y -qq --no-install-recommends $(cat scripts/apt-packages.txt) >/dev/null
