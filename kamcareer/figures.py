"""Data behind the pay and outlook charts: chosen from the content, phrased in the page language."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kamcareer.catalog import Catalog
from kamcareer.citations import publisher_label
from kamcareer.formatting import money, number, percent
from kamcareer.i18n import Translator
from kamcareer.models import OutlookFigure, PayFigure
from kamcareer.pay import PayRow, pay_row, subject_name, when_label
from kamcareer.tables import Table

#: Pay components a salary survey splits total pay into, in stacking order.
COMPONENTS = ("base", "bonus", "profit-sharing", "commission")
PERCENTILES = ("p10", "p25", "median", "p75", "p90")


def _with_subject(catalog: Catalog, row: PayRow, lang: str) -> PayRow:
    """Add the role title to labels of role figures (occupation labels already carry theirs)."""
    if row.figure.subject.role is None:
        return row
    label = f"{row.label} · {subject_name(catalog, row.figure, lang)}"
    return PayRow(**{**row.__dict__, "label": label})


def range_rows(catalog: Catalog, t: Translator, constant_dollars: bool) -> list[PayRow]:
    """Every pay figure given as a range (low to high), e.g. PayScale's components."""
    return [
        _with_subject(catalog, pay_row(catalog, f, t, constant_dollars=constant_dollars), t.lang)
        for f in catalog.pay
        if f.range is not None
    ]


@dataclass(frozen=True)
class Stack:
    """Components of one subject's pay in one year and source, to stack into a total."""

    label: str
    when: str
    source: str
    confidence: str
    parts: list[tuple[str, float, float]]  # (component label, low, high)
    converted: bool

    @property
    def low(self) -> float:
        """Total at the low end."""
        return sum(low for _, low, _ in self.parts)

    @property
    def high(self) -> float:
        """Total at the high end."""
        return sum(high for _, _, high in self.parts)


def stacks(catalog: Catalog, t: Translator, constant_dollars: bool) -> list[Stack]:
    """Totals built from at least two components of the same subject, year and source."""
    groups: dict[tuple[str, int, str], list[PayFigure]] = defaultdict(list)
    for f in catalog.pay:
        if f.range is not None and f.component in COMPONENTS and f.period == "year":
            key = (f.subject.role or f.subject.occupation or "", f.year, f.source)
            groups[key].append(f)
    result = []
    for figures in groups.values():
        if len(figures) < 2:
            continue
        figures.sort(key=lambda f: COMPONENTS.index(f.component))
        rows = [pay_row(catalog, f, t, constant_dollars=constant_dollars) for f in figures]
        source = catalog.sources[figures[0].source]
        result.append(
            Stack(
                label=subject_name(catalog, figures[0], t.lang),
                when=rows[0].when,
                source=publisher_label(source, t),
                confidence=t(f"confidence.{source.confidence}"),
                parts=[(t(f"pay.component.{r.figure.component}"), r.low or 0, r.high or 0) for r in rows],
                converted=rows[0].converted,
            )
        )
    return result


@dataclass(frozen=True)
class Spread:
    """Percentiles of one occupation's pay in one year, from one source."""

    label: str
    when: str
    source: str
    confidence: str
    values: dict[str, float]
    converted: bool


def spreads(catalog: Catalog, t: Translator, constant_dollars: bool) -> list[Spread]:
    """Pay percentiles where a source gives at least the 25th and 75th beside the median."""
    groups: dict[tuple[str, int, int | None, str], list[PayFigure]] = defaultdict(list)
    for f in catalog.pay:
        if f.component in PERCENTILES and f.value is not None and f.period == "year":
            groups[(f.subject.role or f.subject.occupation or "", f.year, f.month, f.source)].append(f)
    result = []
    for figures in groups.values():
        parts = {f.component for f in figures}
        if not {"p25", "p75"} <= parts:
            continue
        rows = {f.component: pay_row(catalog, f, t, constant_dollars=constant_dollars) for f in figures}
        source = catalog.sources[figures[0].source]
        result.append(
            Spread(
                label=subject_name(catalog, figures[0], t.lang),
                when=when_label(figures[0], t),
                source=publisher_label(source, t),
                confidence=t(f"confidence.{source.confidence}"),
                values={c: rows[c].value or 0 for c in PERCENTILES if c in rows},
                converted=rows[figures[0].component].converted,
            )
        )
    return sorted(result, key=lambda s: s.when)


@dataclass(frozen=True)
class Growth:
    """A projected change in jobs over a period."""

    figure: OutlookFigure
    label: str
    period: str
    source: str
    confidence: str


def _growth(catalog: Catalog, f: OutlookFigure, t: Translator) -> Growth:
    source = catalog.sources[f.source]
    return Growth(
        figure=f,
        label=subject_name(catalog, f, t.lang),
        period=when_label(f, t),
        source=publisher_label(source, t),
        confidence=t(f"confidence.{source.confidence}"),
    )


def latest_growth(catalog: Catalog, t: Translator) -> list[Growth]:
    """Each role's or occupation's most recent projection of growth."""
    latest: dict[str, OutlookFigure] = {}
    for f in catalog.outlook:
        if f.kind != "projected-growth" or f.subject is None or f.period is None:
            continue
        key = f.subject.role or f.subject.occupation or ""
        best = latest.get(key)
        if best is None or best.period is None or f.period.high > best.period.high:
            latest[key] = f
    return [_growth(catalog, f, t) for f in latest.values()]


def growth_history(catalog: Catalog, t: Translator) -> list[Growth]:
    """The occupation projected most often, edition by edition (for sales managers, five editions)."""
    by_subject: dict[str, list[OutlookFigure]] = defaultdict(list)
    for f in catalog.outlook:
        if f.kind == "projected-growth" and f.subject is not None and f.subject.occupation and f.period:
            by_subject[f.subject.occupation].append(f)
    if not by_subject:
        return []
    figures = max(by_subject.values(), key=len)
    if len(figures) < 2:
        return []
    return [_growth(catalog, f, t) for f in sorted(figures, key=lambda f: f.period.low if f.period else 0)]


def key_account_share(catalog: Catalog, t: Translator) -> list[Growth]:
    """Key accounts' share of company sales: dated figures first, then the undated "currently"."""
    figures = [f for f in catalog.outlook if f.kind == "key-account-share"]
    figures.sort(key=lambda f: (f.year is None, f.year or 0))
    return [_growth(catalog, f, t) for f in figures]


def _outlook_value(f: OutlookFigure, lang: str) -> str:
    if f.unit == "percent":
        return percent(f.value, lang, signed=f.kind in ("projected-growth",))
    return number(f.value, lang)


def every_figure(catalog: Catalog, t: Translator, constant_dollars: bool) -> Table:
    """All pay and outlook figures with source, year and confidence: the page's complete record."""
    columns = [
        t("payview.col.subject"),
        t("payview.col.figure"),
        t("payview.col.value"),
        t("payview.col.when"),
        t("payview.col.source"),
        t("payview.col.confidence"),
    ]
    rows: list[list[str]] = []
    for f in catalog.pay:
        row = pay_row(catalog, f, t, constant_dollars=constant_dollars)
        amount = row.amount if row.converted or not constant_dollars else f"{row.amount} ({t('payview.nominal_mark')})"
        if f.period == "hour":
            amount = f"{amount} {t('payview.per_hour')}"
        source = catalog.sources[f.source]
        rows.append(
            [subject_name(catalog, f, t.lang), t(f"pay.component.{f.component}"), amount, row.when,
             f"{source.name.get(t.lang)} ({publisher_label(source, t)})", row.confidence]
        )  # fmt: skip
    for f in catalog.outlook:
        source = catalog.sources[f.source]
        rows.append(
            [
                subject_name(catalog, f, t.lang) or "–",
                t(f"outlook.kind.{f.kind}"),
                _outlook_value(f, t.lang),
                when_label(f, t),
                f"{source.name.get(t.lang)} ({publisher_label(source, t)})",
                t(f"confidence.{source.confidence}"),
            ]
        )
    return Table(columns, rows)


def _nominal_mark(converted: bool, constant_dollars: bool, t: Translator) -> str:
    """Marks an amount that stayed nominal although constant dollars were asked for."""
    return f" ({t('payview.nominal_mark')})" if constant_dollars and not converted else ""


def ranges_table(rows: list[PayRow], t: Translator, constant_dollars: bool) -> Table:
    """The data of the pay-range chart."""
    columns = [t("pay.col.figure"), t("payview.col.low"), t("payview.col.high"), t("pay.col.when"),
               t("pay.col.source"), t("pay.col.confidence")]  # fmt: skip
    mark = {id(r): _nominal_mark(r.converted, constant_dollars, t) for r in rows}
    return Table(
        columns,
        [[r.label, money(r.low or 0, t.lang) + mark[id(r)], money(r.high or 0, t.lang) + mark[id(r)], r.when,
          r.source, r.confidence] for r in rows],
    )  # fmt: skip


def totals_table(totals: list[Stack], t: Translator, constant_dollars: bool) -> Table:
    """The data of the stacked total-pay chart, with a total line per stack."""
    columns = [t("payview.col.subject"), t("pay.col.figure"), t("payview.total.low"), t("payview.total.high"),
               t("pay.col.when"), t("pay.col.source"), t("pay.col.confidence")]  # fmt: skip
    rows = []
    for s in totals:
        mark = _nominal_mark(s.converted, constant_dollars, t)
        for name, low, high in [*s.parts, (t("payview.total.sum"), s.low, s.high)]:
            rows.append([s.label, name, money(low, t.lang) + mark, money(high, t.lang) + mark, s.when, s.source,
                         s.confidence])  # fmt: skip
    return Table(columns, rows)


def spreads_table(spread: list[Spread], t: Translator, constant_dollars: bool) -> Table:
    """The data of the percentile chart."""
    columns = [t("payview.col.subject"), t("pay.col.figure"), t("pay.col.amount"), t("pay.col.when"),
               t("pay.col.source"), t("pay.col.confidence")]  # fmt: skip
    return Table(
        columns,
        [[s.label, t(f"pay.component.{c}"), money(v, t.lang) + _nominal_mark(s.converted, constant_dollars, t),
          s.when, s.source, s.confidence] for s in spread for c, v in s.values.items()],
    )  # fmt: skip


def growth_table(growths: list[Growth], t: Translator) -> Table:
    """The data of a growth or share chart."""
    columns = [t("payview.col.subject"), t("pay.col.when"), t("payview.col.value"), t("pay.col.source"),
               t("pay.col.confidence")]  # fmt: skip
    return Table(
        columns,
        [[g.label or t(f"outlook.kind.{g.figure.kind}"), g.period, _outlook_value(g.figure, t.lang), g.source,
          g.confidence] for g in growths],
    )  # fmt: skip
