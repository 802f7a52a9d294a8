#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the Playwright end-to-end tests, and poppler's
# pdftotext, which the print test reads the printed report with.
# (`npx playwright install` cannot download browsers here, so playwright.config.ts points at this binary.)
set -euo pipefail

CHROMIUM=/usr/bin/chromium

PACKAGES=()
[ -x "$CHROMIUM" ] || PACKAGES+=(chromium)
command -v pdftotext >/dev/null 2>&1 || PACKAGES+=(poppler-utils)

if [ ${#PACKAGES[@]} -gt 0 ]; then
	echo "ensure-chromium: installing Debian's ${PACKAGES[*]}" >&2
	if [ "$(id -u)" -eq 0 ]; then
		SUDO=()
	elif command -v sudo >/dev/null 2>&1; then
		SUDO=(sudo)
	else
		echo "ensure-chromium: not root and sudo is not available; install chromium (apt-get install chromium poppler-utils) and retry" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	"${SUDO[@]}" apt-get update
	"${SUDO[@]}" apt-get install -y --no-install-recommends "${PACKAGES[@]}"
fi

"$CHROMIUM" --version
