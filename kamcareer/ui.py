"""The one module that imports Streamlit: cached content, language state, shared widgets."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import streamlit as st
from plotly.graph_objects import Figure

from kamcareer.catalog import DEFAULT_CONTENT_DIR, Catalog, load_catalog
from kamcareer.citations import Citations, publisher_label
from kamcareer.compare import MAX_ROLES, parse_role_list
from kamcareer.fit import Contribution, measure_evidence, measure_label
from kamcareer.i18n import Translator
from kamcareer.jobad import JobAdInput, compose
from kamcareer.jobad_formats import FORMATS, render
from kamcareer.languages import LANGS, NATIVE_NAMES, normalize_lang
from kamcareer.models import Role
from kamcareer.profiles import experience_label, skills_by_importance, typical_education
from kamcareer.text import md_escape
from kamcareer.wording import MASCULINE_LEAN, Report, WordingChecker, segments, verdict_lines, why

LANG_KEY = "lang"
_PICKER_KEY = "_lang_picker"

#: Page scripts by URL path; ``st.page_link`` and ``st.switch_page`` take these file paths.
#: A URL path must never equal its file's name: Streamlit still knows the old ``pages/``
#: folder convention and, until the first ``st.navigation`` call in the process (and on
#: every AppTest run), serves ``pages/<url>.py`` directly, without app.py, its menu or the
#: language. Different names send such requests through app.py.
PAGES = {
    "home": "pages/welcome.py",
    "role": "pages/role_profile.py",
    "compare": "pages/role_comparison.py",
    "pay": "pages/pay_and_outlook.py",
    "fit": "pages/role_fit.py",
    "guide": "pages/kam_guide.py",
    "jobad": "pages/job_ad_builder.py",
    "sources": "pages/source_list.py",
}


def _fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the content files: a cheap cache key."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return tuple((str(p.relative_to(root)), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


@st.cache_resource(show_spinner=False)
def _load(root: str, _fingerprint_key: tuple[tuple[str, int, int], ...]) -> Catalog:
    # cache_resource shares one immutable Catalog across sessions without copying it per rerun.
    catalog = load_catalog(Path(root))
    _freeze_long_lived_objects()
    return catalog


def _freeze_long_lived_objects() -> None:
    """Exempt what is loaded once (modules, content) from Python's full garbage collections."""
    # A full collection walks every object in memory: with Plotly, pandas, Babel and the
    # content loaded that took ~110 ms, and Python runs one now and then in the middle of some
    # visitor's rerun. What is alive once the content is loaded lives as long as the process,
    # so it is frozen out of those walks. (Streamlit's own collection after every rerun is off
    # in .streamlit/config.toml for the same reason.)
    gc.collect()
    gc.freeze()


#: How long a content fingerprint is trusted: a page asks for the content dozens of times per
#: rerun, and listing and stat-ing every file each time was most of a rerun's cost.
_FINGERPRINT_SECONDS = 2.0
_fingerprints: dict[str, tuple[float, tuple[tuple[str, int, int], ...]]] = {}


def _content_key() -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The content folder and its fingerprint: the key of everything built from the content."""
    # KAMCAREER_CONTENT points the app at another content folder (tests, staging content).
    root = Path(os.environ.get("KAMCAREER_CONTENT") or DEFAULT_CONTENT_DIR)
    now = time.monotonic()
    seen = _fingerprints.get(str(root))
    if seen is not None and now - seen[0] < _FINGERPRINT_SECONDS:
        return str(root), seen[1]
    fingerprint = _fingerprint(root) if root.is_dir() else ()
    _fingerprints[str(root)] = (now, fingerprint)
    return str(root), fingerprint


@st.cache_resource(show_spinner=False, max_entries=512)
def _figure(
    key: tuple[object, ...], fingerprint: tuple[tuple[str, int, int], ...], _build: Callable[[], Figure]
) -> Figure:
    # cache_resource hands every session the same figure object: no copy, no rebuild.
    return _build()


def figure(key: tuple[object, ...], build: Callable[[], Figure]) -> Figure:
    """A Plotly figure built once per ``key`` and content version (building one takes ~10 ms).

    ``key`` must name everything the figure depends on: the chart, the language, the choices.
    """
    return _figure(key, _content_key()[1], build)


_last_catalog: list[tuple[tuple[str, tuple[tuple[str, int, int], ...]], Catalog]] = []


def catalog() -> Catalog:
    """The validated content, loaded once and reloaded only when a content file changes."""
    key = _content_key()
    # Pages ask for the catalog dozens of times per rerun; hashing the key for the cache
    # each time added up, so the last catalog is kept at hand (same key, same object).
    if _last_catalog and _last_catalog[0][0] == key:
        return _last_catalog[0][1]
    # A changed file gives a new key; _load is keyed on it but ignores its value.
    loaded = _load(*key)
    _last_catalog[:] = [(key, loaded)]
    return loaded


@st.cache_resource(show_spinner=False)
def _checker(root: str, _fingerprint_key: tuple[tuple[str, int, int], ...]) -> WordingChecker | None:
    wording = _load(root, _fingerprint_key).wording
    return WordingChecker(wording) if wording is not None else None


def wording_checker() -> WordingChecker | None:
    """The wording check compiled once per content version; None when ``wording.yaml`` is broken."""
    return _checker(*_content_key())


@st.cache_data(show_spinner=False, max_entries=64)
def _ad_files(inp_json: str, root: str, fingerprint: tuple[tuple[str, int, int], ...]) -> dict[str, bytes]:
    ad = compose(_load(root, fingerprint), JobAdInput.model_validate_json(inp_json))
    return {fmt: render(ad, fmt) for fmt in FORMATS}


def job_ad_files(inp: JobAdInput) -> dict[str, bytes]:
    """The ad in every download format, built once per distinct input and content version."""
    return _ad_files(inp.model_dump_json(), *_content_key())


def current_lang() -> str:
    """The page language: ``?lang=`` when given, else the session's, else English."""
    requested = st.query_params.get(LANG_KEY)
    # Streamlit clears query params on page change; then the session remembers the choice.
    lang = normalize_lang(requested if requested is not None else st.session_state.get(LANG_KEY))
    st.session_state[LANG_KEY] = lang
    return lang


def keep_lang_in_url() -> None:
    """Put ``?lang=`` back in the URL; call after ``st.navigation``, which clears it on a page change."""
    if st.query_params.get(LANG_KEY) != lang():
        st.query_params[LANG_KEY] = lang()


def lang() -> str:
    """The language chosen for this run (set by ``current_lang`` in app.py)."""
    return normalize_lang(st.session_state.get(LANG_KEY))


def translator() -> Translator:
    """UI strings in the current language."""
    return Translator(catalog().ui, lang())


def _on_pick() -> None:
    chosen = normalize_lang(st.session_state.get(_PICKER_KEY))
    st.session_state[LANG_KEY] = chosen
    st.query_params[LANG_KEY] = chosen


def language_picker() -> None:
    """A sidebar picker naming each language in itself; the choice goes to session and URL."""
    t = translator()
    # Keep the widget in step with the URL (a shared link or the browser's back button).
    st.session_state[_PICKER_KEY] = lang()
    st.sidebar.selectbox(
        ":material/language: " + t("app.language"),
        options=LANGS,
        format_func=lambda code: NATIVE_NAMES[code],
        key=_PICKER_KEY,
        on_change=_on_pick,
    )


def content_problems_notice() -> None:
    """Say clearly which content files are broken, while the rest of the app keeps working."""
    cat = catalog()
    if not cat.errors:
        return
    t = translator()
    with st.container(border=True):
        st.warning(t.count("problems.title", len(cat.broken_files)), icon="⚠️")
        with st.expander(t("problems.details")):
            st.code("\n".join(str(p) for p in cat.errors), language=None, wrap_lines=True)


def cite_marks(citations: Citations, source_ids: Iterable[str]) -> str:
    """Footnote marks such as ``[1] [3]`` in grey, ready to append to a Markdown line."""
    numbers = citations.cite(source_ids)
    return " :gray[" + " ".join(f"\\[{n}\\]" for n in numbers) + "]"


def md(text: str) -> str:
    """Content text escaped for Markdown."""
    return md_escape(text)


def source_list(citations: Citations) -> None:
    """The numbered sources a page cited, with publisher, year and confidence."""
    cat, t = catalog(), translator()
    lines = []
    for number, sid in citations.entries():
        src = cat.sources.get(sid)
        if src is None:
            continue
        year = f", {src.year}" if src.year else ""
        confidence = t(f"confidence.{src.confidence}")
        lines.append(
            f"{number}. **{md(src.name.get(lang()))}** — {md(publisher_label(src, t))}{year} · "
            f"{t('sources.confidence')}: {confidence} — {md(src.about.get(lang()))}"
        )
    if lines:
        st.markdown("\n".join(lines))


_ROLE_PICKER_KEY = "_role_picker"
ROLE_KEY = "role"


def _on_role_pick() -> None:
    st.session_state[ROLE_KEY] = st.session_state[_ROLE_PICKER_KEY]
    st.query_params[ROLE_KEY] = st.session_state[_ROLE_PICKER_KEY]


def _role_title_in(language: str) -> Callable[[str], str]:
    """A label function with the language bound now: Streamlit may call it after the run."""
    roles = catalog().roles
    return lambda rid: roles[rid].title.get(language) if rid in roles else rid


def selected_role(role_ids: list[str]) -> str:
    """The role to show: ``?role=`` when valid, else the last one seen; a picker changes it."""
    t = translator()
    requested = st.query_params.get(ROLE_KEY)
    if requested is not None and requested not in role_ids:
        with st.container(border=True):
            st.info(t("role.unknown", value=md_escape(requested[:80])), icon="ℹ️")
            label = _role_title_in(lang())
            for rid in role_ids:
                st.page_link(PAGES["role"], label=label(rid), query_params={ROLE_KEY: rid, LANG_KEY: lang()})
        requested = None
    current = requested or st.session_state.get(ROLE_KEY)
    if current not in role_ids:
        current = role_ids[0]
    st.session_state[ROLE_KEY] = current
    st.query_params[ROLE_KEY] = current
    st.session_state[_ROLE_PICKER_KEY] = current
    st.selectbox(
        t("role.pick"),
        options=role_ids,
        format_func=_role_title_in(lang()),
        key=_ROLE_PICKER_KEY,
        on_change=_on_role_pick,
    )
    return current


def role_facts(role: Role, stacked: bool = False) -> None:
    """Education, experience and travel in full: side by side, or one per line in narrow cards.

    Narrow columns would split long words ("Bachelorabschluss") mid-word, so cards stack them.
    """
    t = translator()
    facts = (
        (t("home.education"), typical_education(role, t)),
        (t("home.experience"), experience_label(role, t)),
        (t("home.travel"), t(f"travel.{role.environment.travel}")),
    )
    if stacked:
        st.markdown("  \n".join(f"**{md(label)}:** {md(value)}" for label, value in facts))
        return
    for column, (label, value) in zip(st.columns(3), facts, strict=True):
        column.markdown(f"**{md(label)}**  \n{md(value)}")


COMPARE_KEY = "compare"
LANG2_KEY = "lang2"
_COMPARE_PICKER_KEY = "_compare_picker"
_LANG2_PICKER_KEY = "_lang2_picker"


def _on_compare_pick() -> None:
    ids = list(st.session_state[_COMPARE_PICKER_KEY])
    st.session_state[COMPARE_KEY] = ids
    st.query_params[COMPARE_KEY] = ",".join(ids)


def selected_roles(role_ids: list[str], default: Sequence[str]) -> list[str]:
    """Roles to compare: ``?compare=a,b`` (junk ignored with a note), else the session's, else ``default``."""
    t = translator()
    requested = st.query_params.get(COMPARE_KEY)
    if requested is not None:
        chosen, ignored = parse_role_list(requested, role_ids)
        if ignored:
            st.info(t("compare.ignored", items=md_escape(", ".join(ignored))), icon="ℹ️")
    else:
        chosen = [rid for rid in st.session_state.get(COMPARE_KEY, default) if rid in role_ids]
    st.session_state[COMPARE_KEY] = chosen
    st.query_params[COMPARE_KEY] = ",".join(chosen)
    st.session_state[_COMPARE_PICKER_KEY] = chosen
    st.multiselect(
        t("compare.pick"),
        options=role_ids,
        format_func=_role_title_in(lang()),
        key=_COMPARE_PICKER_KEY,
        max_selections=MAX_ROLES,
        on_change=_on_compare_pick,
    )
    return chosen


def _on_lang2_pick() -> None:
    value = st.session_state[_LANG2_PICKER_KEY]
    st.session_state[LANG2_KEY] = value
    st.query_params[LANG2_KEY] = value


def second_language() -> str:
    """The language of the right-hand column in the bilingual view (``?lang2=``), never the page language."""
    t = translator()
    requested = st.query_params.get(LANG2_KEY) or st.session_state.get(LANG2_KEY)
    default = "de" if lang() != "de" else "en"
    lang2 = requested if requested in LANGS else default
    st.session_state[LANG2_KEY] = lang2
    st.session_state[_LANG2_PICKER_KEY] = lang2
    st.selectbox(
        t("compare.second_lang"),
        options=LANGS,
        format_func=lambda code: NATIVE_NAMES[code],
        key=_LANG2_PICKER_KEY,
        on_change=_on_lang2_pick,
    )
    return lang2


def role_column(role: Role, column_lang: str) -> None:
    """A compact profile of ``role`` written wholly in ``column_lang`` (labels included)."""
    cat = catalog()
    t = Translator(cat.ui, column_lang)
    st.caption(NATIVE_NAMES[column_lang])
    st.subheader(role.title.get(column_lang))
    st.markdown(md(role.summary.get(column_lang)))
    st.markdown(f"**{md(t('home.education'))}:** {md(typical_education(role, t))}")
    st.markdown(f"**{md(t('home.experience'))}:** {md(experience_label(role, t))}")
    st.markdown(f"**{md(t('role.duties'))}**")
    for group in role.duty_groups:
        st.markdown(f"*{md(group.title.get(column_lang))}*")
        st.markdown("\n".join(f"- {md(d.text.get(column_lang))}" for d in group.duties))
    st.markdown(f"**{md(t('role.skills'))}**")
    for importance, skills in skills_by_importance(role).items():
        st.markdown(f"*{md(t(f'importance.{importance}'))}*")
        st.markdown("\n".join(f"- {md(cat.skills[s.skill].name.get(column_lang))}" for s in skills))


_MARK_COLOURS = {"masculine": "blue", "feminine": "violet"}


def marked_text(report: Report) -> str:
    """The checked text as Markdown, every character escaped, marks on coloured backgrounds."""
    out = []
    for piece, mark in segments(report):
        text = md_escape(piece).replace("\n", "  \n")
        if mark is None or not piece.strip():
            out.append(text)
        else:
            out.append(f":{_MARK_COLOURS.get(mark.kind, 'orange')}-background[{text}]")
    return "".join(out)


def wording_report(report: Report, show_text: bool = True) -> None:
    """Findings with why and what instead, the marked text, the verdict and the state of the research."""
    t = translator()
    if report.findings:
        st.warning(t.count("wording.found", len(report.findings)), icon=":material/flag:")
        lines = []
        for finding in report.findings:
            words = ", ".join(f"“{md_escape(m.text)}”" for m in finding.marks)
            line = f"- **{words}** — {md_escape(why(finding, report, t))}"
            if finding.instead:
                line += f"  \n  {t('wording.col.instead')}: {md_escape(finding.instead)}"
            if finding.kind == MASCULINE_LEAN:
                line += "".join(f"\n    - {md_escape(m.text)} → {md_escape(m.instead)}" for m in finding.marks)
            lines.append(line)
        st.markdown("\n".join(lines))
    else:
        st.success(t("wording.none"), icon=":material/check_circle:")
    if show_text and report.marks:
        with st.expander(t("wording.legend")):
            st.markdown(marked_text(report))
    st.caption("  \n".join(md_escape(line) for line in [*verdict_lines(report, t), t("wording.exempt")]))


_AD_LANG_KEY = "_ad_lang_picker"


def ad_language() -> str:
    """The language the job ad is written in: the page language until the person picks another."""
    t = translator()
    if st.session_state.get(_AD_LANG_KEY) not in LANGS:
        st.session_state[_AD_LANG_KEY] = lang()
    return st.selectbox(
        t("jobad.pick_lang"), options=LANGS, format_func=lambda code: NATIVE_NAMES[code], key=_AD_LANG_KEY
    )


def fit_reason(role: Role, contribution: Contribution, marks: Citations) -> str:
    """One answer's part in a role's score, as a Markdown list item with the role content behind it."""
    cat, t = catalog(), translator()
    answer = t("fit.answer_line", answer=md(contribution.answer.text.get(t.lang)))
    line = f"- {answer} → **{md(measure_label(cat, role, contribution, t))}**"
    if contribution.role_level is None:
        return line + f"  \n  :gray[{md(t('fit.unknown'))}]"
    evidence, sources = measure_evidence(role, contribution, t.lang)
    if evidence:
        line += f"  \n  :gray[{md(evidence)}]"
    return line + (cite_marks(marks, sources) if sources else "")
