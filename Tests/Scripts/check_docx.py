"""Writes a small Word decision for the `vanban check` tests: right by Nghị định 30, or with one
named defect. Usage: check_docx.py OUT.docx [DEFECT]"""
import sys
from docx import Document
from docx.shared import Pt, Mm
from docx.oxml import parse_xml

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PAGE = f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'

out = sys.argv[1]
defect = sys.argv[2] if len(sys.argv) > 2 else ''

d = Document()
s = d.sections[0]
s.page_width, s.page_height = (Mm(215.9), Mm(279.4)) if defect == 'letter' else (Mm(210), Mm(297))
s.top_margin, s.bottom_margin, s.right_margin = Mm(25), Mm(20), Mm(15)
s.left_margin = Mm(25) if defect == 'margins-2011' else Mm(30)
normal = d.styles['Normal']
normal.font.name = 'Arial' if defect == 'arial' else 'Times New Roman'
normal.font.size = Pt(12) if defect == 'body-12' else Pt(14)

def line(text, size=None, bold=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    r.bold, r.italic = bold or None, italic or None
    return p

line('ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ', 13)
line('TRƯỜNG MẦM NON THIÊN TÔN' if defect != 'eth' else 'TRƯỜNG MẦM NON THIÊN TÔN ÐÔNG', 13)
line('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' if defect == 'hoa' else 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 14 if defect == 'title-14' else 13, bold=True)
line('Độc lập-Tự do-Hạnh phúc' if defect == 'motto' else 'Độc lập - Tự do - Hạnh phúc', 14, bold=True)
number = {'number-5': 'Số: 5/QĐ-MNTT', 'spaced': 'Số: 05 / QĐ-MNTT'}.get(defect, 'Số: 05/QĐ-MNTT')
line(number, 13)
line('Hoa Lư, ngày 7 tháng 2 năm 2025' if defect == 'date-7' else 'Hoa Lư, ngày 07 tháng 02 năm 2025', 14, italic=defect != 'date-upright')
line('QUYẾT ĐỊNH')
line('Về việc cử cán bộ tham dự tập huấn')
line('HIỆU TRƯỞNG TRƯỜNG MẦM NON THIÊN TÔN')
line('Căn cứ Điều lệ Trường mầm non' if defect == 'basis' else 'Căn cứ Điều lệ Trường mầm non;', italic=True)
line('Xét đề nghị của tổ chuyên môn.', italic=True)
line('QUYẾT ĐỊNH:')
line('Điều 1. Cử cán bộ tham dự tập huấn tại Hoa Lư.')
second = 'Điều 3' if defect == 'gap' else 'Điều 2'
ending = '.' if defect == 'end-mark' else './.'
line(f'{second}. Các ông (bà) giáo viên chịu trách nhiệm thi hành Quyết định này{ending}')
line('Nơi nhận' if defect == 'recipients' else 'Nơi nhận:', 12, bold=True, italic=True)
line('- Như Điều 3;' if defect == 'gap' else '- Như Điều 2;', 11)
line('- Lưu VT.' if defect == 'archive' else '- Lưu: VT, HC.', 11)
line('HIỆU TRƯỞNG')
line('Trần Thị Hương Mai')

# Page numbers: in the header from page 2 (first page has its own, empty header).
s.different_first_page_header_footer = defect != 'first-page'
target = s.footer if defect == 'footer' else s.header
target.paragraphs[0]._p.append(parse_xml(PAGE))
d.save(out)
