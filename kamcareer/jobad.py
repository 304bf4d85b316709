"""Job ads composed from a role's content: the inputs, their defaults and the document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kamcareer.catalog import Catalog
from kamcareer.citations import publisher_label
from kamcareer.formatting import money, money_range
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS
from kamcareer.models import IMPORTANCE_RANK, PayFigure, Role, Travel
from kamcareer.pay import glance_figures, when_label
from kamcareer.prices import base_year, factor
from kamcareer.profiles import experience_label, typical_education

Seniority = Literal["junior", "mid", "senior"]
Variable = Literal["none", "commission", "bonus"]
SENIORITIES: tuple[Seniority, ...] = ("junior", "mid", "senior")
VARIABLES: tuple[Variable, ...] = ("commission", "bonus", "none")
CURRENCIES = ("USD", "EUR", "GBP", "INR", "IDR")
TRAVELS: tuple[Travel, ...] = ("none", "low", "medium", "high", "not-stated")
#: Longest free text accepted per field: a job ad, not a novel.
MAX_FIELD = 200
MAX_LONG_FIELD = 3000
Money = int | None


def duty_key(group_id: str, duty_id: str) -> str:
    """A duty's key, unique within its role: duty ids repeat across groups."""
    return f"{group_id}/{duty_id}"


class JobAdInput(BaseModel):
    """Everything the person chose for one job ad; free texts are kept exactly as typed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: str
    lang: Literal["en", "es", "hi", "te", "id", "de"]
    company: str = Field(default="", max_length=MAX_FIELD)
    location: str = Field(default="", max_length=MAX_FIELD)
    seniority: Seniority = "mid"
    duties: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    currency: Literal["USD", "EUR", "GBP", "INR", "IDR"] = "USD"
    base_low: Money = Field(default=None, ge=0)
    base_high: Money = Field(default=None, ge=0)
    variable: Variable = "none"
    variable_amount: Money = Field(default=None, ge=0)
    ote: Money = Field(default=None, ge=0)
    travel: Travel = "not-stated"
    #: What the company offers besides pay, one item per line.
    benefits: str = Field(default="", max_length=MAX_LONG_FIELD)
    apply: str = Field(default="", max_length=MAX_LONG_FIELD)

    @model_validator(mode="after")
    def _base_order(self) -> JobAdInput:
        if self.base_low is not None and self.base_high is not None and self.base_low > self.base_high:
            raise ValueError("the lowest base salary is above the highest")
        return self


@dataclass(frozen=True)
class PayDefaults:
    """Pay to prefill, from the role's own figures or its official occupation, in today's dollars."""

    base_low: Money
    base_high: Money
    variable: Variable
    variable_amount: Money
    ote: Money
    #: The figures used, for "prefilled from … (year)".
    basis: tuple[PayFigure, ...]
    #: The dollars of this year (consumer-price index), or None when left nominal.
    dollars_of: int | None


def _round(value: float) -> int:
    """Pay as people write it in an ad: to the nearest hundred dollars."""
    return int(round(value / 100.0) * 100)


def pay_defaults(catalog: Catalog, role_id: str) -> PayDefaults:
    """Base range, variable pay and on-target earnings suggested by the content's pay figures."""
    figures = [f for f, _ in glance_figures(catalog, role_id)]

    def scaled(figure: PayFigure, amount: float) -> int:
        f = None if figure.undated else factor(catalog.prices, figure.year)
        return _round(amount * (f or 1.0))

    own = {f.component: f for f in figures if f.subject.role == role_id and f.range is not None}
    basis: list[PayFigure] = []
    base_low = base_high = None
    if "base" in own:
        base = own["base"]
        base_low, base_high = scaled(base, base.range.low), scaled(base, base.range.high)  # type: ignore[union-attr]
        basis.append(base)
    else:
        official = {f.component: f for f in figures if f.subject.occupation is not None and f.value is not None}
        low = official.get("p25") or official.get("median")
        high = official.get("p75") or official.get("median")
        if low is not None and high is not None:
            base_low, base_high = scaled(low, low.value or 0), scaled(high, high.value or 0)
            basis.extend([low] if low is high else [low, high])
    variable: Variable = "none"
    variable_amount = ote = None
    for component in ("commission", "bonus"):
        if component in own:
            fig = own[component]
            variable, variable_amount = component, scaled(fig, fig.range.high)  # type: ignore[assignment,union-attr]
            basis.append(fig)
            if base_low is not None and base_high is not None:
                # On-target earnings: the middle of the base range plus the middle of the variable range.
                ote = _round((base_low + base_high) / 2 + scaled(fig, (fig.range.low + fig.range.high) / 2))  # type: ignore[union-attr]
            break
    converted = any(not f.undated and factor(catalog.prices, f.year) is not None for f in basis)
    return PayDefaults(
        base_low,
        base_high,
        variable,
        variable_amount,
        ote,
        tuple(basis),
        base_year(catalog.prices) if converted else None,
    )


def pay_basis_note(catalog: Catalog, pay: PayDefaults, t: Translator) -> str:
    """Where the prefilled pay comes from: each source with its date, and the dollars it is in."""
    if not pay.basis:
        return t("jobad.form.pay_none")
    sources = ", ".join(
        dict.fromkeys(f"{publisher_label(catalog.sources[f.source], t)} ({when_label(f, t)})" for f in pay.basis)
    )
    key = "jobad.form.pay_basis" if pay.dollars_of else "jobad.form.pay_basis_nominal"
    return t(key, sources=sources, year=str(pay.dollars_of))


def default_input(catalog: Catalog, role_id: str, lang: str) -> JobAdInput:
    """A complete ad for ``role_id``: every duty and skill, prefilled pay, the role's travel."""
    role = catalog.roles[role_id]
    pay = pay_defaults(catalog, role_id)
    return JobAdInput(
        role=role_id,
        lang=lang if lang in LANGS else "en",  # type: ignore[arg-type]
        duties=tuple(duty_key(g.id, d.id) for g in role.duty_groups for d in g.duties),
        skills=tuple(s.skill for s in role.skills),
        base_low=pay.base_low,
        base_high=pay.base_high,
        variable=pay.variable,
        variable_amount=pay.variable_amount,
        ote=pay.ote,
        travel=role.environment.travel,
    )


# ------------------------------------------------------------------- the document


@dataclass(frozen=True)
class Block:
    """Paragraphs and a bulleted list, optionally under a sub-heading."""

    heading: str = ""
    paragraphs: tuple[str, ...] = ()
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """One headed part of the ad: about the role, responsibilities, …"""

    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class JobAd:
    """A job ad in one language, ready to render in any format."""

    lang: str
    title: str
    #: "Company · Location", or "" when neither was given.
    subtitle: str
    sections: tuple[Section, ...]


def _intro(t: Translator, company: str, location: str, title: str) -> str:
    """The opening sentence, with whichever of company and location the person gave."""
    key = "jobad.intro." + ("company" if company else "team") + ("_location" if location else "")
    return t(key, company=company, location=location, title=title)


def _responsibilities(role: Role, chosen: set[str], lang: str) -> tuple[Block, ...]:
    """Chosen duties under their group headings (no heading when only one group is left)."""
    blocks = []
    for group in role.duty_groups:
        bullets = tuple(d.text.get(lang) for d in group.duties if duty_key(group.id, d.id) in chosen)
        if bullets:
            blocks.append(Block(heading=group.title.get(lang), bullets=bullets))
    if len(blocks) == 1:
        return (Block(bullets=blocks[0].bullets),)
    return tuple(blocks)


def _requirements(catalog: Catalog, role: Role, inp: JobAdInput, t: Translator) -> tuple[Block, ...]:
    """Education, experience and the chosen skills: essential ones one per line, the rest together."""
    bullets = []
    if any(e.level not in ("not-stated", "none") for e in role.education):
        bullets.append(t("jobad.req.education", education=typical_education(role, t)))
    # A junior ad does not ask for the years of experience a typical holder of the role has.
    if role.experience.years is not None and inp.seniority != "junior":
        bullets.append(t("jobad.req.experience", years=experience_label(role, t)))
    chosen = [s for s in role.skills if s.skill in inp.skills and s.skill in catalog.skills]
    essential = [catalog.skills[s.skill].name.get(inp.lang) for s in chosen if s.importance == "essential"]
    others = sorted((s for s in chosen if s.importance != "essential"), key=lambda s: -IMPORTANCE_RANK[s.importance])
    bullets.extend(essential)
    if others:
        names = [catalog.skills[s.skill].name.get(inp.lang) for s in others]
        bullets.append(t("jobad.req.also", skills=", ".join(names)))
    return (Block(bullets=tuple(bullets)),) if bullets else ()


def _pay(inp: JobAdInput, t: Translator) -> tuple[str, ...]:
    """Base salary, variable pay and on-target earnings, each a line when given."""
    lines = []
    if inp.base_low is not None and inp.base_high is not None and inp.base_low != inp.base_high:
        lines.append(t("jobad.pay.base_range", amount=money_range(inp.base_low, inp.base_high, inp.lang, inp.currency)))
    elif inp.base_low is not None or inp.base_high is not None:
        amount = inp.base_low if inp.base_low is not None else inp.base_high
        lines.append(t("jobad.pay.base", amount=money(amount or 0, inp.lang, inp.currency)))
    if inp.variable != "none" and inp.variable_amount:
        lines.append(t(f"jobad.pay.{inp.variable}", amount=money(inp.variable_amount, inp.lang, inp.currency)))
    if inp.ote:
        lines.append(t("jobad.pay.ote", amount=money(inp.ote, inp.lang, inp.currency)))
    return tuple(lines)


# Control characters (except tab and line breaks) mean nothing in an ad and break XML (DOCX).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """A typed text without invisible control characters, trimmed."""
    return _CONTROL.sub("", text).strip()


def _lines(text: str) -> tuple[str, ...]:
    """Non-empty lines of a free text, without list markers people type ("- ", "• ")."""
    return tuple(line.strip().lstrip("-•*").strip() for line in text.splitlines() if line.strip().lstrip("-•*").strip())


def compose(catalog: Catalog, inp: JobAdInput) -> JobAd:
    """The job ad for ``inp``, written in ``inp.lang`` from the role's content and the person's entries."""
    role = catalog.roles[inp.role]
    lang = inp.lang
    t = Translator(catalog.ui, lang)
    company, location = clean(inp.company), clean(inp.location)
    title = t(f"jobad.title.{inp.seniority}", title=role.title.get(lang))

    about = [_intro(t, company, location, title), role.summary.get(lang)]
    if inp.travel != "not-stated":
        about.append(t(f"jobad.travel.{inp.travel}"))
    sections = [Section(t("jobad.h.about"), (Block(paragraphs=tuple(about)),))]

    duties = _responsibilities(role, set(inp.duties), lang)
    if duties:
        sections.append(Section(t("jobad.h.responsibilities"), duties))
    requirements = _requirements(catalog, role, inp, t)
    if requirements:
        sections.append(Section(t("jobad.h.requirements"), requirements))

    offer = list(_lines(clean(inp.benefits)))
    for rel in role.relations:
        if rel.kind == "next-step" and rel.role in catalog.roles:
            offer.append(t("jobad.offer.growth", role=catalog.roles[rel.role].title.get(lang)))
    if offer:
        sections.append(Section(t("jobad.h.offer"), (Block(bullets=tuple(offer)),)))
    pay = _pay(inp, t)
    if pay:
        sections.append(Section(t("jobad.h.pay"), (Block(bullets=pay),)))

    apply = clean(inp.apply) or t("jobad.apply_default")
    sections.append(Section(t("jobad.h.apply"), (Block(paragraphs=(*_lines(apply), t("jobad.equal"))),)))
    subtitle = " · ".join(part for part in (company, location) if part)
    return JobAd(lang=lang, title=title, subtitle=subtitle, sections=tuple(sections))


def plain_text(ad: JobAd) -> str:
    """The words of the ad, one paragraph or bullet per line: what the wording check reads."""
    lines = [ad.title, ad.subtitle]
    for section in ad.sections:
        lines.append(section.heading)
        for block in section.blocks:
            lines.extend([block.heading, *block.paragraphs, *block.bullets])
    return "\n".join(line for line in lines if line)
