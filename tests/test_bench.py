"""The benchmark's own code on tiny cases: floors render what they copy, scaled content is valid, verdicts add up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.testing.v1 import AppTest

from benchmarks import browser, load
from benchmarks.browser import cpu_seconds
from benchmarks.floor import Shape, floor_app, floor_script, shape_of
from benchmarks.report import table, write
from benchmarks.run import url_of
from benchmarks.scale import load_seconds, per_role_language_ms, scaled_content
from benchmarks.stats import Verdict, median, percentile, ratio
from kamcareer.catalog import DEFAULT_CONTENT_DIR, load_catalog


@pytest.mark.parametrize("shape", [Shape(0, 1, 0, 0), Shape(2, 5, 1, 3, 1, 4)])
def test_a_floor_page_renders_exactly_the_shape_it_copies(shape: Shape) -> None:
    at = AppTest.from_string(floor_script(shape)).run()
    assert not at.exception
    assert shape_of(at) == shape


def test_the_floor_app_has_one_page_per_url() -> None:
    source = floor_app({"home": Shape(0, 1, 0, 0), "compare": Shape(1, 1, 1, 1)})
    compile(source, "floor_app.py", "exec")
    assert "url_path='home'" in source and "url_path='compare'" in source
    assert source.count("default=True") == 1


def test_scaled_content_multiplies_roles_and_keeps_links_valid(tmp_path: Path) -> None:
    roles = scaled_content(DEFAULT_CONTENT_DIR, tmp_path / "x3", 3)
    catalog = load_catalog(tmp_path / "x3")
    assert not catalog.errors, catalog.errors[:3]
    original = len(list((DEFAULT_CONTENT_DIR / "roles").glob("*.yaml")))
    assert roles == len(catalog.roles) == 3 * original
    copy = catalog.roles["key-account-manager-copy2"]
    assert {r.role for r in copy.relations if r.role} <= {rid for rid in catalog.roles if rid.endswith("-copy2")}
    seconds, loaded = load_seconds(tmp_path / "x3", repeats=1)
    assert seconds > 0 and loaded == roles
    assert per_role_language_ms(seconds, loaded) == pytest.approx(1000 * seconds / (loaded * 6))


def test_statistics_and_verdicts() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([]) == 0.0
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95) == 10
    assert percentile([5.0], 0.95) == 5.0
    assert ratio(3.0, 2.0) == 1.5 and ratio(1.0, 0.0) == float("inf")
    assert Verdict(1.4, 1.5).met and Verdict(1.4, 1.5).text() == "met"
    assert Verdict(1.8, 1.5).text() == "missed by 20 %"


def test_urls_carry_the_page_parameters() -> None:
    assert url_of("http://x", "home") == "http://x/?lang=en"
    assert url_of("http://x", "role", "te") == "http://x/role?lang=te&role=key-account-manager"


def test_report_names_machine_date_and_sections(tmp_path: Path) -> None:
    out = tmp_path / "performance.md"
    write(out, [("1. Reruns", table(["page", "ratio"], [["home", "1.10×"]]))], "- all met", 61.0)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Performance")
    assert "cores" in text and "Streamlit" in text and "1.0 minutes" in text
    assert "| home | 1.10× |" in text and "## 1. Reruns" in text


def test_load_test_counts_finished_reruns_from_websocket_messages() -> None:
    handlers: list = []

    class Socket:
        def on(self, event: str, handler: object) -> None:
            assert event == "framereceived"
            handlers.append(handler)

    class Page:
        def on(self, event: str, handler: object) -> None:
            handler(Socket())

    runs = browser.Runs(Page())
    finished, started = ForwardMsg(), ForwardMsg()
    finished.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    started.new_session.name = "welcome"
    for payload in [started.SerializeToString(), b"\xff\x00not a message", "text frame", finished.SerializeToString()]:
        handlers[0](payload)
    assert runs.finished == 1


def test_load_report_states_errors_or_where_the_click_rate_peaks(tmp_path: Path) -> None:
    calm = [load.Level(1, 60, [0.3, 0.4], [], 100, 60, 20), load.Level(5, 60, [0.9, 2.0], [], 150, 61, 45)]
    load.write(tmp_path / "ok.md", calm)
    text = (tmp_path / "ok.md").read_text(encoding="utf-8")
    assert "No errors" in text and "peaks at **5 sessions**" in text and "| 5 | 150 | 2.5 | 0 |" in text
    assert "about 200 ms of CPU (1 session alone)" in text and "at about 5 clicks/s" in text
    broken = [*calm, load.Level(10, 60, [5.0], ["session 3, menu link 2 (Role profiles): TimeoutError"], 2, 60, 50)]
    load.write(tmp_path / "bad.md", broken)
    text = (tmp_path / "bad.md").read_text(encoding="utf-8")
    assert "fails at 10 concurrent sessions" in text and "- session 3, menu link 2" in text
    assert cpu_seconds(os.getpid()) > 0
