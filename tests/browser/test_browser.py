"""A person in a real browser: pages load in every language, navigation keeps the language."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS, NATIVE_NAMES

pytestmark = pytest.mark.browser

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_idle(page: Any) -> None:
    """Wait until the script has finished and stayed finished for a moment."""
    for _ in range(3):
        page.wait_for_selector(IDLE, state="attached")
        time.sleep(0.4)
        if page.locator(IDLE).count():
            break
    page.wait_for_load_state("networkidle")


def assert_no_exception(page: Any) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator(
        '[data-testid="stException"]'
    ).first.inner_text()


def query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def h1(page: Any) -> str:
    return page.locator("h1").first.inner_text().strip()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("path", "title_key"), [("", "home.title"), ("sources", "sources.title"), ("role", None)])
def test_page_in_every_language(
    server: str, page: Any, screenshots: Path, catalog: Catalog, lang: str, path: str, title_key: str | None
) -> None:
    extra = "&role=key-account-manager" if path == "role" else ""
    page.goto(f"{server}/{path}?lang={lang}{extra}")
    wait_idle(page)
    assert_no_exception(page)
    expected = (
        Translator(catalog.ui, lang)(title_key) if title_key else catalog.roles["key-account-manager"].title.get(lang)
    )
    assert h1(page) == expected
    assert query(page).get("lang") == [lang]
    page.screenshot(path=str(screenshots / f"{path or 'home'}-{lang}.png"), full_page=True)


def test_navigation_and_language_switch(server: str, page: Any, screenshots: Path, catalog: Catalog) -> None:
    hi, de = Translator(catalog.ui, "hi"), Translator(catalog.ui, "de")
    page.goto(f"{server}/?lang=hi")
    wait_idle(page)

    # Sidebar navigation drops the query string; the language must come back.
    page.locator('[data-testid="stSidebarNavLink"]').filter(has_text=hi("nav.sources")).click()
    page.wait_for_url("**/sources**")
    wait_idle(page)
    assert_no_exception(page)
    assert h1(page) == hi("sources.title")
    assert query(page).get("lang") == ["hi"]

    # Switch the language with the picker, which names each language in itself.
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').click()
    page.get_by_role("option", name=NATIVE_NAMES["de"]).click()
    wait_idle(page)
    assert h1(page) == de("sources.title")
    assert query(page).get("lang") == ["de"]

    # Back home and into a role profile through its card.
    page.locator('[data-testid="stSidebarNavLink"]').filter(has_text=de("nav.home")).click()
    wait_idle(page)
    assert h1(page) == de("home.title")
    assert query(page).get("lang") == ["de"]
    kam = catalog.roles["key-account-manager"]
    page.get_by_text(de("home.open_profile", role=kam.title.get("de"))).click()
    page.wait_for_url("**/role?**")
    wait_idle(page)
    assert_no_exception(page)
    assert h1(page) == kam.title.get("de")
    assert query(page).get("role") == ["key-account-manager"] and query(page).get("lang") == ["de"]
    page.screenshot(path=str(screenshots / "flow-role-de.png"), full_page=True)


def test_nonsense_url_falls_back(server: str, page: Any, catalog: Catalog) -> None:
    page.goto(f"{server}/role?lang=%3Cscript%3Ealert(1)%3C/script%3E&role=%3Cimg%20src=x%3E")
    wait_idle(page)
    assert_no_exception(page)
    assert query(page).get("lang") == ["en"]
    assert page.locator("img[src=x]").count() == 0
    assert h1(page) in {r.title.get("en") for r in catalog.roles.values()}
