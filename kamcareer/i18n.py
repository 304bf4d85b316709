"""UI strings: one flat catalog per language, English as the fallback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale

from kamcareer.formatting import number
from kamcareer.languages import DEFAULT_LANG, LOCALES


@lru_cache(maxsize=64)
def _plural_form(lang: str, count: int) -> str:
    return Locale.parse(LOCALES.get(lang, "en_US")).plural_form(count)


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

    def count(self, key: str, count: int, **values: Any) -> str:
        """A counted phrase with the plural form the language needs: ``key.one`` or ``key.other``.

        Languages with more forms (Spanish "many" for millions) fall back to ``other``.
        """
        form = _plural_form(self.lang, count)
        chosen = f"{key}.{form}" if f"{key}.{form}" in self.catalogs.get(self.lang, {}) else f"{key}.other"
        return self(chosen, count=count, **values)

    def has(self, key: str) -> bool:
        """Whether ``key`` exists in this language without falling back."""
        return key in self.catalogs.get(self.lang, {})
