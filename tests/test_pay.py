"""Pay and outlook at a glance: the right figures, phrased and formatted in each language."""

from __future__ import annotations

import pytest

from kamcareer.catalog import Catalog
from kamcareer.charts import nice_ticks, pay_chart
from kamcareer.formatting import money
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS
from kamcareer.pay import glance_figures, outlook_lines, pay_rows


def test_kam_glance_has_the_payscale_ranges_and_an_approximate_official_median(catalog: Catalog) -> None:
    figures = glance_figures(catalog, "key-account-manager")
    own = [f for f, approx in figures if not approx]
    assert {f.component for f in own} == {"base", "bonus", "profit-sharing", "commission"}
    official = [f for f, approx in figures if approx]
    occupation = catalog.roles["key-account-manager"].official_occupation
    assert official and all(f.subject.occupation == occupation.occupation for f in official)


@pytest.mark.parametrize("role_id", ["account-manager", "key-account-manager", "sales-representative", "sales-manager"])
def test_every_role_gets_figures_from_its_official_occupation(catalog: Catalog, role_id: str) -> None:
    role = catalog.roles[role_id]
    figures = glance_figures(catalog, role_id)
    assert any(f.subject.occupation == role.official_occupation.occupation for f, _ in figures)
    # The latest dated year of the occupation, never an older edition beside it.
    years = {f.year for f, _ in figures if f.subject.occupation and not f.undated}
    assert len(years) <= 1
    exact = role.official_occupation.match == "exact"
    assert all(approx != exact for f, approx in figures if f.subject.occupation)


@pytest.mark.parametrize("lang", LANGS)
def test_chart_texts_and_ticks_are_in_the_page_language(catalog: Catalog, lang: str) -> None:
    t = Translator(catalog.ui, lang)
    rows = pay_rows(catalog, "key-account-manager", t)
    fig = pay_chart(rows, t)
    assert fig.layout.xaxis.title.text == t("pay.axis")
    ticktext = list(fig.layout.xaxis.ticktext)
    assert ticktext == [money(v, lang) for v in fig.layout.xaxis.tickvals]
    assert {trace.name for trace in fig.data} <= {t("pay.legend.range"), t("pay.legend.value")}
    # Hover texts carry the formatted amount, the source and the confidence.
    base = next(row for row in rows if row.figure.component == "base")
    assert any(base.amount in text and base.confidence in text for trace in fig.data for text in trace.customdata)


GROUPING = [("hi", "$1,00,000"), ("te", "$1,00,000"), ("de", "100.000"), ("id", "100.000"), ("en", "$100,000")]


@pytest.mark.parametrize(("lang", "expected"), GROUPING)
def test_tick_labels_group_digits_as_the_locale_does(catalog: Catalog, lang: str, expected: str) -> None:
    t = Translator(catalog.ui, lang)
    fig = pay_chart(pay_rows(catalog, "key-account-manager", t), t)
    assert any(expected in text for text in fig.layout.xaxis.ticktext)


def test_nice_ticks() -> None:
    assert nice_ticks(135_160) == [0, 50_000, 100_000, 150_000]
    assert nice_ticks(94_871)[-1] >= 94_871
    assert nice_ticks(0) == [0.0]


def test_outlook_lines_name_source_and_confidence(catalog: Catalog) -> None:
    t = Translator(catalog.ui, "en")
    lines = outlook_lines(catalog, "key-account-manager", t)
    assert lines[0][0].value == 13 and "+13%" in lines[0][1] and "as cited" in lines[0][1]
    assert "2008–2018" in lines[0][1]
