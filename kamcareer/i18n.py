"""UI strings: one flat catalog per language, English as the fallback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kamcareer.languages import DEFAULT_LANG


class _Missing(dict[str, Any]):
    """Leaves an unknown ``{placeholder}`` as it is instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True)
class Translator:
    """Looks up UI strings in one language: language → English → the key itself."""

    catalogs: Mapping[str, Mapping[str, str]]
    lang: str

    def __call__(self, key: str, **values: Any) -> str:
        """The text for ``key`` with ``{placeholders}`` filled from ``values``."""
        text = self.catalogs.get(self.lang, {}).get(key)
        if text is None:
            text = self.catalogs.get(DEFAULT_LANG, {}).get(key, key)
        return text.format_map(_Missing(values)) if values else text

    def has(self, key: str) -> bool:
        """Whether ``key`` exists in this language without falling back."""
        return key in self.catalogs.get(self.lang, {})
