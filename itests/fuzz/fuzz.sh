#!/bin/sh
# Fuzzes one Jazzer target for a chosen time (coverage-guided), from the repository root or anywhere.
#   itests/fuzz/fuzz.sh <TestClass[#method]> [seconds] [extra libFuzzer flag...]
#   e.g. itests/fuzz/fuzz.sh CwmpDecoderFuzzTest 300
#        itests/fuzz/fuzz.sh 'DefinitionsFuzzTest#compact_text_gives_definitions_or_a_definitions_exception' 120
# New coverage goes to itests/fuzz/.cifuzz-corpus/<class>/<method>/ (not committed); a finding is
# written as a crash-<sha1> file into the target's seed directory under src/test/resources, where
# the normal build then replays it. libFuzzer prints "Done N runs in S second(s)" at the end;
# target/fuzz-budget.txt gets the largest per-input time and allocation seen.
# KEEP_GOING=N (environment) goes on after findings until N distinct ones (Jazzer's keep_going; default 1).
# EXTRA_MVN_ARGS (environment) is added to the Maven command line, e.g. a Jazzer option as -Djazzer.<name>=...
set -eu
[ $# -ge 1 ] || { sed -n 2,9p "$0"; exit 2; }
test=$1; seconds=${2:-300}; shift
if [ $# -ge 1 ]; then shift; fi
root=$(cd "$(dirname "$0")/../.." && pwd)
n=2; extra=""
for flag in "$@"; do extra="$extra -Djazzer.internal.arg.$n=$flag"; n=$((n + 1)); done
cd "$root"
# jazzer.internal.arg.N are the libFuzzer arguments of Jazzer 0.24's JUnit integration (arg.0 is argv[0]);
# -timeout is libFuzzer's hard watchdog for an input that never returns (the 100 ms check needs it to return)
JAZZER_FUZZ=1 exec mvn -B -o -pl itests/fuzz -am test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine=-Xmx1g -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_total_time="$seconds" \
    -Djazzer.keep_going="${KEEP_GOING:-1}" -Djazzer.internal.arg.$n=-timeout=10 $extra ${EXTRA_MVN_ARGS:-}
