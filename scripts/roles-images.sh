#!/usr/bin/env bash
# Pictures of roles for the README: the responsibility matrix of the sample school (HTML, in
# headless Chromium) and page 1 of the teacher's extract from seed 000 imported (DOCX, printed
# by LibreOffice), saved under Samples/.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product vanban >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
vanban=.build/debug/vanban
$vanban new ung-dung-cntt-mam-non --profile Samples/profile-mn-hoa-sen.yaml -o "$work/qd.yaml" 2>/dev/null
$vanban roles "$work/qd.yaml" --to html -o "$work/roles.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "--user-data-dir=$work/chromium" \
  --window-size=1200,900 --screenshot="$PWD/Samples/roles-matrix.png" "file://$work/roles.html" >/dev/null 2>&1
echo "wrote Samples/roles-matrix.png"

$vanban import ../shared/seeds/000_*.txt --quiet -o "$work/000.yaml" 2>/dev/null
$vanban roles "$work/000.yaml" --role giao-vien --sign-sheet -o "$work/giao-vien.docx"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/giao-vien.docx" >/dev/null 2>&1
[[ -f "$work/giao-vien.pdf" ]] || { echo "LibreOffice made no PDF" >&2; exit 1; }
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/giao-vien.pdf" Samples/roles-extract-giao-vien
echo "wrote Samples/roles-extract-giao-vien.png"
