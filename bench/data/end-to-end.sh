#!/bin/sh
# End-to-end data benchmark, as a user runs it (whole processes, JVM and OSGi start included):
#   1. generate a seeded survey CSV (ROWS respondents x 60 variables, weights, 2,000 clusters, 50 strata)
#   2. studybench import into a new study (CSV -> Parquet), with the design roles
#   3. studybench banner: 10 questions x 4 breakdowns = 40 weighted, design-based crosstabs
#      (Rao-Scott tests, logit CIs, letters on effective bases), written as XLSX and HTML
#   4. one crosstab and one proportion, for the cost of a single request
# Prints wall time and peak RSS per step. Usage: bench/data/end-to-end.sh [ROWS] [WORKDIR]
set -eu
rows=${1:-1000000}
work=${2:-${TMPDIR:-/tmp}/studybench-bench}
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/.mvn/find-jdk.sh"
sb_find_jdk
sb="$repo/studybench"
rm -rf "$work" && mkdir -p "$work"
step() {
  name=$1; shift
  /usr/bin/time -f "$name: %e s wall, %M KB peak RSS" -o "$work/time.txt" "$@" > "$work/$name.out"
  cat "$work/time.txt"
}
"$sb" --version > /dev/null # builds the product when it is absent; not timed
step generate "$JAVA_HOME/bin/java" "$repo/bench/data/GenerateSurvey.java" "$work/survey.csv" "$rows"
size=$(wc -c < "$work/survey.csv")
echo "csv: $rows rows, $size bytes"
step new "$sb" new "$work/bench/bench.study" --title "End-to-end benchmark"
step import "$sb" import "$work/survey.csv" --study "$work/bench/bench.study" --weight weight --cluster psu --strata stratum
step banner-xlsx "$sb" banner "$work/bench/bench.study" --rows q1,q2,q3,q4,q5,q6,q7,q8,q9,q10 --cols size,age,sector,country --out "$work/banner.xlsx"
step banner-html "$sb" banner "$work/bench/bench.study" --rows q1,q2,q3,q4,q5,q6,q7,q8,q9,q10 --cols size,age,sector,country --out "$work/banner.html"
step crosstab "$sb" crosstab "$work/bench/bench.study" --row q1 --col country --json
step proportion "$sb" proportion "$work/bench/bench.study" --var q1 --level yes --json
ls -la "$work/bench/data" "$work/banner.xlsx" "$work/banner.html"
