#!/usr/bin/env bash
# Renders the sample decision to DOCX, has LibreOffice print it to PDF, and saves PNGs of
# page 1 and of the attached regulation's first page under Samples/ (shown in the README);
# then renders it to HTML and has headless Chromium take a screenshot of the first screen.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product vanban >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/debug/vanban render Samples/qd-257-mn-thien-ton.yaml -o "$work/qd.docx"
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/qd.docx" >/dev/null 2>&1
[[ -f "$work/qd.pdf" ]] || { echo "LibreOffice made no PDF" >&2; exit 1; }

pages=$(pdfinfo "$work/qd.pdf" | awk '/^Pages:/ {print $2}')
regulation=""
for ((page = 1; page <= pages; page++)); do
  if pdftotext -f "$page" -l "$page" "$work/qd.pdf" - | grep -q "^QUY CHẾ$"; then regulation=$page; break; fi
done
[[ -n "$regulation" ]] || { echo "no page starts the regulation" >&2; exit 1; }

pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/qd.pdf" Samples/qd-257-mn-thien-ton.docx-page-1
pdftoppm -png -r 80 -f "$regulation" -l "$regulation" -singlefile "$work/qd.pdf" Samples/qd-257-mn-thien-ton.docx-quy-che
echo "wrote Samples/qd-257-mn-thien-ton.docx-page-1.png and Samples/qd-257-mn-thien-ton.docx-quy-che.png (page $regulation of $pages)"

.build/debug/vanban render Samples/qd-257-mn-thien-ton.yaml -o "$work/qd.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "--user-data-dir=$work/chromium" \
  --window-size=1000,1250 --screenshot="$PWD/Samples/qd-257-mn-thien-ton.html-screen.png" "file://$work/qd.html" >/dev/null 2>&1
echo "wrote Samples/qd-257-mn-thien-ton.html-screen.png"
