#!/usr/bin/env bash
# Sets up, builds and runs every test project; ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
scripts/setup.sh || exit 1
dotnet build GrandBy.Orleans.sln -c Release --no-restore --verbosity quiet -nologo || exit 1

log=$(mktemp)
dotnet test GrandBy.Orleans.sln -c Release --no-build --verbosity quiet -nologo \
  --blame-hang-timeout 10m 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The .NET runner prints one summary per test assembly; add them up.
passed=0 failed=0 skipped=0
while read -r f p s; do
  failed=$((failed + f)) passed=$((passed + p)) skipped=$((skipped + s))
done < <(sed -nE 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/p' "$log")
rm -f "$log"
if ((status != 0 && failed == 0)); then
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
