#!/usr/bin/env bash
# Builds the release binary with the Swift runtime linked in and assembles dist/vanban/, a folder
# that runs on a Debian machine without the Swift toolchain, from wherever it is copied.
#   bash scripts/release.sh           build and assemble dist/vanban/
#   bash scripts/release.sh --check   also copy it to a temporary folder and run it there with the
#                                     toolchain off PATH: render the sample to DOCX and HTML, serve
#                                     one request; ldd must show no Swift library
# VANBAN_RELEASE_SCRATCH names the build folder (default .build).
#
# How the moved binary finds its templates: SwiftPM puts each target's resources in a bundle
# folder (vanban_VanBanResources.resources: docx/html/regulations/schema; vanban_VanBanServer.resources:
# the workbench's pages, script and style). The generated Bundle.module looks for it first in the
# folder holding the executable (Bundle.main, /proc/self/exe with symlinks resolved), then at the
# absolute build path. So dist/vanban/ keeps the bundles beside the binary, and --check hides the
# build's own bundles while it runs, to prove the copies are the ones found.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
[[ "${1:-}" == "--check" ]] && check=true
scratch="${VANBAN_RELEASE_SCRATCH:-.build}"
build=(swift build -c release --static-swift-stdlib --product vanban --scratch-path "$scratch")

start=$(date +%s)
"${build[@]}"
echo "release: built in $(( $(date +%s) - start )) s" >&2
bin="$("${build[@]}" --show-bin-path)"

dist=dist/vanban
rm -rf "$dist"
mkdir -p "$dist"
cp "$bin/vanban" "$dist/vanban"
strip "$dist/vanban" 2>/dev/null || true
bundles=()
for bundle in "$bin"/*.resources; do
  [[ -d "$bundle" ]] || continue
  cp -R "$bundle" "$dist/"
  bundles+=("$bundle")
done
# A copy of the built-in templates to edit; the binary reads its own from the bundle and takes
# these (or any edited subset) only with --templates DIR.
mkdir -p "$dist/Templates"
cp -R Templates/docx Templates/html "$dist/Templates/"
cp deploy/vanban.service "$dist/"
# The README's section on running the workbench for a school or district.
awk '/^## Running it for a school or a district/{on=1; print; next} on && /^## /{exit} on{print}' README.md > "$dist/README.md"
echo "release: $dist ($(du -sh "$dist" | cut -f1))" >&2

$check || exit 0

fail() { echo "release --check: $*" >&2; exit 1; }

# No Swift runtime, Foundation or dispatch library may be loaded from the toolchain.
libraries="$(ldd "$dist/vanban")"
echo "$libraries" >&2
if grep -Eq 'libswift|libFoundation|libdispatch|libBlocksRuntime|/opt/swift|not found' <<<"$libraries"; then
  fail "the binary still needs a Swift library or misses one (see ldd above)"
fi

work="$(mktemp -d /tmp/vanban-release-check.XXXXXX)"
server=""
hidden=()
cleanup() {
  # Bundles first: nothing below may stop the build folder from getting them back.
  for bundle in "${hidden[@]}"; do mv "$bundle.hidden-by-release-check" "$bundle" || true; done
  if [[ -n "$server" ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# Hide the build's bundles: the fallback path in Bundle.module must not be what the copy uses.
for bundle in "${bundles[@]}"; do
  mv "$bundle" "$bundle.hidden-by-release-check"
  hidden+=("$bundle")
done

cp -R "$dist" "$work/"
cp Samples/qd-257-mn-thien-ton.yaml "$work/qd.yaml"
run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$@"); }

run "$work/vanban/vanban" render qd.yaml -o qd.docx || fail "render to DOCX failed"
[[ "$(head -c 2 "$work/qd.docx")" == "PK" ]] || fail "qd.docx is not a DOCX package"
run "$work/vanban/vanban" render qd.yaml -o qd.html || fail "render to HTML failed"
grep -q "QUYẾT ĐỊNH" "$work/qd.html" || fail "qd.html lacks the title"

# exec twice (subshell → env → vanban): $! is the server's own pid, so cleanup stops it.
(cd "$work" && exec env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$work/vanban/vanban" serve --port 0 --database "$work/vanban.db") >"$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 300); do
  url="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/serve.log" | head -n 1 || true)"
  [[ -n "$url" ]] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
[[ -n "$url" ]] || fail "the server did not start: $(cat "$work/serve.log")"
fetch() { python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1], timeout=20).read().decode())' "$1"; }
fetch "${url}api/openapi.json" | grep -q '"openapi"' || fail "GET /api/openapi.json failed"
fetch "${url}static/workbench.js" | grep -q . || fail "GET /static/workbench.js is empty (server bundle not found)"
fetch "${url}documents" | grep -q "<html" || fail "GET /documents did not render a page"
echo "release --check: ok (rendered DOCX and HTML, served $url from $work/vanban without the toolchain)" >&2
