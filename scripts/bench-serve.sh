#!/usr/bin/env bash
# Preview latency of the workbench under load: POST /api/render?to=html (and to=docx) of the
# sample with 8 concurrent clients for 10 s each, measured by wrk (Debian's `wrk`).
# Usage: scripts/bench-serve.sh [VANBAN_BINARY]   (default: the release build, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/vanban}"
if [[ ! -x "$binary" ]]; then swift build -c release --product vanban >&2; fi
command -v wrk >/dev/null || { echo "bench-serve: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work="$(mktemp -d)"
"$binary" render Samples/qd-257-mn-thien-ton.yaml --to json > "$work/qd.json"
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = io.open("$work/qd.json", "rb")
wrk.body = file:read("*a")
file:close()
LUA
"$binary" serve --port 0 --database "$work/vanban.db" 2> "$work/server.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
url=""
for _ in $(seq 1 200); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/server.log" || true)"
  [[ -n "$url" ]] && break
  sleep 0.05
done
[[ -n "$url" ]] || { echo "bench-serve: the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
for format in html docx; do
  echo "== POST /api/render?to=$format, 8 connections, 2 threads, 10 s"
  wrk -t2 -c8 -d10s --latency -s "$work/post.lua" "${url}api/render?to=$format" | grep -E "Requests/sec|Latency|50%|75%|90%|99%|requests in|Non-2xx"
done
