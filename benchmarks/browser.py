"""Real-browser measurements: first view, click-to-idle, bytes over the websocket, server memory."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from google.protobuf.message import DecodeError
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
#: Debian's Chromium (Playwright's own browser download is never used).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Without these flags Chromium keeps calling home, which this sandboxed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SERVER_OPTIONS = ["--server.headless", "true", "--browser.gatherUsageStats", "false"]

#: True once the script is idle, something is rendered and every expected chart has drawn.
READY = """([charts, graphs]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.dataset.testScriptState === 'notRunning'
    && document.querySelectorAll('[data-testid="stMain"] [data-testid="stElementContainer"]').length > 0
    && document.querySelectorAll('.js-plotly-plot .main-svg').length >= charts
    && document.querySelectorAll('[data-testid="stGraphVizChart"] svg').length >= graphs;
}"""
#: True once a select list, filtered by what was typed, shows only the wanted option.
ONE_OPTION = """name => {
  const options = [...document.querySelectorAll('[role="option"]')];
  return options.length === 1 && options[0].textContent.trim() === name;
}"""


class Runs:
    """Counts the reruns a page's server has finished, from the messages on its websocket."""

    def __init__(self, page: Any) -> None:
        self.finished = 0
        #: perf_counter() when the latest "script finished" message was handled.
        self.last = 0.0
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _frame(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes):
            with contextlib.suppress(DecodeError):
                if ForwardMsg.FromString(payload).WhichOneof("type") == "script_finished":
                    self.finished += 1
                    self.last = time.perf_counter()

    def settle(self, page: Any, before: int, timeout: float = 60.0) -> float:
        """Wait for a rerun after the ``before``-th, and for no other to follow; when the last one ended."""
        # Why not the page's script-state attribute: when messages arrive faster than React
        # renders, "running" and "notRunning" collapse into one render and the attribute never
        # changes, so a wait for it never ends. The server's message always arrives.
        deadline = time.monotonic() + timeout
        while self.finished == before:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no rerun finished within {timeout:.0f} s")
            page.wait_for_timeout(5)  # the sync API delivers events while it waits
        while True:
            # Some choices rerun twice (a widget callback writes the URL): wait until none follows.
            seen = self.finished
            page.wait_for_timeout(300)
            if self.finished == seen:
                return self.last


def free_port() -> int:
    """A free TCP port on localhost."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 90) -> None:
    """Return once the server answers its health check; raise with its log if it exits or hangs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # noqa: S310 - localhost
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not become healthy in {timeout:.0f} s:\n{log.read_text(errors='replace')}")


@contextlib.contextmanager
def server(command: list[str], log: Path, options: list[str] = SERVER_OPTIONS) -> Iterator[tuple[str, int]]:
    """Run a Streamlit server command on a free localhost port; yields its URL and process id."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        command = [*command, *options, "--server.port", str(port)]
        # Our own server command; nothing in it comes from a user.
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)  # noqa: S603
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc, log)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def app_command() -> list[str]:
    """The real app, started as scripts/run starts it."""
    return [sys.executable, "-m", "kamcareer.serve"]


def floor_command(script: Path) -> list[str]:
    """The floor app, started the same way (plain ``streamlit run``; it has no pages/ folder)."""
    return [sys.executable, "-m", "streamlit", "run", str(script)]


def first_view(browser: Any, url: str, charts: int, graphs: int = 0) -> tuple[float, int]:
    """Seconds from ``goto`` to all charts drawn and the script idle, and websocket bytes received."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    received = [0]
    page.on(
        "websocket",
        lambda ws: ws.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload))),
    )
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(READY, arg=[charts, graphs], polling="raf", timeout=120_000)
    seconds = time.perf_counter() - start
    context.close()
    return seconds, received[0]


def _pick(page: Any, runs: Runs, widget: Any, option: str) -> float:
    """Choose ``option`` in a select widget as a keyboard user does; seconds from Enter to the end of the rerun."""
    # Typing filters the list; on a long page a mouse click on the list can be lost when the
    # page scrolls the widget into view, so the choice is made with the keyboard.
    widget.locator("input").click()
    page.keyboard.type(option)
    # Enter takes the highlighted option: wait until the typed text has filtered the list to it
    # (the full list is visible at first, with the current value highlighted).
    page.wait_for_function(ONE_OPTION, arg=option, polling="raf", timeout=30_000)
    before = runs.finished
    start = time.perf_counter()
    page.keyboard.press("Enter")
    return runs.settle(page, before) - start


def clicks(browser: Any, url: str, widget_selector: str, options: list[str], repeats: int) -> list[float]:
    """Click-to-idle seconds of choosing ``options`` in turn in the first widget matching the selector."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    runs = Runs(page)
    page.goto(url)
    page.wait_for_function(READY, arg=[0, 0], polling="raf", timeout=120_000)
    times = []
    for i in range(repeats):
        # Let the page settle after the last rerun (a language switch redraws the sidebar).
        page.wait_for_timeout(700)
        page.wait_for_function(READY, arg=[0, 0], polling="raf", timeout=120_000)
        widget = page.locator(widget_selector).first
        times.append(_pick(page, runs, widget, options[i % len(options)]))
    context.close()
    return times


def rss_bytes(pid: int) -> int:
    """Resident memory of a process, from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # Fields 14 and 15 of stat (utime, stime), counted after the ")" that ends the command name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def open_sessions(browser: Any, url: str, sessions: int) -> tuple[list[Any], int]:
    """Open ``sessions`` browser sessions that each visit every page through the menu; they stay open.

    Following the menu keeps one Streamlit session per browser tab, as a person clicking around would.
    Returns the open contexts (the caller closes them) and how many page visits did not finish.
    """
    opened, missed = [], 0
    for _ in range(sessions):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        runs = Runs(page)
        page.goto(url)
        # Timer polling: tabs opened earlier are in the background, where "raf" polling never fires.
        page.wait_for_function(READY, arg=[0, 0], polling=50, timeout=120_000)
        links = page.locator('[data-testid="stSidebarNavLink"]')
        # Every other page, then back home (a click on the page already open starts no rerun).
        count = links.count()
        for i in [*range(1, count), 0]:
            before = runs.finished
            links.nth(i).click()
            try:
                runs.settle(page, before, timeout=30)
            except TimeoutError:
                missed += 1
        opened.append(context)
    return opened, missed
