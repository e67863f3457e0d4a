#!/usr/bin/env bash
# Runs the Spark job as spark-submit runs it on a cluster, on a Spark standalone cluster on this
# machine's loopback: a Master and a Worker, each its own JVM, the job submitted with SparkSubmit
# (what the spark-submit script runs; the driver is that JVM), its executor a JVM the Worker
# starts. Spark is the build's version (spark.version in pom.xml) from Maven Central, laid out as
# a distribution lays it out (spark/cluster/pom.xml); the job is spark/target/diplograph-spark.jar,
# which holds no Spark. Then checks, and prints what it checked:
#   - the first submission's graphs are build's: ./diplograph build and export --output=nq on the
#     same input, graph by graph isomorphic (SameGraphs, the comparison SparkBuildTest makes);
#   - a second submission over the same output folder, with an empty article, a JSON Lines line cut
#     short and a missing path added, builds nothing, skips every article the first wrote, and
#     rejects the three inputs in build's words;
#   - in the Worker's work folder, each executor JVM's log has CoreNLP loaded ("Loading POS
#     tagger") at most once however many tasks it ran, once where it built articles; the drivers
#     never load it;
# and gives the time of the first submission, then of ./diplograph spark --master=local[2] on the
# same input (LOCAL=0 leaves that out). Everything, logs included, stays in spark/target/cluster-smoke.
# Usage: spark/cluster-smoke.sh [INPUT]   (default ../shared/eval/dev; articles build loads, none rejected)
# Environment: EXECUTOR_MEMORY (5g), CORES of the Worker and the job (2), LOCAL (1)
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-../shared/eval/dev}
memory=${EXECUTOR_MEMORY:-5g}
cores=${CORES:-2}
dir=spark/target/cluster-smoke
jar=spark/target/diplograph-spark.jar
spark_version=$(sed -n 's#.*<spark.version>\(.*\)</spark.version>.*#\1#p' pom.xml)
# Spark on Java 17 needs these opens, as spark-submit passes them.
read -r -a opens <<< "$(sed -n 's#.*<spark.java.options>\(.*\)</spark.java.options>.*#\1#p' spark/pom.xml)"

fail() {
  echo "FAILED: $*" >&2
  exit 1
}
[[ -e $input ]] || fail "no input at $input"

if [[ ! -f $jar || -n "$(find src/main spark/src pom.xml core/pom.xml spark/pom.xml ontology -newer "$jar" -print -quit)" ]]; then
  echo "building the jar for spark-submit: mvn -B -q -o -DskipTests package"
  mvn -B -q -o -DskipTests package
fi
spark_home=$PWD/spark/cluster/target/spark-home
if ! grep -qs "^Spark $spark_version " "$spark_home/RELEASE"; then
  echo "laying out Spark $spark_version from Maven Central in $spark_home"
  rm -rf spark/cluster/target
  mvn -B -q -ntp -f spark/cluster/pom.xml -Dspark.version="$spark_version" package
  echo "Spark $spark_version (spark-sql_2.13 and what it depends on, from Maven Central by spark/cluster/pom.xml)" > "$spark_home/RELEASE"
fi
# What Spark's scripts (load-spark-env.sh) export; the Worker builds the executors' command from them.
export SPARK_HOME=$spark_home SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

rm -rf "$dir"
mkdir -p "$dir/bad" "$dir/work"
dir=$(cd "$dir" && pwd)
: > "$dir/bad/empty.txt"
printf '{"url": "https://example.org/news/cut", "text": \n' > "$dir/bad/feed.jsonl"
missing=$dir/no-such-folder
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg);" \
  "$(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src spark core pom.xml || echo ' with changes')"

echo "reference: ./diplograph build $input $dir/bad $missing, then export --output=nq"
status=0
./diplograph build "$input" "$dir/bad" "$missing" --loc="$dir/build-store" > "$dir/build.out" 2> "$dir/build.log" || status=$?
grep -q '^loaded [0-9]* articles' "$dir/build.out" || fail "build failed (exit $status): $(cat "$dir/build.out") $(tail -5 "$dir/build.log")"
./diplograph export --loc="$dir/build-store" --output=nq "$dir/build.nq" >> "$dir/build.out" 2>> "$dir/build.log"
sed -n 's/^  //p' "$dir/build.out" | sort > "$dir/rejected-by-build.txt"

pids=()
stop() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop EXIT
# await LOG PATTERN PID: the first line of LOG matching PATTERN, once it is there; fails if PID ends first.
await() {
  local line
  for _ in $(seq 240); do
    line=$(grep -m1 -e "$2" "$1" || true)
    if [[ -n $line ]]; then
      echo "$line"
      return
    fi
    kill -0 "$3" 2>/dev/null || fail "$1 ended without '$2': $(tail -5 "$1")"
    sleep 0.5
  done
  fail "no '$2' in $1 after 120 s"
}
java -Xmx512m "${opens[@]}" -Dspark.master.rest.enabled=false -cp "$SPARK_HOME/jars/*" \
  org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 > "$dir/master.log" 2>&1 &
pids+=($!)
master=$(await "$dir/master.log" 'Starting Spark master at spark://' "${pids[0]}" | sed 's/.* at //')
java -Xmx512m "${opens[@]}" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 \
  --webui-port 0 --cores "$cores" --memory "$memory" --work-dir "$dir/work" "$master" > "$dir/worker.log" 2>&1 &
pids+=($!)
await "$dir/worker.log" 'Successfully registered with master' "${pids[1]}" > /dev/null
echo "cluster: Master (JVM ${pids[0]}) at $master, one Worker (JVM ${pids[1]}) with $cores cores and $memory"

# submit N INPUT: the job through SparkSubmit, its summary in $dir/submit-N.out, the driver's log in
# submit-N.log; sets status, seconds (wall) and summary.
submit() {
  local start end
  echo "submission $1: java ... org.apache.spark.deploy.SparkSubmit --class org.diplograph.spark.SparkBuild --master $master" \
    "--executor-memory $memory --total-executor-cores $cores $jar --input=$2 --output=$dir/out"
  start=$(date +%s.%N)
  status=0
  java -Xmx1g "${opens[@]}" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --class org.diplograph.spark.SparkBuild --master "$master" --executor-memory "$memory" --total-executor-cores "$cores" \
    "$jar" --input="$2" --output="$dir/out" > "$dir/submit-$1.out" 2> "$dir/submit-$1.log" || status=$?
  end=$(date +%s.%N)
  seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
  summary=$(grep -m1 '^built ' "$dir/submit-$1.out" || true)
  [[ -n $summary ]] || fail "submission $1 (exit $status) printed no summary: $(grep -v ' INFO ' "$dir/submit-$1.log" | tail -20)"
  echo "  $summary"
}

submit 1 "$input"
[[ $status -eq 0 ]] || fail "submission 1 exited with $status: $summary"
run1=$(sed 's/^built [0-9]* articles into \(.*\): .*/\1/' <<< "$summary")
articles=$(sed 's/^built \([0-9]*\) articles.*/\1/' <<< "$summary")
job_seconds=$(sed 's/.* in \([0-9.]*\) s$/\1/' <<< "$summary")
wall1=$seconds
# The JDK's StAX parser, as the job's executors use (Executor): Hadoop's Woodstox refuses Jena's settings.
java -Xmx2g -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl \
  -cp "spark/target/test-classes:spark/target/classes:spark/target/lib/*" org.diplograph.spark.SameGraphs \
  "$dir/build.nq" "$run1/graphs" > "$dir/same-graphs.txt" || fail "the job's graphs are not build's: $(cat "$dir/same-graphs.txt")"
echo "ok: $(cat "$dir/same-graphs.txt")"

submit 2 "$input,$dir/bad,$missing"
expected="built 0 articles into .*: 0 graphs written, $articles skipped (written by an earlier run), $(wc -l < "$dir/rejected-by-build.txt") inputs rejected"
grep -q "^$expected" <<< "$summary" || fail "submission 2: expected '$expected', got: $summary"
[[ $status -eq 1 ]] || fail "submission 2 exited with $status, not 1 (inputs rejected)"
run2=$(sed 's/^built [0-9]* articles into \(.*\): .*/\1/' <<< "$summary")
echo "ok: the second submission built nothing and skipped the $articles articles the first wrote"
cat "$run2"/rejected/part-* | sort > "$dir/rejected-by-job.txt"
diff "$dir/rejected-by-build.txt" "$dir/rejected-by-job.txt" > /dev/null \
  || fail "rejected/ is not build's rejections: $(diff "$dir/rejected-by-build.txt" "$dir/rejected-by-job.txt")"
echo "ok: its rejected/ is build's rejections, word for word:"
sed 's/^/      /' "$dir/rejected-by-job.txt"
[[ -z $(cat "$run2"/manifest/part-*) ]] || fail "the second run's manifest names graphs: $(cat "$run2"/manifest/part-*)"

# at LOG PATTERN [tail]: the time (epoch seconds) of the first (with tail, the last) line of a Spark
# log matching PATTERN.
at() {
  local stamp
  stamp=$(grep -e "$2" "$1" | "${3:-head}" -1 | cut -d' ' -f1-2)
  date -d "20${stamp:0:2}-${stamp:3:2}-${stamp:6:2} ${stamp:9}" +%s
}
apps=("$dir"/work/app-*)
[[ ${#apps[@]} -eq 2 ]] || fail "expected the work folders of 2 applications in $dir/work, found ${#apps[@]}"
for app in "${apps[@]}"; do
  loaded_in_app=0
  for executor in "$app"/*/; do
    log=$executor/stderr
    loads=$(grep -c 'Loading POS tagger' "$log" || true)
    tasks=$(grep -c 'Running task' "$log" || true)
    pid=$(sed -n 's/.*Started daemon with process name: \([0-9]*\)@.*/\1/p' "$log" | head -1)
    [[ $loads -le 1 ]] || fail "executor JVM $pid ($log) loaded CoreNLP $loads times"
    loaded_in_app=$((loaded_in_app + loads))
    echo "ok: executor JVM $pid ($(basename "$app")/$(basename "$executor")): CoreNLP loaded $loads time(s) for $tasks tasks"
    if [[ $loads -eq 1 ]]; then
      started=$(at "$log" 'Started daemon')
      echo "    timeline: granted at $(date -d @"$(at "$dir/submit-1.log" 'Granted executor')" +%T)," \
        "started $(date -d @"$started" +%T), the job's jar in its class loader $(( $(at "$log" 'Adding file:.*diplograph-spark.jar') - started )) s later," \
        "CoreNLP loading from $(( $(at "$log" 'Adding annotator tokenize') - started )) s to" \
        "$(( $(at "$log" 'Initializing dependency parser .* done') - started )) s, its last task done at $(( $(at "$log" 'Finished task' tail) - started )) s"
    fi
  done
  if [[ $app == "${apps[0]}" ]]; then
    [[ $loaded_in_app -ge 1 ]] || fail "no executor of the first submission loaded CoreNLP, yet it built $articles articles"
  else
    [[ $loaded_in_app -eq 0 ]] || fail "an executor of the second submission loaded CoreNLP with no article to build"
  fi
done
! grep -q 'Loading POS tagger' "$dir"/submit-*.log || fail "a driver loaded CoreNLP: $(grep -l 'Loading POS tagger' "$dir"/submit-*.log)"
echo "ok: the drivers did not load CoreNLP"
stop
trap - EXIT

rate() {
  awk -v n="$1" -v s="$2" 'BEGIN { printf "%.2f", n / s }'
}
executors=$(find "${apps[0]}" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "figures: $articles articles; spark-submit to the standalone cluster ($executors executor(s), $cores cores in all, $memory each):" \
  "$wall1 s wall, $job_seconds s in the job: $(rate "$articles" "$job_seconds") articles/s in the job, $(rate "$articles" "$wall1") with the JVMs' start"
if [[ ${LOCAL:-1} != 0 ]]; then
  start=$(date +%s.%N)
  ./diplograph spark --input="$input" --output="$dir/local-out" --master="local[$cores]" > "$dir/local.out" 2> "$dir/local.log"
  end=$(date +%s.%N)
  local_wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
  local_job=$(sed -n 's/^built .* in \([0-9.]*\) s$/\1/p' "$dir/local.out")
  echo "figures: ./diplograph spark --master=local[$cores] on the same input: $local_wall s wall, $local_job s in the job:" \
    "$(rate "$articles" "$local_job") articles/s in the job, $(rate "$articles" "$local_wall") with the JVM's start"
fi
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
