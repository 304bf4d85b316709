"""Every page in every language runs in Streamlit's AppTest, and the language survives navigation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS
from kamcareer.text import md_escape
from kamcareer.ui import PAGES
from tests.conftest import ROOT

APP = str(ROOT / "app.py")
TIMEOUT = 30


def open_page(page: str, lang: str, **params: str) -> AppTest:
    """Run the app as a browser would when opening ``page`` with ``?lang=`` and other params."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    if page != "home":
        at.switch_page(PAGES[page])
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def all_text(at: AppTest) -> str:
    """Everything the page shows as text: titles, markdown, captions, alerts."""
    parts = [e.value for e in (*at.title, *at.header, *at.subheader, *at.markdown, *at.caption)]
    parts += [e.value for e in (*at.info, *at.warning, *at.error)]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_runs_in_every_language(catalog: Catalog, page: str, lang: str) -> None:
    at = open_page(page, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["lang"] == lang
    assert at.query_params.get("lang") == lang
    t = Translator(catalog.ui, lang)
    title = {"home": t("home.title"), "sources": t("sources.title")}.get(page)
    if title:
        assert at.title[0].value == title
    text = all_text(at)
    if page == "role":
        first = next(iter(catalog.roles.values()))
        assert at.title[0].value == first.title.get(lang)
        assert t("role.duties") in text and t("role.sources") in text


@pytest.mark.parametrize("role_id", ["account-manager", "key-account-manager", "sales-representative", "sales-manager"])
def test_role_opens_by_url(catalog: Catalog, role_id: str) -> None:
    at = open_page("role", "en", role=role_id)
    assert not at.exception
    role = catalog.roles[role_id]
    assert at.title[0].value == role.title.get("en")
    text = all_text(at)
    # Every duty is on the page, each followed by its footnote marks.
    for group in role.duty_groups:
        assert group.title.get("en") in text


def test_unknown_role_shows_a_note_and_a_role(catalog: Catalog) -> None:
    at = open_page("role", "en", role="<b>astronaut</b>")
    assert not at.exception
    assert any("astronaut" in i.value and "<b>" not in i.value.replace("\\<b\\>", "") for i in at.info)
    assert at.title[0].value in {r.title.get("en") for r in catalog.roles.values()}


@pytest.mark.parametrize("junk", ["xx", "", "EN ", "de-DE", "<script>", "हिन्दी"])
def test_unknown_lang_falls_back(junk: str) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = junk
    at.run()
    assert not at.exception
    expected = "en" if junk.strip().lower() not in LANGS else junk.strip().lower()
    assert at.session_state["lang"] == expected
    assert at.query_params["lang"] == expected


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_picked_language_survives_page_switch(lang: str) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.sidebar.selectbox[0].select(lang).run()
    assert at.session_state["lang"] == lang and at.query_params["lang"] == lang
    for page in ("sources", "role", "home"):
        # A real browser drops the query string on navigation; the session must remember.
        at.query_params.clear()
        at.switch_page(PAGES[page]).run()
        assert not at.exception
        assert at.session_state["lang"] == lang
        assert at.query_params["lang"] == lang
        assert at.sidebar.selectbox[0].value == lang


def test_broken_role_file_is_named_and_the_rest_is_served(
    catalog: Catalog, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (content_copy / "roles/sales-manager.yaml").write_text("id: [oops\n", encoding="utf-8")
    monkeypatch.setenv("KAMCAREER_CONTENT", str(content_copy))
    at = open_page("home", "en")
    assert not at.exception
    assert at.warning, "the home page says that something is broken"
    assert "roles/sales-manager.yaml" in "\n".join(c.value for c in at.code)
    shown = {s.value for s in at.subheader}
    assert catalog.roles["account-manager"].title.get("en") in shown
    assert catalog.roles["sales-manager"].title.get("en") not in shown


@pytest.mark.parametrize(("url", "path"), list(PAGES.items()))
def test_url_path_differs_from_file_name(url: str, path: str) -> None:
    """Otherwise a first request to /<url> bypasses app.py (Streamlit's old pages/ convention)."""
    assert Path(path).stem != url
    assert (ROOT / path).is_file()


def test_compare_opens_by_url_with_three_roles(catalog: Catalog) -> None:
    at = open_page("compare", "en", compare="account-manager,key-account-manager,sales-manager")
    assert not at.exception
    assert at.multiselect[0].value == ["account-manager", "key-account-manager", "sales-manager"]
    assert at.query_params["compare"] == "account-manager,key-account-manager,sales-manager"
    assert len(at.get("download_button")) == 2


def test_compare_default_is_the_hindi_articles_pair() -> None:
    at = open_page("compare", "hi")
    assert not at.exception
    assert at.multiselect[0].value == ["account-manager", "sales-representative"]


def test_compare_ignores_junk_with_a_note() -> None:
    at = open_page("compare", "en", compare="sales-manager,<b>boss</b>,nope")
    assert not at.exception
    assert any("nope" in i.value and "<b>" not in i.value.replace("\\<b\\>", "") for i in at.info)


def test_compare_with_one_role_asks_for_another(catalog: Catalog) -> None:
    at = open_page("compare", "de", compare="sales-manager")
    assert not at.exception
    assert any(i.value == Translator(catalog.ui, "de")("compare.pick_another") for i in at.info)


def test_bilingual_view_writes_each_column_in_its_language(catalog: Catalog) -> None:
    at = open_page("compare", "de", compare="key-account-manager,sales-representative", lang2="hi")
    assert not at.exception
    shown = {s.value for s in at.subheader}
    assert catalog.roles["key-account-manager"].title.get("de") in shown
    assert catalog.roles["sales-representative"].title.get("hi") in shown
    assert at.query_params.get("lang2") == "hi" or at.session_state["lang2"] == "hi"


FOOTNOTE = re.compile(r"\\\[(\d+)\\\]")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("role_id", ["account-manager", "key-account-manager", "sales-representative", "sales-manager"])
def test_every_duty_and_skill_is_traced_to_a_listed_source(catalog: Catalog, role_id: str, lang: str) -> None:
    at = open_page("role", lang, role=role_id)
    assert not at.exception
    role = catalog.roles[role_id]
    assert at.title[0].value == role.title.get(lang)
    bullets = [line for m in at.markdown for line in m.value.split("\n") if line.startswith("- ")]
    listed = {int(n) for m in at.markdown for n in re.findall(r"^(\d+)\. \*\*", m.value, flags=re.MULTILINE)}
    expected_items = [d.text.get(lang) for g in role.duty_groups for d in g.duties]
    expected_items += [catalog.skills[s.skill].name.get(lang) for s in role.skills]
    for text in expected_items:
        line = next((b for b in bullets if md_escape(text) in b), None)
        assert line is not None, f"not on the page: {text}"
        marks = {int(n) for n in FOOTNOTE.findall(line)}
        assert marks and marks <= listed, f"{text}: footnotes {marks} not all in the source list {listed}"


def test_unknown_role_lists_every_role_as_a_link(catalog: Catalog) -> None:
    at = open_page("role", "te", role="no-such-role")
    assert not at.exception
    labels = {link.proto.label for link in at.get("page_link")}
    assert {r.title.get("te") for r in catalog.roles.values()} <= labels


@pytest.mark.parametrize(
    ("broken", "page", "still_shown"),
    [
        ("wording.yaml", "jobad", "jobad.h.responsibilities"),
        ("fit.yaml", "home", "home.title"),
        ("guide.yaml", "role", "role.duties"),
    ],
)
def test_a_broken_feature_file_is_named_and_the_rest_works(
    catalog: Catalog, content_copy: Path, monkeypatch: pytest.MonkeyPatch, broken: str, page: str, still_shown: str
) -> None:
    (content_copy / broken).write_bytes(b"questions: [unclosed\n")
    monkeypatch.setenv("KAMCAREER_CONTENT", str(content_copy))
    at = open_page(page, "en")
    assert not at.exception, [e.value for e in at.exception]
    assert broken in "\n".join(c.value for c in at.code), "the notice names the broken file"
    assert Translator(catalog.ui, "en")(still_shown) in all_text(at)
    if broken == "wording.yaml":
        assert Translator(catalog.ui, "en")("wording.unavailable") in all_text(at)


@pytest.mark.parametrize("lang", LANGS)
def test_pay_data_tables_open_on_request(catalog: Catalog, lang: str) -> None:
    """Each chart's data table is closed and not built until opened; opened, it shows the chart's data."""
    at = open_page("pay", lang)
    t = Translator(catalog.ui, lang)
    tables = [e for e in at.expander if e.label == t("payview.table")]
    assert len(tables) >= 4, "every chart has its data table"
    assert len(at.dataframe) == 1, "only the always-visible table of every figure is built"
    at.session_state["_table_pay-ranges"] = True  # what clicking the first expander does
    at.run()
    assert not at.exception
    assert len(at.dataframe) == 2
    shown = at.dataframe[0].value
    kam = catalog.roles["key-account-manager"].title.get(lang)
    assert len(shown) >= 4 and all(kam in str(label) for label in shown.iloc[:, 0]), "the pay ranges chart's rows"
