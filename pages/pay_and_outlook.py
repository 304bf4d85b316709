"""Pay and outlook: what each role pays and whether it is growing, every figure with its provenance."""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from kamcareer import ui
from kamcareer.charts import growth_chart, pay_chart, spread_chart, stacked_total_chart
from kamcareer.figures import (
    every_figure,
    growth_history,
    growth_table,
    key_account_share,
    latest_growth,
    range_rows,
    ranges_table,
    spreads,
    spreads_table,
    stacks,
    totals_table,
)
from kamcareer.prices import base_year
from kamcareer.tables import Table

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()
CHART_CONFIG = {"displayModeBar": False}

st.title(t("payview.title"))
st.markdown(ui.md(t("payview.intro")))
ui.content_problems_notice()

year = base_year(cat.prices)
constant = bool(year) and st.toggle(t("payview.constant", year=str(year)), key="_constant_dollars")
money_note = t("payview.constant_note", year=str(year)) if constant else t("payview.nominal_note")
axis = t("payview.axis_constant", year=str(year)) if constant else t("pay.axis")
st.info(money_note, icon=":material/payments:")


def data_table(build: Callable[[], Table], name: str) -> None:
    """The chart's data, readable without the chart, and as CSV; built only once opened."""
    # on_change="rerun" makes the expander report whether it is open, so a closed table costs
    # nothing: building six DataFrames and their Arrow copies was 40 % of every rerun of this page.
    expander = st.expander(t("payview.table"), key=f"_table_{name}", on_change="rerun")
    if not expander.open:
        return
    table = build()
    with expander:
        st.dataframe(pd.DataFrame(table.records(), columns=table.columns), hide_index=True, width="stretch")
        st.download_button(
            t("payview.download"), table.csv(), file_name=f"kamcareer-{name}-{lang}.csv", mime="text/csv",
            on_click="ignore", key=f"_download_{name}",
        )  # fmt: skip


def chart_section(title: str, intro: str, figure: object, table: Callable[[], Table], name: str) -> None:
    """One chart with its heading, its explanation and its data table."""
    st.header(title)
    st.caption(intro)
    st.plotly_chart(figure, config=CHART_CONFIG, width="stretch", key=name)
    data_table(table, name)


rows = range_rows(cat, t, constant)
chart_section(t("payview.ranges.title"), t("payview.ranges.intro"),
              ui.figure(("pay-ranges", lang, constant), lambda: pay_chart(rows, t, axis)),
              lambda: ranges_table(rows, t, constant), "pay-ranges")  # fmt: skip

totals = stacks(cat, t, constant)
if totals:
    chart_section(t("payview.total.title"), t("payview.total.intro"),
                  ui.figure(("pay-totals", lang, constant), lambda: stacked_total_chart(totals, t, axis)),
                  lambda: totals_table(totals, t, constant), "pay-totals")  # fmt: skip
    st.caption(ui.md(t("pay.official_note")))

spread = spreads(cat, t, constant)
if spread:
    chart_section(t("payview.percentiles.title"), t("payview.percentiles.intro"),
                  ui.figure(("pay-percentiles", lang, constant), lambda: spread_chart(spread, t, axis)),
                  lambda: spreads_table(spread, t, constant), "pay-percentiles")  # fmt: skip

growth = latest_growth(cat, t)
labels = [f"{g.label} ({g.period})" for g in growth]
chart_section(t("payview.growth.title"), t("payview.growth.intro"),
              ui.figure(("outlook-growth", lang), lambda: growth_chart(growth, t, t("payview.growth.axis"), labels)),
              lambda: growth_table(growth, t), "outlook-growth")  # fmt: skip

history = growth_history(cat, t)
if history:
    chart_section(t("payview.history.title", subject=history[0].label), t("payview.history.intro"),
                  ui.figure(("outlook-history", lang),
                            lambda: growth_chart(history, t, t("payview.growth.axis"), [g.period for g in history])),
                  lambda: growth_table(history, t), "outlook-history")  # fmt: skip

share = key_account_share(cat, t)
if share:
    chart_section(t("payview.share.title"), t("payview.share.intro"),
                  ui.figure(("key-account-share", lang),
                            lambda: growth_chart(share, t, t("payview.share.axis"), [g.period for g in share])),
                  lambda: growth_table(share, t), "key-account-share")  # fmt: skip

st.header(t("payview.all.title"))
st.caption(t("payview.all.intro"))
everything = every_figure(cat, t, constant)
st.dataframe(pd.DataFrame(everything.records(), columns=everything.columns), hide_index=True, width="stretch")
st.download_button(
    t("payview.download"), everything.csv(), file_name=f"kamcareer-all-figures-{lang}.csv", mime="text/csv",
    on_click="ignore", key="_download_all",
)  # fmt: skip
st.caption(ui.md(t("payview.approx")))
