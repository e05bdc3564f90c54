#!/usr/bin/env bash
# Installs the Debian packages vanban needs. Run as root (CI and the dev machines are).
#   scripts/install-deps.sh          build needs: pkg-config, libxml2, libzip
#   scripts/install-deps.sh --test   also what the tests use to judge the output:
#                                    xmllint, poppler, LibreOffice, Chromium, python-docx,
#                                    jsonschema (checks data files against the shipped schema),
#                                    pypdf and pyHanko (read PDF outlines and fields; sign them),
#                                    openssl (a throw-away certificate for the signing test),
#                                    selenium + chromium-driver (many HTML pages printed in one Chromium session)
#                                    PostgreSQL (a throw-away server for the register tests)
#                                    GNU time (the hardening tests measure peak memory)
set -euo pipefail

packages=(pkg-config libxml2-dev libzip-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(time libxml2-utils poppler-utils libreoffice-writer-nogui fonts-liberation2 chromium chromium-driver python3-pip openssl postgresql)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if (( ${#missing[@]} )); then
  echo "vanban: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" ]] && ! python3 -c "import docx, jsonschema" 2>/dev/null; then
  echo "vanban: installing python-docx and jsonschema" >&2
  python3 -m pip install -q --disable-pip-version-check python-docx jsonschema
fi

if [[ "${1:-}" == "--test" ]] && ! { python3 -c "import pypdf, pyhanko" 2>/dev/null && command -v pyhanko >/dev/null; }; then
  echo "vanban: installing pypdf and pyHanko" >&2
  python3 -m pip install -q --disable-pip-version-check pypdf pyhanko pyhanko-cli
fi

if [[ "${1:-}" == "--test" ]] && ! python3 -c "import selenium" 2>/dev/null; then
  echo "vanban: installing selenium" >&2
  python3 -m pip install -q --disable-pip-version-check selenium
fi
