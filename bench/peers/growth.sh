#!/bin/sh
# How StudyBench and its peers grow with the number of respondents (issue 16): bench/peers/run.sh at
# each size in SIZES (default 100,000, 1,000,000 and 10,000,000 rows), each in its own work folder,
# with R survey on K tables (default 1 above 1M rows: svydesign on 10M rows alone takes minutes).
# Prints each run's table (wall time and peak RSS per step) and its ratios.
# Usage: bench/peers/growth.sh [WORKDIR] [SIZES...]
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-${TMPDIR:-/tmp}/studybench-growth}
shift 2>/dev/null || true
sizes=${*:-100000 1000000 10000000}
for rows in $sizes; do
  k=3
  [ "$rows" -gt 1000000 ] && k=1
  echo "== $rows rows"
  "$repo/bench/peers/run.sh" "$rows" "$work/$rows" "$k"
  rm -f "$work/$rows/survey.csv" "$work/$rows"/*.csv # the generated file and outputs: gigabytes at 10M rows
done
