"""The review page of samples/ in a real browser: headless Chromium driven by selenium.

Needs Debian's chromium and chromium-driver and the selenium package (the test extra);
without them this module is skipped with one line saying what is missing. Set
TREATYX_SCREENSHOT=path.png to keep the screenshot (docs/review-example.png is made so).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest

from . import conftest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
except ImportError:
    webdriver = None

MISSING = [what for what, found in (("chromium", CHROMIUM), ("chromedriver", CHROMEDRIVER),
                                    ("selenium", webdriver)) if not found]
if MISSING:
    conftest.BROWSER_SKIPPED = (f"browser tests skipped: no {', '.join(MISSING)} (apt-get install "
                                "chromium chromium-driver; pip install '.[test]')")
    pytest.skip(conftest.BROWSER_SKIPPED, allow_module_level=True)

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1400")


@pytest.fixture(scope="module")
def page(samples_page, tmp_path_factory):
    views, html = samples_page
    path = tmp_path_factory.mktemp("review") / "review.html"
    path.write_text(html, encoding="utf-8")
    return views, path


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="treatyx-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def test_review_page_in_chromium(page, browser, tmp_path):
    started = time.monotonic()
    views, path = page
    browser.get(path.as_uri())
    records = sum(1 for v in views for r in v.records if isinstance(r.get("start"), int))
    highlights = browser.find_elements(By.CSS_SELECTOR, ".tx-hl.tx-record")
    assert len(highlights) == records > 0

    tip = browser.find_element(By.ID, "tx-tip")
    assert not tip.is_displayed()
    d = next(i for i, v in enumerate(views) if v.name.endswith("withdrawal.txt"))
    n = next(n for n, r in enumerate(views[d].records) if r["kind"] == "event")
    event = views[d].records[n]
    label = browser.find_element(By.ID, f"d{d}r{n}")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", label)
    ActionChains(browser).move_to_element(label).perform()
    assert tip.is_displayed()
    shown = tip.text
    for value in (event["type"], event["status"], event["rule"], "United States (agent)",
                  "inf-treaty"):
        assert value in shown, (value, shown)

    # hovering the words of an actor (not its label) shows that actor
    word = browser.find_element(By.CSS_SELECTOR, f'[data-recs~="d{d}r0"]')
    ActionChains(browser).move_to_element(word).perform()
    assert "united-states" in tip.text and "state" in tip.text

    shot = Path(os.environ.get("TREATYX_SCREENSHOT") or tmp_path / "review.png")
    browser.execute_script("document.getElementById(arguments[0]).scrollIntoView()", f"d{d}")
    ActionChains(browser).move_to_element(label).perform()
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000

    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert errors == []
    assert time.monotonic() - started < 30


def test_hostile_text_and_names_stay_text_in_the_browser(browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException

    from treatyx.show.page import DocumentView, render_page

    text = 'Acme said <script>alert("text")</script> & "quotes" <img src=x onerror=alert(2)>.'
    name = "Acme <img src=y onerror=alert(3)> & \"Co\""
    records = [{"kind": "actor", "text": "Acme", "start": 0, "end": 4, "id": "acme",
                "name": name, "rule": "<b>acme</b>"}]
    path = tmp_path / "hostile.html"
    path.write_text(render_page([DocumentView('<i>doc</i> "1" & 2', None, text, records)]),
                    encoding="utf-8")
    browser.get(path.as_uri())
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it is the check
    assert browser.execute_script(
        "return document.querySelectorAll('body img, body i, body b, body script').length") == 1
    assert browser.find_element(By.CSS_SELECTOR, ".tx-text").text.replace("\n", " ").endswith(
        '<script>alert("text")</script> & "quotes" <img src=x onerror=alert(2)>.')
    assert browser.find_element(By.CSS_SELECTOR, "#d0 h2").text == '<i>doc</i> "1" & 2'
    ActionChains(browser).move_to_element(browser.find_element(By.ID, "d0r0")).perform()
    tip = browser.find_element(By.ID, "tx-tip").text
    assert name in tip and "<b>acme</b>" in tip
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
