"""Time `validate` on every case of the bad-content corpus: ``python -m benchmarks.corpus``.

The cases are those of tests/test_validation.py. Prints a Markdown table for
docs/reliability.md: the case, the problem line naming the file and field, the exit code,
and how long the command took (as a subprocess, the way a content editor runs it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import table
from kamcareer.catalog import DEFAULT_CONTENT_DIR
from tests.test_validation import CASES

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Break a fresh copy of the content for each case, run validate, print one row per case."""
    rows = []
    for name, breaker, file, _field, _words in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            content = Path(tmp) / "content"
            shutil.copytree(DEFAULT_CONTENT_DIR, content)
            breaker(content)
            start = time.perf_counter()
            result = subprocess.run(  # noqa: S603 - our own CLI on our own temporary copy
                [sys.executable, "-m", "kamcareer", "validate", str(content)],
                capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
            )  # fmt: skip
            seconds = time.perf_counter() - start
            first = next((line for line in result.stdout.splitlines() if f"/{file}: " in line), "")
            named = first.split(f"{content}/", 1)[-1][:90] if first else "(not named!)"
            traceback = "yes" if "Traceback" in result.stdout + result.stderr else "no"
            rows.append([name, f"`{named}`", result.returncode, f"{seconds:.2f} s", traceback])
    print(table(["case", "first line naming the file", "exit", "time", "traceback"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
