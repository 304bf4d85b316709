"""The six languages of kamcareer and their locales."""

from __future__ import annotations

from typing import Final

#: Language codes in menu order; English is the reference language.
LANGS: Final[tuple[str, ...]] = ("en", "es", "hi", "te", "id", "de")
DEFAULT_LANG: Final[str] = "en"

#: Each language named in itself, as the picker shows it.
NATIVE_NAMES: Final[dict[str, str]] = {
    "en": "English",
    "es": "Español",
    "hi": "हिन्दी",
    "te": "తెలుగు",
    "id": "Bahasa Indonesia",
    "de": "Deutsch",
}

#: Babel locale for each language (number grouping, currency, dates).
LOCALES: Final[dict[str, str]] = {
    "en": "en_US",
    "es": "es_ES",
    "hi": "hi_IN",
    "te": "te_IN",
    "id": "id_ID",
    "de": "de_DE",
}


def normalize_lang(value: object) -> str:
    """Return a supported language code for any input, English when unknown."""
    if isinstance(value, str):
        code = value.strip().lower()[:8]
        if code in LANGS:
            return code
    return DEFAULT_LANG
