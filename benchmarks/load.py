"""Load test: N concurrent real-browser sessions click through every page and switch language.

``make load`` (``python -m benchmarks.load``) starts the app on localhost, runs each level of
concurrency for a fixed time, and writes docs/load-test.md: clicks, errors, and click-to-idle
times (median and p95) against one session alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from playwright.async_api import async_playwright

from benchmarks import browser as web
from benchmarks import report
from benchmarks.stats import median, percentile
from kamcareer.languages import NATIVE_NAMES

ROOT = Path(__file__).resolve().parent.parent
_LANGUAGES = ["de", "hi", "te", "es", "id", "en"]
#: Set KAMCAREER_LOAD_SCREENSHOTS to a folder to keep a screenshot of each failed session.
DEBUG_DIR = os.environ.get("KAMCAREER_LOAD_SCREENSHOTS", "")
_CLICK_TIMEOUT = 60.0
_IDLE = "() => document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState === 'notRunning'"


@dataclass
class Level:
    """What one level of concurrency saw."""

    sessions: int
    seconds: float
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    clicks: int = 0
    #: Wall-clock seconds the level took (sessions finish their last click after the deadline).
    wall: float = 0.0
    #: CPU seconds the server used during the level, to tell a busy server from busy browsers.
    server_cpu: float = 0.0

    def server_load(self) -> float:
        """The server's CPU use as a share of one core (Python runs the scripts on about one)."""
        return self.server_cpu / self.wall if self.wall else 0.0


# The end of a rerun is the server's "script finished" message, as in the benchmark (see
# Runs.settle for why not the page's script-state attribute).
async def _click_to_idle(page: Any, runs: web.Runs, action: Any) -> float:
    """Seconds from an action to the end of the rerun it starts, drawn on the page."""
    before = runs.finished
    start = time.perf_counter()
    await action()
    while runs.finished == before:
        if time.perf_counter() - start > _CLICK_TIMEOUT:
            raise TimeoutError(f"no rerun finished within {_CLICK_TIMEOUT:.0f} s of the click")
        await asyncio.sleep(0.01)
    # Timer polling, not animation frames: tabs in the background get no frames.
    await page.wait_for_function(_IDLE, polling=20, timeout=_CLICK_TIMEOUT * 1000)
    return time.perf_counter() - start


async def _session(browser: Any, url: str, deadline: float, level: Level, number: int) -> None:
    """One person: every page through the menu, then a language switch, until the time is up."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    runs = web.Runs(page)
    page.on("pageerror", lambda error: level.errors.append(f"session {number}: page error: {error}"))
    try:
        await page.goto(f"{url}/?lang=en")
        await page.wait_for_function(web.READY, arg=[0, 0], polling=50, timeout=120_000)
        links = page.locator('[data-testid="stSidebarNavLink"]')
        count = await links.count()
        # The session starts on home, the menu's first link: begin with the second (a click on
        # the page already open starts no rerun).
        step = 1
        what = "the first page"
        while time.monotonic() < deadline:
            if step % (count + 1) == count:
                lang = _LANGUAGES[(step // (count + 1)) % len(_LANGUAGES)]
                picker = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"] input')

                # Keyboard choice, as in the benchmark: a mouse click on the list can be lost.
                await page.wait_for_timeout(500)
                await picker.click()
                await page.keyboard.type(NATIVE_NAMES[lang])
                await page.wait_for_function(web.ONE_OPTION, arg=NATIVE_NAMES[lang], polling=50, timeout=30_000)
                what = f"language switch to {lang}"
                level.times.append(await _click_to_idle(page, runs, lambda: page.keyboard.press("Enter")))
            else:
                link = links.nth(step % (count + 1))
                what = f"menu link {step % (count + 1) + 1} ({(await link.inner_text()).split(chr(10))[-1].strip()})"
                level.times.append(await _click_to_idle(page, runs, link.click))
            level.clicks += 1
            if await page.locator('[data-testid="stException"]').count():
                level.errors.append(f"session {number}: exception shown on {page.url}")
            step += 1
    except Exception as exc:  # noqa: BLE001 - every failure is a finding of the load test
        level.errors.append(
            f"session {number}, {what} on {page.url}: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}"
        )
        if DEBUG_DIR:
            await page.screenshot(path=str(Path(DEBUG_DIR) / f"load-{level.sessions}-{number}.png"))
    finally:
        await context.close()


async def _run_level(browser: Any, url: str, pid: int, sessions: int, seconds: float) -> Level:
    level = Level(sessions, seconds)
    cpu = web.cpu_seconds(pid)
    start = time.monotonic()
    deadline = start + seconds
    await asyncio.gather(*(_session(browser, url, deadline, level, i) for i in range(sessions)))
    level.wall = time.monotonic() - start
    level.server_cpu = web.cpu_seconds(pid) - cpu
    return level


async def _main(levels: list[int], seconds: float) -> list[Level]:
    results = []
    with tempfile.TemporaryDirectory() as tmp, web.server(web.app_command(), Path(tmp) / "app.log") as (url, pid):
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=web.CHROMIUM, args=web.CHROMIUM_ARGS, headless=True)
            for sessions in levels:
                print(f"{sessions} sessions for {seconds:.0f} s …", flush=True)
                results.append(await _run_level(browser, url, pid, sessions, seconds))
            await browser.close()
    return results


def write(path: Path, results: list[Level]) -> None:
    """docs/load-test.md: one row per level, p95 against the single session, and every error."""
    alone = percentile(results[0].times, 0.95) or 1.0
    rows = []
    for level in results:
        p95 = percentile(level.times, 0.95)
        rows.append([level.sessions, level.clicks, f"{level.clicks / level.wall:.1f}" if level.wall else "–",
                     len(level.errors), report.ms(median(level.times)), report.ms(p95), f"{p95 / alone:.1f}×",
                     f"{level.server_load():.0%}"])  # fmt: skip
    header = ["sessions", "clicks", "clicks/s", "errors", "median click to idle", "p95", "p95 / one session",
              "server CPU (one core = 100 %)"]  # fmt: skip
    errors = [e for level in results for e in level.errors]
    text = "\n".join(
        [
            "# Load test",
            "",
            f"`make load` on {report.machine()}: the app on localhost, N concurrent Chromium sessions",
            "(Playwright contexts in one browser, on the same 2 cores as the server), each clicking through",
            f"every page in the menu and switching the language, for {results[0].seconds:.0f} s per level.",
            "A click's time runs from the click to the end of the rerun it started (the server's \"script finished\"",
            "message, then the page idle).",
            "",
            report.table(header, rows),
            "",
            saturation(results),
            "",
            "## Errors",
            "",
            "\n".join(f"- {e}" for e in errors) if errors else "None.",
            "",
        ]
    )
    path.write_text(text, encoding="utf-8")


def saturation(results: list[Level]) -> str:
    """Where the server saturates: errors, or the click rate stops growing while the server is busy."""
    failed = next((level for level in results if level.errors), None)
    if failed:
        return f"The app **fails at {failed.sessions} concurrent sessions**: {len(failed.errors)} errors, listed below."
    best = max(results, key=lambda level: level.clicks / level.wall if level.wall else 0.0)
    busiest = max(results, key=Level.server_load)
    alone = results[0]
    text = (
        f"No errors at any level, up to {results[-1].sessions} concurrent sessions. The click rate peaks at "
        f"**{_sessions(best.sessions)}** ({best.clicks / best.wall:.1f} clicks/s); beyond it, more sessions only "
        f"make each click wait longer. The server used at most {busiest.server_load():.0%} of one core "
        f"(at {_sessions(busiest.sessions)}): the browsers, on the same 2 cores, saturate first, not the server."
    )
    if alone.clicks:
        per_click = alone.server_cpu / alone.clicks
        text += (
            f" A click cost the server about {per_click * 1000:.0f} ms of CPU ({_sessions(alone.sessions)} alone), "
            f"so one server process would fill its core at about {1 / per_click:.0f} clicks/s."
        )
    return text


def _sessions(n: int) -> str:
    return f"{n} session" if n == 1 else f"{n} sessions"


def main() -> int:
    """Run the levels and write the report."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load")
    parser.add_argument("--levels", default="1,5,10,15,20", help="concurrent sessions per level, comma-separated")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long each level runs")
    parser.add_argument("--out", default=str(ROOT / "docs" / "load-test.md"))
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",") if n.strip()]
    results = asyncio.run(_main(levels, args.seconds))
    write(Path(args.out), results)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
