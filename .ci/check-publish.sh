#!/usr/bin/env bash
# Mirrors the Dockerfile (which cannot be built on these machines): publish the same way, then check
# that the output runs like the container would and that a missing token is one clear line, exit 2.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
bash .ci/publish.sh "$out" >/dev/null
test -f "$out/Kiosk.Bot.dll"
test "$(ls "$out"/localization/*.json | wc -l)" -ge 7
test -f "$out/appsettings.json"
set +e
message="$(cd "$out" && env -u Telegram__Token Storage__DatabasePath="$out/data/kiosk.db" dotnet Kiosk.Bot.dll 2>&1)"
code=$?
set -e
if [ "$code" -ne 2 ] || ! grep -q "Configuration error: Telegram:Token" <<<"$message"; then
  echo "publish check: expected exit 2 with a configuration error, got $code: $message" >&2
  exit 1
fi
echo "publish check: ok (published output runs and reports a missing token in one line)"
