"""Prints many HTML files to PDF in one headless Chromium session (DevTools Page.printToPDF),
honouring each page's CSS @page size and margins, as Chromium's --print-to-pdf does.

Usage: print_html.py OUT_FOLDER FILE.html...   (writes OUT_FOLDER/NAME.pdf for each)
"""
import base64
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def main() -> None:
    out, pages = sys.argv[1], sys.argv[2:]
    options = Options()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        for page in pages:
            driver.get("file://" + os.path.abspath(page))
            result = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False,
                                                                "displayHeaderFooter": False})
            name = os.path.splitext(os.path.basename(page))[0] + ".pdf"
            with open(os.path.join(out, name), "wb") as handle:
                handle.write(base64.b64decode(result["data"]))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
