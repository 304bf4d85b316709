"""Locale formatting of numbers, money, percentages and years with Babel."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_skeleton
from babel.numbers import format_currency, format_decimal, format_percent

from kamcareer.languages import LOCALES, normalize_lang


@lru_cache(maxsize=16)
def _money_pattern(lang: str) -> str:
    """The locale's currency pattern without decimals: pay is quoted in whole dollars."""
    pattern = Locale.parse(LOCALES[lang]).currency_formats["standard"].pattern
    # Some locales list a positive;negative pair; the positive half is enough here.
    return pattern.split(";")[0].replace(".00", "")


def number(value: float, lang: str, digits: int = 0) -> str:
    """A number grouped for the locale: 12,34,567 in Hindi, 1.234.567 in German."""
    lang = normalize_lang(lang)
    # The locale's own pattern keeps its grouping (Indian 12,34,567); rounding fixes the decimals.
    rounded = round(value, digits)
    return (
        format_decimal(rounded, locale=LOCALES[lang], decimal_quantization=False)
        if digits
        else format_decimal(int(rounded), locale=LOCALES[lang])
    )


def money(value: float, lang: str, currency: str = "USD", cents: bool = False) -> str:
    """An amount with its currency sign, in whole units unless ``cents``."""
    lang = normalize_lang(lang)
    if cents:
        return format_currency(value, currency, locale=LOCALES[lang])
    return format_currency(value, currency, format=_money_pattern(lang), locale=LOCALES[lang], currency_digits=False)


def percent(value: float, lang: str, signed: bool = False) -> str:
    """A percentage given in percent points (13 → "13 %" in German); ``signed`` adds "+"."""
    lang = normalize_lang(lang)
    text = format_percent(value / 100, locale=LOCALES[lang])
    return ("+" + text) if signed and value > 0 else text


def money_range(low: float, high: float, lang: str, currency: str = "USD") -> str:
    """An amount range such as "$51,933 – $94,871"."""
    return f"{money(low, lang, currency)} – {money(high, lang, currency)}"


def month_year(year: int, month: int | None, lang: str) -> str:
    """ "May 2023" in the page language, or just the year when the month is unknown."""
    lang = normalize_lang(lang)
    if month is None:
        return str(year)
    return format_skeleton("yMMMM", date(year, month, 1), locale=LOCALES[lang])


def year_span(start: float, end: float) -> str:
    """A period of years such as "2023–2033" (years are never grouped: 2,023 would be wrong)."""
    return f"{int(start)}–{int(end)}"


@lru_cache(maxsize=64)
def language_name(code: str, lang: str) -> str:
    """The name of language ``code`` in the page language ("Telugu" in English, "Telugu" in German …)."""
    name = Locale.parse(LOCALES[normalize_lang(lang)]).languages.get(code, code)
    return name[:1].upper() + name[1:]
