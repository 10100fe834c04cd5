#!/bin/sh
# Converts the emblem (thidua.svg) into the icons the packages and the window use. Run by hand after changing
# the SVG and commit the results: they are sources of the build, which does not need ImageMagick.
# Needs ImageMagick 6 or 7 (convert).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../../src/main/resources/vn/thidua/app"
png() { convert -background none "$here/thidua.svg" -resize "$1x$1" -depth 8 -strip "PNG32:$2"; }
png 256 "$here/thidua-256.png"
png 48 "$here/thidua-48.png"
for size in 16 32 48 256; do png "$size" "$res/icon-$size.png"; done
tmp=$(mktemp -d)
for size in 16 24 32 48 64 256; do png "$size" "$tmp/$size.png"; done
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/256.png" "$here/thidua.ico"
rm -r "$tmp"
