#!/usr/bin/env bash
# Publishes the bot exactly as the Dockerfile's build stage does. Usage: .ci/publish.sh OUTPUT_DIR
set -euo pipefail
out="${1:?usage: publish.sh OUTPUT_DIR}"
cd "$(dirname "$0")/.."
dotnet publish src/Kiosk.Bot/Kiosk.Bot.csproj -c Release -o "$out" --nologo
