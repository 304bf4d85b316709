"""UI strings: every key the code asks for exists, in every family of keys the content can produce."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from kamcareer import models
from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS
from kamcareer.ui import PAGES
from tests.conftest import ROOT

CODE = sorted([*ROOT.glob("pages/*.py"), *ROOT.glob("kamcareer/*.py"), ROOT / "app.py"])
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z_][a-z0-9_.-]*)["']""")
COUNT_KEY = re.compile(r"""\bt\.count\(\s*["']([a-z_][a-z0-9_.-]*)["']""")


def _literal_args(annotation: object) -> tuple[str, ...]:
    return typing.get_args(annotation)


# Keys built at run time from content values: f"travel.{level}" and the like.
FAMILIES = {
    "travel": _literal_args(models.Travel),
    "level": _literal_args(models.Level),
    "importance": _literal_args(models.Importance),
    "confidence": _literal_args(models.Confidence),
    "education": _literal_args(models.Education.model_fields["level"].annotation),
    "kind": _literal_args(models.Source.model_fields["kind"].annotation),
    "relation": _literal_args(models.Relation.model_fields["kind"].annotation),
    "nav": tuple(PAGES),
    "pay.component": _literal_args(models.PayFigure.model_fields["component"].annotation),
    "outlook.kind": _literal_args(models.OutlookFigure.model_fields["kind"].annotation),
}


@pytest.mark.parametrize("path", CODE, ids=lambda p: str(p.relative_to(ROOT)))
def test_literal_keys_exist(catalog: Catalog, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    missing = [key for key in LITERAL_KEY.findall(text) if key not in catalog.ui["en"]]
    missing += [f"{key}.{form}" for key in COUNT_KEY.findall(text) for form in ("one", "other")
                if f"{key}.{form}" not in catalog.ui["en"]]  # fmt: skip
    assert missing == []


@pytest.mark.parametrize("family", list(FAMILIES))
def test_key_families_are_complete(catalog: Catalog, family: str) -> None:
    missing = [f"{family}.{value}" for value in FAMILIES[family] if f"{family}.{value}" not in catalog.ui["en"]]
    assert missing == []


@pytest.mark.parametrize("lang", LANGS)
def test_translator_falls_back_to_english_then_key(catalog: Catalog, lang: str) -> None:
    t = Translator(catalog.ui, lang)
    assert t("home.title")  # never empty
    assert t("no.such.key") == "no.such.key"
    assert t.count("home.duty_count", 3).count("3") == 1


def test_the_key_scan_finds_keys() -> None:
    """Guards the test above: the pattern must really find the keys the pages use."""
    found = {key for path in CODE for key in LITERAL_KEY.findall(path.read_text(encoding="utf-8"))}
    assert {"home.title", "sources.title", "role.duties", "app.language"} <= found


@pytest.mark.parametrize(("lang", "expected"), [("en", "1,234"), ("de", "1.234"), ("hi", "1,234"), ("id", "1.234")])
def test_numbers_in_ui_strings_follow_the_locale(catalog: Catalog, lang: str, expected: str) -> None:
    assert expected in Translator(catalog.ui, lang).count("sources.count", 1234)
    assert "12,34,567" in Translator(catalog.ui, "hi").count("sources.count", 1234567)


@pytest.mark.parametrize(
    ("lang", "count", "form"),
    [
        ("en", 1, "one"),
        ("en", 2, "other"),
        ("hi", 0, "one"),
        ("de", 1, "one"),
        ("id", 1, "other"),
        ("es", 1_000_000, "other"),
    ],
)
def test_counted_phrases_take_the_languages_plural_form(catalog: Catalog, lang: str, count: int, form: str) -> None:
    t = Translator(catalog.ui, lang)
    expected = t(f"home.skill_count.{form}", count=count)
    assert t.count("home.skill_count", count) == expected
