#!/usr/bin/env bash
# Measures the SPARQL endpoint under concurrent load against a plain Fuseki over the same store
# (see EndpointLoadBench). The servers' request logs go to target/endpoint-load.log.
# Usage: bench/endpoint-load.sh [STORE [CLIENTS [REQUESTS [ROUNDS]]]]   (default - 50 40 3; STORE - is the test fixtures)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -ntp -pl core test-compile
classpath=$(mvn -q -o -ntp -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java ${BENCH_JAVA_OPTS:-} -Xmx2g -cp "target/test-classes:target/classes:$classpath" org.diplograph.serve.EndpointLoadBench "$@" 2> target/endpoint-load.log
