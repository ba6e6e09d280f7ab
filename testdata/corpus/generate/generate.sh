#!/bin/sh
# Regenerates every file of the corpus (testdata/corpus/{sav,xlsx,csv}) and expected.json, then checks the
# expected values against the files as PSPP, R haven and LibreOffice read them back (verify.py).
#
# Needs the Debian packages: pspp r-cran-haven r-base-core libreoffice-calc gnumeric python3-openpyxl.
# Usage: sh testdata/corpus/generate/generate.sh          (from anywhere)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$here")
py=/usr/bin/python3          # Debian's Python, which has python3-openpyxl
export PYTHONDONTWRITEBYTECODE=1
build=$(mktemp -d "${TMPDIR:-/tmp}/studybench-corpus.XXXXXX")
trap 'rm -rf "$build"' EXIT
mkdir -p "$corpus/sav" "$corpus/xlsx" "$corpus/csv"

cd "$here"
echo "== source data"
$py source_data.py

echo "== PSPP $(pspp --version | head -1)"
pspp -o "$build/pspp-survey.txt" pspp-survey.sps
pspp -o "$build/pspp-encodings.txt" pspp-encodings.sps
pspp -o "$build/pspp-year200000.txt" pspp-year200000.sps

echo "== R haven"
Rscript haven-write.R

echo "== time stamps"
(cd "$corpus/sav" && $py "$here/normalize_timestamps.py" pspp-*.sav pspp-*.zsav pspp-*.por haven-*.sav haven.zsav)

echo "== openpyxl"
$py openpyxl_write.py "$corpus/xlsx"

echo "== LibreOffice $(soffice --version | head -1), Gnumeric $(ssconvert --version 2>&1 | head -1)"
sh office.sh "$build" "$corpus/xlsx"

echo "== CSV exports"
$py csv_sources.py "$corpus"

echo "== hostile files"
$py hostile.py "$corpus"

echo "== expected.json"
$py expected.py "$corpus/expected.json"

echo "== verify"
$py verify.py "$corpus" "$build"
