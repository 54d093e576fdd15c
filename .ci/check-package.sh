#!/usr/bin/env bash
# Checks the desktop metadata and the built .deb: validators clean, and the packaged
# tierline-cli runs from the unpacked files.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."

out=$(desktop-file-validate packaging/org.tierline.Tierline.desktop 2>&1 || true)
if [[ -n $out ]]; then
    echo "desktop-file-validate: $out" >&2
    exit 1
fi
appstreamcli validate --no-net packaging/org.tierline.Tierline.metainfo.xml

deb=$(ls -t "$build"/tierline_*.deb | head -n 1)
echo "Package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/tierline usr/bin/tierline-cli usr/share/applications/org.tierline.Tierline.desktop \
         usr/share/metainfo/org.tierline.Tierline.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.tierline.Tierline.svg; do
    [[ -e $root/$f ]] || { echo "missing from the package: $f" >&2; exit 1; }
done
dpkg-deb --field "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks libqt6sql6-sqlite" >&2; exit 1; }
"$root/usr/bin/tierline-cli" --version
echo "package check passed"
