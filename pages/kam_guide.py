"""Key account management guide: what sets it apart, how key accounts are classified, the career path."""

import streamlit as st

from kamcareer import ui
from kamcareer.career import career_graph, to_dot
from kamcareer.charts import growth_chart
from kamcareer.citations import Citations
from kamcareer.figures import key_account_share

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()
ui.content_problems_notice()
guide = cat.guide
if guide is None:
    st.title(t("nav.guide"))
    st.error(t.count("problems.title", len(cat.broken_files)))
    st.stop()

marks = Citations()
st.title(guide.title.get(lang))
st.markdown(ui.md(guide.intro.get(lang)))

for section in guide.sections:
    st.header(section.title.get(lang))
    st.markdown("\n\n".join(ui.md(p.text.get(lang)) + ui.cite_marks(marks, p.sources) for p in section.paragraphs))
    for event in section.timeline:
        period, text = st.columns([1, 4])
        period.markdown(f"**{ui.md(event.period.get(lang))}**")
        text.markdown(
            f"**{ui.md(event.name.get(lang))}**  \n{ui.md(event.text.get(lang))}{ui.cite_marks(marks, event.sources)}"
        )
    if section.chart == "key-account-share":
        share = key_account_share(cat, t)
        if share:
            st.subheader(t("guide.share.title"))
            chart = ui.figure(
                ("key-account-share", lang),
                lambda share=share: growth_chart(share, t, t("payview.share.axis"), [g.period for g in share]),
            )
            st.plotly_chart(chart, config={"displayModeBar": False}, width="stretch")
            st.caption(ui.md(t("payview.share.intro")) + ui.cite_marks(marks, [g.figure.source for g in share]))

st.header(t("guide.path.title"))
st.markdown(ui.md(t("guide.path.intro")))
nodes, edges = career_graph(cat, lang)
labels = {"next-step": t("guide.path.next"), "reports-to": t("guide.path.reports")}
st.graphviz_chart(to_dot(nodes, edges, labels), width="stretch")
names = {node.id: node.label for node in nodes}
st.markdown(
    "\n".join(
        f"- {ui.md(names[e.source])} → {ui.md(names[e.target])} ({ui.md(labels[e.kind])})"
        f"{ui.cite_marks(marks, e.sources)}"
        for e in edges
    )
)

st.header(t("role.sources"))
ui.source_list(marks)
