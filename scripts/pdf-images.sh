#!/usr/bin/env bash
# Renders the sample decision to a PDF ready for signing and saves, under Samples/ (shown in
# the README): page 1 of the PDF, and the signature page after pyHanko has signed the empty
# "nguoi-ky" field with a throw-away certificate, which shows where the signature lands.
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product vanban >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/debug/vanban render Samples/qd-257-mn-thien-ton.yaml -o "$work/qd.pdf" --for-signing
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/qd.pdf" Samples/qd-257-mn-thien-ton.pdf-page-1

openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 \
  -subj "/CN=Tran Thi Huong Mai/O=Truong Mam non Thien Ton" 2>/dev/null
pyhanko sign addsig --field nguoi-ky pemder --key "$work/key.pem" --cert "$work/cert.pem" --no-pass \
  "$work/qd.pdf" "$work/signed.pdf"
page=$(python3 -c "
import pypdf, sys
reader = pypdf.PdfReader(sys.argv[1])
print(next(i for i, p in enumerate(reader.pages) for a in (p.get('/Annots') or []) if a.get_object().get('/T') == 'nguoi-ky') + 1)
" "$work/signed.pdf")
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/signed.pdf" Samples/qd-257-mn-thien-ton.pdf-signed
echo "wrote Samples/qd-257-mn-thien-ton.pdf-page-1.png and Samples/qd-257-mn-thien-ton.pdf-signed.png (page $page)"
