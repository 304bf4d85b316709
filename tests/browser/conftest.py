"""A real server and a real Chromium for the browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from benchmarks import browser as web
from tests.conftest import ROOT

SCREENSHOTS = ROOT / "artifacts" / "screenshots"
SERVER_ARGS = [
    "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
    # The tests must see an exception if one happens; users see none.
    "--client.showErrorDetails", "full",
]  # fmt: skip


@contextmanager
def running_server(log: Path) -> Iterator[str]:
    """The app as scripts/run serves it, on a free localhost port; yields its base URL."""
    # The same runner as the benchmark's, with the tests' own options.
    with web.server(web.app_command(), log, SERVER_ARGS) as (url, _):
        yield url


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One server for the whole browser run."""
    with running_server(tmp_path_factory.mktemp("server") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (Playwright's own browser download is never used)."""
    if not Path(web.CHROMIUM).exists():
        pytest.fail("chromium is not installed; scripts/test installs it with apt-get")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=web.CHROMIUM, args=web.CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser context and page (a new Streamlit session) per test."""
    context = browser.new_context(viewport={"width": 1280, "height": 1600}, accept_downloads=True)  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(30_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Folder for screenshots that people look at after a run."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
