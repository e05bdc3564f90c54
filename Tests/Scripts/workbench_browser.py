"""Drives the workbench (`vanban serve`) in headless Chromium, as a clerk would: makes a decision
and its Quy chế from a template by filling the school's profile form, edits an article of the Quy
chế and sees the preview change, issues it (number 01) and finds the profile offered again; then
creates a blank decision, fills its fields and lists, types each article in its own field (adding the second by
its button), edits an article and waits for the live preview to show it, saves, mends the
warning shown beside a căn cứ and sees it go, issues it (number 01), downloads the DOCX (checked
with python-docx) and finds it in the register.

Usage: workbench_browser.py BASE_URL DOWNLOAD_FOLDER SCREENSHOT_FOLDER
Prints "ok" on success; any failure raises with what was expected.
"""
import json
import os
import sys
import time
import urllib.request

import docx
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

FIELDS = {
    "issuer_parent": "Ủy ban nhân dân phường Hoa Lư",
    "issuer_name": "Trường Mầm non Hoa Sen",
    "issuer_abbreviation": "MNHS",
    "place": "Hoa Lư",
    "title": "Về việc thành lập tổ công nghệ thông tin năm học 2026-2027",
    "authority": "Hiệu trưởng Trường Mầm non Hoa Sen",
    "sign_position": "Hiệu trưởng",
    "sign_name": "Phạm Thị Hoa",
}
# The first căn cứ ends with ";": the data check VB707 (the writer adds the marks) flags it
# beside its field, and the clerk mends it.
BASES = ["Căn cứ Điều lệ Trường mầm non;", "Xét đề nghị của tổ chuyên môn"]
RECIPIENTS = ["Như Điều 2", "Lưu: VT"]
ARTICLE_1 = ("Thành lập tổ công nghệ thông tin gồm các ông (bà) có tên sau:\n"
             "1. Bà Nguyễn Thị Lan, tổ trưởng.\n2. Ông Trần Văn Minh, tổ viên.")
ARTICLE_2 = "Quyết định này có hiệu lực kể từ ngày ký."
EDITED = "Ông Trần Văn Minh, phó tổ trưởng"
# The school's profile, by the ids of the template's form.
PROFILE = {
    "profile-school-name": "Trường Mầm non Thiên Tôn",
    "profile-school-abbreviation": "MNTT",
    "profile-school-parent": "Ủy ban nhân dân xã Hoa Lư",
    "profile-school-place": "Hoa Lư",
    "profile-school-reports-to": "Phòng Văn hóa - Xã hội xã Hoa Lư",
    "profile-school-year": "2026-2027",
    "profile-principal": "Đinh Thị Thu",
    "profile-vice-principals": "Lê Thị Hạnh",
    "profile-staff-to-cntt": "Nguyễn Văn An\nTrần Thị Bình",
    "profile-staff-ke-toan": "Phạm Văn Cường",
    "profile-staff-y-te": "Hoàng Thị Dung",
}
TEMPLATE_ARTICLE = "1. Trường Mầm non Thiên Tôn thử sửa điều này trong trình duyệt."


def browser(downloads: str) -> webdriver.Chrome:
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=vi"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False,
                                              "intl.accept_languages": "vi-VN,vi"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_page_load_timeout(30)
    return driver


def fill(driver: webdriver.Chrome, name: str, value: str, by: str = By.NAME) -> None:
    field = driver.find_element(by, name)
    field.clear()
    field.send_keys(value)


def add_lines(driver: webdriver.Chrome, wait: WebDriverWait, name: str, lines: list) -> None:
    """Adds list lines with the list's own button (in place, by the script) and types them."""
    for index, line in enumerate(lines, start=1):
        driver.find_element(By.CSS_SELECTOR, f"[data-list={name}] button[data-list-op=append]").click()
        wait.until(lambda d: d.find_elements(By.ID, f"f-{name}-{index}"))
        fill(driver, f"f-{name}-{index}", line, By.ID)


def field_problems(driver: webdriver.Chrome, row_input: str) -> str:
    """The problems shown beside a list line (inside its row)."""
    row = driver.find_element(By.ID, row_input).find_element(By.XPATH, "./ancestor::li[1]")
    return " ".join(p.text for p in row.find_elements(By.CSS_SELECTOR, ".field-problem"))


def preview_text(driver: webdriver.Chrome) -> str:
    driver.switch_to.frame("preview")
    try:
        return driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.switch_to.default_content()


def long_regulation(base: str) -> int:
    """A decision with a long attached Quy chế, made through the JSON API (cookie-less on a local
    server): three chapters of six articles, enough for the preview to scroll."""
    chapters = [{"number": c, "title": f"Chương thử số {c}", "articles": [
        {"number": (c - 1) * 6 + a, "title": f"Điều thử {(c - 1) * 6 + a}",
         "clauses": [{"number": str(k), "text": "Nội dung khoản dài để bản xem trước đủ dài mà cuộn. " * 4} for k in range(1, 4)]}
        for a in range(1, 7)]} for c in range(1, 4)]
    document = {"kind": "quyet-dinh", "title": "Về việc ban hành Quy chế thử", "issuer": {"name": "Trường Mầm non Hoa Sen", "abbreviation": "MNHS"},
                "articles": [{"number": 1, "paragraphs": ["Ban hành kèm theo Quyết định này Quy chế thử."]}],
                "attachments": [{"kind": "quy-che", "title": "Quy chế thử", "chapters": chapters}]}
    request = urllib.request.Request(base + "/api/documents", data=json.dumps(document).encode(), headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(request, timeout=20).read())["id"]


def preview_top(driver: webdriver.Chrome, anchor: str) -> float:
    """Where a unit sits in the preview's viewport (0 = at the top), or a large number if absent."""
    return driver.execute_script(
        "var f = document.getElementById('preview').contentWindow; var e = f.document.getElementById(arguments[0]);"
        "return e ? e.getBoundingClientRect().top : 1e9;", anchor)


def d_in_view(driver: webdriver.Chrome, element_id: str) -> bool:
    """True when an element of the page is in the window."""
    return driver.execute_script(
        "var r = document.getElementById(arguments[0]).getBoundingClientRect(); return r.top >= -5 && r.top < window.innerHeight;", element_id)


def from_template(driver: webdriver.Chrome, wait: WebDriverWait, base: str, shots: str) -> None:
    """The decision and its Quy chế from a template: the profile form, an article of the Quy chế
    edited with the live preview, issued as number 01, and the profile offered again."""
    driver.get(base + "/documents/new")
    driver.find_element(By.ID, "template-ung-dung-cntt-mam-non").click()
    wait.until(lambda d: d.find_elements(By.ID, "profile-form"))
    for element_id, value in PROFILE.items():
        fill(driver, element_id, value, By.ID)
    # The template's list of applications: a row filled, one more added by its button.
    fill(driver, "list-applications-1", "Phần mềm quản lý trường học", By.ID)
    driver.find_element(By.ID, "add-applications").click()
    wait.until(lambda d: d.find_elements(By.ID, "list-applications-2"))
    fill(driver, "list-applications-2", "Cơ sở dữ liệu ngành giáo dục", By.ID)
    driver.save_screenshot(os.path.join(shots, "workbench-profile.png"))
    driver.find_element(By.ID, "profile-create").click()
    wait.until(lambda d: d.find_elements(By.ID, "editor-form"))
    wait.until(lambda d: "Thiên Tôn" in preview_text(d) and "QUY CHẾ" in preview_text(d).upper())
    article = driver.find_element(By.ID, "f-qc-1-dieu-1")
    article.clear()
    article.send_keys(TEMPLATE_ARTICLE)
    wait.until(lambda d: "thử sửa điều này trong trình duyệt" in preview_text(d))
    driver.find_element(By.ID, "save").click()
    wait.until(lambda d: "VB813" in d.page_source)
    driver.find_element(By.ID, "issue-link").click()
    number = wait.until(lambda d: d.find_element(By.ID, "next-number")).text
    if number != "01/QĐ-MNTT":
        raise AssertionError(f"the template's decision would get {number!r}, expected 01/QĐ-MNTT")
    driver.find_element(By.ID, "confirm-issue").click()
    wait.until(lambda d: "01/QĐ-MNTT" in d.page_source and d.find_elements(By.ID, "download-docx"))
    # The school's profile is saved and offered again next time.
    driver.get(base + "/documents/new/template/ung-dung-cntt-mam-non")
    name = wait.until(lambda d: d.find_element(By.ID, "profile-school-name")).get_attribute("value")
    if name != PROFILE["profile-school-name"]:
        raise AssertionError(f"the saved profile is not offered again: {name!r}")


def main() -> None:
    base, downloads, shots = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
    driver = browser(downloads)
    wait = WebDriverWait(driver, 20)
    try:
        from_template(driver, wait, base, shots)
        driver.get(base + "/documents/new")
        driver.find_element(By.ID, "new-blank").click()
        wait.until(lambda d: d.find_elements(By.ID, "editor-form"))
        for name, value in FIELDS.items():
            fill(driver, name, value)
        add_lines(driver, wait, "base", BASES)
        add_lines(driver, wait, "recipient", RECIPIENTS)
        fill(driver, "f-dieu-1", ARTICLE_1, By.ID)
        # A second article by its button: a plain form post the server answers with the editor.
        driver.find_element(By.CSS_SELECTOR, "button[value='add-article:dieu-1']").click()
        wait.until(lambda d: d.find_elements(By.ID, "f-dieu-2"))
        if "Bà Nguyễn Thị Lan" not in driver.find_element(By.ID, "f-dieu-1").get_attribute("value"):
            raise AssertionError("adding an article lost the text typed in article 1")
        # The new article is empty: flagged beside its field until it has text.
        new_block = driver.find_element(By.ID, "ed-dieu-2").text
        if "VB823" not in new_block:
            raise AssertionError(f"the empty article 2 is not flagged beside its field: {new_block!r}")
        fill(driver, "f-dieu-2", ARTICLE_2, By.ID)
        # The live preview: no click, only typing, then the debounced refresh.
        wait.until(lambda d: "tổ công nghệ thông tin" in preview_text(d).lower() and "hiệu lực" in preview_text(d))
        article = driver.find_element(By.ID, "f-dieu-1")
        article.clear()
        article.send_keys(ARTICLE_1.replace("Ông Trần Văn Minh, tổ viên", EDITED))
        wait.until(lambda d: EDITED in preview_text(d))
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "VB813" in d.page_source)
        wait.until(lambda d: EDITED in preview_text(d))
        # The warning beside its field, and in the list at the top linking to it.
        warning = field_problems(driver, "f-base-1")
        if "VB707" not in warning:
            raise AssertionError(f"no VB707 beside the first căn cứ: {warning!r}")
        if not driver.find_elements(By.CSS_SELECTOR, "#problems a[href='#f-base-1']"):
            raise AssertionError("the list of problems does not link to the căn cứ")
        driver.save_screenshot(os.path.join(shots, "workbench-editor.png"))
        fill(driver, "f-base-1", BASES[0].rstrip(";"), By.ID)
        driver.find_element(By.ID, "save").click()
        wait.until(lambda d: "VB813" in d.page_source and d.find_elements(By.ID, "f-base-1"))
        if "VB823" in driver.page_source:
            raise AssertionError("article 2 has text but is still flagged empty")
        if "VB707" in field_problems(driver, "f-base-1") or "VB707" in driver.page_source:
            raise AssertionError("the mended căn cứ still shows its warning")
        driver.save_screenshot(os.path.join(shots, "workbench-editor-mended.png"))

        driver.find_element(By.ID, "issue-link").click()
        number = wait.until(lambda d: d.find_element(By.ID, "next-number")).text
        if number != "01/QĐ-MNHS":
            raise AssertionError(f"confirmation shows {number!r}, expected 01/QĐ-MNHS")
        driver.execute_script("document.querySelector('input[name=date]').value = '2026-03-02'")
        driver.find_element(By.ID, "confirm-issue").click()
        wait.until(lambda d: "01/QĐ-MNHS" in d.page_source and d.find_elements(By.ID, "download-docx"))

        driver.find_element(By.ID, "download-docx").click()
        deadline = time.monotonic() + 20
        path = None
        while time.monotonic() < deadline and path is None:
            done = [f for f in os.listdir(downloads) if f.endswith(".docx")]
            path = os.path.join(downloads, done[0]) if done else None
            time.sleep(0.2)
        if path is None:
            raise AssertionError("the DOCX was not downloaded")
        text = "\n".join(p.text for p in docx.Document(path).paragraphs)
        for table in docx.Document(path).tables:
            for row in table.rows:
                text += "\n" + "\n".join(cell.text for cell in row.cells)
        for expected in ("01/QĐ-MNHS", "ngày 02 tháng 3 năm 2026", EDITED):
            if expected not in text:
                raise AssertionError(f"the DOCX lacks {expected!r}")

        # The outline and the preview follow the part being edited in a long regulation.
        draft = long_regulation(base)
        driver.get(f"{base}/documents/{draft}")
        wait.until(lambda d: preview_top(d, "qc-1-dieu-1") < 1e9)
        if preview_top(driver, "qc-1-dieu-15") < 400:
            raise AssertionError("the preview starts scrolled: the test proves nothing")
        driver.find_element(By.ID, "f-qc-1-dieu-15").click()
        wait.until(lambda d: abs(preview_top(d, "qc-1-dieu-15")) < 40)
        driver.find_element(By.CSS_SELECTOR, ".outline a[href='#ed-qc-1-chuong-2']").click()
        wait.until(lambda d: abs(preview_top(d, "qc-1-chuong-2")) < 40)
        if not d_in_view(driver, "ed-qc-1-chuong-2"):
            raise AssertionError("the outline link did not bring chapter II's fields into view")

        driver.get(base + "/register?year=2026&q=tổ công nghệ")
        table = wait.until(lambda d: d.find_element(By.ID, "register")).text
        if "01/QĐ-MNHS" not in table or "Phạm Thị Hoa" not in table:
            raise AssertionError(f"the register lacks the entry: {table!r}")
        driver.get(base + "/register?year=" + time.strftime("%Y"))
        table = wait.until(lambda d: d.find_element(By.ID, "register")).text
        if "01/QĐ-MNTT" not in table:
            raise AssertionError(f"the register lacks the template's decision: {table!r}")
        driver.save_screenshot(os.path.join(shots, "workbench-register.png"))
        print("ok")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
