"""Sources: the bibliography, grouped by kind, each with its confidence and how often it is cited."""

import streamlit as st

from kamcareer import ui
from kamcareer.citations import publisher_label
from kamcareer.formatting import language_name
from kamcareer.profiles import cited_by, sources_by_kind

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()
LEVELS = ("official", "secondary", "as-cited")

st.title(t("sources.title"))
st.markdown(ui.md(t("sources.intro")))
ui.content_problems_notice()

with st.container(border=True):
    st.markdown(f"**{t('sources.confidence_legend')}**")
    st.markdown(
        "\n".join(f"- **{t(f'confidence.{level}')}**: {ui.md(t(f'confidence.{level}.help'))}" for level in LEVELS)
    )

shown = st.pills(
    t("sources.filter"),
    options=LEVELS,
    format_func=lambda level: t(f"confidence.{level}"),
    selection_mode="multi",
    default=list(LEVELS),
    key="_source_levels",
)
counts = cited_by(cat)
groups = sources_by_kind(cat, set(shown or ()))
st.caption(t.count("sources.count", sum(len(group) for group in groups.values())))

for kind, sources in groups.items():
    st.header(t(f"kind.{kind}"))
    for src in sources:
        with st.container(border=True):
            year = src.year if src.year else t("sources.no_year")
            details = f"{ui.md(publisher_label(src, t))} · {year} · {language_name(src.language, lang)}"
            st.markdown(f"**{ui.md(src.name.get(lang))}**  \n{details}")
            if src.title:
                st.markdown(f"{t('sources.published_title')}: *{ui.md(src.title)}*")
            st.markdown(
                f":blue-badge[{t('sources.confidence')}: {t(f'confidence.{src.confidence}')}] "
                f":gray-badge[{t('sources.cited', count=counts.get(src.id, 0))}]"
            )
            st.markdown(ui.md(src.about.get(lang)))
            if src.url:
                st.markdown(f"[{ui.md(src.url)}]({src.url})")
            if src.file:
                st.caption(f"{t('sources.file')}: {src.file}")
