"""Role profile: everything about one role, each item with its sources."""

import pandas as pd
import streamlit as st

from kamcareer import ui
from kamcareer.charts import pay_chart
from kamcareer.citations import Citations
from kamcareer.pay import outlook_lines, pay_rows
from kamcareer.profiles import skills_by_importance

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()
ui.content_problems_notice()

role_ids = list(cat.roles)
if not role_ids:
    st.error(t.count("problems.title", len(cat.broken_files)))
    st.stop()

role_id = ui.selected_role(role_ids)
role = cat.roles[role_id]
marks = Citations()

st.title(role.title.get(lang))
if role.also_called:
    st.caption(ui.md(t("role.also_called", names=", ".join(n.get(lang) for n in role.also_called))))
st.markdown(ui.md(role.summary.get(lang)) + ui.cite_marks(marks, role.summary_sources))

ui.role_facts(role)

st.header(t("role.duties"))
for group in role.duty_groups:
    st.subheader(group.title.get(lang))
    st.markdown("\n".join(f"- {ui.md(d.text.get(lang))}{ui.cite_marks(marks, d.sources)}" for d in group.duties))

st.header(t("role.skills"))
st.markdown(ui.md(t("role.skills_intro")))
skill_columns = st.columns(3)
for column, (importance, skills) in zip(skill_columns, skills_by_importance(role).items(), strict=False):
    with column:
        st.markdown(f"**{t(f'importance.{importance}')}**")
        st.markdown(
            "\n".join(f"- {ui.md(cat.skills[s.skill].name.get(lang))}{ui.cite_marks(marks, s.sources)}" for s in skills)
        )

st.header(t("role.education"))
st.markdown(f"**{t('role.education_label')}**")
st.markdown("\n".join(f"- {ui.md(e.text.get(lang))}{ui.cite_marks(marks, e.sources)}" for e in role.education))
st.markdown(f"**{t('role.experience_label')}**")
st.markdown(f"- {ui.md(role.experience.text.get(lang))}{ui.cite_marks(marks, role.experience.sources)}")
if role.training:
    st.markdown(f"**{t('role.training_label')}**")
    st.markdown("\n".join(f"- {ui.md(i.text.get(lang))}{ui.cite_marks(marks, i.sources)}" for i in role.training))

st.header(t("role.environment"))
env = role.environment
st.markdown(f"**{t('role.travel_label')}**")
st.markdown(f"- {ui.md(env.travel_text.get(lang))}{ui.cite_marks(marks, env.travel_sources)}")
for label, items in (
    ("role.reporting_label", env.reporting),
    ("role.industries_label", env.industries),
    ("role.compensation_label", env.compensation),
):
    if items:
        st.markdown(f"**{t(label)}**")
        st.markdown("\n".join(f"- {ui.md(i.text.get(lang))}{ui.cite_marks(marks, i.sources)}" for i in items))

st.header(t("pay.title"))
pay = pay_rows(cat, role_id, t)
if pay:
    chart = ui.figure(("role-pay", lang, role_id), lambda: pay_chart(pay, t))
    st.plotly_chart(chart, config={"displayModeBar": False}, width="stretch")
    st.dataframe(
        pd.DataFrame(
            {
                t("pay.col.figure"): [row.label for row in pay],
                t("pay.col.amount"): [row.amount for row in pay],
                t("pay.col.when"): [row.when for row in pay],
                t("pay.col.source"): [row.source for row in pay],
                t("pay.col.confidence"): [row.confidence for row in pay],
            }
        ),
        hide_index=True,
        width="stretch",
    )
    notes = [t("pay.currency_note"), t("pay.official_note")]
    if any(row.approximate for row in pay):
        notes.append(t("pay.approx_note"))
    st.caption("  \n".join(ui.md(note) for note in notes) + ui.cite_marks(marks, [row.figure.source for row in pay]))
else:
    st.markdown(ui.md(t("pay.none")))
st.subheader(t("outlook.title"))
outlook = outlook_lines(cat, role_id, t)
if outlook:
    st.markdown("\n".join(f"- {ui.md(line)}{ui.cite_marks(marks, [fig.source])}" for fig, line in outlook))
else:
    st.markdown(ui.md(t("outlook.none")))

if role.dimensions:
    st.header(t("role.position"))
    st.markdown(ui.md(t("role.position_intro")))
    for pos in role.dimensions:
        dim = cat.dimensions[pos.dimension]
        st.markdown(
            f"- **{ui.md(dim.name.get(lang))}** — {t(f'level.{pos.level}')}: "
            f"{ui.md(pos.text.get(lang))}{ui.cite_marks(marks, pos.sources)}"
        )

if role.relations:
    st.header(t("role.relations"))
    for rel in role.relations:
        line = f"**{t(f'relation.{rel.kind}')}:** "
        if rel.role is not None and rel.role in cat.roles:
            st.markdown(line + ui.md(rel.text.get(lang)) + ui.cite_marks(marks, rel.sources))
            st.page_link(
                ui.PAGES["role"],
                label=cat.roles[rel.role].title.get(lang),
                icon=":material/arrow_forward:",
                query_params={"role": rel.role, "lang": lang},
            )
        elif rel.position is not None:
            position = rel.position.get(lang)
            st.markdown(line + f"{ui.md(position)} — {ui.md(rel.text.get(lang))}" + ui.cite_marks(marks, rel.sources))

if role.official_occupation is not None:
    match = role.official_occupation
    occupation = cat.occupations[match.occupation]
    st.header(t("role.official"))
    key = "role.official_exact" if match.match == "exact" else "role.official_approx"
    st.info(t(key, occupation=occupation.name.get(lang), soc=occupation.soc), icon="ℹ️")
    st.markdown(ui.md(match.note.get(lang)) + ui.cite_marks(marks, match.sources))

st.header(t("role.sources"))
st.caption(t("role.sources_intro"))
ui.source_list(marks)
