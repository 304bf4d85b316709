"""Which role fits me? A short questionnaire scored against the role content, with its reasons."""

import streamlit as st

from kamcareer import ui
from kamcareer.charts import fit_chart
from kamcareer.citations import Citations
from kamcareer.fit import MIN_ANSWERS, encode_answers, next_skills, parse_answers, score_roles
from kamcareer.formatting import percent

FIT_KEY = "fit"
cat, t, lang = ui.catalog(), ui.translator(), ui.lang()
ui.content_problems_notice()
st.title(t("fit.title"))
st.markdown(ui.md(t("fit.intro")))

fit = cat.fit
if fit is None or not cat.roles:
    st.error(t.count("problems.title", len(cat.broken_files)))
    st.stop()

# A shared link (?fit=a,b,…) prefills the answers; nothing else ever puts them in the URL.
from_link, ignored = parse_answers(fit, st.query_params.get(FIT_KEY))
if ignored:
    st.info(t("fit.ignored", items=ui.md(", ".join(ignored))), icon="ℹ️")

with st.form("fit-form"):
    answers: dict[str, str] = {}
    for number, question in enumerate(fit.questions, start=1):
        labels = {a.id: a.text.get(lang) for a in question.answers}
        options = list(labels)
        choice = st.radio(
            f"{number}. {question.text.get(lang)}",
            options,
            index=options.index(from_link[question.id]) if question.id in from_link else None,
            format_func=labels.__getitem__,
            key=f"fit-{question.id}",
        )
        if choice is not None:
            answers[question.id] = choice
    submitted = st.form_submit_button(t("fit.submit"), type="primary", icon=":material/insights:", key="fit-submit")

if len(answers) < MIN_ANSWERS:
    if submitted or from_link:
        st.info(t("fit.too_few", count=MIN_ANSWERS), icon="ℹ️")
    st.stop()

scores = score_roles(cat, answers)
marks = Citations()
st.header(t("fit.result"))
titles = [cat.roles[s.role_id].title.get(lang) for s in scores]
# Keyed by the answers: the same answers give the same chart, whoever gave them.
chart = ui.figure(
    ("fit", lang, tuple(sorted(answers.items()))), lambda: fit_chart(titles, [s.score for s in scores], t)
)
st.plotly_chart(chart, config={"displayModeBar": False}, width="stretch")


for rank, result in enumerate(scores, start=1):
    role = cat.roles[result.role_id]
    with st.container(border=True, key=f"fit-result-{result.role_id}"):
        st.subheader(f"{rank}. {role.title.get(lang)}")
        st.caption(t("fit.score", score=percent(100 * result.score, lang)))
        to, away = st.columns(2)
        with to:
            st.markdown(f"**{ui.md(t('fit.pointed_to'))}**")
            st.markdown("\n".join(ui.fit_reason(role, c, marks) for c in result.pointed_to()) or "–")
        with away:
            st.markdown(f"**{ui.md(t('fit.pointed_away'))}**")
            st.markdown("\n".join(ui.fit_reason(role, c, marks) for c in result.pointed_away()) or "–")
        if rank == 1:
            skills = next_skills(cat, result.role_id, answers)[:6]  # the most important first
            st.markdown(f"**{ui.md(t('fit.next_skills', role=role.title.get(lang)))}**")
            if skills:
                st.markdown(ui.md(t("fit.next_skills_intro")))
                st.markdown("\n".join(f"- {ui.md(cat.skills[s].name.get(lang))}" for s in skills if s in cat.skills))
            else:
                st.markdown(ui.md(t("fit.next_skills_none")))
        st.page_link(
            ui.PAGES["role"],
            label=t("fit.open_profile", role=role.title.get(lang)),
            icon=":material/arrow_forward:",
            query_params={"role": result.role_id, "lang": lang},
        )


def share() -> None:
    st.query_params[FIT_KEY] = encode_answers(fit, answers)
    st.session_state["_fit_shared"] = True


st.button(t("fit.share"), icon=":material/link:", on_click=share, key="fit-share")
if st.session_state.get("_fit_shared") and st.query_params.get(FIT_KEY):
    st.success(t("fit.share_done"), icon=":material/check:")

with st.expander(t("fit.how")):
    st.markdown(ui.md(t("fit.how_text")))
    st.markdown("\n".join(f"- {ui.md(q.text.get(lang))} — {t('fit.weight', weight=q.weight)}" for q in fit.questions))

st.header(t("role.sources"))
ui.source_list(marks)
