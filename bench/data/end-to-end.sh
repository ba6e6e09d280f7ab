#!/bin/sh
# End-to-end data benchmark, as a user runs it (whole processes, JVM and OSGi start included):
#   1. generate a seeded survey CSV (ROWS respondents x 60 variables, weights, 2,000 clusters, 50 strata)
#   2. studybench import into a new study (CSV -> Parquet), with the design roles
#   3. studybench banner: 10 questions x 4 breakdowns = 40 weighted, design-based crosstabs
#      (Rao-Scott tests, logit CIs, letters on effective bases), written as XLSX and HTML
#   4. one crosstab, one proportion and one mean, for the cost of a single request
#   5. studybench report: segments (SME, large), 4 findings computed from the data (3 proportions,
#      1 mean; whole sample and both segments) and 2 charts bound to crosstab queries, added to the
#      study as a researcher would in the editor; reported twice: the first run computes the findings,
#      the second reuses them (their inputs did not change) and only queries for the charts
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
step mean "$sb" mean "$work/bench/bench.study" --var x1 --json
study="$work/bench/bench.study"
dataset=$(sed -n 's/.*<datasets id="\([^"]*\)".*/\1/p' "$study" | head -n 1)
sed -i "s|</study:Study>|\
  <segments id=\"bench-sme\" name=\"sme\" label=\"SMEs\" filter=\"size = \&quot;SME\&quot;\"/>\
  <segments id=\"bench-large\" name=\"large\" label=\"Large firms\" filter=\"size = \&quot;large\&quot;\"/>\
  <findings id=\"bench-q1\" name=\"q1-yes\" origin=\"computed\" dataset=\"$dataset\" variable=\"q1\" level=\"yes\"/>\
  <findings id=\"bench-q3\" name=\"q3-yes\" origin=\"computed\" dataset=\"$dataset\" variable=\"q3\" level=\"yes\"/>\
  <findings id=\"bench-q5\" name=\"q5-yes\" origin=\"computed\" dataset=\"$dataset\" variable=\"q5\" level=\"yes\"/>\
  <findings id=\"bench-x1\" name=\"x1-mean\" measure=\"mean\" origin=\"computed\" dataset=\"$dataset\" variable=\"x1\"/>\
  <charts id=\"bench-items\" name=\"items\" kind=\"grouped-bar\" percent=\"true\" height=\"600\" dataset=\"$dataset\" segments=\"bench-sme bench-large\">\
    <properties name=\"rows\" value=\"q1, q3, q5, q7, q9\"/><properties name=\"level\" value=\"yes\"/>\
  </charts>\
  <charts id=\"bench-likert\" name=\"likert\" kind=\"stacked-100\" dataset=\"$dataset\">\
    <properties name=\"rows\" value=\"q2\"/><properties name=\"columns\" value=\"size\"/>\
  </charts>\
</study:Study>|" "$study"
step report-compute "$sb" report "$study" --out "$work/report"
step report-reuse "$sb" report "$study" --out "$work/report"
cat "$work/report-compute.out" "$work/report-reuse.out"
ls -la "$work/bench/data" "$work/banner.xlsx" "$work/banner.html" "$work/report"
