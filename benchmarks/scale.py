"""Content at scale: copies of the shipped content with every role repeated N times."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import yaml

from kamcareer.catalog import load_catalog
from kamcareer.languages import LANGS


def scaled_content(source: Path, target: Path, factor: int) -> int:
    """Copy ``source`` to ``target`` with ``factor`` copies of each role (links kept inside each copy).

    Returns the number of roles written.
    """
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    roles = sorted((source / "roles").glob("*.yaml"))
    ids = [path.stem for path in roles]
    count = len(roles)
    for copy in range(1, factor):
        for path in roles:
            text = path.read_text(encoding="utf-8")
            data = yaml.safe_load(text)
            suffix = f"-copy{copy}"
            data["id"] = data["id"] + suffix
            for relation in data.get("relations", []):
                if relation.get("role") in ids:
                    relation["role"] = relation["role"] + suffix
            (target / "roles" / f"{data['id']}.yaml").write_text(
                yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )
            count += 1
    return count


def load_seconds(root: Path, repeats: int = 3) -> tuple[float, int]:
    """Best-of-``repeats`` time to load and validate ``root``, and how many roles loaded."""
    best = float("inf")
    roles = 0
    for _ in range(repeats):
        start = time.perf_counter()
        catalog = load_catalog(root)
        best = min(best, time.perf_counter() - start)
        if catalog.errors:
            raise RuntimeError(f"generated content does not validate: {catalog.errors[:3]}")
        roles = len(catalog.roles)
    return best, roles


def per_role_language_ms(seconds: float, roles: int) -> float:
    """Load time per role and language, in milliseconds."""
    return 1000 * seconds / (roles * len(LANGS)) if roles else 0.0
