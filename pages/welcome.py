"""Home: what kamcareer is, the roles as cards, the career path."""

import streamlit as st

from kamcareer import ui
from kamcareer.profiles import career_chain, duty_count

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()

st.title(t("home.title"))
st.markdown(ui.md(t("home.intro")))
ui.content_problems_notice()

st.header(t("home.roles"))
columns = st.columns(2)
for index, (rid, role) in enumerate(cat.roles.items()):
    with columns[index % 2].container(border=True):
        st.subheader(role.title.get(lang))
        if role.also_called:
            names = ", ".join(name.get(lang) for name in role.also_called)
            st.caption(ui.md(t("role.also_called", names=names)))
        st.markdown(ui.md(role.summary.get(lang)))
        ui.role_facts(role, stacked=True)
        counts = (
            t.count("home.duty_count", duty_count(role)),
            t.count("home.area_count", len({g.area for g in role.duty_groups})),
            t.count("home.skill_count", len(role.skills)),
        )
        st.caption(" · ".join(counts))
        st.page_link(
            ui.PAGES["role"],
            label=t("home.open_profile", role=role.title.get(lang)),
            icon=":material/arrow_forward:",
            query_params={"role": rid, "lang": lang},
        )

chain = career_chain(cat)
if len(chain) > 1:
    st.header(t("home.path"))
    st.markdown(ui.md(t("home.path_intro")))
    st.markdown("  →  ".join(f"**{ui.md(cat.roles[rid].title.get(lang))}**" for rid in chain))

st.divider()
st.markdown(ui.md(t("home.sources_note", count=len(cat.sources))))
st.page_link(
    ui.PAGES["sources"], label=t("home.sources_link"), icon=":material/menu_book:", query_params={"lang": lang}
)
