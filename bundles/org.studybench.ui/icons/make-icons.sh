#!/bin/sh
# Draws the 16x16 icons of the study's element types and of the editor's pages (ImageMagick; Debian:
# imagemagick), one shape and colour per type so that a tree reads at a glance on a light background.
# Run from this folder; the PNGs are committed. They stand in for EMF's generated diamonds
# (org.studybench.model.edit/icons is generated and checked against the genmodel, so it is not edited).
set -eu
cd obj16
# -strip: no time stamps, so that running the script again changes no unchanged icon
d() { name=$1; shift; convert -size 16x16 xc:none "$@" -strip "PNG32:$name.png"; }
GREY='#5a6470'
# study: a blue binder with a white label
d study -fill '#2b5797' -stroke '#1a365f' -draw "roundrectangle 2.5,1.5 13.5,14.5 1,1" -fill '#1a365f' -stroke none -draw "rectangle 3,2 4,14" \
  -fill white -draw "rectangle 6,4 11,7"
# source: a published page with a teal bookmark
d source -fill white -stroke "$GREY" -draw "rectangle 2.5,1.5 12.5,14.5" -stroke '#9aa3ad' -draw "line 4.5,6.5 10.5,6.5" \
  -draw "line 4.5,9.5 10.5,9.5" -draw "line 4.5,12.5 8.5,12.5" -fill '#00897b' -stroke none -draw "polygon 9,0 13,0 13,6 11,4 9,6"
# instrument: a questionnaire on a clipboard, items ticked
d instrument -fill '#a86b32' -stroke '#6d4520' -draw "roundrectangle 2.5,2.5 13.5,15.5 1,1" -fill white -stroke none -draw "rectangle 4,4 12,14" \
  -fill '#7a8590' -draw "rectangle 6,1 10,4" -fill none -stroke '#2e7d32' -strokewidth 1.5 -draw "polyline 5,7 6.5,8.5 8.5,5.5" \
  -draw "polyline 5,11.5 6.5,13 8.5,10" -stroke "$GREY" -strokewidth 1 -draw "line 9.5,7.5 11,7.5" -draw "line 9.5,12 11,12"
# question: a speech bubble with a question mark
d question -fill '#1e88e5' -stroke '#0d5aa7' -draw "roundrectangle 1.5,1.5 14.5,11.5 3,3" -stroke none -draw "polygon 4,11 4,15 8,11" \
  -fill none -stroke white -strokewidth 1.6 -draw "path 'M 6,5 Q 6,3.2 8,3.2 Q 10,3.2 10,5 Q 10,6.3 8,7 L 8,8'" -fill white -stroke none -draw "circle 8,9.6 8,10.4"
# option: a radio button (the answer chosen) and its label
d option -fill white -stroke "$GREY" -draw "circle 5.5,8 5.5,3.5" -fill '#1e88e5' -stroke none -draw "circle 5.5,8 5.5,6" \
  -stroke "$GREY" -draw "line 11.5,8.5 15,8.5"
# dataset: a green database cylinder
d dataset -fill '#66bb6a' -stroke '#2e7d32' -draw "rectangle 2.5,3.5 13.5,12.5" -draw "ellipse 8,12.5 5.5,2 0,180" -stroke none \
  -draw "rectangle 3,4 13,12" -stroke '#2e7d32' -fill '#a5d6a7' -draw "ellipse 8,3.5 5.5,2 0,360" -fill none -draw "arc 2.5,6 13.5,10 0,180"
# variable: a column of a grid, highlighted
d variable -fill white -stroke "$GREY" -draw "rectangle 1.5,2.5 14.5,13.5" -fill '#e69f00' -stroke none -draw "rectangle 6,3 10,13" \
  -stroke "$GREY" -draw "line 5.5,3 5.5,13" -draw "line 10.5,3 10.5,13" -stroke '#9aa3ad' -draw "line 2,6.5 5,6.5" -draw "line 11,6.5 14,6.5" \
  -draw "line 2,9.5 5,9.5" -draw "line 11,9.5 14,9.5"
# multiple-response set: two ticked boxes
d mrset -fill white -stroke "$GREY" -draw "rectangle 1.5,1.5 7.5,7.5" -draw "rectangle 1.5,8.5 7.5,14.5" -fill none -stroke '#1e88e5' -strokewidth 1.5 \
  -draw "polyline 2.5,4.5 4,6 6.5,2.5" -draw "polyline 2.5,11.5 4,13 6.5,9.5" -stroke "$GREY" -strokewidth 1 -draw "line 9.5,4.5 14.5,4.5" -draw "line 9.5,11.5 14.5,11.5"
# value label: a yellow tag
d valuelabel -fill '#f2c14e' -stroke '#9a6f12' -draw "polygon 1.5,8 6,3.5 14.5,3.5 14.5,12.5 6,12.5" -fill white -draw "circle 5.5,8 5.5,9.2"
# net: answers combined into one (two arms joining, an arrow on)
d net -fill none -stroke '#7b3fa0' -strokewidth 2 -draw "polyline 1,3 7,8 1,13" -draw "line 7,8 11,8" -fill '#7b3fa0' -stroke none -draw "polygon 10,4.5 15,8 10,11.5"
# segment: a slice of a pie (a part of the respondents)
d segment -fill '#d9dee3' -stroke "$GREY" -draw "circle 7.5,8.5 7.5,2" -fill '#d55e00' -stroke '#8f3e00' -draw "path 'M 8.5,7.5 L 8.5,0.5 A 7,7 0 0,1 15.5,7.5 Z'"
# finding: a light bulb
d finding -fill '#ffd54f' -stroke '#b8860b' -draw "circle 8,6.5 8,1.5" -fill '#7a8590' -stroke '#4a525a' -draw "rectangle 5.5,11.5 10.5,14.5" \
  -stroke '#b8860b' -draw "line 8,9 8,11"
# estimate: a point with its interval
d estimate -fill none -stroke '#0b4f7c' -strokewidth 1.5 -draw "line 8,2 8,14" -draw "line 5,2 11,2" -draw "line 5,14 11,14" \
  -fill '#0072b2' -stroke none -draw "circle 8,8 8,5.2"
# base: the respondents counted (a person)
d base -fill '#78909c' -stroke '#455a64' -draw "circle 8,4.5 8,1.5" -draw "path 'M 2.5,15 Q 2.5,8.5 8,8.5 Q 13.5,8.5 13.5,15 Z'"
# comparison: a balance
d comparison -fill none -stroke '#6a3d9a' -strokewidth 1.5 -draw "line 8,2 8,14" -draw "line 4,14.5 12,14.5" -draw "line 2,4 14,4" \
  -strokewidth 1 -draw "line 3,4 1,9" -draw "line 3,4 5,9" -draw "line 13,4 11,9" -draw "line 13,4 15,9" \
  -fill '#cab2d6' -draw "path 'M 0.5,9 L 5.5,9 Q 3,12 0.5,9 Z'" -draw "path 'M 10.5,9 L 15.5,9 Q 13,12 10.5,9 Z'"
# result: a test's result, a tick in a green disc
d result -fill '#2e7d32' -stroke '#1b5e20' -draw "circle 8,8 8,1.5" -fill none -stroke white -strokewidth 2 -draw "polyline 4.5,8 7,10.5 11.5,5.5"
# effect size: how far apart, a double arrow between bars
d effectsize -fill none -stroke '#ad4f86' -strokewidth 1.5 -draw "line 1,3 1,13" -draw "line 15,3 15,13" -draw "line 4,8 12,8" \
  -fill '#ad4f86' -stroke none -draw "polygon 2,8 6,5 6,11" -draw "polygon 14,8 10,5 10,11"
# chart: bars on axes
d chart -fill none -stroke '#4a525a' -draw "polyline 1.5,1 1.5,14.5 15,14.5" -stroke none -fill '#0072b2' -draw "rectangle 3,8 5,14" \
  -fill '#e69f00' -draw "rectangle 7,3 9,14" -fill '#009e73' -draw "rectangle 11,6 13,14"
# table: a grid with a blue header row
d table -fill white -stroke "$GREY" -draw "rectangle 1.5,2.5 14.5,13.5" -fill '#3d6fb4' -stroke none -draw "rectangle 2,3 14,6" \
  -stroke '#9aa3ad' -draw "line 2,9.5 14,9.5" -draw "line 5.5,6 5.5,13" -draw "line 10.5,6 10.5,13"
# report: a page with a title and a chart
d report -fill white -stroke "$GREY" -draw "rectangle 2.5,0.5 13.5,15.5" -fill '#c62828' -stroke none -draw "rectangle 4,2 12,4" \
  -stroke '#9aa3ad' -draw "line 4,6.5 12,6.5" -stroke none -fill '#0072b2' -draw "rectangle 5,10 6,14" -fill '#e69f00' -draw "rectangle 8,8 9,14" \
  -fill '#009e73' -draw "rectangle 11,11 12,14"
# report section: a heading marker beside its text
d section -fill '#c62828' -stroke none -draw "rectangle 1,2 3,14" -stroke '#37474f' -strokewidth 2 -draw "line 5,3.5 14,3.5" -strokewidth 1 \
  -stroke '#9aa3ad' -draw "line 5,7.5 15,7.5" -draw "line 5,10.5 15,10.5" -draw "line 5,13.5 11,13.5"
# parameter: a slider
d parameter -fill none -stroke "$GREY" -strokewidth 2 -draw "line 1,8 15,8" -fill '#1e88e5' -stroke '#0d5aa7' -strokewidth 1 -draw "roundrectangle 5.5,3.5 9.5,12.5 1,1"
# annotation: a sticky note
d annotation -fill '#fff176' -stroke '#a68d00' -draw "polygon 1.5,1.5 14.5,1.5 14.5,10.5 10.5,14.5 1.5,14.5" -fill '#e0c200' -draw "polygon 10.5,14.5 10.5,10.5 14.5,10.5"
# outline: a tree of elements
d outline -fill none -stroke "$GREY" -draw "line 3.5,5 3.5,12.5" -draw "line 3.5,8.5 7,8.5" -draw "line 3.5,12.5 7,12.5" -stroke none \
  -fill '#2b5797' -draw "rectangle 1,1 6,5" -fill '#e69f00' -draw "rectangle 7,6.5 11,10.5" -fill '#009e73' -draw "rectangle 7,10.5 11,14.5" \
  -stroke '#9aa3ad' -draw "line 8,3.5 15,3.5"
# problems: a warning triangle (warnings only); an error: a red disc with a cross
d problems -fill '#f2c14e' -stroke '#9a6f12' -draw "polygon 8,1 15,14.5 1,14.5" -stroke '#3e2a00' -strokewidth 2 -draw "line 8,5.5 8,10" -stroke none \
  -fill '#3e2a00' -draw "circle 8,12.5 8,13.5"
d error -fill '#d32f2f' -stroke '#8e1b1b' -draw "circle 8,8 8,1.5" -stroke white -strokewidth 2 -draw "line 5.5,5.5 10.5,10.5" -draw "line 10.5,5.5 5.5,10.5"
# no problems: a green tick
d ok -fill none -stroke '#2e7d32' -strokewidth 2.5 -draw "polyline 2.5,8.5 6.5,12.5 13.5,3.5"
