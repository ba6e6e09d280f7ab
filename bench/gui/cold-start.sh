#!/bin/sh
# Cold start of the workbench to its main window, as a user starts it (`studybench gui FOLDER`), on a
# virtual display: the clock runs from the command to the moment the StudyBench window is mapped
# with the study navigator filled. Needs Xvfb and xdotool (Debian: xvfb, xdotool).
# Usage: bench/gui/cold-start.sh [RUNS]     (the product is built first if it is missing)
set -eu
runs=${1:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
"$repo/studybench" --version > /dev/null # builds the product when it is absent; not timed
display=:$(( 90 + $$ % 9 ))
Xvfb "$display" -screen 0 1280x1024x24 > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  start=$(date +%s%N)
  DISPLAY=$display "$repo/studybench" gui "$repo/examples/studies" > "/tmp/cold-start-run-$i.log" 2>&1 &
  pid=$!
  waited=0
  until DISPLAY=$display xdotool search --onlyvisible --name '^StudyBench' > /dev/null 2>&1; do
    sleep 0.01
    waited=$((waited + 1))
    if [ "$waited" -gt 3000 ]; then # about 30 s: say what is on the screen instead of waiting forever
      DISPLAY=$display import -window root "/tmp/cold-start-stuck-$i.png" 2>/dev/null || true
      jstack "$pid" > "/tmp/cold-start-stuck-$i.txt" 2>&1 || true
      echo "run $i: no main window after 30 s (screen and threads in /tmp/cold-start-stuck-$i.*)" >&2
      break
    fi
  done
  end=$(date +%s%N)
  echo "run $i: main window after $(( (end - start) / 1000000 )) ms"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
