"""Job ad builder: compose a job ad from a role's content, preview, download, check its wording."""

import streamlit as st
from pydantic import ValidationError

from kamcareer import ui
from kamcareer.i18n import Translator
from kamcareer.jobad import (
    CURRENCIES,
    MAX_FIELD,
    MAX_LONG_FIELD,
    SENIORITIES,
    TRAVELS,
    VARIABLES,
    JobAdInput,
    compose,
    default_input,
    duty_key,
    pay_basis_note,
    pay_defaults,
    plain_text,
)
from kamcareer.jobad_formats import FORMATS, MIME, file_name, markdown

cat, t, lang = ui.catalog(), ui.translator(), ui.lang()
ui.content_problems_notice()
st.title(t("jobad.page.title"))
st.markdown(ui.md(t("jobad.page.intro")))

role_ids = list(cat.roles)
if not role_ids:
    st.error(t.count("problems.title", len(cat.broken_files)))
    st.stop()

left, right = st.columns(2)
with left:
    role_id = ui.selected_role(role_ids)
with right:
    ad_lang = ui.ad_language()
role = cat.roles[role_id]
defaults = default_input(cat, role_id, ad_lang)
pay = pay_defaults(cat, role_id)
ta = Translator(cat.ui, ad_lang)  # the ad's own language, for texts that go into the ad
# Fields that depend on the role or the ad language get keys with both in them, so a new
# role starts from its own defaults; company, location and the like carry over.
scope = f"{role_id}.{ad_lang}"


def money_input(label: str, value: int | None, key: str, help: str | None = None) -> int | None:
    """A yearly amount; 0 means "leave this line out"."""
    amount = st.number_input(label, min_value=0, max_value=10**9, value=value or 0, step=1000, key=key, help=help)
    return int(amount) or None


with st.form(f"jobad-{scope}"):
    st.subheader(t("jobad.form.title"))
    c1, c2, c3 = st.columns(3)
    company = c1.text_input(
        t("jobad.form.company"), max_chars=MAX_FIELD, help=t("jobad.form.company_help"), key="jd-company"
    )
    location = c2.text_input(t("jobad.form.location"), max_chars=MAX_FIELD, key="jd-location")
    seniority = c3.selectbox(
        t("jobad.form.seniority"),
        SENIORITIES,
        index=1,
        format_func=lambda s: t(f"jobad.seniority.{s}"),
        help=t("jobad.form.seniority_help"),
        key="jd-seniority",
    )

    st.markdown(f"**{ui.md(t('jobad.form.duties'))}**")
    duties = []
    for group in role.duty_groups:
        with st.expander(group.title.get(ad_lang)):
            for duty in group.duties:
                key = duty_key(group.id, duty.id)
                if st.checkbox(ui.md(duty.text.get(ad_lang)), value=True, key=f"jd-duty-{scope}-{key}"):
                    duties.append(key)
    skill_names = {s.skill: cat.skills[s.skill].name.get(ad_lang) for s in role.skills if s.skill in cat.skills}
    skills = st.multiselect(
        t("jobad.form.skills"),
        options=list(skill_names),
        default=list(skill_names),
        format_func=skill_names.__getitem__,
        key=f"jd-skills-{scope}",
    )

    st.markdown(f"**{ui.md(t('jobad.form.pay'))}**")
    st.caption(ui.md(pay_basis_note(cat, pay, t)))
    p1, p2, p3 = st.columns(3)
    currency = p1.selectbox(t("jobad.form.currency"), CURRENCIES, key="jd-currency")
    with p2:
        base_low = money_input(t("jobad.form.base_low"), pay.base_low, f"jd-base-low-{scope}")
    with p3:
        base_high = money_input(t("jobad.form.base_high"), pay.base_high, f"jd-base-high-{scope}")
    v1, v2, v3 = st.columns(3)
    variable = v1.selectbox(
        t("jobad.form.variable"),
        VARIABLES,
        index=VARIABLES.index(pay.variable),
        format_func=lambda v: t(f"jobad.variable.{v}"),
        key=f"jd-variable-{scope}",
    )
    with v2:
        variable_amount = money_input(
            t("jobad.form.variable_amount"), pay.variable_amount, f"jd-variable-amount-{scope}"
        )
    with v3:
        ote = money_input(t("jobad.form.ote"), pay.ote, f"jd-ote-{scope}", help=t("jobad.form.ote_help"))

    travel = st.selectbox(
        t("jobad.form.travel"),
        TRAVELS,
        index=TRAVELS.index(defaults.travel),
        format_func=lambda x: t("jobad.form.travel_omit") if x == "not-stated" else t(f"travel.{x}"),
        key=f"jd-travel-{scope}",
    )
    benefits = st.text_area(
        t("jobad.form.benefits"), max_chars=MAX_LONG_FIELD, help=t("jobad.form.benefits_help"), key="jd-benefits"
    )
    apply = st.text_area(
        t("jobad.form.apply"), max_chars=MAX_LONG_FIELD, placeholder=ta("jobad.apply_default"), key="jd-apply"
    )
    st.form_submit_button(t("jobad.form.submit"), type="primary", icon=":material/refresh:", key="jd-submit")

last_key = f"jd-last-{scope}"
try:
    inp = JobAdInput(
        role=role_id,
        lang=ad_lang,
        company=company,
        location=location,
        seniority=seniority,
        duties=tuple(duties),
        skills=tuple(skills),
        currency=currency,
        base_low=base_low,
        base_high=base_high,
        variable=variable,
        variable_amount=variable_amount,
        ote=ote,
        travel=travel,
        benefits=benefits,
        apply=apply,
    )
    st.session_state[last_key] = inp
except ValidationError:
    # The only rule a form value can break is the order of the base range; keep the last good ad.
    st.error(t("jobad.error.base_order"), icon=":material/error:")
    inp = st.session_state.get(last_key, defaults)

ad = compose(cat, inp)
st.header(t("jobad.preview"))
with st.container(border=True, key="jd-preview"):
    st.markdown(markdown(ad, top=2, streamlit=True))

st.subheader(t("jobad.downloads"))
files = ui.job_ad_files(inp)
for column, fmt in zip(st.columns(len(FORMATS)), FORMATS, strict=True):
    column.download_button(
        t(f"jobad.format.{fmt}"),
        data=files[fmt],
        file_name=file_name(ad, fmt),
        mime=MIME[fmt],
        on_click="ignore",
        icon=":material/download:",
        key=f"jd-download-{fmt}",
        width="stretch",
    )

st.header(t("jobad.check.title"))
checker = ui.wording_checker()
if checker is None:
    st.info(t("wording.unavailable"))
    st.stop()
st.markdown(ui.md(t("jobad.check.generated")))
ui.wording_report(checker.check(plain_text(ad), ad.lang), show_text=False)

st.subheader(t("jobad.check.paste_title"))
st.markdown(ui.md(t("jobad.check.paste_intro")))
with st.form("wording-paste"):
    pasted = st.text_area(t("jobad.check.paste_label"), max_chars=20000, height=200, key="jd-paste")
    paste_lang = st.selectbox(
        t("jobad.check.paste_lang"),
        options=list(ui.LANGS),
        index=list(ui.LANGS).index(ad_lang),
        format_func=lambda code: ui.NATIVE_NAMES[code],
        key="jd-paste-lang",
    )
    checked = st.form_submit_button(t("jobad.check.run"), icon=":material/spellcheck:", key="jd-check")
if checked and not pasted.strip():
    st.info(t("jobad.check.empty"))
elif pasted.strip():
    ui.wording_report(checker.check(pasted, paste_lang))
