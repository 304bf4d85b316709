"""Pay and outlook: what each role pays and whether it is growing, every figure with its provenance."""

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


def data_table(table: Table, name: str) -> None:
    """The chart's data, readable without the chart, and as CSV."""
    with st.expander(t("payview.table")):
        st.dataframe(pd.DataFrame(table.records(), columns=table.columns), hide_index=True, width="stretch")
        st.download_button(
            t("payview.download"), table.csv(), file_name=f"kamcareer-{name}-{lang}.csv", mime="text/csv",
            key=f"_download_{name}",
        )  # fmt: skip


st.header(t("payview.ranges.title"))
st.caption(t("payview.ranges.intro"))
rows = range_rows(cat, t, constant)
st.plotly_chart(pay_chart(rows, t, axis), config=CHART_CONFIG, width="stretch", key="ranges")
data_table(ranges_table(rows, t, constant), "pay-ranges")

totals = stacks(cat, t, constant)
if totals:
    st.header(t("payview.total.title"))
    st.caption(t("payview.total.intro"))
    st.plotly_chart(stacked_total_chart(totals, t, axis), config=CHART_CONFIG, width="stretch", key="totals")
    data_table(totals_table(totals, t, constant), "pay-totals")
    st.caption(ui.md(t("pay.official_note")))

spread = spreads(cat, t, constant)
if spread:
    st.header(t("payview.percentiles.title"))
    st.caption(t("payview.percentiles.intro"))
    st.plotly_chart(spread_chart(spread, t, axis), config=CHART_CONFIG, width="stretch", key="spreads")
    data_table(spreads_table(spread, t, constant), "pay-percentiles")

growth = latest_growth(cat, t)
st.header(t("payview.growth.title"))
st.caption(t("payview.growth.intro"))
labels = [f"{g.label} ({g.period})" for g in growth]
chart = growth_chart(growth, t, t("payview.growth.axis"), labels)
st.plotly_chart(chart, config=CHART_CONFIG, width="stretch", key="growth")
data_table(growth_table(growth, t), "outlook-growth")

history = growth_history(cat, t)
if history:
    st.subheader(t("payview.history.title", subject=history[0].label))
    st.caption(t("payview.history.intro"))
    chart = growth_chart(history, t, t("payview.growth.axis"), [g.period for g in history])
    st.plotly_chart(chart, config=CHART_CONFIG, width="stretch", key="history")
    data_table(growth_table(history, t), "outlook-history")

share = key_account_share(cat, t)
if share:
    st.header(t("payview.share.title"))
    st.caption(t("payview.share.intro"))
    chart = growth_chart(share, t, t("payview.share.axis"), [g.period for g in share])
    st.plotly_chart(chart, config=CHART_CONFIG, width="stretch", key="share")
    data_table(growth_table(share, t), "key-account-share")

st.header(t("payview.all.title"))
st.caption(t("payview.all.intro"))
everything = every_figure(cat, t, constant)
st.dataframe(pd.DataFrame(everything.records(), columns=everything.columns), hide_index=True, width="stretch")
st.download_button(
    t("payview.download"), everything.csv(), file_name=f"kamcareer-all-figures-{lang}.csv", mime="text/csv",
    key="_download_all",
)  # fmt: skip
st.caption(ui.md(t("payview.approx")))
