"""A person in a real browser: pages load in every language, navigation keeps the language."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from docx import Document
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS, NATIVE_NAMES
from kamcareer.ui import PAGES
from tests.browser.conftest import running_server

pytestmark = pytest.mark.browser

#: Pay ranges, totals, percentiles, growth, growth history, key-account share.
PAY_CHARTS = 6
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def wait_idle(page: Any) -> None:
    """Wait until the script has finished and stayed finished for a moment."""
    for _ in range(3):
        page.wait_for_selector(IDLE, state="attached")
        time.sleep(0.4)
        if page.locator(IDLE).count():
            break
    page.wait_for_load_state("networkidle")


def charts_drawn(page: Any, expected: int) -> int:
    """How many Plotly charts the page shows, once ``expected`` have had time to draw."""
    # A chart draws after the script is idle, and only once it is near the view, so counting
    # right after wait_idle races the drawing. Wait; if that is not enough, show the whole page
    # at once (as for the pay page). A chart that is really missing still fails the count.
    wanted = f"document.querySelectorAll('.js-plotly-plot').length >= {expected}"
    try:
        page.wait_for_function(wanted, timeout=10_000)
    except PlaywrightTimeout:
        size = page.viewport_size
        height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 12_000)})
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_function(wanted, timeout=20_000)
        page.set_viewport_size(size)
    return page.locator(".js-plotly-plot").count()


def assert_no_exception(page: Any) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator(
        '[data-testid="stException"]'
    ).first.inner_text()


def full_screenshot(page: Any, path: Path) -> None:
    """The whole page: Streamlit scrolls inside its main container, so grow the viewport to fit it."""
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]')?.scrollHeight || 1600")
    page.set_viewport_size({"width": 1280, "height": min(int(height) + 40, 12_000)})
    time.sleep(0.5)
    page.screenshot(path=str(path))
    page.set_viewport_size({"width": 1280, "height": 1600})


def query(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def h1(page: Any) -> str:
    return page.locator("h1").first.inner_text().strip()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("path", "title_key"),
    [
        ("", "home.title"),
        ("role", None),
        ("compare", "compare.title"),
        ("pay", "payview.title"),
        ("jobad", "jobad.page.title"),
        ("fit", "fit.title"),
        ("sources", "sources.title"),
    ],
)
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
    if path == "pay":
        # Streamlit draws a chart when it scrolls into view: show the whole page at once.
        height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        page.set_viewport_size({"width": 1280, "height": min(int(height) + 40, 12_000)})
        page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot').length >= {PAY_CHARTS}")
        assert page.locator(".js-plotly-plot").count() == PAY_CHARTS
    full_screenshot(page, screenshots / f"{path or 'home'}-{lang}.png")


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
    full_screenshot(page, screenshots / "flow-role-de.png")


def test_nonsense_url_falls_back(server: str, page: Any, catalog: Catalog) -> None:
    page.goto(f"{server}/role?lang=%3Cscript%3Ealert(1)%3C/script%3E&role=%3Cimg%20src=x%3E")
    wait_idle(page)
    assert_no_exception(page)
    assert query(page).get("lang") == ["en"]
    assert page.locator("img[src=x]").count() == 0
    assert h1(page) in {r.title.get("en") for r in catalog.roles.values()}


def test_first_request_after_start_can_be_a_deep_link(page: Any, tmp_path: Path, catalog: Catalog) -> None:
    """A shared link opened right after a (re)start shows its page, not a "Page not found" dialog."""
    with running_server(tmp_path / "fresh.log") as fresh:
        page.goto(f"{fresh}/compare?lang=te&compare=key-account-manager,sales-manager")
        wait_idle(page)
        assert_no_exception(page)
        assert page.get_by_role("dialog").count() == 0
        assert h1(page) == Translator(catalog.ui, "te")("compare.title")
        assert page.locator('[data-testid="stSidebarNavLink"]').count() == len(PAGES)


def test_compare_by_url_selection_language_bilingual_and_downloads(
    server: str, page: Any, screenshots: Path, catalog: Catalog, tmp_path: Path
) -> None:
    de = Translator(catalog.ui, "de")
    page.goto(f"{server}/compare?lang=de&compare=account-manager,sales-representative")
    wait_idle(page)
    assert_no_exception(page)
    assert h1(page) == de("compare.title")
    assert charts_drawn(page, 1) == 1, "the skills heatmap is drawn"

    # Add a third role with the multiselect: the URL follows.
    page.locator('[data-testid="stMultiSelect"]').click()
    page.get_by_role("option", name=catalog.roles["key-account-manager"].title.get("de")).click()
    page.keyboard.press("Escape")
    wait_idle(page)
    assert query(page).get("compare") == ["account-manager,sales-representative,key-account-manager"]

    # Switch the page language: the selection stays.
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').click()
    page.get_by_role("option", name=NATIVE_NAMES["hi"]).click()
    wait_idle(page)
    hi = Translator(catalog.ui, "hi")
    assert h1(page) == hi("compare.title")
    assert query(page).get("compare") == ["account-manager,sales-representative,key-account-manager"]

    # Bilingual view: the second column in Indonesian while the page is in Hindi (typed, as a keyboard user would).
    second = page.locator('[data-testid="stSelectbox"]').filter(has_text=hi("compare.second_lang"))
    second.locator("input").click()
    page.keyboard.type(NATIVE_NAMES["id"])
    page.keyboard.press("Enter")
    wait_idle(page)
    assert query(page).get("lang2") == ["id"]
    assert page.get_by_role("heading", name=catalog.roles["sales-representative"].title.get("id")).count() == 1
    assert page.get_by_role("heading", name=catalog.roles["account-manager"].title.get("hi")).count() >= 1
    full_screenshot(page, screenshots / "flow-compare-hi-id.png")

    # Both downloads arrive, in the page language.
    for label, suffix in ((hi("compare.download_csv"), ".csv"), (hi("compare.download_md"), ".md")):
        wait_idle(page)
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name=label).click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        assert target.suffix == suffix and target.name.endswith(f"-hi{suffix}")
        text = target.read_text(encoding="utf-8-sig")
        assert catalog.roles["key-account-manager"].title.get("hi") in text


def test_pay_toggle_changes_numbers_and_downloads_arrive(
    server: str, page: Any, catalog: Catalog, tmp_path: Path
) -> None:
    t = Translator(catalog.ui, "en")
    page.goto(f"{server}/pay?lang=en")
    wait_idle(page)
    before = page.locator(".js-plotly-plot").first.inner_text()
    page.get_by_text(t("payview.constant", year="2024")).click()
    wait_idle(page)
    after = page.locator(".js-plotly-plot").first.inner_text()
    assert before != after, "the chart's numbers change with constant dollars"
    assert t("payview.axis_constant", year="2024") in after
    # Open the first data table and download its CSV, then the table of every figure.
    page.get_by_text(t("payview.table")).first.click()
    wait_idle(page)
    buttons = page.get_by_role("button", name=t("payview.download"))
    for button in (buttons.first, buttons.last):
        wait_idle(page)
        with page.expect_download(timeout=60_000) as info:
            button.click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        assert target.suffix == ".csv"
        assert "$74,709" in target.read_text(encoding="utf-8-sig")


HOSTILE = (
    '<img src="https://evil.example/x.png" onerror="window.pwned=1"><script>window.pwned=2</script>'
    " ![x](https://evil.example/y.png) [click](javascript:window.pwned=3)"
)


def assert_nothing_ran(page: Any, remote: list[str]) -> None:
    """Typed markup stayed text: no script ran, no remote request, no image or javascript: link made from it."""
    assert page.evaluate("window.pwned === undefined"), "nothing typed ran as script"
    assert remote == [], "nothing typed made the browser fetch a remote resource"
    assert page.locator('a[href^="javascript"]').count() == 0
    assert page.locator('img[src*="evil.example"]').count() == 0


def test_job_ad_form_preview_and_every_download(
    server: str, page: Any, screenshots: Path, catalog: Catalog, tmp_path: Path
) -> None:
    """An HR person writes a German KAM ad: fills the form, drops a duty, previews, downloads four files."""
    de = Translator(catalog.ui, "de")
    role = catalog.roles["key-account-manager"]
    dropped = role.duty_groups[0].duties[0].text.get("de")
    remote: list[str] = []
    page.on("request", lambda request: remote.append(request.url) if "evil.example" in request.url else None)
    page.goto(f"{server}/jobad?lang=de&role=key-account-manager")
    wait_idle(page)
    assert_no_exception(page)
    assert h1(page) == de("jobad.page.title")

    page.get_by_role("textbox", name=de("jobad.form.company")).fill(HOSTILE)
    page.get_by_role("textbox", name=de("jobad.form.location")).fill("München")
    page.get_by_text(role.duty_groups[0].title.get("de")).first.click()
    page.locator('[data-testid="stCheckbox"]').filter(has_text=dropped).get_by_text(dropped).click()
    assert not page.get_by_role("checkbox", name=dropped).is_checked()
    page.get_by_role("button", name=de("jobad.form.submit")).click()
    wait_idle(page)
    preview = page.locator(".st-key-jd-preview")
    text = preview.inner_text()
    assert "München" in text and HOSTILE in text, "the company name is shown as the text typed"
    assert dropped not in text
    assert_nothing_ran(page, remote)
    assert page.get_by_text(de("wording.none")).count() == 1
    full_screenshot(page, screenshots / "flow-jobad-de.png")

    for fmt in ("md", "txt", "html", "docx"):
        wait_idle(page)
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name=de(f"jobad.format.{fmt}")).click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        assert target.suffix == f".{fmt}" and target.stat().st_size > 0
        if fmt == "docx":
            body = "\n".join(p.text for p in Document(str(target)).paragraphs)
        else:
            body = target.read_text(encoding="utf-8")
        assert "Key Account Manager (m/w/d)" in body and "München" in body
        assert dropped not in body
        if fmt == "html":
            assert "<script>" not in body and "&lt;script&gt;" in body

    # The same text pasted into the wording check is shown, marked, as text.
    page.get_by_label(de("jobad.check.paste_label")).fill(HOSTILE + "\nEr ist Verkäufer.")
    page.get_by_role("button", name=de("jobad.check.run")).click()
    wait_idle(page)
    assert page.get_by_text("Verkäufer").count() >= 1
    assert_nothing_ran(page, remote)


@pytest.mark.parametrize("lang", LANGS)
def test_guide_in_every_language_draws_the_career_path(
    server: str, page: Any, screenshots: Path, catalog: Catalog, lang: str
) -> None:
    page.goto(f"{server}/guide?lang={lang}")
    wait_idle(page)
    assert_no_exception(page)
    assert h1(page) == catalog.guide.title.get(lang)
    graph = page.locator('[data-testid="stGraphVizChart"] svg')
    graph.first.wait_for()
    for rid in ("sales-representative", "account-manager", "key-account-manager"):
        assert catalog.roles[rid].title.get(lang) in graph.first.text_content()
    assert charts_drawn(page, 1) == 1, "the key-account share chart is drawn"
    full_screenshot(page, screenshots / f"guide-{lang}.png")


def test_questionnaire_answered_by_clicking_shows_the_ranking(
    server: str, page: Any, screenshots: Path, catalog: Catalog
) -> None:
    """A job seeker answers in Spanish by clicking, sees the ranking and shares the link."""
    es = Translator(catalog.ui, "es")
    page.goto(f"{server}/fit?lang=es")
    wait_idle(page)
    assert_no_exception(page)
    wanted = ["grow-existing-customers", "portfolio-revenue", "long-contracts", "decision-teams",
              "coordinate-colleagues", "like-reports", "negotiate-a-lot"]  # fmt: skip
    answers = {a.id: a for q in catalog.fit.questions for a in q.answers}
    for number, question in enumerate(catalog.fit.questions, start=1):
        chosen = next((answers[a] for a in wanted if answers[a] in question.answers), None)
        if chosen is None:
            continue
        group = page.get_by_role("radiogroup", name=f"{number}. {question.text.get('es')}")
        group.get_by_text(chosen.text.get("es"), exact=True).click()
    page.get_by_role("button", name=es("fit.submit")).click()
    wait_idle(page)
    ranking = page.locator("h3").all_inner_texts()
    assert ranking[0].strip() == "1. " + catalog.roles["account-manager"].title.get("es")
    assert charts_drawn(page, 1) == 1
    page.get_by_role("button", name=es("fit.share")).click()
    wait_idle(page)
    assert query(page).get("fit") == [",".join(wanted)]
    full_screenshot(page, screenshots / "flow-fit-es.png")
