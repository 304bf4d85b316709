"""Compare roles: two or three roles point by point, a derived summary, downloads, two languages."""

import streamlit as st

from kamcareer import ui
from kamcareer.charts import skills_heatmap
from kamcareer.compare import (
    DEFAULT_PAIR,
    differences,
    dimension_rows,
    duty_rows,
    skill_rows,
    table,
    to_markdown,
)
from kamcareer.tables import to_csv

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()

st.title(t("compare.title"))
st.markdown(ui.md(t("compare.intro")))
ui.content_problems_notice()

ids = ui.selected_roles(list(cat.roles), DEFAULT_PAIR)
if len(ids) < 2:
    st.info(t("compare.pick_another"), icon="👉")
    st.stop()

title = {rid: cat.roles[rid].title.get(lang) for rid in ids}

st.header(t("compare.summary"))
summary = differences(cat, ids, t)
lines = [f"- {ui.md(p.text)}" + "".join(f"\n    - {ui.md(item)}" for item in p.items) for p in summary]
st.markdown("\n".join(lines) if lines else ui.md(t("compare.summary_none")))

st.header(t("compare.dimensions"))
st.caption(t("compare.dimensions_intro"))
widths = [1.2] + [2] * len(ids)
head = st.columns(widths)
for column, rid in zip(head[1:], ids, strict=True):
    column.markdown(f"**{ui.md(title[rid])}**")
for row in dimension_rows(cat, ids):
    cells = st.columns(widths)
    cells[0].markdown(f"**{ui.md(cat.dimensions[row.key].name.get(lang))}**")
    for column, rid in zip(cells[1:], ids, strict=True):
        pos = row.values[rid]
        if pos is not None:
            column.markdown(f":blue-badge[{t(f'level.{pos.level}')}] {ui.md(pos.text.get(lang))}")
        else:
            column.markdown("–")

st.header(t("compare.duties"))
st.caption(t("compare.duties_intro"))
for row in duty_rows(cat, ids):
    if row.shared:
        status = t("compare.shared_both") if len(ids) == 2 else t("compare.shared")
    elif row.unique_to:
        status = t("compare.only", role=title[row.unique_to])
    else:
        status = t("compare.shared_some")
    counts = " · ".join(f"{title[rid]}: {t.count('compare.duty_count', len(row.values[rid]))}" for rid in ids)
    with st.expander(f"{cat.duty_areas[row.key].name.get(lang)} — {status} ({counts})"):
        columns = st.columns(len(ids))
        for column, rid in zip(columns, ids, strict=True):
            column.markdown(f"**{ui.md(title[rid])}**")
            duties = row.values[rid]
            column.markdown("\n".join(f"- {ui.md(d.text.get(lang))}" for d in duties) if duties else "–")

st.header(t("compare.skills"))
st.caption(t("compare.skills_intro"))
rows = skill_rows(cat, ids)
st.plotly_chart(
    ui.figure(
        ("skills-heatmap", lang, tuple(ids)),
        lambda: skills_heatmap(
            [(cat.skills[r.key].name.get(lang), [r.values[rid] for rid in ids]) for r in rows],
            [title[rid] for rid in ids],
            t,
        ),
    ),
    config={"displayModeBar": False},
    width="stretch",
)

st.header(t("compare.facts"))
header, table_rows = table(cat, ids, t)
facts = [row for row in table_rows if row[0] == t("compare.facts")]
for row in facts:
    cells = st.columns(widths)
    cells[0].markdown(f"**{ui.md(row[1])}**")
    for column, value in zip(cells[1:], row[2:], strict=True):
        column.markdown("  \n".join(ui.md(line) for line in value.split("\n")))

name = "-vs-".join(ids)
downloads = st.columns(2)
downloads[0].download_button(
    t("compare.download_csv"),
    to_csv(header, table_rows),
    file_name=f"{name}-{lang}.csv",
    mime="text/csv",
    on_click="ignore",
)
downloads[1].download_button(
    t("compare.download_md"),
    to_markdown(" / ".join(title[rid] for rid in ids), summary, header, table_rows, t("compare.export_note")),
    file_name=f"{name}-{lang}.md",
    mime="text/markdown",
    on_click="ignore",
)

st.header(t("compare.bilingual"))
st.caption(t("compare.bilingual_intro"))
lang2 = ui.second_language()
left, right = st.columns(2)
with left:
    ui.role_column(cat.roles[ids[0]], lang)
with right:
    ui.role_column(cat.roles[ids[1]], lang2)
