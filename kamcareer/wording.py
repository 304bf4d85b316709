"""The inclusive-wording check: coded words, gendered forms and each language's conventions."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from kamcareer.i18n import Translator
from kamcareer.models import LETTER, WordingFile, expand

#: Kinds of finding besides the rule kinds of ``wording.yaml``.
TITLE_FORM = "title-form"
MASCULINE_LEAN = "masculine-lean"
Verdict = Literal["masculine", "slightly-masculine", "feminine", "neutral"]

_ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# Sentences end at . ! ? and the Devanagari danda, or at a line break.
_SENTENCE = re.compile(r"[^\n.!?।]+[.!?।]*")


@dataclass(frozen=True)
class Mark:
    """A marked stretch of the text: a coded word or a rule's match."""

    start: int
    end: int
    text: str
    #: "masculine" or "feminine" for coded words, else the kind of finding.
    kind: str
    #: A better choice, in the text's language ("" for feminine-coded words).
    instead: str


@dataclass(frozen=True)
class Finding:
    """One problem worth fixing: what kind, which words, and what to write instead."""

    kind: str
    marks: tuple[Mark, ...]
    instead: str


@dataclass(frozen=True)
class Report:
    """The result of checking one text in one language."""

    lang: str
    #: The text as checked (Unicode NFC); mark offsets refer to it.
    text: str
    marks: tuple[Mark, ...]
    findings: tuple[Finding, ...]
    masculine: int
    feminine: int

    @property
    def verdict(self) -> Verdict:
        """Which way the coded words lean: masculine (a finding), slightly masculine, feminine, or neither."""
        if any(f.kind == MASCULINE_LEAN for f in self.findings):
            return "masculine"
        if self.masculine > self.feminine:
            return "slightly-masculine"
        if self.feminine > self.masculine:
            return "feminine"
        return "neutral"


def _whole_word(pattern: str) -> re.Pattern[str]:
    """A content pattern that matches only whole words, in any script, ignoring case."""
    return re.compile(rf"(?<!{LETTER})(?:{expand(pattern)})(?!{LETTER})", re.IGNORECASE)


def _phrase(text: str) -> re.Pattern[str]:
    """A literal phrase as a whole-word pattern."""
    return _whole_word(re.escape(text))


class WordingChecker:
    """Checks texts against ``wording.yaml``; build once, use for many texts."""

    def __init__(self, wording: WordingFile) -> None:
        self.wording = wording
        coded = wording.coded
        # Exact words and stems in dictionaries: a word is looked up once, and each of its
        # prefixes of a stem's length once, instead of being compared with every stem.
        self._exact: dict[str, tuple[str, str]] = {}
        self._stems: dict[str, tuple[str, str]] = {}
        for kind, words in (("feminine", dict.fromkeys(coded.feminine, "")), ("masculine", coded.masculine)):
            for word, alternative in words.items():
                target = self._stems if word.endswith("*") else self._exact
                target[word.rstrip("*")] = (kind, alternative)
        self._stem_lengths = sorted({len(stem) for stem in self._stems}, reverse=True)
        self._not_coded = [_phrase(p) for p in coded.not_coded]
        self._rules = {
            lang: [(rule, _whole_word(rule.pattern)) for rule in rules.rules]
            for lang, rules in wording.languages.items()
        }
        self._exempt = {lang: [p.casefold() for p in rules.exempt] for lang, rules in wording.languages.items()}

    def check(self, text: str, lang: str) -> Report:
        """Every mark and finding in ``text``, read as ``lang``; equal-opportunity sentences are left alone."""
        text = unicodedata.normalize("NFC", text)
        exempt = self._exempt_spans(text, lang)

        def free(start: int, end: int) -> bool:
            return not any(lo <= start and end <= hi for lo, hi in exempt)

        findings: list[Finding] = []
        title = self._title_finding(text, lang)
        taken: list[tuple[int, int]] = []
        if title is not None:
            findings.append(title)
            taken.append((title.marks[0].start, title.marks[0].end))

        rule_marks: list[Mark] = []
        for rule, pattern in self._rules.get(lang, []):
            for match in pattern.finditer(text):
                span = match.span()
                if not free(*span) or _overlaps(span, taken):
                    continue
                taken.append(span)
                rule_marks.append(Mark(span[0], span[1], match.group(), rule.kind, rule.instead))
        findings.extend(Finding(m.kind, (m,), m.instead) for m in sorted(rule_marks, key=lambda m: m.start))

        # The coded word lists are English: the study counted English words only.
        found = self._coded_marks(text) if lang == "en" else []
        coded = [m for m in found if free(m.start, m.end) and not _overlaps((m.start, m.end), taken)]
        masculine = [m for m in coded if m.kind == "masculine"]
        feminine = [m for m in coded if m.kind == "feminine"]
        if len(masculine) - len(feminine) >= self.wording.coded.lean_threshold:
            findings.append(Finding(MASCULINE_LEAN, tuple(masculine), ""))

        marks = sorted([*coded, *rule_marks, *(f.marks[0] for f in findings if f.kind == TITLE_FORM)], key=_start)
        return Report(lang, text, tuple(marks), tuple(findings), len(masculine), len(feminine))

    def _exempt_spans(self, text: str, lang: str) -> list[tuple[int, int]]:
        """Sentences that are equal-opportunity statements."""
        phrases = self._exempt.get(lang, [])
        return [m.span() for m in _SENTENCE.finditer(text) if any(p in m.group().casefold() for p in phrases)]

    def _coded_marks(self, text: str) -> list[Mark]:
        """Masculine- and feminine-coded English words (the word lists are English only)."""
        skip = [m.span() for pattern in self._not_coded for m in pattern.finditer(text)]
        marks = []
        for match in _ENGLISH_WORD.finditer(text):
            if _overlaps(match.span(), skip):
                continue
            # "decision-makers" counts as "decision*"; "well-connected" as its part "connected".
            candidates = [(match.start(), match.group())]
            if "-" in match.group():
                candidates += [(match.start() + p.start(), p.group()) for p in _LATIN_WORD.finditer(match.group())]
            for start, word in candidates:
                found = self._classify(word.lower())
                if found is not None:
                    marks.append(Mark(start, start + len(word), word, *found))
                    break
        return marks

    def _classify(self, word: str) -> tuple[str, str] | None:
        """("masculine", alternative), ("feminine", "") or None for one lower-case word."""
        if word in self._exact:
            return self._exact[word]
        # The longest matching stem decides ("self-confiden*" before any shorter stem).
        for length in self._stem_lengths:
            if len(word) >= length and word[:length] in self._stems:
                return self._stems[word[:length]]
        return None

    def _title_finding(self, text: str, lang: str) -> Finding | None:
        """A job title (the first short line) that names only one gender."""
        rule = self.wording.languages[lang].title if lang in self.wording.languages else None
        if rule is None:
            return None
        first = next((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), None)
        if first is None or len(first.group()) > 120 or first.group().rstrip().endswith((".", "!", "?")):
            return None
        line = first.group()
        job = _whole_word(rule.words).search(line)
        if job is None or _whole_word(rule.markers).search(line):
            return None
        start = first.start() + job.start()
        mark = Mark(start, start + len(job.group()), job.group(), TITLE_FORM, rule.instead)
        return Finding(TITLE_FORM, (mark,), rule.instead)


def _start(mark: Mark) -> int:
    return mark.start


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < hi and lo < span[1] for lo, hi in others)


def segments(report: Report) -> list[tuple[str, Mark | None]]:
    """The text cut into plain and marked pieces, in order, for display."""
    pieces: list[tuple[str, Mark | None]] = []
    at = 0
    for mark in report.marks:
        if mark.start < at:
            continue
        if mark.start > at:
            pieces.append((report.text[at : mark.start], None))
        pieces.append((report.text[mark.start : mark.end], mark))
        at = mark.end
    if at < len(report.text):
        pieces.append((report.text[at:], None))
    return pieces


def why(finding: Finding, report: Report, t: Translator) -> str:
    """Why a finding matters, in the reader's language."""
    return t(f"wording.why.{finding.kind}", masculine=report.masculine, feminine=report.feminine)


def verdict_lines(report: Report, t: Translator) -> list[str]:
    """The coded-word counts and lean (English), and what the research says about them."""
    if report.lang != "en":
        return [t("wording.verdict.not_english"), t("wording.evidence")]
    counts = t("wording.counts", masculine=report.masculine, feminine=report.feminine)
    return [f"{counts}. {t(f'wording.verdict.{report.verdict}')}", t("wording.evidence")]


def position(report: Report, offset: int) -> tuple[int, int]:
    """Line and column (both from 1) of an offset in the checked text."""
    before = report.text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def report_lines(report: Report, t: Translator) -> list[str]:
    """The report as text for a terminal: one block per finding, then the verdict."""
    lines = [t.count("wording.found", len(report.findings)) if report.findings else t("wording.none")]
    for finding in report.findings:
        line, col = position(report, finding.marks[0].start)
        words = ", ".join(f"“{m.text}”" for m in finding.marks)
        lines.append(f"{line}:{col}: {words}: {why(finding, report, t)}")
        if finding.instead:
            lines.append(f"    → {finding.instead}")
        for mark in finding.marks if finding.kind == MASCULINE_LEAN else ():
            lines.append(f"    {mark.text} → {mark.instead}")
    return [*lines, "", *verdict_lines(report, t)]
