"""Pay and outlook page data: constant dollars, each chart's data against the content, texts in the page language."""

from __future__ import annotations

import pytest

from kamcareer.catalog import Catalog
from kamcareer.charts import growth_chart, pay_chart, spread_chart, stacked_total_chart
from kamcareer.figures import (
    COMPONENTS,
    every_figure,
    growth_history,
    key_account_share,
    latest_growth,
    range_rows,
    spreads,
    stacks,
)
from kamcareer.formatting import money, percent
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS
from kamcareer.prices import base_year, constant, factor


def test_seed_salary_in_2024_dollars(catalog: Catalog) -> None:
    """figures.md: $51,933 of 2010 is $74,709 in 2024 dollars (313.689 / 218.056)."""
    assert base_year(catalog.prices) == 2024
    assert constant(51_933, 2010, catalog.prices) == pytest.approx(74_709, abs=1)


def test_no_conversion_without_an_index_for_the_year(catalog: Catalog) -> None:
    assert factor(catalog.prices, 2003) is None
    assert constant(57_120, 2003, catalog.prices) is None
    assert factor(catalog.prices, 2024) == 1


@pytest.mark.parametrize("constant_dollars", [False, True])
def test_range_chart_data_matches_content(catalog: Catalog, constant_dollars: bool) -> None:
    t = Translator(catalog.ui, "en")
    rows = range_rows(catalog, t, constant_dollars)
    figures = [f for f in catalog.pay if f.range is not None]
    assert [r.figure for r in rows] == figures
    for row in rows:
        f = factor(catalog.prices, row.figure.year) if constant_dollars else None
        scale = f or 1
        assert row.low == pytest.approx(row.figure.range.low * scale)
        assert row.high == pytest.approx(row.figure.range.high * scale)
        assert row.converted == (f is not None)


def test_stacked_totals_add_up_the_components(catalog: Catalog) -> None:
    t = Translator(catalog.ui, "en")
    [stack] = stacks(catalog, t, constant_dollars=False)
    kam = {f.component: f.range for f in catalog.pay if f.subject.role == "key-account-manager" and f.range}
    assert [name for name, _, _ in stack.parts] == [t(f"pay.component.{c}") for c in COMPONENTS if c in kam]
    assert stack.low == sum(r.low for r in kam.values())
    assert stack.high == sum(r.high for r in kam.values())


def test_percentiles_where_a_source_gives_them(catalog: Catalog) -> None:
    t = Translator(catalog.ui, "en")
    groups = {(s.label.split(" (SOC")[0], s.when): s.values for s in spreads(catalog, t, constant_dollars=False)}
    assert groups[("Sales managers", "2016")] == {"p25": 79_420, "median": 117_960, "p75": 168_300}
    tech = next(v for (label, when), v in groups.items() if when == "May 2003")
    assert tech == {"p10": 29_760, "p25": 40_720, "median": 57_120, "p75": 82_190, "p90": 111_080}


def test_growth_latest_per_subject_and_history(catalog: Catalog) -> None:
    t = Translator(catalog.ui, "en")
    latest = {g.figure.id: g.figure.value for g in latest_growth(catalog, t)}
    assert latest["kam-growth-2008-2018"] == 13
    assert latest["sm-growth-2023-2033"] == 6
    assert "sm-growth-2010-2020" not in latest
    history = growth_history(catalog, t)
    assert [g.period for g in history] == ["2010–2020", "2012–2022", "2014–2024", "2016–2026", "2023–2033"]
    assert [g.figure.value for g in history] == [12, 8, 5, 7, 6]


def test_key_account_share_keeps_the_undated_figure_undated(catalog: Catalog) -> None:
    t = Translator(catalog.ui, "en")
    share = key_account_share(catalog, t)
    assert [g.figure.value for g in share] == [23, 60]
    assert share[0].period == "1975"
    assert share[1].figure.year is None and share[1].period  # the source's "currently", never a made-up year


@pytest.mark.parametrize("lang", LANGS)
def test_every_figure_appears_once_with_source_and_confidence(catalog: Catalog, lang: str) -> None:
    t = Translator(catalog.ui, lang)
    table = every_figure(catalog, t, constant_dollars=False)
    assert len(table.rows) == len(catalog.pay) + len(catalog.outlook)
    confidences = {t(f"confidence.{level}") for level in ("official", "secondary", "as-cited")}
    assert all(row[-1] in confidences for row in table.rows)
    names = {s.name.get(lang) for s in catalog.sources.values()}
    assert all(any(name in row[-2] for name in names) for row in table.rows)


@pytest.mark.parametrize("lang", LANGS)
def test_chart_texts_are_in_the_page_language(catalog: Catalog, lang: str) -> None:
    t = Translator(catalog.ui, lang)
    axis = t("pay.axis")
    stack_fig = stacked_total_chart(stacks(catalog, t, False), t, axis)
    assert {trace.name for trace in stack_fig.data if trace.name} == {t(f"pay.component.{c}") for c in COMPONENTS}
    assert stack_fig.layout.xaxis.title.text == axis
    assert list(stack_fig.layout.xaxis.ticktext) == [money(v, lang) for v in stack_fig.layout.xaxis.tickvals]
    spread_fig = spread_chart(spreads(catalog, t, False), t, axis)
    assert {trace.name for trace in spread_fig.data if trace.name} == {
        t("payview.percentiles.band"),
        t("pay.component.median"),
    }
    growth = latest_growth(catalog, t)
    growth_fig = growth_chart(growth, t, t("payview.growth.axis"), [g.label for g in growth])
    assert list(growth_fig.layout.xaxis.ticktext) == [percent(v, lang) for v in growth_fig.layout.xaxis.tickvals]
    assert list(growth_fig.data[0].text) == [percent(g.figure.value, lang, signed=True) for g in growth]
    assert pay_chart(range_rows(catalog, t, True), t, t("payview.axis_constant", year="2024")).layout.xaxis.title.text


def test_constant_dollars_change_the_numbers_shown(catalog: Catalog) -> None:
    t = Translator(catalog.ui, "en")
    nominal = every_figure(catalog, t, constant_dollars=False)
    real = every_figure(catalog, t, constant_dollars=True)
    changed = [a for a, b in zip(nominal.rows, real.rows, strict=True) if a[2] != b[2]]
    assert any("$74,709" in row[2] for row in real.rows)
    assert changed
    assert any(t("payview.nominal_mark") in row[2] for row in real.rows), "2003 figures cannot be converted"
