"""The content schema: pydantic models for every file in ``content/``.

Models check the shape of one file. Checks that need several files (unknown
ids, duplicates across files, missing translations) live in ``validation.py``.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StringConstraints,
    field_validator,
    model_validator,
)

from kamcareer.languages import LANGS

#: Longest text a single language may hold; longer is a content mistake.
MAX_TEXT = 3000

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=80)]
SourceRefs = Annotated[list[Id], Field(min_length=1, max_length=20)]
Confidence = Literal["official", "secondary", "as-cited"]
Importance = Literal["essential", "important", "useful"]
Level = Literal["none", "low", "medium", "high"]
#: Travel as the sources describe it; "not-stated" when none of them says.
Travel = Literal["none", "low", "medium", "high", "not-stated"]

#: Numeric weight of each importance and level, for sorting and heatmaps.
IMPORTANCE_RANK: dict[str, int] = {"essential": 3, "important": 2, "useful": 1}
LEVEL_RANK: dict[str, int] = {"none": 0, "low": 1, "medium": 2, "high": 3}


class Strict(BaseModel):
    """Base for content models: unknown fields are errors, instances are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Text(RootModel[dict[str, str]]):
    """A text in several languages: ``{en: ..., de: ...}``; English is required."""

    model_config = ConfigDict(frozen=True)

    @field_validator("root")
    @classmethod
    def _check(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(LANGS))
        if unknown:
            raise ValueError(f"unknown language code(s) {', '.join(unknown)}; use {', '.join(LANGS)}")
        if "en" not in value:
            raise ValueError("English text (en) is required")
        cleaned = {}
        for lang, raw in value.items():
            text = raw.strip()
            if not text:
                raise ValueError(f"text for '{lang}' is empty")
            if len(text) > MAX_TEXT:
                raise ValueError(f"text for '{lang}' is {len(text)} characters long; the limit is {MAX_TEXT}")
            cleaned[lang] = text
        return cleaned

    def get(self, lang: str) -> str:
        """The text in ``lang``, or the English text when that language is missing."""
        return self.root.get(lang) or self.root["en"]

    def has(self, lang: str) -> bool:
        """Whether the text exists in ``lang`` (without falling back)."""
        return lang in self.root


class Range(Strict):
    """A closed range of numbers, low <= high, neither negative."""

    low: float = Field(ge=0)
    high: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low > self.high:
            raise ValueError(f"low ({self.low:g}) is greater than high ({self.high:g})")
        return self


# ---------------------------------------------------------------- sources.yaml


class Source(Strict):
    """One entry of the bibliography."""

    id: Id
    kind: Literal[
        "seed-article",
        "salary-survey",
        "official-statistics",
        "occupation-database",
        "job-description",
        "research",
        "price-index",
    ]
    #: What the source is, in the reader's language (shown as its name in lists and footnotes).
    name: Text
    #: The title as published, in its own language (a bibliographic fact, never translated);
    #: absent when the citing article does not give it.
    title: str | None = Field(default=None, min_length=1, max_length=300)
    #: The publisher's proper name; absent when nobody is named.
    publisher: str | None = Field(default=None, min_length=1, max_length=200)
    year: int | None = Field(default=None, ge=1900, le=2100)
    url: str | None = Field(default=None, max_length=500, pattern=r"^https://")
    #: Language the source is written in.
    language: Literal["en", "es", "hi", "te", "id", "de"]
    #: File name in ``../shared/seeds/`` for the seed articles.
    file: str | None = Field(default=None, pattern=r"^[0-9]{3}_[0-9a-f]{16}\.txt$")
    confidence: Confidence
    #: What this source is and what the app takes from it.
    about: Text


class SourcesFile(Strict):
    """``content/sources.yaml``."""

    sources: list[Source] = Field(min_length=1)


# ----------------------------------------------------------------- skills.yaml


class Skill(Strict):
    """One skill of the shared taxonomy."""

    id: Id
    group: Literal["commercial", "relationship", "analytical", "organisational", "personal", "technical"]
    name: Text
    description: Text


class SkillsFile(Strict):
    """``content/skills.yaml``."""

    skills: list[Skill] = Field(min_length=1)


# ------------------------------------------------------------ duty_areas.yaml


class DutyArea(Strict):
    """An area of work shared across roles, so duties can be compared role by role."""

    id: Id
    name: Text


class DutyAreasFile(Strict):
    """``content/duty_areas.yaml``."""

    duty_areas: list[DutyArea] = Field(min_length=1)


# ------------------------------------------------------------- dimensions.yaml


class Dimension(Strict):
    """A dimension along which roles differ (the Hindi article's comparison)."""

    id: Id
    name: Text
    question: Text
    sources: SourceRefs


class DimensionsFile(Strict):
    """``content/dimensions.yaml``."""

    dimensions: list[Dimension] = Field(min_length=1)


# ------------------------------------------------------------ occupations.yaml


class Occupation(Strict):
    """An official occupation (US SOC) that pay and outlook figures refer to."""

    id: Id
    soc: str = Field(pattern=r"^[0-9]{2}-[0-9]{4}$")
    name: Text
    sources: SourceRefs


class OccupationsFile(Strict):
    """``content/occupations.yaml``."""

    occupations: list[Occupation] = Field(min_length=1)


# --------------------------------------------------------- roles/<role-id>.yaml


class Item(Strict):
    """A cited text: a duty, a training item, an industry …"""

    id: Id
    text: Text
    sources: SourceRefs


class DutyGroup(Strict):
    """Duties that belong together, under a heading a reader understands."""

    id: Id
    #: The shared area of work this group belongs to (``duty_areas.yaml``).
    area: Id
    title: Text
    duties: list[Item] = Field(min_length=1)


class RoleSkill(Strict):
    """A skill of the taxonomy as this role needs it."""

    skill: Id
    importance: Importance
    sources: SourceRefs


class Education(Strict):
    """Formal education the role asks for."""

    #: "not-stated" when no source names an education requirement (not the same as "none").
    level: Literal["associate", "bachelor", "master", "none", "not-stated"]
    typical: bool
    text: Text
    sources: SourceRefs


class Experience(Strict):
    """Work experience employers look for."""

    years: Range | None = None
    text: Text
    sources: SourceRefs


class Environment(Strict):
    """Where and how the work happens."""

    travel: Travel
    travel_text: Text
    travel_sources: SourceRefs
    reporting: list[Item] = Field(min_length=1)
    industries: list[Item] = Field(min_length=1)
    compensation: list[Item] = Field(default_factory=list)


class DimensionPosition(Strict):
    """Where a role stands on one comparison dimension."""

    dimension: Id
    level: Level
    text: Text
    sources: SourceRefs


class Relation(Strict):
    """How this role relates to another role, in the content or outside it."""

    kind: Literal["next-step", "previous-step", "reports-to", "receives-clients-from", "works-with", "same-title-as"]
    #: A role in ``content/roles`` …
    role: Id | None = None
    #: … or a position we do not profile (account director, business development executive).
    position: Text | None = None
    text: Text
    sources: SourceRefs

    @model_validator(mode="after")
    def _one_target(self) -> Relation:
        if (self.role is None) == (self.position is None):
            raise ValueError("give exactly one of 'role' (a role id) or 'position' (a title)")
        return self


class OfficialMatch(Strict):
    """The official occupation used for this role's official figures."""

    occupation: Id
    match: Literal["exact", "approximate"]
    note: Text
    sources: SourceRefs


class Role(Strict):
    """``content/roles/<id>.yaml``: everything about one role."""

    id: Id
    title: Text
    #: Other titles used for the same job, e.g. "account executive".
    also_called: list[Text] = Field(default_factory=list)
    summary: Text
    summary_sources: SourceRefs
    duty_groups: list[DutyGroup] = Field(min_length=1)
    skills: list[RoleSkill] = Field(min_length=1)
    education: list[Education] = Field(min_length=1)
    experience: Experience
    training: list[Item] = Field(default_factory=list)
    environment: Environment
    dimensions: list[DimensionPosition] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    official_occupation: OfficialMatch | None = None


# ------------------------------------------------------- pay.yaml, outlook.yaml


class Subject(Strict):
    """What a figure is about: one of our roles or an official occupation."""

    role: Id | None = None
    occupation: Id | None = None

    @model_validator(mode="after")
    def _one(self) -> Subject:
        if (self.role is None) == (self.occupation is None):
            raise ValueError("give exactly one of 'role' or 'occupation'")
        return self


class PayFigure(Strict):
    """One pay figure: a range (low-high) or a single value, in a currency, for a year."""

    id: Id
    subject: Subject
    component: Literal["base", "bonus", "profit-sharing", "commission", "total", "median", "p10", "p25", "p75", "p90"]
    range: Range | None = None
    value: float | None = Field(default=None, ge=0)
    currency: Literal["USD"] = "USD"
    period: Literal["year", "hour"] = "year"
    year: int = Field(ge=1900, le=2100)
    #: For dated survey months such as "May 2023".
    month: int | None = Field(default=None, ge=1, le=12)
    #: Year only known roughly (an undated copy of a page).
    undated: bool = False
    source: Id
    note: Text | None = None

    @model_validator(mode="after")
    def _range_or_value(self) -> PayFigure:
        if (self.range is None) == (self.value is None):
            raise ValueError("give exactly one of 'range' (low/high) or 'value'")
        return self


class OutlookFigure(Strict):
    """One outlook figure: projected growth, employment, openings, or a share."""

    id: Id
    subject: Subject | None = None
    kind: Literal["projected-growth", "projected-change-jobs", "employment", "openings-per-year", "key-account-share"]
    value: float
    unit: Literal["percent", "jobs"]
    #: Projection period (start, end) or the year a count or share refers to.
    period: Range | None = None
    year: int | None = Field(default=None, ge=1900, le=2100)
    #: The source gives no year ("currently").
    year_text: Text | None = None
    #: The publisher's own wording of the trend, e.g. "faster than average".
    wording: Text | None = None
    source: Id
    note: Text | None = None

    @model_validator(mode="after")
    def _when(self) -> OutlookFigure:
        if self.period is None and self.year is None and self.year_text is None:
            raise ValueError("give 'period', 'year' or 'year_text': every figure needs its time")
        if self.kind == "projected-growth" and self.period is None:
            raise ValueError("a projected growth needs its 'period' (low: first year, high: last year)")
        return self


class PayFile(Strict):
    """``content/pay.yaml``."""

    pay: list[PayFigure] = Field(min_length=1)


class OutlookFile(Strict):
    """``content/outlook.yaml``."""

    outlook: list[OutlookFigure] = Field(min_length=1)


class PriceIndex(Strict):
    """An annual consumer-price index value (CPI-U) for constant-dollar conversion."""

    year: int = Field(ge=1900, le=2100)
    value: float = Field(gt=0)


class PricesFile(Strict):
    """``content/prices.yaml``: CPI-U annual averages."""

    series: str
    source: Id
    index: list[PriceIndex] = Field(min_length=2)


# ------------------------------------------------------------------ wording.yaml


#: One letter of any script the app writes: ``\w`` misses Indic vowel signs and viramas
#: (Unicode marks), which would split Hindi and Telugu words; ZWNJ/ZWJ join Telugu clusters.
#: The Devanagari block minus its full stops (danda U+0964, double danda U+0965).
LETTER = r"[\w\u0900-\u0963\u0966-\u097F\u0C00-\u0C7F\u200c\u200d]"


def expand(pattern: str) -> str:
    """A content pattern as a regular expression: ``{w}`` becomes a letter of any script."""
    return pattern.replace("{w}", LETTER)


def _compiles(pattern: str) -> str:
    """Reject a pattern the wording check could not run, naming the regex error."""
    try:
        re.compile(expand(pattern))
    except re.error as exc:
        raise ValueError(f"not a valid regular expression: {exc}") from None
    return pattern


Pattern = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class WordingRule(Strict):
    """A word or form a job ad should avoid in one language, with a better choice."""

    id: Id
    kind: Literal[
        "pronoun",
        "gendered-noun",
        "gender-requirement",
        "appearance",
        "gendered-verb",
        "masculine-noun",
        "masculine-article",
    ]
    #: A regular expression matched case-insensitively as a whole word; ``{w}`` is any letter of any script.
    pattern: Pattern
    #: The suggestion, in the language of the text.
    instead: str = Field(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _valid(cls, value: str) -> str:
        return _compiles(value)


class TitleRule(Strict):
    """A job title (the first short line) must name all genders, e.g. German "(m/w/d)"."""

    #: The first line counts as a job title when it contains one of these words.
    words: Pattern
    #: Any of these shows the title already names all genders.
    markers: Pattern
    instead: str = Field(min_length=1)

    @field_validator("words", "markers")
    @classmethod
    def _valid(cls, value: str) -> str:
        return _compiles(value)


class LanguageWording(Strict):
    """One language's conventions: rules, the title rule, and phrases that mark an equal-opportunity statement."""

    #: A sentence with one of these phrases is an equal-opportunity statement and is never a finding.
    exempt: list[str] = Field(min_length=1)
    rules: list[WordingRule] = Field(min_length=1)
    title: TitleRule | None = None


class CodedWords(Strict):
    """Masculine- and feminine-coded English words (``stem*`` matches any ending).

    Masculine words carry a suggested alternative; feminine words need none, they are never a problem.
    """

    source: Id
    masculine: dict[str, str] = Field(min_length=1)
    feminine: list[str] = Field(min_length=1)
    #: Phrases whose words are not coded here, e.g. "sales leads" (prospects, not leadership).
    not_coded: list[str] = Field(default_factory=list)
    #: A text leans masculine when it has at least this many more masculine- than feminine-coded words.
    lean_threshold: int = Field(ge=1)

    @field_validator("masculine", "feminine")
    @classmethod
    def _words(cls, value: dict[str, str] | list[str]) -> dict[str, str] | list[str]:
        for word in value:
            if not re.fullmatch(r"[a-z][a-z-]*\*?", word):
                raise ValueError(f"'{word}': use lower-case letters, optionally ending in * for any ending")
        return value


class WordingFile(Strict):
    """``content/wording.yaml``: the inclusive-wording check's word lists and rules."""

    coded: CodedWords
    #: The research that puts the check in perspective (the evidence is mixed).
    evidence_source: Id
    languages: dict[Literal["en", "es", "hi", "te", "id", "de"], LanguageWording]

    @field_validator("languages")
    @classmethod
    def _all_languages(cls, value: dict[str, LanguageWording]) -> dict[str, LanguageWording]:
        missing = [lang for lang in LANGS if lang not in value]
        if missing:
            raise ValueError(f"rules missing for {', '.join(missing)}")
        return value


# ---------------------------------------------------------------------- fit.yaml


class Measure(Strict):
    """What of a role's content an answer points at: a dimension, a skill, or travel."""

    dimension: Id | None = None
    skill: Id | None = None
    travel: bool = False

    @model_validator(mode="after")
    def _one(self) -> Measure:
        if sum((self.dimension is not None, self.skill is not None, self.travel)) != 1:
            raise ValueError("give exactly one of 'dimension', 'skill' or 'travel: true'")
        return self


class FitAnswer(Strict):
    """One answer: its words, and the level of one measure it points to."""

    id: Id
    text: Text
    measure: Measure
    #: The level the answer asks for; for a skill: none = not listed, low = useful,
    #: medium = important, high = essential.
    target: Level


class FitQuestion(Strict):
    """One question of "Which role fits me?", weighted by how much it separates the roles."""

    id: Id
    text: Text
    weight: int = Field(ge=1, le=5)
    answers: list[FitAnswer] = Field(min_length=2, max_length=5)


class FitFile(Strict):
    """``content/fit.yaml``: the questionnaire and its weights."""

    questions: list[FitQuestion] = Field(min_length=5, max_length=20)

    @model_validator(mode="after")
    def _unique_answers(self) -> FitFile:
        # Answer ids go into shareable links on their own, so they must be unique across questions.
        seen: set[str] = set()
        for question in self.questions:
            for answer in question.answers:
                if answer.id in seen:
                    raise ValueError(f"answer id '{answer.id}' is used twice; answer ids must be unique in the file")
                seen.add(answer.id)
        return self


# -------------------------------------------------------------------- guide.yaml


class GuideParagraph(Strict):
    """A cited paragraph of the key account management guide."""

    text: Text
    sources: SourceRefs


class GuideEvent(Strict):
    """One step of a history, e.g. a classification model and its period."""

    id: Id
    period: Text
    name: Text
    text: Text
    sources: SourceRefs


class GuideSection(Strict):
    """A headed part of the guide."""

    id: Id
    title: Text
    paragraphs: list[GuideParagraph] = Field(min_length=1)
    #: A timeline: events in historical order, each with its period as the source gives it.
    timeline: list[GuideEvent] = Field(default_factory=list)
    #: A chart of figures from outlook.yaml shown with the section.
    chart: Literal["key-account-share"] | None = None


class GuideFile(Strict):
    """``content/guide.yaml``: the key account management guide."""

    title: Text
    intro: Text
    sections: list[GuideSection] = Field(min_length=1)
