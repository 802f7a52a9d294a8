#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the Playwright end-to-end tests.
# (`npx playwright install` cannot download browsers here, so playwright.config.ts points at this binary.)
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ ! -x "$CHROMIUM" ]; then
	echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium package" >&2
	if [ "$(id -u)" -eq 0 ]; then
		SUDO=()
	elif command -v sudo >/dev/null 2>&1; then
		SUDO=(sudo)
	else
		echo "ensure-chromium: not root and sudo is not available; install chromium (apt-get install chromium) and retry" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${SUDO[@]}" apt-get update
	"${SUDO[@]}" apt-get install -y --no-install-recommends chromium
fi

"$CHROMIUM" --version
