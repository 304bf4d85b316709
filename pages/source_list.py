"""Sources: the bibliography, with each source's confidence and how often it is cited."""

import pandas as pd
import streamlit as st

from kamcareer import ui
from kamcareer.languages import NATIVE_NAMES
from kamcareer.profiles import cited_by

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()

st.title(t("sources.title"))
st.markdown(ui.md(t("sources.intro")))
ui.content_problems_notice()

with st.expander(t("sources.confidence_legend"), expanded=True):
    st.markdown(
        "\n".join(
            f"- **{t(f'confidence.{level}')}**: {ui.md(t(f'confidence.{level}.help'))}"
            for level in ("official", "secondary", "as-cited")
        )
    )

counts = cited_by(cat)
table = pd.DataFrame(
    [
        {
            t("sources.title_col"): src.title,
            t("sources.publisher"): src.publisher,
            t("sources.year"): str(src.year) if src.year else t("sources.no_year"),
            t("sources.kind"): t(f"kind.{src.kind}"),
            t("sources.language"): NATIVE_NAMES[src.language],
            t("sources.confidence"): t(f"confidence.{src.confidence}"),
            t("sources.cited"): counts.get(src.id, 0),
            t("sources.link"): src.url,
        }
        for src in cat.sources.values()
    ]
)
st.caption(t("sources.count", count=len(cat.sources)))
st.dataframe(
    table,
    hide_index=True,
    width="stretch",
    column_config={t("sources.link"): st.column_config.LinkColumn(t("sources.link"))},
)

for src in cat.sources.values():
    with st.container(border=True):
        year = src.year if src.year else t("sources.no_year")
        st.markdown(f"**{ui.md(src.title)}**  \n{ui.md(src.publisher)} · {year} · {t(f'kind.{src.kind}')}")
        st.markdown(
            f":blue-badge[{t('sources.confidence')}: {t(f'confidence.{src.confidence}')}] "
            f":gray-badge[{t('sources.cited')}: {counts.get(src.id, 0)}]"
        )
        st.markdown(ui.md(src.about.get(lang)))
        if src.file:
            st.caption(f"{t('sources.file')}: {src.file}")
        if src.url:
            st.markdown(f"[{ui.md(src.url)}]({src.url})")
