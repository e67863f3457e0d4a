#!/usr/bin/env bash
# Measures the graph view on a synthetic store in headless Chromium (Debian's chromium and
# chromium-driver): time to the first drawing of the graph and time from a click to the details.
# Usage: bench/graph-view.sh [ACTORS [STATEMENTS [REPEATS]]]   (default 5000 2500 3)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -ntp -pl core test-compile
classpath=$(mvn -q -ntp -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx4g -cp "target/test-classes:target/classes:$classpath" org.diplograph.serve.GraphViewBench "$@"
