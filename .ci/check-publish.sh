#!/usr/bin/env bash
# Mirrors the Dockerfile (which cannot be built on these machines): publish the same way, then run the
# output as the container would, with no token, so it starts the local emulator; a person writes /start
# and must get an answer, and the image's HEALTHCHECK command (`dotnet Kiosk.Bot.dll health`) must exit 0.
# Also checks that a bad setting is one clear line with exit code 2.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$out"; }
trap cleanup EXIT
bash .ci/publish.sh "$out" >/dev/null
test -f "$out/Kiosk.Bot.dll"
test "$(ls "$out"/localization/*.json | wc -l)" -ge 7
test -f "$out/appsettings.json"

set +e
message="$(cd "$out" && Kiosk__TimeZone=Mars/Olympus dotnet Kiosk.Bot.dll 2>&1)"
code=$?
set -e
if [ "$code" -ne 2 ] || ! grep -q "Configuration error: Kiosk:TimeZone" <<<"$message"; then
  echo "publish check: expected exit 2 with a configuration error, got $code: $message" >&2
  exit 1
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
hport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export Health__Listen="http://127.0.0.1:$hport"
# exec: $! is then the bot itself, so the cleanup stops it (killing only the subshell left the bot running).
(cd "$out" && exec env -u Telegram__Token Emulator__Port="$port" Storage__DatabasePath="$out/data/kiosk.db" dotnet Kiosk.Bot.dll >"$out/bot.log" 2>&1) &
pid=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/emulator/bot" >/dev/null && break
  sleep 0.2
done
curl -sf -X POST "http://127.0.0.1:$port/emulator/messages" -H 'content-type: application/json' \
  -d '{"user_id":1001,"first_name":"Amina","language_code":"ar","text":"/start"}' >/dev/null
reply="$(curl -sf "http://127.0.0.1:$port/emulator/chats/1001/wait?after=1&timeout=20")"
if ! grep -q '"from_bot":true' <<<"$reply"; then
  echo "publish check: the published bot did not answer /start on the emulator" >&2
  cat "$out/bot.log" >&2
  exit 1
fi
if ! health="$(cd "$out" && env -u Telegram__Token dotnet Kiosk.Bot.dll health 2>&1)"; then
  echo "publish check: the HEALTHCHECK command 'dotnet Kiosk.Bot.dll health' failed: $health" >&2
  cat "$out/bot.log" >&2
  exit 1
fi
echo "publish check: ok (published output answers /start through the local emulator and is healthy; bad settings exit 2)"
