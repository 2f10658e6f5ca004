#!/bin/bash
# P6 (docs/performance.md): a plain junit step and systemTest on the same 20,000-test result, in turns, in a running
# Jenkins with this plugin (for example the throw-away one of ../shared/real-jenkins, started with this .hpi).
# usage: P6_DIR=$PWD/scripts/bench/p6 scripts/bench/p6/turns.sh ROUNDS TAG JENKINS_URL
# Needs run-pipeline.sh of ../shared/real-jenkins (RUN_PIPELINE to point elsewhere) and the Pipeline sandbox off
# (the Jenkinsfiles read the clock). Prints one TIMING line per build; the order of the two swaps every round.
set -u   # not -e: a build that ends UNSTABLE (the failing tests) is expected
here=$(cd "$(dirname "$0")" && pwd)
run=${RUN_PIPELINE:-$here/../../../../shared/real-jenkins/run-pipeline.sh}
for i in $(seq 1 "$1"); do
  if [ $((i % 2)) = 1 ]; then order="junit st"; else order="st junit"; fi
  for j in $order; do
    sed "s|\$P6_DIR|$here|g" "$here/Jenkinsfile.$j" > "/tmp/p6-Jenkinsfile.$j"
    SANDBOX=false RUN_TIMEOUT=900 "$run" "$3" "p6-$j" "/tmp/p6-Jenkinsfile.$j" 2>&1 | grep "TIMING" \
      | sed "s/^/[$2 $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)] /"
  done
done
