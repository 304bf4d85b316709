"""Pay and outlook figures chosen and phrased for one role."""

from __future__ import annotations

from dataclasses import dataclass

from kamcareer.catalog import Catalog
from kamcareer.citations import publisher_label
from kamcareer.formatting import money, money_range, month_year, percent, year_span
from kamcareer.i18n import Translator
from kamcareer.models import OutlookFigure, PayFigure
from kamcareer.prices import factor


@dataclass(frozen=True)
class PayRow:
    """One pay figure ready to show: what, how much (nominal or constant dollars), when, from where, how sure."""

    figure: PayFigure
    label: str
    amount: str
    when: str
    source: str
    confidence: str
    #: The figure is for an official occupation that only approximates the role.
    approximate: bool
    #: The numbers shown: low/high for a range, value for a single figure.
    low: float | None
    high: float | None
    value: float | None
    #: Converted to constant dollars (False also when asked but no index exists for the year).
    converted: bool


def pay_row(
    catalog: Catalog, figure: PayFigure, t: Translator, *, approximate: bool = False, constant_dollars: bool = False
) -> PayRow:
    """One figure phrased in the page language, in nominal or (where possible) constant dollars."""
    f = factor(catalog.prices, figure.year) if constant_dollars and not figure.undated else None
    scale = f if f is not None else 1.0
    low = figure.range.low * scale if figure.range else None
    high = figure.range.high * scale if figure.range else None
    value = figure.value * scale if figure.value is not None else None
    cents = figure.period == "hour"
    if low is not None and high is not None:
        amount = money_range(low, high, t.lang)
    else:
        amount = money(value or 0, t.lang, cents=cents)
    label = t(f"pay.component.{figure.component}")
    if figure.subject.occupation is not None:
        label = f"{label} · {subject_name(catalog, figure, t.lang)}"
    if approximate:
        label = "≈ " + label
    source = catalog.sources[figure.source]
    return PayRow(
        figure=figure,
        label=label,
        amount=amount,
        when=when_label(figure, t),
        source=publisher_label(source, t),
        confidence=t(f"confidence.{source.confidence}"),
        approximate=approximate,
        low=low,
        high=high,
        value=value,
        converted=f is not None,
    )


def _latest_year(figures: list[PayFigure]) -> list[PayFigure]:
    """Figures of the most recent dated year; undated figures only when nothing is dated."""
    dated = [f for f in figures if not f.undated] or figures
    if not dated:
        return []
    year = max(f.year for f in dated)
    return [f for f in dated if f.year == year]


def glance_figures(catalog: Catalog, role_id: str) -> list[tuple[PayFigure, bool]]:
    """The role's own annual figures, then the latest annual figures of its official occupation.

    The flag says whether a figure is for an occupation that only approximates the role.
    """
    role = catalog.roles[role_id]
    own = [(f, False) for f in catalog.pay if f.subject.role == role_id and f.period == "year"]
    match = role.official_occupation
    if match is None:
        return own
    occupation = [f for f in catalog.pay if f.subject.occupation == match.occupation and f.period == "year"]
    return own + [(f, match.match == "approximate") for f in _latest_year(occupation)]


def when_label(figure: PayFigure | OutlookFigure, t: Translator) -> str:
    """ "May 2023", "2010", "2023–2033" or "undated (about 2021)" in the page language."""
    if isinstance(figure, PayFigure):
        if figure.undated:
            return t("pay.undated", year=str(figure.year))
        return month_year(figure.year, figure.month, t.lang)
    if figure.period is not None:
        return year_span(figure.period.low, figure.period.high)
    if figure.year is not None:
        return str(figure.year)
    return figure.year_text.get(t.lang) if figure.year_text else ""


def subject_name(catalog: Catalog, figure: PayFigure | OutlookFigure, lang: str) -> str:
    """The role or official occupation a figure is about."""
    subject = figure.subject
    if subject is None:
        return ""
    if subject.role is not None:
        role = catalog.roles.get(subject.role)
        return role.title.get(lang) if role else subject.role
    occupation = catalog.occupations.get(subject.occupation or "")
    return f"{occupation.name.get(lang)} (SOC {occupation.soc})" if occupation else str(subject.occupation)


def pay_rows(catalog: Catalog, role_id: str, t: Translator) -> list[PayRow]:
    """The pay glance of a role, each figure phrased in the page language."""
    return [pay_row(catalog, figure, t, approximate=approx) for figure, approx in glance_figures(catalog, role_id)]


def outlook_lines(catalog: Catalog, role_id: str, t: Translator) -> list[tuple[OutlookFigure, str]]:
    """Projected growth for the role and for its official occupation (latest projection), as sentences."""
    role = catalog.roles[role_id]
    occupation = role.official_occupation.occupation if role.official_occupation else None
    growth = [f for f in catalog.outlook if f.kind == "projected-growth" and f.subject is not None]
    own = [f for f in growth if f.subject and f.subject.role == role_id]
    official = [f for f in growth if f.subject and occupation and f.subject.occupation == occupation]
    latest = [max(official, key=lambda f: f.period.high if f.period else 0)] if official else []
    lines = []
    for figure in own + latest:
        source = catalog.sources[figure.source]
        lines.append(
            (
                figure,
                t(
                    "outlook.growth",
                    value=percent(figure.value, t.lang, signed=True),
                    period=when_label(figure, t),
                    subject=subject_name(catalog, figure, t.lang),
                    source=publisher_label(source, t),
                    confidence=t(f"confidence.{source.confidence}"),
                ),
            )
        )
    return lines
