#!/usr/bin/env bash
# Measures how long a packaged ThiĐua takes from launch to its main window drawn with the demo office's
# overview (the same end point as the start-up benchmark: vn.thidua.app.StartupReport writes the time and quits).
#
# Usage: installer/measure-startup.sh LAUNCHER [RUNS]
#   LAUNCHER   e.g. /opt/thidua/bin/ThiDua (installed) or target/installer/ThiDua/bin/ThiDua (app image)
#   RUNS       measured runs after one warm-up run (default 7)
# Needs a display ($DISPLAY, e.g. Xvfb). Extra JVM options for a trial go in JAVA_TOOL_OPTIONS.
# Prints each run's time from launch (wall clock, including the launcher) and from the JVM's start, and medians.
set -euo pipefail
launcher=${1:?usage: measure-startup.sh LAUNCHER [RUNS]}
runs=${2:-7}
[ -n "${DISPLAY:-}" ] || { echo "No \$DISPLAY: start Xvfb first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$launcher" --data "$work/data" demo > "$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; exit 1; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

walls=() jvms=()
for i in $(seq 0 "$runs"); do
    report="$work/started-$i"
    t0=$(date +%s%N)
    JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Dthidua.startupReport=$report" \
        timeout 120 "$launcher" --data "$work/data" > "$work/run.log" 2>&1 || true
    if [ ! -f "$report" ]; then
        cat "$work/run.log" >&2
        echo "run $i: no report" >&2
        exit 1
    fi
    wall=$(( ($(date -r "$report" +%s%N) - t0) / 1000000 ))
    jvm=$(cat "$report")
    if [ "$i" -eq 0 ]; then
        echo "warm-up: launch to window ${wall} ms (JVM start to window ${jvm} ms)"
    else
        echo "run $i: launch to window ${wall} ms (JVM start to window ${jvm} ms)"
        walls+=("$wall") jvms+=("$jvm")
    fi
done
echo "median of $runs: launch to window $(printf '%s\n' "${walls[@]}" | median) ms," \
    "JVM start to window $(printf '%s\n' "${jvms[@]}" | median) ms"
