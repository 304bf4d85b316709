"""Shared fixtures: the real content folder, and disposable copies of it to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kamcareer.catalog import DEFAULT_CONTENT_DIR, Catalog, load_catalog

ROOT = Path(__file__).resolve().parent.parent
CONTENT = DEFAULT_CONTENT_DIR
ROLE_FILES = sorted(CONTENT.glob("roles/*.yaml"))
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The shipped content, loaded once for the whole run."""
    return load_catalog(CONTENT)


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A private copy of the shipped content that a test may break."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target
