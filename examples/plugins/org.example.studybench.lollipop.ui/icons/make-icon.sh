#!/bin/sh
# Draws the Lollipops page's 16x16 tab icon (ImageMagick; Debian: imagemagick): two lollipops, a stick
# and a dot each, as the page's charts draw them. Run from this folder; the PNG is committed.
set -eu
convert -size 16x16 xc:none -stroke '#5a6470' -strokewidth 1.5 -draw "line 4.5,15 4.5,7" -draw "line 11.5,15 11.5,4" \
  -stroke none -fill '#e69f00' -draw "circle 4.5,6.5 4.5,3.5" -fill '#0072b2' -draw "circle 11.5,3.5 11.5,0.5" -strip PNG32:lollipop.png
