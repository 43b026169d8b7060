#!/usr/bin/env bash
# A fresh Debian machine to a working checkout: installs what the build and the tests need from
# Debian when it is missing, then the npm packages (the project brings its own Node 24).
#   chromium             the build prints the teacher packs and handouts to PDF; browser tests
#   chromium-headless-shell  the same Chromium without the browser around the page: most browser
#                        tests run in it (a third less CPU; playwright.config.ts)
#   libxml2-utils        xmllint, which validates every package manifest against the official schemas
#   poppler-utils        pdfinfo, pdftotext, pdftoppm: tests read the PDFs back as pages and pictures
#   libreoffice-impress  tests open the editable slides (.pptx) in a real office suite (installed
#                        without its recommends: no Java, extra fonts or languages)
# Runs without a terminal (CI has no stdin). Needs root (or sudo) only when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
updated=false

# install [apt-get options...] -- packages...: installs from Debian, updating the lists once.
install() {
	local options=()
	while [ "$1" != "--" ]; do options+=("$1"); shift; done
	shift
	echo "Installing $* from Debian"
	if [ "$updated" = false ]; then "${sudo[@]}" apt-get update -qq; updated=true; fi
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${options[@]}" "$@" </dev/null
}

need=()
command -v chromium >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/nonexistent}" ] || need+=(chromium)
# The shell with chromium again, so the two are the same version (one source package).
command -v chromium-headless-shell >/dev/null 2>&1 || [ -x "${CHROMIUM_PATH:-/nonexistent}" ] ||
	need+=(chromium chromium-headless-shell)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] || install -- "${need[@]}"
command -v soffice >/dev/null 2>&1 || install --no-install-recommends -- libreoffice-impress

export ASTRO_TELEMETRY_DISABLED=1
# `npm ci` refuses a lock file without other platforms' optional binaries, which this
# registry does not serve; `npm install` installs exactly the locked versions all the same.
npm install --no-audit --no-fund </dev/null
