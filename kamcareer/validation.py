"""Checks across content files: references, duplicate ids, translations."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from kamcareer.languages import LANGS
from kamcareer.models import Text
from kamcareer.problems import Problem, dotted

#: Field names whose values are ids of another kind of content.
REFERENCE_FIELDS: dict[str, str] = {
    "sources": "source",
    "summary_sources": "source",
    "travel_sources": "source",
    "source": "source",
    "skill": "skill",
    "area": "duty-area",
    "dimension": "dimension",
    "role": "role",
    "occupation": "occupation",
}

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


def walk(obj: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Yield ``(path, value)`` for a model and everything inside it; Text is a leaf."""
    yield path, obj
    if isinstance(obj, Text):
        return
    if isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from walk(getattr(obj, name), (*path, name))
    elif isinstance(obj, list | tuple):
        for index, item in enumerate(obj):
            yield from walk(item, (*path, index))


def _field_name(path: tuple[Any, ...]) -> str | None:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return None


def check_references(file: str, model: BaseModel, known: Mapping[str, set[str] | None]) -> list[Problem]:
    """Every id that points elsewhere must exist; ``known[kind] is None`` skips a kind whose file is broken."""
    problems = []
    for path, value in walk(model):
        if not isinstance(value, str):
            continue
        kind = REFERENCE_FIELDS.get(_field_name(path) or "")
        # Only leaves that are themselves the reference (``source: x`` or ``sources: [x]``).
        if kind is None or not (path[-1] in REFERENCE_FIELDS or isinstance(path[-1], int)):
            continue
        ids = known.get(kind)
        if ids is not None and value not in ids:
            problems.append(Problem(file, dotted(path), f"unknown {kind} id '{value}'"))
    return problems


def check_unique_ids(file: str, model: BaseModel) -> list[Problem]:
    """Ids must be unique within each list, and skills and dimensions once per role."""
    problems = []
    for path, value in walk(model):
        if not isinstance(value, list):
            continue
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            key = None
            for attr in ("id", "skill", "dimension"):
                key = getattr(item, attr, None)
                if isinstance(key, str):
                    break
            if not isinstance(key, str):
                continue
            if key in seen:
                problems.append(
                    Problem(
                        file, dotted((*path, index)), f"duplicate id '{key}' (first at {dotted((*path, seen[key]))})"
                    )
                )
            else:
                seen[key] = index
    return problems


@dataclass
class Coverage:
    """How many texts exist in each language, out of how many."""

    total: int = 0
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LANGS, 0))

    def add(self, langs: Sequence[str]) -> None:
        """Count one text that exists in ``langs``."""
        self.total += 1
        for lang in langs:
            if lang in self.present:
                self.present[lang] += 1

    def percent(self, lang: str) -> float:
        """Share of texts that exist in ``lang``, 0–100."""
        return 100.0 if self.total == 0 else 100.0 * self.present[lang] / self.total


def check_translations(file: str, model: BaseModel, coverage: Coverage, strict: bool) -> list[Problem]:
    """Report texts missing a language (a warning, or an error when ``strict``)."""
    problems = []
    for path, value in walk(model):
        if isinstance(value, Text):
            coverage.add(list(value.root))
            missing = [lang for lang in LANGS if not value.has(lang)]
            if missing:
                problems.append(
                    Problem(
                        file,
                        dotted(path),
                        f"missing translation: {', '.join(missing)}",
                        "error" if strict else "warning",
                    )
                )
    return problems


def check_ui_catalogs(catalogs: Mapping[str, Mapping[str, str]], coverage: Coverage, strict: bool) -> list[Problem]:
    """UI catalogs: the keys of English everywhere, no others, and the same ``{placeholders}``."""
    problems = []
    reference = catalogs.get("en", {})
    for key, text in reference.items():
        coverage.add([lang for lang in LANGS if key in catalogs.get(lang, {})])
        wanted = set(PLACEHOLDER.findall(text))
        for lang in LANGS[1:]:
            other = catalogs.get(lang)
            if other is None:
                continue
            if key not in other:
                problems.append(
                    Problem(f"i18n/{lang}.yaml", key, "missing translation", "error" if strict else "warning")
                )
            elif set(PLACEHOLDER.findall(other[key])) != wanted:
                found = ", ".join(sorted(PLACEHOLDER.findall(other[key]))) or "none"
                problems.append(
                    Problem(
                        f"i18n/{lang}.yaml",
                        key,
                        f"placeholders differ from English: want {sorted(wanted)}, found {found}",
                    )
                )
    for lang, catalog in catalogs.items():
        for key in sorted(set(catalog) - set(reference)):
            problems.append(Problem(f"i18n/{lang}.yaml", key, "unknown key (not in i18n/en.yaml)"))
    return problems
