"""Load test: N concurrent real-browser sessions click through every page and switch language.

``make load`` (``python -m benchmarks.load``) starts the app on localhost, runs each level of
concurrency for a fixed time, and writes docs/load-test.md: clicks, errors, and click-to-idle
times (median and p95) against one session alone.
"""

from __future__ import annotations

import argparse
import asyncio
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


@dataclass
class Level:
    """What one level of concurrency saw."""

    sessions: int
    seconds: float
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    clicks: int = 0


# Every wait polls on a timer, not on animation frames: with many tabs open, the ones in the
# background get no frames and a "raf" wait would never end.
async def _click_to_idle(page: Any, action: Any) -> float:
    """Seconds from an action to the end of the rerun it starts."""
    await page.evaluate(web.WATCH)
    t0 = await page.evaluate("performance.now()")
    await action()
    await page.wait_for_function(web.DONE_AFTER, arg=t0, polling=50, timeout=60_000)
    end = await page.evaluate("Math.max(...window.__states.filter(([s]) => s === 'notRunning').map(([, t]) => t))")
    return (end - t0) / 1000


async def _session(browser: Any, url: str, deadline: float, level: Level, number: int) -> None:
    """One person: every page through the menu, then a language switch, until the time is up."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.on("pageerror", lambda error: level.errors.append(f"session {number}: page error: {error}"))
    try:
        await page.goto(f"{url}/?lang=en")
        await page.wait_for_function(web.READY, arg=[0, 0], polling=50, timeout=120_000)
        links = page.locator('[data-testid="stSidebarNavLink"]')
        count = await links.count()
        # The session starts on home, the menu's first link: begin with the second (a click on
        # the page already open starts no rerun).
        step = 1
        while time.monotonic() < deadline:
            if step % (count + 1) == count:
                lang = _LANGUAGES[(step // (count + 1)) % len(_LANGUAGES)]
                picker = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"] input')

                # Keyboard choice, as in the benchmark: a mouse click on the list can be lost.
                await page.wait_for_timeout(500)
                await picker.click()
                await page.keyboard.type(NATIVE_NAMES[lang])
                await page.wait_for_function(web.ONE_OPTION, arg=NATIVE_NAMES[lang], polling=50, timeout=30_000)
                level.times.append(await _click_to_idle(page, lambda: page.keyboard.press("Enter")))
            else:
                link = links.nth(step % (count + 1))
                level.times.append(await _click_to_idle(page, link.click))
            level.clicks += 1
            if await page.locator('[data-testid="stException"]').count():
                level.errors.append(f"session {number}: exception shown on {page.url}")
            step += 1
    except Exception as exc:  # noqa: BLE001 - every failure is a finding of the load test
        level.errors.append(f"session {number}: {type(exc).__name__}: {str(exc).splitlines()[0][:160]}")
    finally:
        await context.close()


async def _run_level(browser: Any, url: str, sessions: int, seconds: float) -> Level:
    level = Level(sessions, seconds)
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(_session(browser, url, deadline, level, i) for i in range(sessions)))
    return level


async def _main(levels: list[int], seconds: float) -> list[Level]:
    results = []
    with tempfile.TemporaryDirectory() as tmp, web.server(web.app_command(), Path(tmp) / "app.log") as (url, _):
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=web.CHROMIUM, args=web.CHROMIUM_ARGS, headless=True)
            for sessions in levels:
                print(f"{sessions} sessions for {seconds:.0f} s …", flush=True)
                results.append(await _run_level(browser, url, sessions, seconds))
            await browser.close()
    return results


def write(path: Path, results: list[Level]) -> None:
    """docs/load-test.md: one row per level, p95 against the single session, and every error."""
    alone = percentile(results[0].times, 0.95) or 1.0
    rows = []
    saturated = None
    for level in results:
        p95 = percentile(level.times, 0.95)
        rows.append([level.sessions, level.clicks, len(level.errors), report.ms(median(level.times)), report.ms(p95),
                     f"{p95 / alone:.1f}×"])  # fmt: skip
        if saturated is None and (level.errors or p95 > 3 * alone):
            saturated = level.sessions
    table = report.table(["sessions", "clicks", "errors", "median click to idle", "p95", "p95 / one session"], rows)
    errors = [e for level in results for e in level.errors]
    where = (
        f"The server saturates at **{saturated} concurrent sessions** (errors, or p95 above 3× one session)."
        if saturated
        else "No level saturated the server (no errors, p95 within 3× one session)."
    )
    text = "\n".join(
        [
            "# Load test",
            "",
            f"`make load` on {report.machine()}: the app on localhost, N concurrent Chromium sessions",
            "(Playwright contexts in one browser, on the same 2 cores as the server), each clicking through",
            f"every page in the menu and switching the language, for {results[0].seconds:.0f} s per level.",
            "A click's time runs from the click to the end of the rerun it started.",
            "",
            table,
            "",
            where,
            "",
            "## Errors",
            "",
            "\n".join(f"- {e}" for e in errors) if errors else "None.",
            "",
        ]
    )
    path.write_text(text, encoding="utf-8")


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
