"""Reads a PDF with pypdf, an independent reader, and prints what the tests check.

Usage: python3 pdf_report.py FILE.pdf
Prints JSON: the page count, the outline as (level, title, page) rows, and every form field
with its type, page (counted from 0) and rectangle.
"""
import json
import sys

import pypdf


def outline_rows(reader, items, level, rows):
    for item in items:
        if isinstance(item, list):
            outline_rows(reader, item, level + 1, rows)
        else:
            rows.append({"level": level, "title": item.title, "page": reader.get_destination_page_number(item)})


def main(path):
    reader = pypdf.PdfReader(path)
    rows = []
    outline_rows(reader, reader.outline, 0, rows)
    fields = []
    for index, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Widget":
                continue
            fields.append({
                "name": str(annotation.get("/T")),
                "type": str(annotation.get("/FT")),
                "page": index,
                "rect": [float(value) for value in annotation.get("/Rect")],
                "flags": int(annotation.get("/F", 0)),
                "label": str(annotation.get("/TU", "")),
            })
    root = reader.trailer["/Root"]
    form = root.get("/AcroForm")
    print(json.dumps({
        "pages": len(reader.pages),
        "outline": rows,
        "fields": fields,
        "sig_flags": int(form.get_object().get("/SigFlags", 0)) if form else None,
        "form_fields": [str(field.get_object().get("/T")) for field in (form.get_object().get("/Fields") if form else [])],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
