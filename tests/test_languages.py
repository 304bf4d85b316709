"""Six languages: every text exists in each, is really translated, and is in the right script."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import pytest

from kamcareer.catalog import Catalog
from kamcareer.languages import LANGS, NATIVE_NAMES
from kamcareer.models import Text
from kamcareer.validation import walk
from tests.conftest import CONTENT

OTHER_LANGS = [lang for lang in LANGS if lang != "en"]
CONTENT_FILES = sorted(p.relative_to(CONTENT).as_posix() for p in CONTENT.rglob("*.yaml") if "i18n" not in p.parts)

#: Texts that may read exactly as in English: proper names and loanwords the language uses as they are.
SAME_AS_ENGLISH: dict[str, set[str]] = {
    "kamcareer": set(OTHER_LANGS),
    "Account Manager": {"de"},
    "Key Account Manager": {"de", "id"},
    "Marketing": {"de", "es"},
    "Bonus": {"de", "id"},
    "nominal": {"de", "es", "id"},
    "Total": {"de", "es", "id"},
    # File formats are product names; the job title alone needs no words around it.
    "Markdown": set(OTHER_LANGS),
    "HTML": set(OTHER_LANGS),
    "Word (DOCX)": set(OTHER_LANGS),
    "{title}": {"es", "hi", "te", "id"},
    "Junior": {"de", "id"},
    # Periods of the key account management guide, written with digits in every language.
    "1950–1970": set(OTHER_LANGS),
    "1970–1990": set(OTHER_LANGS),
    "1999": set(OTHER_LANGS),
    "Senior": {"de", "id"},
}
SCRIPTS = {"hi": "DEVANAGARI", "te": "TELUGU"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
#: Names of people, products and journals stay in Latin letters in every script.
PROPER_NAMES = re.compile(r"Webster|Millman|Milman|Wilson|Bensaou|De Blick|kamcareer|Sloan Management Review|4S")


def texts_of(catalog: Catalog, rel: str) -> Iterator[tuple[str, Text]]:
    """Every Text in one content file, with its field path."""
    if rel.startswith("roles/"):
        models = [catalog.roles[rel.removeprefix("roles/").removesuffix(".yaml")]]
    else:
        attr = rel.removesuffix(".yaml")
        models = list(getattr(catalog, attr).values()) if isinstance(getattr(catalog, attr), dict) else []
        models += list(getattr(catalog, attr)) if isinstance(getattr(catalog, attr), tuple) else []
        # Single-model files (prices, the questionnaire, the guide) are walked whole.
        if attr in ("prices", "fit", "guide") and getattr(catalog, attr) is not None:
            models = [getattr(catalog, attr)]
    for model in models:
        for path, value in walk(model):
            if isinstance(value, Text):
                yield ".".join(map(str, path)), value


def all_texts(catalog: Catalog) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(file, field, {lang: text}) for content and UI strings alike."""
    for rel in CONTENT_FILES:
        for field, text in texts_of(catalog, rel):
            yield rel, field, text.root
    for key in catalog.ui["en"]:
        yield "i18n", key, {lang: catalog.ui[lang][key] for lang in LANGS if key in catalog.ui.get(lang, {})}


@pytest.mark.parametrize("lang", OTHER_LANGS)
@pytest.mark.parametrize("rel", [*CONTENT_FILES, "i18n"])
def test_every_text_exists_in_every_language(catalog: Catalog, rel: str, lang: str) -> None:
    found = [(f, texts) for r, f, texts in all_texts(catalog) if r == rel]
    # prices.yaml holds numbers; wording.yaml holds per-language rules, checked in test_wording.py.
    assert found or rel in ("prices.yaml", "wording.yaml"), f"no texts found in {rel}: the test would prove nothing"
    missing = [field for field, texts in found if not texts.get(lang)]
    assert missing == []


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_texts_are_translated_not_copied(catalog: Catalog, lang: str) -> None:
    copied = [
        f"{rel}: {field}: {texts['en']!r}"
        for rel, field, texts in all_texts(catalog)
        if texts.get(lang) == texts["en"] and lang not in SAME_AS_ENGLISH.get(texts["en"], set())
    ]
    assert copied == []


@pytest.mark.parametrize("lang", list(SCRIPTS))
def test_texts_are_written_in_the_languages_script(catalog: Catalog, lang: str) -> None:
    """Hindi in Devanagari, Telugu in Telugu script (brand names and codes may stay Latin)."""
    wrong = []
    for rel, field, texts in all_texts(catalog):
        text = texts[lang]
        if text in SAME_AS_ENGLISH:
            continue
        letters = [c for c in PROPER_NAMES.sub("", PLACEHOLDER.sub("", text)) if c.isalpha()]
        native = [c for c in letters if SCRIPTS[lang] in unicodedata.name(c, "")]
        if letters and len(native) < 0.5 * len(letters):
            wrong.append(f"{rel}: {field}: {text[:50]!r}")
    assert wrong == []


@pytest.mark.parametrize("lang", LANGS)
def test_language_names_itself(lang: str) -> None:
    name = NATIVE_NAMES[lang]
    if lang in SCRIPTS:
        assert all(SCRIPTS[lang] in unicodedata.name(c, "") for c in name if c.isalpha())
    assert name and name != lang


def test_no_gendered_pronouns_for_the_job_holder(catalog: Catalog) -> None:
    """The Telugu and English seeds alternate he/she; our texts must not."""
    gendered = {
        "en": r"\b(he|she|his|her|him)\b",
        "te": r"(అతను|ఆమె|అతడు)",
        "de": r"\b(er|sie) (ist|hat|muss|soll)\b",
        "id": r"\b(pria|wanita)\b",
    }
    found = [
        f"{lang}: {rel}: {field}"
        for rel, field, texts in all_texts(catalog)
        for lang, pattern in gendered.items()
        if re.search(pattern, texts.get(lang, ""), flags=re.IGNORECASE if lang == "en" else 0)
    ]
    assert found == []
