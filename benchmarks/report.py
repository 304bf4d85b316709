"""docs/performance.md: every measurement against its target, with the machine and the date."""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import streamlit


def machine() -> str:
    """CPU model, cores, memory, Python and Streamlit versions of this machine."""
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().splitlines()[0].split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; Python {platform.python_version()}, "
        f"Streamlit {streamlit.__version__}, {platform.system()} {platform.release()}"
    )


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; cells are written as given (the caller formats numbers)."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell).replace("|", "\\\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def ms(seconds: float) -> str:
    """Seconds as whole milliseconds, e.g. "123 ms"."""
    return f"{1000 * seconds:.0f} ms"


def write(path: Path, sections: Sequence[tuple[str, str]], summary: str, duration: float) -> None:
    """Write the report: title, machine and date, the summary, then each section."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "# Performance",
        "",
        f"Measured by `make bench` (`python -m benchmarks.run`) on {now}, in {duration / 60:.1f} minutes,",
        f"on {machine()}.",
        "Every figure is a median unless it says otherwise; every ratio is against a floor page that",
        "the benchmark builds itself (same number of Plotly charts, Markdown blocks, tables, widgets and",
        "layout blocks, trivial data, no content loading), measured the same way in the same run.",
        "",
        "## Summary",
        "",
        summary,
    ]
    for title, body in sections:
        parts += ["", f"## {title}", "", body]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
