"""The /docs page in a real browser (Debian's Chromium, headless) against a live server.

The page must work with no internet access: every asset it loads comes from the server.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import LiveServer, start_live_server
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = start_live_server(tmp_path)
    try:
        yield live
    finally:
        live.stop()


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    # `make install` puts Chromium there; a missing browser is a failed setup, not a skip.
    assert shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER), "chromium is not installed"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    # An explicit driver path: Selenium Manager would otherwise try to download one.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_the_docs_pages_refer_only_to_assets_the_server_serves(
    server: LiveServer, page: str
) -> None:
    html = httpx.get(f"{server.url}/docs").text
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
    assert assets, html
    assert not [a for a in assets if a.startswith(("http:", "https:", "//"))]
    for asset in assets:
        response = httpx.get(f"{server.url}{asset}")
        assert response.status_code == 200, asset
        assert response.content and "text/html" not in response.headers["content-type"], asset


def test_the_docs_page_lists_the_operations_and_runs_one_in_a_browser(
    server: LiveServer, browser: webdriver.Chrome
) -> None:
    browser.get(f"{server.url}/docs")
    wait = WebDriverWait(browser, 30)
    paths = wait.until(
        expected_conditions.presence_of_all_elements_located(
            (By.CSS_SELECTOR, ".opblock-summary-path")
        )
    )
    shown = {p.get_attribute("data-path") or p.text for p in paths}
    assert {"/timeline", "/facts/{fact_id}", "/audit/digest"} <= shown

    # Open GET /healthz, press "Try it out" and "Execute": the browser calls the server.
    health = next(p for p in paths if (p.get_attribute("data-path") or p.text) == "/healthz")
    health.click()
    block = health.find_element(By.XPATH, "ancestor::div[contains(@class, 'opblock ')]")
    wait.until(lambda _: block.find_elements(By.CSS_SELECTOR, ".try-out__btn"))
    block.find_element(By.CSS_SELECTOR, ".try-out__btn").click()
    wait.until(lambda _: block.find_elements(By.CSS_SELECTOR, ".execute"))
    block.find_element(By.CSS_SELECTOR, ".execute").click()
    status = wait.until(
        lambda _: block.find_elements(
            By.CSS_SELECTOR, ".live-responses-table tbody .response-col_status"
        )
    )
    assert status[0].text.strip() == "200"
    body = block.find_element(By.CSS_SELECTOR, ".live-responses-table .microlight").text
    assert '"status": "ok"' in body


def test_the_redoc_page_renders_the_reference_in_a_browser(
    server: LiveServer, browser: webdriver.Chrome
) -> None:
    browser.get(f"{server.url}/redoc")
    wait = WebDriverWait(browser, 30)
    title = wait.until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".api-info h1"))
    )
    assert title.text.startswith("News timeline")
    operations = wait.until(
        expected_conditions.presence_of_all_elements_located(
            (By.CSS_SELECTOR, "[data-section-id^='tag/'] h2")
        )
    )
    assert "Facts in date order" in {o.text for o in operations}
