"""Home: what kamcareer is, the roles as cards, the career path."""

import streamlit as st

from kamcareer import ui
from kamcareer.profiles import career_path, duty_count, experience_label, typical_education

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
        facts = st.columns(3)
        facts[0].metric(t("home.education"), typical_education(role, t))
        facts[1].metric(t("home.experience"), experience_label(role, t))
        facts[2].metric(t("home.travel"), t(f"travel.{role.environment.travel}"))
        st.caption(
            t("home.duties", count=duty_count(role), groups=len(role.duty_groups))
            + " · "
            + t("home.skills", count=len(role.skills))
        )
        st.page_link(
            ui.PAGES["role"],
            label=t("home.open_profile", role=role.title.get(lang)),
            icon=":material/arrow_forward:",
            query_params={"role": rid, "lang": lang},
        )

steps = [step for step in career_path(cat) if step.next_roles]
if steps:
    st.header(t("home.path"))
    st.markdown(ui.md(t("home.path_intro")))
    for step in steps:
        targets = ", ".join(cat.roles[target].title.get(lang) for target in step.next_roles)
        st.markdown(f"- **{ui.md(cat.roles[step.role].title.get(lang))}** → {ui.md(targets)}")

st.divider()
st.markdown(ui.md(t("home.sources_note", count=len(cat.sources))))
st.page_link(
    ui.PAGES["sources"], label=t("home.sources_link"), icon=":material/menu_book:", query_params={"lang": lang}
)
