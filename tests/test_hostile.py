"""Hostile input: random URL parameters on every page, and the server settings that protect users."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit import config
from streamlit.testing.v1 import AppTest

from kamcareer.catalog import load_catalog
from kamcareer.compare import MAX_ROLES, parse_role_list
from kamcareer.fit import parse_answers
from kamcareer.languages import LANGS, normalize_lang
from kamcareer.ui import PAGES
from tests.conftest import ROOT

#: Values people (and scanners) put in URLs: markup, scripts, traversal, Unicode tricks, huge strings.
NASTY = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "![x](https://evil.example/x.png)",
        "[a](javascript:alert(1))",
        "../../etc/passwd",
        "%00",
        "ｅｎ",
        "EN ",
        "te\u200c",
        "\u202eed",
        "key-account-manager,key-account-manager,account-manager,sales-manager,sales-representative",
        "x" * 10_000,
        "",
        ",,,",
    ]
)
VALUES = NASTY | st.text(max_size=200)
CATALOG = load_catalog()


@given(VALUES)
@settings(max_examples=300)
def test_any_lang_value_falls_back_to_a_language(value: str) -> None:
    assert normalize_lang(value) in LANGS


@given(VALUES)
@settings(max_examples=300)
def test_any_compare_value_gives_known_roles_only(value: str) -> None:
    chosen, ignored = parse_role_list(value, list(CATALOG.roles))
    assert set(chosen) <= set(CATALOG.roles) and len(chosen) <= MAX_ROLES and len(set(chosen)) == len(chosen)
    assert all(len(item) <= 40 for item in ignored) and len(ignored) <= 20


@given(VALUES)
@settings(max_examples=300)
def test_any_fit_value_gives_known_answers_only(value: str) -> None:
    answers, ignored = parse_answers(CATALOG.fit, value)
    valid = {q.id: {a.id for a in q.answers} for q in CATALOG.fit.questions}
    assert all(qid in valid and aid in valid[qid] for qid, aid in answers.items())
    assert all(len(item) <= 40 for item in ignored) and len(ignored) <= 50


def _rendered_text(at: AppTest) -> str:
    parts = [e.value for e in (*at.title, *at.header, *at.subheader, *at.markdown, *at.caption)]
    parts += [e.value for e in (*at.info, *at.warning, *at.error, *at.success)]
    return "\n".join(str(p) for p in parts)


@given(
    page=st.sampled_from(list(PAGES)),
    params=st.dictionaries(
        st.sampled_from(["lang", "role", "compare", "lang2", "fit"]), VALUES | st.lists(VALUES, max_size=3)
    ),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_url_parameters_on_any_page(page: str, params: dict[str, str | list[str]]) -> None:
    """Random, repeated and enormous parameters: no exception, a sane language, nothing reflected as markup."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    if page != "home":
        at.switch_page(PAGES[page])
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["lang"] in LANGS
    text = _rendered_text(at)
    # Markdown that Streamlit would interpret as HTML, an image or a link never comes from the URL.
    for raw in ("<script", "<img", "](javascript", "](https://evil"):
        assert raw not in text


# ------------------------------------------------------------- server settings


@pytest.fixture
def effective_config(monkeypatch: pytest.MonkeyPatch) -> object:
    """Streamlit's configuration as the server reads it when started from the project folder."""
    monkeypatch.chdir(ROOT)
    config.get_config_options(force_reparse=True)
    yield config
    config.get_config_options(force_reparse=True)


def test_server_settings_protect_users(effective_config: object) -> None:
    get = config.get_option
    assert get("server.enableXsrfProtection") is True
    assert get("server.enableCORS") is True, "CORS stays closed (True means Streamlit's same-origin protection)"
    assert get("browser.gatherUsageStats") is False
    assert get("client.showErrorDetails") in ("none", False), "tracebacks are never shown to people"
    assert 0 < get("server.maxUploadSize") <= 10, "uploads are limited (in MB)"
    assert get("server.runOnSave") is False


def test_server_settings_keep_every_click_cheap(effective_config: object) -> None:
    """No full garbage collection after each rerun and no file polling: together most of a click's server CPU."""
    assert config.get_option("runner.postScriptGC") is False
    assert config.get_option("server.fileWatcherType") == "none"


def test_scripts_run_uses_the_project_config() -> None:
    """scripts/run must not override the protective settings on its command line."""
    text = (ROOT / "scripts" / "run").read_text(encoding="utf-8")
    for option in ("enableXsrfProtection", "enableCORS", "showErrorDetails", "gatherUsageStats true"):
        assert f"{option} false" not in text and f"{option}=false" not in text
