#!/usr/bin/env python3
"""Makes hostile reference DOCX files from a good one, for the hardening tests.

usage: hostile_docx.py GOOD.docx OUT.docx CASE
CASE: forged-size | bomb:MB | lying-size:MB | doctype-system | xinclude | entities | html-root
      | page:W:H | traversal | many-entries:N | moved-main
"""
import struct
import sys
import zipfile
import zlib


def stored_zip(entries, declared=None):
    """A ZIP written by hand so its central directory can lie: entries are (name, data, method);
    declared maps a name to the uncompressed size the central directory claims (ZIP64 when large)."""
    declared = declared or {}
    out = bytearray()
    central = bytearray()
    for name, data, method in entries:
        raw = data
        body = raw
        if method == 8:
            c = zlib.compressobj(9, zlib.DEFLATED, -15)
            body = c.compress(raw) + c.flush()
        crc = zlib.crc32(raw) & 0xFFFFFFFF
        encoded = name.encode()
        offset = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034B50, 20, 0, method, 0, 0x21, crc, len(body), len(raw), len(encoded), 0)
        out += encoded + body
        size = declared.get(name, len(raw))
        extra = b''
        field = size
        if size >= 0xFFFFFFFF:
            extra = struct.pack('<HHQ', 0x0001, 8, size)
            field = 0xFFFFFFFF
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014B50, 45, 45 if extra else 20, 0, method, 0, 0x21, crc,
                               len(body), field, len(encoded), len(extra), 0, 0, 0, 0, offset)
        central += encoded + extra
    start = len(out)
    out += central
    out += struct.pack('<IHHHHIIH', 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0)
    return bytes(out)


def main():
    good, target, case = sys.argv[1], sys.argv[2], sys.argv[3]
    with zipfile.ZipFile(good) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    declared = {}
    method = {name: 0 for name in parts}
    kind, _, arg = case.partition(':')
    styles = parts['word/styles.xml']
    if kind == 'forged-size':
        declared['word/styles.xml'] = 1 << 62
    elif kind == 'bomb':
        head = styles.index(b'?>') + 2
        parts['word/styles.xml'] = styles[:head] + b' ' * (int(arg) << 20) + styles[head:]
        method['word/styles.xml'] = 8
    elif kind == 'lying-size':
        parts['word/styles.xml'] = styles[:styles.index(b'?>') + 2] + b' ' * (int(arg) << 20) + styles[styles.index(b'?>') + 2:]
        method['word/styles.xml'] = 8
        declared['word/styles.xml'] = len(styles)
    elif kind == 'doctype-system':
        head = styles.index(b'?>') + 2
        parts['word/styles.xml'] = styles[:head] + b'<!DOCTYPE w:styles SYSTEM "file:///etc/passwd">' + styles[head:]
    elif kind == 'entities':
        head = styles.index(b'?>') + 2
        entity = b'<!DOCTYPE w:styles [<!ENTITY big "' + b'x' * 100_000 + b'">]>'
        body = styles[head:].replace(b'</w:styles>', b'<!-- ' + b'&big;' * 20000 + b' --></w:styles>')
        parts['word/styles.xml'] = styles[:head] + entity + body
    elif kind == 'xinclude':
        parts['word/styles.xml'] = styles.replace(b'</w:styles>', b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/></w:styles>')
    elif kind == 'html-root':
        parts['word/styles.xml'] = b'<?xml version="1.0"?><html><script>alert(1)</script></html>'
    elif kind == 'page':
        width, height = arg.split(':')
        document = parts['word/document.xml'].decode()
        import re
        document = re.sub(r'<w:pgSz w:w="\d+" w:h="\d+"', f'<w:pgSz w:w="{width}" w:h="{height}"', document)
        parts['word/document.xml'] = document.encode()
    elif kind == 'traversal':
        parts['../../evil.xml'] = b'<x/>'
        parts['/etc/evil.xml'] = b'<x/>'
        method['../../evil.xml'] = 0
        method['/etc/evil.xml'] = 0
    elif kind == 'many-entries':
        for index in range(int(arg)):
            parts[f'junk/{index}.xml'] = b'<x/>'
            method[f'junk/{index}.xml'] = 0
    elif kind == 'document-xxe':
        document = parts['word/document.xml']
        head = document.index(b'?>') + 2
        body = document[head:].replace(b'<w:body>', b'<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>', 1)
        parts['word/document.xml'] = document[:head] + b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + body
    elif kind == 'document-laughs':
        document = parts['word/document.xml']
        head = document.index(b'?>') + 2
        laughs = b'<!ENTITY l0 "ha">' + b''.join(b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;">' % ((i,) + (i - 1,) * 10) for i in range(1, 10))
        body = document[head:].replace(b'<w:body>', b'<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p>', 1)
        parts['word/document.xml'] = document[:head] + b'<!DOCTYPE w:document [' + laughs + b']>' + body
    elif kind == 'document-bomb':
        document = parts['word/document.xml']
        parts['word/document.xml'] = document.replace(b'<w:body>', b'<w:body>' + b' ' * (int(arg) << 20), 1)
        method['word/document.xml'] = 8
    elif kind == 'moved-main':
        # The main part lives elsewhere; only the relationships say where.
        parts['word/main.xml'] = parts.pop('word/document.xml')
        method['word/main.xml'] = 0
        parts['_rels/.rels'] = parts['_rels/.rels'].replace(b'word/document.xml', b'word/main.xml')
        parts['word/_rels/main.xml.rels'] = parts.pop('word/_rels/document.xml.rels')
        method['word/_rels/main.xml.rels'] = 0
        parts['[Content_Types].xml'] = parts['[Content_Types].xml'].replace(b'/word/document.xml', b'/word/main.xml')
    else:
        raise SystemExit(f'unknown case {case}')
    entries = [(name, data, method.get(name, 0)) for name, data in parts.items()]
    with open(target, 'wb') as f:
        f.write(stored_zip(entries, declared))


if __name__ == '__main__':
    main()
