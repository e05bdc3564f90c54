#!/usr/bin/env bash
# Sets up a fresh Debian machine (Swift toolchain already there) and renders the bundled sample
# decision into out/: canonical text, YAML, JSON, DOCX and HTML.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
swift build -c release --product vanban
vanban=.build/release/vanban
sample=Samples/qd-257-mn-thien-ton.yaml

mkdir -p out
for format in txt yaml json docx html; do
  "$vanban" render "$sample" -o "out/qd-257-mn-thien-ton.$format" --force
  echo "wrote out/qd-257-mn-thien-ton.$format"
done
"$vanban" outline "$sample"
