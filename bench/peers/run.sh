#!/bin/sh
# StudyBench against its peers, measured in one run on one generated file (issue 16):
#   plain weighted banner: 40 items by firm size, weighted column percentages + chi-square,
#     StudyBench (`banner FILE.csv`, one process from the raw CSV) vs R data.table (fread + 40 tables)
#   design-based banner: the same 40 tables with PSUs in strata (Rao-Scott F, design-based letters),
#     StudyBench (one process from the raw CSV) vs R survey (svydesign + svychisq, K tables scaled to 40)
#   on a study: the design-based banner on a study that has the data imported already (computed), and
#     re-run: the same banner again (read back from the table cache: the data's content is unchanged)
# Every step is a whole process (JVM, OSGi or R start-up included); wall time and peak RSS per step.
# Needs R with data.table and survey (Debian: r-base-core r-cran-data.table r-cran-survey); installs nothing.
# Usage: bench/peers/run.sh [ROWS] [WORKDIR] [K]     (defaults: 1000000, $TMPDIR/studybench-peers, 3)
set -eu
rows=${1:-1000000}
work=${2:-${TMPDIR:-/tmp}/studybench-peers}
k=${3:-3}
repo=$(cd "$(dirname "$0")/../.." && pwd)
. "$repo/.mvn/find-jdk.sh"
sb_find_jdk
missing=""
command -v Rscript >/dev/null 2>&1 || missing="r-base-core r-cran-data.table r-cran-survey"
if [ -z "$missing" ]; then
  Rscript -e 'library(data.table)' >/dev/null 2>&1 || missing="$missing r-cran-data.table"
  Rscript -e 'library(survey)' >/dev/null 2>&1 || missing="$missing r-cran-survey"
fi
if [ -n "$missing" ]; then
  echo "bench/peers/run.sh: missing Debian packages:$missing (apt-get install$missing)" >&2
  exit 1
fi
sb="$repo/studybench"
"$sb" --version > /dev/null # builds the product when it is absent; not timed
rm -rf "$work" && mkdir -p "$work"
items=$(seq -s, -f 'q%g' 1 40)
# step NAME COMMAND...: runs it, records wall seconds, peak RSS (KB) and CPU seconds (user, system) in
# $work/NAME.time. CPU time says more than wall time when the machine is not quiet.
step() {
  name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" > "$work/$name.out" 2> "$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  set -- $(cat "$work/$name.time")
  printf '%-28s %8.2f s %8d MB %8.2f s\n' "$name" "$1" $(($2 / 1024)) "$(awk -v u="$3" -v s="$4" 'BEGIN { print u + s }')"
}
seconds() { cut -d ' ' -f 1 "$work/$1.time"; }
"$JAVA_HOME/bin/java" "$repo/bench/data/GenerateSurvey.java" "$work/survey.csv" "$rows"
echo "file: $rows respondents x 60 variables, $(($(wc -c < "$work/survey.csv") / 1048576)) MB; R tables for survey: $k (scaled to 40)"
printf '%-28s %10s %11s %10s\n' step "wall" "peak RSS" "CPU"
echo "load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
step studybench-weighted "$sb" banner "$work/survey.csv" --rows "$items" --cols size --weight weight --out "$work/weighted.csv"
step r-datatable-weighted Rscript "$repo/bench/peers/datatable.R" "$work/survey.csv"
step studybench-design "$sb" banner "$work/survey.csv" --rows "$items" --cols size --weight weight --cluster psu --strata stratum --out "$work/design.csv"
step r-survey-design Rscript "$repo/bench/peers/survey.R" "$work/survey.csv" "$k"
"$sb" new "$work/study/peers.study" --title "Peers benchmark" > /dev/null
step studybench-import "$sb" import "$work/survey.csv" --study "$work/study/peers.study" --weight weight --cluster psu --strata stratum
# the table cache of this run only: the first banner on the study computes, the second reads the cached result
export STUDYBENCH_TABLE_CACHE="$work/table-cache"
step studybench-design-study "$sb" banner "$work/study/peers.study" --rows "$items" --cols size --out "$work/study.csv"
step studybench-design-rerun "$sb" banner "$work/study/peers.study" --rows "$items" --cols size --out "$work/rerun.csv"
cmp -s "$work/study.csv" "$work/rerun.csv" || { echo "bench/peers/run.sh: the re-run printed another banner than the first run" >&2; exit 1; }
step studybench-version "$sb" --version
cat "$work/r-survey-design.out"
# R survey's time for 40 tables: its whole run (read, design, K tables) plus the per-table time for the other 40 - K
per_table=$(sed -n 's/.*(\([0-9.]*\) s per table).*/\1/p' "$work/r-survey-design.out")
awk -v sbw="$(seconds studybench-weighted)" -v dt="$(seconds r-datatable-weighted)" -v sbd="$(seconds studybench-design)" \
    -v rs="$(seconds r-survey-design)" -v per="$per_table" -v k="$k" -v study="$(seconds studybench-design-study)" -v rerun="$(seconds studybench-design-rerun)" -v version="$(seconds studybench-version)" 'BEGIN {
  r40 = rs + (40 - k) * per
  printf "\nratios (peer time / StudyBench time; above 1: StudyBench is faster)\n"
  printf "  plain weighted banner vs R data.table:   %6.2f  (%.2f s vs %.2f s)\n", dt / sbw, sbw, dt
  printf "  design-based banner vs R survey (x40):   %6.1f  (%.2f s vs %.1f s)\n", r40 / sbd, sbd, r40
  printf "  design-based banner on a study:          %.2f s whole process, %.2f s after start-up (--version)\n", study, study - version
  printf "  the same banner re-run (unchanged data):  %.2f s whole process, %.2f s after start-up (--version)\n", rerun, rerun - version
}'
