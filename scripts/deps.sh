#!/usr/bin/env bash
# Installs the Debian 12 packages the project builds, runs and tests with (see TOOLCHAIN.md).
# Does nothing when they are all present already.
set -euo pipefail
PKGS=(qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
      qt6-networkauth-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
      qtkeychain-qt6-dev libsecret-1-0 libssl-dev libgl-dev cmake ninja-build g++
      xvfb xauth dbus dbus-user-session gnome-keyring libsecret-tools imagemagick
      clang libclang-rt-14-dev openssl jq zlib1g-dev libsqlite3-dev
      dpkg-dev lintian desktop-file-utils appstream curl man-db qt6-qpa-plugins
      postgresql-15 libqt6sql6-psql libpq-dev wrk fonts-dejavu-core
      python3-jwt python3-cryptography)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
