"""Reads a .docx with python-docx, an independent reader, and prints what a clerk would see.

Usage: python3 docx_report.py FILE.docx
Prints JSON: section page setup, header cells, and every body paragraph with its style,
text and effective bold / italic / size (run, then style chain, then document defaults).
"""
import json
import sys

import docx


def style_chain(style):
    while style is not None:
        yield style
        style = style.base_style


def effective(paragraph, attribute):
    for run in paragraph.runs:
        value = getattr(run.font, attribute)
        if value is not None:
            return value
    for style in style_chain(paragraph.style):
        value = getattr(style.font, attribute)
        if value is not None:
            return value
    return None


DEFAULT_SIZE = [None]


def describe(paragraph):
    size = effective(paragraph, "size")
    size = size.pt if size is not None else DEFAULT_SIZE[0]
    return {
        "style": paragraph.style.name if paragraph.style is not None else None,
        "text": paragraph.text,
        "bold": bool(effective(paragraph, "bold")),
        "italic": bool(effective(paragraph, "italic")),
        "size": size,
        "runs": [{"text": r.text, "bold": r.bold} for r in paragraph.runs],
    }


def main(path):
    document = docx.Document(path)
    defaults = document.styles.element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docDefaults")
    sz = defaults.find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sz") if defaults is not None else None
    if sz is not None:
        DEFAULT_SIZE[0] = int(sz.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")) / 2
    section = document.sections[0]
    report = {
        "page": {
            "width_mm": round(section.page_width.mm, 1),
            "height_mm": round(section.page_height.mm, 1),
            "top_mm": round(section.top_margin.mm, 1),
            "bottom_mm": round(section.bottom_margin.mm, 1),
            "left_mm": round(section.left_margin.mm, 1),
            "right_mm": round(section.right_margin.mm, 1),
            "different_first_page": section.different_first_page_header_footer,
            "header_text": [p.text for p in section.header.paragraphs],
            "first_page_header_text": [p.text for p in section.first_page_header.paragraphs],
        },
        "defaults_size": DEFAULT_SIZE[0],
        "tables": [[[describe(p) for p in cell.paragraphs] for cell in table.rows[0].cells] for table in document.tables],
        "paragraphs": [describe(p) for p in document.paragraphs],
    }
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
