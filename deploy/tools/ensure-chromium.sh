#!/usr/bin/env bash
# The console's browser tests drive the distribution's Chromium (headless) through Playwright for Java; they never
# download a browser. This makes sure /usr/bin/chromium is there: it installs Debian's package when it can (as root,
# with apt-get), and otherwise stops the build with what to do. Called by deploy/system-tests before its tests run.
set -euo pipefail
CHROMIUM="${CSI_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "Chromium for the browser tests: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package for the browser tests ..."
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends chromium >/tmp/csi-chromium-install.log 2>&1; then
    apt-get update >>/tmp/csi-chromium-install.log 2>&1 || true
    apt-get install -y --no-install-recommends chromium >>/tmp/csi-chromium-install.log 2>&1 || {
      tail -20 /tmp/csi-chromium-install.log >&2
      echo "Could not install chromium (log: /tmp/csi-chromium-install.log)." >&2
      exit 1
    }
  fi
  echo "Installed: $("$CHROMIUM" --version 2>/dev/null)"
  exit 0
fi
cat >&2 <<MSG
The console's browser tests need Chromium at $CHROMIUM and it is not installed.
Install it from your distribution's packages, e.g. on Debian or Ubuntu:
    sudo apt-get install chromium
or point CSI_CHROMIUM at a Chromium or Chrome binary. The tests are never skipped without it.
MSG
exit 1
