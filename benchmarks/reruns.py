"""Server-side rerun time of every page in every language, against its floor page (AppTest)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest, app_test, local_script_runner

from benchmarks.floor import Shape, floor_script, shape_of
from benchmarks.stats import median
from kamcareer.ui import PAGES

ROOT = Path(__file__).resolve().parent.parent

# A running server compiles each script once and keeps its bytecode; AppTest compiles app.py
# and the page again on every run, which would count compile time as rerun time (and favour
# the floor's tiny scripts). One shared cache makes AppTest rerun like the server does.
_SCRIPTS = ScriptCache()
app_test.ScriptCache = lambda: _SCRIPTS  # type: ignore[attr-defined]
local_script_runner.ScriptCache = lambda: _SCRIPTS  # type: ignore[attr-defined]
#: Query parameters that make each page show its full content (a role, a comparison, answers).
PAGE_PARAMS: dict[str, dict[str, str]] = {
    "role": {"role": "key-account-manager"},
    "compare": {"compare": "account-manager,key-account-manager,sales-representative"},
    "fit": {
        "fit": "new-and-existing,portfolio-revenue,long-contracts,decision-teams,coordinate-colleagues,"
        "avoid-reports,like-data,like-finance,negotiate-a-lot,cold-calls-sometimes,travel-some"
    },
}


@dataclass(frozen=True)
class RerunResult:
    """Median rerun seconds of a page in one language and of its floor, with what it renders."""

    page: str
    lang: str
    seconds: float
    floor: float
    shape: Shape
    figure_bytes: tuple[int, ...]


def open_page(page: str, lang: str) -> AppTest:
    """The app on ``page`` in ``lang``, as a browser opening its URL would see it."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["lang"] = lang
    at.run()
    if page != "home":
        at.switch_page(PAGES[page])
    for key, value in PAGE_PARAMS.get(page, {}).items():
        at.query_params[key] = value
    return at.run()


def timed_reruns(at: AppTest, runs: int) -> list[float]:
    """Seconds of ``runs`` reruns of the current page (nothing changed, as after a click)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    return times


def floor_seconds(shape: Shape, runs: int) -> float:
    """Median rerun seconds of the floor page for ``shape``."""
    at = AppTest.from_string(floor_script(shape), default_timeout=120)
    at.run()
    return median(timed_reruns(at, runs))


def measure(page: str, lang: str, runs: int) -> RerunResult:
    """Rerun cost of one page in one language against its floor."""
    at = open_page(page, lang)
    if at.exception:
        raise RuntimeError(f"{page} ({lang}) raised: {at.exception[0].value}")
    shape = shape_of(at)
    seconds = median(timed_reruns(at, runs))
    figures = tuple(len(e.proto.spec.encode("utf-8")) for e in at.get("plotly_chart"))
    return RerunResult(page, lang, seconds, floor_seconds(shape, runs), shape, figures)
