#!/bin/sh
# Draws the toolbar's 16x16 icons (ImageMagick; Debian: imagemagick). Run from this folder; the PNGs are committed.
set -eu
d() { name=$1; shift; convert -size 16x16 xc:none "$@" "PNG32:$name.png"; }
# a page with a folded corner and a plus
d new -fill white -stroke '#5a6470' -draw "polygon 3,1 10,1 13,4 13,15 3,15" -fill '#d9dee3' -draw "polygon 10,1 10,4 13,4" \
  -stroke '#2e7d32' -strokewidth 2 -draw "line 8,7 8,13" -draw "line 5,10 11,10"
# a folder
d open -fill '#f2c14e' -stroke '#9a6f12' -draw "polygon 1,4 6,4 7,5 15,5 15,14 1,14" -fill '#f7d57e' -draw "polygon 1,7 15,7 15,14 1,14"
# a floppy disk
d save -fill '#3d6fb4' -stroke '#23436e' -draw "polygon 1,1 13,1 15,3 15,15 1,15" -fill white -stroke none -draw "rectangle 4,2 11,6" \
  -fill '#d9dee3' -draw "rectangle 3,9 12,14"
# arrows turning back and forth
d undo -fill none -stroke '#2b5797' -strokewidth 2 -draw "arc 3,4 14,14 180,360" -fill '#2b5797' -stroke none -draw "polygon 0,9 6,9 3,5"
d redo -fill none -stroke '#2b5797' -strokewidth 2 -draw "arc 2,4 13,14 180,360" -fill '#2b5797' -stroke none -draw "polygon 10,9 16,9 13,5"
# an arrow down into a tray (data in)
d import -fill '#2e7d32' -stroke none -draw "rectangle 7,1 9,8" -draw "polygon 4,7 12,7 8,11" -fill none -stroke '#5a6470' -strokewidth 2 \
  -draw "polyline 2,10 2,14 14,14 14,10"
# a page with a bar chart
d report -fill white -stroke '#5a6470' -draw "rectangle 2,1 14,15" -stroke none -fill '#0072b2' -draw "rectangle 4,9 5,13" \
  -fill '#e69f00' -draw "rectangle 7,6 8,13" -fill '#009e73' -draw "rectangle 10,4 11,13"
