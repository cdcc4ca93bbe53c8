#!/usr/bin/env bash
# Installs what GrandBy.Orleans needs on a fresh Debian machine with the .NET 10 SDK, then restores.
# espeak-ng + sox give the TTS emulator a real voice and rebuild the clip library; the cluster-mode
# tests start their own redis-server.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(espeak-ng sox redis-server)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "setup: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
dotnet restore GrandBy.Orleans.sln --verbosity quiet
