#!/usr/bin/env bash
# Sets up, then runs GrandBy.Orleans in embedded mode (gateway + silo in one process) with the
# provider emulators and plays one simulated Korean check-in call, printing it as it happens.
# Extra arguments go to the demo, e.g. ./run.sh --scenario en-hello --keep-running
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet build tools/Demo/GrandBy.Demo.csproj -c Release --no-restore --verbosity quiet -nologo
exec dotnet tools/Demo/bin/Release/net10.0/GrandBy.Demo.dll "$@"
