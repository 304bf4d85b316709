"""The inclusive-wording check: planted problems are found in every language, clean text passes."""

from __future__ import annotations

import unicodedata

import pytest

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.jobad import compose, default_input, plain_text
from kamcareer.languages import LANGS
from kamcareer.wording import MASCULINE_LEAN, TITLE_FORM, WordingChecker, report_lines, segments
from tests.conftest import ROLE_FILES

ROLE_IDS = [path.stem for path in ROLE_FILES]

#: Per language: a job ad with problems planted, and each (kind, words) the check must report.
PLANTED: dict[str, tuple[str, set[tuple[str, str]]]] = {
    "en": (
        "Salesman wanted\nHe visits customers and his targets are high. Male candidates only.",
        {
            ("gendered-noun", "Salesman"),
            ("pronoun", "He"),
            ("pronoun", "his"),
            ("gender-requirement", "Male candidates only"),
        },
    ),
    "de": (
        "Vertriebsmitarbeiter\nEr betreut Kunden. Wir suchen einen erfahrenen Verkäufer.",
        {(TITLE_FORM, "Vertriebsmitarbeiter"), ("pronoun", "Er"), ("masculine-noun", "Verkäufer")},
    ),
    "es": (
        "Buscamos vendedor con experiencia. El gerente de cuentas informa a la dirección y ella decide.",
        {("masculine-noun", "vendedor"), ("masculine-article", "El gerente"), ("pronoun", "ella")},
    ),
    "hi": (
        "हमें सेल्समैन चाहिए। वह ग्राहकों से नियमित रूप से मिलता है। केवल पुरुष उम्मीदवार आवेदन करें।",
        {
            ("gendered-noun", "सेल्समैन"),
            ("gendered-verb", "वह ग्राहकों से नियमित रूप से मिलता है"),
            ("gender-requirement", "केवल पुरुष"),
        },
    ),
    "te": (
        "సేల్స్\u200cమ్యాన్ కావాలి. అతను కస్టమర్లను కలుస్తాడు. ఆమె నివేదికలు తయారు చేస్తుంది. పురుష అభ్యర్థులు మాత్రమే.",
        {
            ("gendered-noun", "సేల్స్\u200cమ్యాన్"),
            ("pronoun", "అతను"),
            ("gendered-verb", "కలుస్తాడు"),
            ("pronoun", "ఆమె"),
            ("gender-requirement", "పురుష అభ్యర్థులు"),
        },
    ),
    "id": (
        "Dicari Sales: Pria, maksimal 30 tahun, berpenampilan menarik.",
        {("gender-requirement", "Pria"), ("appearance", "berpenampilan menarik")},
    ),
}


@pytest.fixture(scope="module")
def checker(catalog: Catalog) -> WordingChecker:
    assert catalog.wording is not None, "content/wording.yaml did not load"
    return WordingChecker(catalog.wording)


def found(checker: WordingChecker, text: str, lang: str) -> set[tuple[str, str]]:
    report = checker.check(text, lang)
    return {(f.kind, m.text) for f in report.findings for m in f.marks if f.kind != MASCULINE_LEAN}


@pytest.mark.parametrize("lang", LANGS)
def test_planted_problems_are_found_with_a_reason_and_an_alternative(
    checker: WordingChecker, catalog: Catalog, lang: str
) -> None:
    text, expected = PLANTED[lang]
    report = checker.check(text, lang)
    assert expected <= found(checker, text, lang)
    t = Translator(catalog.ui, lang)
    for finding in report.findings:
        assert finding.instead.strip()
        assert t.has(f"wording.why.{finding.kind}")
        for mark in finding.marks:
            assert report.text[mark.start : mark.end] == mark.text


@pytest.mark.parametrize("role_id", ROLE_IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_the_apps_own_job_ads_have_no_findings(
    checker: WordingChecker, catalog: Catalog, role_id: str, lang: str
) -> None:
    for seniority in ("junior", "mid", "senior"):
        inp = default_input(catalog, role_id, lang).model_copy(update={"seniority": seniority, "company": "Acme"})
        report = checker.check(plain_text(compose(catalog, inp)), lang)
        assert report.findings == (), [(f.kind, [m.text for m in f.marks]) for f in report.findings]


@pytest.mark.parametrize("lang", LANGS)
def test_an_equal_opportunity_statement_is_not_a_finding(checker: WordingChecker, catalog: Catalog, lang: str) -> None:
    statement = Translator(catalog.ui, lang)("jobad.equal")
    assert checker.check(statement, lang).findings == ()


def test_equal_opportunity_sentences_are_exempt_but_the_rest_is_checked(checker: WordingChecker) -> None:
    text = "We welcome applications from everyone, regardless of gender; men and women alike. He reports to the CEO."
    assert found(checker, text, "en") == {("pronoun", "He")}
    assert found(checker, "Kami memberi kesempatan yang sama bagi pria dan wanita.", "id") == set()


def test_inclusive_forms_pass(checker: WordingChecker) -> None:
    assert found(checker, "Key Account Manager (m/w/d)\nSie betreuen Kund:innen.", "de") == set()
    assert found(checker, "Vertriebsmitarbeiter:in\nMitarbeitende und Bewerber:innen willkommen.", "de") == set()
    assert found(checker, "Buscamos vendedor/a. El/la gerente informa a candidatos/as.", "es") == set()
    assert found(checker, "వారు కస్టమర్లను కలుస్తారు.", "te") == set()
    assert found(checker, "वे ग्राहकों से नियमित रूप से मिलते हैं।", "hi") == set()
    assert found(checker, "They visit customers. The salesperson reports to the sales manager.", "en") == set()


def test_masculine_lean_lists_each_word_with_an_alternative(checker: WordingChecker) -> None:
    text = "We want a decisive, competitive, self-confident leader who is assertive and dominant."
    report = checker.check(text, "en")
    lean = [f for f in report.findings if f.kind == MASCULINE_LEAN]
    assert len(lean) == 1
    assert {m.text for m in lean[0].marks} == {
        "decisive",
        "competitive",
        "self-confident",
        "leader",
        "assertive",
        "dominant",
    }
    assert all(m.instead for m in lean[0].marks)
    assert report.verdict == "masculine"


def test_a_balanced_text_is_no_finding_but_its_words_are_marked(checker: WordingChecker) -> None:
    report = checker.check("You lead a supportive team and analyse trends together with loyal customers.", "en")
    assert report.findings == ()
    assert (report.masculine, report.feminine) == (2, 3)
    assert report.verdict == "feminine"


def test_sales_leads_are_not_leadership(checker: WordingChecker) -> None:
    assert checker.check("Follow up sales leads from marketing.", "en").masculine == 0


def test_coded_word_lists_apply_to_english_only(checker: WordingChecker) -> None:
    report = checker.check("Un análisis individual y competitivo.", "es")
    assert (report.masculine, report.feminine) == (0, 0)


def test_decomposed_unicode_and_joiners_are_handled(checker: WordingChecker) -> None:
    # The same Telugu word typed with and without a zero-width non-joiner, and Spanish in NFD.
    assert ("gendered-noun", "సేల్స్ మ్యాన్") in found(checker, "సేల్స్ మ్యాన్ కావాలి.", "te")
    nfd = unicodedata.normalize("NFD", "Trabaja con él.")
    assert {kind for kind, _ in found(checker, nfd, "es")} == {"pronoun"}


def test_words_inside_longer_words_are_not_flagged(checker: WordingChecker) -> None:
    # "he" in "the", "er" in "Verkauf", "pria" in "Priangan": whole words only, in every script.
    assert found(checker, "The chemistry of the theme.", "en") == set()
    assert found(checker, "Verkauf und Beratung im Vertriebsteam.", "de") == set()
    assert found(checker, "Kantor kami di Priangan.", "id") == set()


@pytest.mark.parametrize("lang", LANGS)
def test_report_text_and_segments_cover_the_whole_text(checker: WordingChecker, catalog: Catalog, lang: str) -> None:
    text = PLANTED[lang][0]
    report = checker.check(text, lang)
    assert "".join(piece for piece, _ in segments(report)) == report.text
    lines = report_lines(report, Translator(catalog.ui, lang))
    assert lines[0] == Translator(catalog.ui, lang).count("wording.found", len(report.findings))
    assert Translator(catalog.ui, lang)("wording.evidence") in lines
