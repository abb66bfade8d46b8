#!/usr/bin/env bash
# Builds the .deb from a configured build directory, checks it with lintian (errors and warnings
# fail), validates the desktop entry and AppStream metadata, installs it with apt (which resolves
# its Depends), runs what it installed — the console's --version/--help without a display, the
# sandbox until it reports ready, `thunderid-console inspect` verifying one of the installed
# sandbox's tokens against its JWKS, the window offscreen for a few seconds, the manual pages —
# and removes it again. Run by scripts/test.sh (hence CI); needs root or sudo.
#
#   scripts/package-test.sh [BUILD_DIR]     (default: build-test)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-${BUILD_DIR:-build-test}}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo

echo "== packaging: cpack in $BUILD"
rm -f "$BUILD"/thunderid-console_*.deb
(cd "$BUILD" && cpack -G DEB >/dev/null)
DEB=$(ls "$BUILD"/thunderid-console_*_amd64.deb 2>/dev/null | head -n 1)
[ -n "$DEB" ] || { echo "FAIL: cpack made no .deb"; exit 1; }
DEB=$(readlink -f "$DEB")
echo "   $DEB ($(du -k "$DEB" | cut -f1) KiB)"

echo "== lintian"
lintian --fail-on error,warning --tag-display-limit 0 "$DEB" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error,warning "$DEB" >/dev/null 2>&1 || { echo "FAIL: lintian found errors or warnings"; exit 1; }

WORK=$(mktemp -d)
SANDBOX_PID=
installed=0
cleanup() {
  [ -n "$SANDBOX_PID" ] && kill "$SANDBOX_PID" 2>/dev/null || true
  [ "$installed" = 1 ] && DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q thunderid-console >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

dpkg-deb -x "$DEB" "$WORK/root"
desktop-file-validate "$WORK/root/usr/share/applications/thunderid-console.desktop"
appstreamcli validate --no-net "$WORK/root/usr/share/metainfo/io.thunderid.Console.metainfo.xml" >/dev/null

echo "== apt-get install ./$(basename "$DEB")"
if dpkg-query -W -f='${Status}' thunderid-console 2>/dev/null | grep -q "install ok installed"; then
  echo "FAIL: thunderid-console is installed already; remove it first (this test removes it again)"
  exit 1
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 \
  || { tail -n 20 "$WORK/apt.log"; echo "FAIL: the package does not install"; exit 1; }
installed=1

echo "== running what it installed"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/thunderid-console --version
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/thunderid-console --help | grep -q -- '--sandbox'
for page in thunderid-console thunderid-sandbox; do # (read from the package: images may exclude /usr/share/man)
  zcat "$WORK/root/usr/share/man/man1/$page.1.gz" | grep -q "^\.SH NAME" \
    || { echo "FAIL: no manual page for $page"; exit 1; }
done

ADMIN_ID=package-test-admin
ADMIN_SECRET=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
THUNDERID_SANDBOX_ADMIN_SECRET="$ADMIN_SECRET" /usr/bin/thunderid-sandbox --port 0 --in-memory --quiet \
  --seed demo --admin-client-id "$ADMIN_ID" >"$WORK/ready" 2>"$WORK/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 1 300); do
  grep -q '"event":"ready"' "$WORK/ready" 2>/dev/null && break
  kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.err"; echo "FAIL: the installed sandbox exited"; exit 1; }
  sleep 0.1
done
BASE=$(sed -n 's/.*"baseUrl":"\([^"]*\)".*/\1/p' "$WORK/ready")
[ -n "$BASE" ] || { echo "FAIL: the installed sandbox did not report ready"; exit 1; }
curl -s -u "$ADMIN_ID:$ADMIN_SECRET" \
  --data 'grant_type=client_credentials&scope=system&resource=https%3A%2F%2Flocalhost%3A8090%2Fmcp' \
  "$BASE/oauth2/token" >"$WORK/token.json"
TOKEN=$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' "$WORK/token.json")
[ -n "$TOKEN" ] || { echo "FAIL: no token from the installed sandbox"; exit 1; }
ISSUER=$(sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p' "$WORK/ready")
printf '%s\n' "$TOKEN" | /usr/bin/thunderid-console inspect --jwks "$BASE/oauth2/jwks" \
  ${ISSUER:+--issuer "$ISSUER"} --json - >"$WORK/inspect.json" \
  || { cat "$WORK/inspect.json"; echo "FAIL: the installed inspector did not verify the sandbox's token"; exit 1; }
grep -q '"valid":true' "$WORK/inspect.json" || { cat "$WORK/inspect.json"; echo "FAIL: token not valid"; exit 1; }
echo "   inspect verified a token of the installed sandbox against its JWKS"

# The window, offscreen, against a sandbox it starts itself: still running after 8 s.
status=0
HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
  QT_QPA_PLATFORM=offscreen timeout 8 /usr/bin/thunderid-console --sandbox >"$WORK/window.log" 2>&1 || status=$?
[ "$status" = 124 ] || { tail -n 20 "$WORK/window.log"; echo "FAIL: the installed window exited with $status"; exit 1; }
echo "   the window ran for 8 s offscreen against its own sandbox"

echo "OK: the package is lintian-clean, installs, runs and removes."
