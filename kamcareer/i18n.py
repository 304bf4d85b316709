"""UI strings: one flat catalog per language, English as the fallback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kamcareer.formatting import number
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
        if not values:
            return text
        # Numbers are grouped for the locale here, so no page can forget to (1,234 vs 1.234).
        shown = {
            key: number(value, self.lang) if isinstance(value, int | float) and not isinstance(value, bool) else value
            for key, value in values.items()
        }
        return text.format_map(_Missing(shown))

    def has(self, key: str) -> bool:
        """Whether ``key`` exists in this language without falling back."""
        return key in self.catalogs.get(self.lang, {})
