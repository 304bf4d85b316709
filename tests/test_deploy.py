"""The container recipe: slim base, Noto fonts, health check, and every file the app runs from."""

from __future__ import annotations

import re

from tests.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def test_image_is_slim_python_with_noto_fonts_and_a_health_check() -> None:
    assert re.search(r"^FROM python:3\.11-slim$", DOCKERFILE, re.MULTILINE)
    assert "fonts-noto-core" in DOCKERFILE
    assert "HEALTHCHECK" in DOCKERFILE and "/_stcore/health" in DOCKERFILE
    assert re.search(r"^USER (?!root)\S+$", DOCKERFILE, re.MULTILINE), "the app does not run as root"


def test_image_copies_everything_the_app_imports_and_reads() -> None:
    copied = set(re.findall(r"^COPY (\S+)", DOCKERFILE, re.MULTILINE))
    needed = {"requirements.txt", "app.py", ".streamlit/", "kamcareer/", "pages/", "content/"}
    assert needed <= copied
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert not any(name.rstrip("/") in ignored for name in needed), "a needed folder is excluded from the build"


def test_image_starts_the_app_like_scripts_run() -> None:
    assert '"-m", "kamcareer.serve"' in DOCKERFILE
    assert "kamcareer.serve" in (ROOT / "scripts" / "run").read_text(encoding="utf-8")
