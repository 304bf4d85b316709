"""Job ads: composed from the role's content in every language, escaped in every format, same via CLI."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from markdown_it import MarkdownIt
from pydantic import ValidationError
from streamlit.testing.v1 import AppTest

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.jobad import JobAdInput, compose, default_input, duty_key, pay_basis_note, pay_defaults
from kamcareer.jobad_formats import FORMATS, file_name, html_document, markdown, plain, render
from kamcareer.languages import LANGS
from kamcareer.prices import factor
from kamcareer.ui import PAGES
from tests.conftest import ROLE_FILES, ROOT

ROLE_IDS = [path.stem for path in ROLE_FILES]
HOSTILE = "<script>alert(1)</script> ![x](https://evil.example/x.png) [click](javascript:alert(2))"


def ad_for(catalog: Catalog, role_id: str, lang: str, **changes: object):
    inp = default_input(catalog, role_id, lang).model_copy(update=changes)
    return compose(catalog, JobAdInput.model_validate(inp.model_dump()))


@pytest.mark.parametrize("role_id", ROLE_IDS)
@pytest.mark.parametrize("lang", LANGS)
def test_every_role_gets_a_complete_ad_in_every_language(catalog: Catalog, role_id: str, lang: str) -> None:
    role = catalog.roles[role_id]
    t = Translator(catalog.ui, lang)
    ad = ad_for(catalog, role_id, lang, company="Acme", location="Pune")
    assert role.title.get(lang) in ad.title
    headings = [s.heading for s in ad.sections]
    for key in ("about", "responsibilities", "pay", "apply"):
        assert t(f"jobad.h.{key}") in headings
    text = plain(ad)
    # Every duty and the summary come from the content, in the ad's language.
    assert role.summary.get(lang) in text
    assert all(d.text.get(lang) in text for g in role.duty_groups for d in g.duties)
    assert t("jobad.equal") in text
    if lang == "de":
        assert "(m/w/d)" in ad.title


def test_deselected_duties_and_skills_are_left_out(catalog: Catalog) -> None:
    role = catalog.roles["key-account-manager"]
    first = role.duty_groups[0]
    keep = tuple(duty_key(first.id, d.id) for d in first.duties)
    ad = ad_for(catalog, "key-account-manager", "en", duties=keep, skills=("negotiation",))
    text = plain(ad)
    assert all(d.text.get("en") in text for d in first.duties)
    assert role.duty_groups[1].duties[0].text.get("en") not in text
    assert catalog.skills["negotiation"].name.get("en") in text
    assert catalog.skills["customer-service"].name.get("en") not in text


def test_kam_pay_is_prefilled_from_payscale_in_todays_dollars(catalog: Catalog) -> None:
    pay = pay_defaults(catalog, "key-account-manager")
    f = factor(catalog.prices, 2010)
    assert pay.base_low == round(51933 * f / 100) * 100
    assert pay.base_high == round(94871 * f / 100) * 100
    assert pay.variable == "commission" and pay.variable_amount == round(39999 * f / 100) * 100
    assert pay.ote is not None and pay.base_low < pay.ote
    assert {fig.source for fig in pay.basis} == {"payscale-2010"}


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_every_role_gets_pay_with_its_basis(catalog: Catalog, role_id: str) -> None:
    pay = pay_defaults(catalog, role_id)
    assert pay.base_low and pay.base_high and pay.basis


@pytest.mark.parametrize("lang", LANGS)
def test_pay_lines_use_the_locale_and_currency(catalog: Catalog, lang: str) -> None:
    ad = ad_for(catalog, "key-account-manager", lang, currency="EUR", base_low=50000, base_high=60000, ote=70000)
    text = plain(ad)
    assert "€" in text
    t = Translator(catalog.ui, lang)
    assert t("jobad.h.pay") in text


def test_base_range_in_the_wrong_order_is_refused() -> None:
    with pytest.raises(ValidationError):
        JobAdInput(role="account-manager", lang="en", base_low=90000, base_high=50000)


def test_cleared_pay_leaves_the_pay_section_out(catalog: Catalog) -> None:
    ad = ad_for(catalog, "key-account-manager", "en", base_low=None, base_high=None, variable="none", ote=None)
    assert "Pay" not in [s.heading for s in ad.sections]


@pytest.mark.parametrize("lang", LANGS)
def test_docx_opens_and_keeps_every_script(catalog: Catalog, lang: str) -> None:
    ad = ad_for(catalog, "key-account-manager", lang, company=HOSTILE)
    data = render(ad, "docx")
    doc = Document(io.BytesIO(data))
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[0] == ad.title
    duty = catalog.roles["key-account-manager"].duty_groups[0].duties[0].text.get(lang)
    assert duty in paragraphs
    assert any(p.style.name == "List Bullet" for p in doc.paragraphs)
    # The typed company name is text in the document, escaped in its XML, never markup.
    assert any(HOSTILE in p for p in paragraphs)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "<script>" not in xml and "&lt;script&gt;alert(1)&lt;/script&gt;" in xml


def test_docx_drops_control_characters_instead_of_failing(catalog: Catalog) -> None:
    ad = ad_for(catalog, "account-manager", "en", company="Ac\x00me\x1b Ltd")
    assert "Acme Ltd" in [p.text for p in Document(io.BytesIO(render(ad, "docx"))).paragraphs][1]


@pytest.mark.parametrize("lang", LANGS)
def test_html_escapes_everything_typed_and_forbids_scripts(catalog: Catalog, lang: str) -> None:
    ad = ad_for(catalog, "account-manager", lang, company=HOSTILE, apply=HOSTILE)
    page = html_document(ad)
    assert "<script>" not in page and "<img" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "default-src 'none'" in page
    assert f'<html lang="{lang}">' in page


@pytest.mark.parametrize("streamlit", [False, True])
def test_markdown_shows_links_images_and_html_as_text(catalog: Catalog, streamlit: bool) -> None:
    text = markdown(ad_for(catalog, "account-manager", "en", company=HOSTILE), streamlit=streamlit)
    rendered = MarkdownIt("commonmark").render(text)
    assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "https://evil.example/x.png" in rendered, "the typed text is kept, as text"


def test_file_names_are_safe_in_every_script(catalog: Catalog) -> None:
    for lang in LANGS:
        ad = ad_for(catalog, "key-account-manager", lang)
        for fmt in FORMATS:
            name = file_name(ad, fmt)
            assert name.endswith(f"-{lang}.{fmt}") and "/" not in name and " " not in name


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kamcareer", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        input=stdin,
        timeout=120,
    )


def test_cli_writes_the_same_ad_as_the_app(catalog: Catalog) -> None:
    result = run_cli("jd", "--role", "key-account-manager", "--lang", "te", "--format", "md", "--company", HOSTILE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == markdown(ad_for(catalog, "key-account-manager", "te", company=HOSTILE))


def test_cli_writes_docx_to_a_file_and_refuses_docx_on_stdout(tmp_path: Path) -> None:
    out = tmp_path / "ad.docx"
    ok = run_cli("jd", "--role", "account-manager", "--lang", "hi", "--format", "docx", "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    assert Document(str(out)).paragraphs[0].text.startswith("खाता प्रबंधक")
    refused = run_cli("jd", "--role", "account-manager", "--format", "docx")
    assert refused.returncode == 2 and "--out" in refused.stderr


def test_cli_names_the_roles_when_one_is_unknown() -> None:
    result = run_cli("jd", "--role", "astronaut")
    assert result.returncode == 2
    assert "key-account-manager" in result.stderr and "Traceback" not in result.stderr


def test_cli_check_wording_exit_codes(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Vertriebsmitarbeiter\nEr betreut Kunden.", encoding="utf-8")
    found = run_cli("check-wording", "--lang", "de", str(bad))
    assert found.returncode == 1
    assert "Er" in found.stdout and "(m/w/d)" in found.stdout
    clean = run_cli("check-wording", "--lang", "en", "-", stdin="You look after our largest customers.")
    assert clean.returncode == 0, clean.stdout
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Verkäufer".encode("latin-1"))
    broken = run_cli("check-wording", "--lang", "de", str(latin1))
    assert broken.returncode == 2 and "UTF-8" in broken.stderr


# ------------------------------------------------------------------ the page


def open_builder(lang: str = "en", **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page(PAGES["jobad"])
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def preview(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.parametrize("lang", LANGS)
def test_page_previews_an_ad_in_the_page_language_with_no_findings(catalog: Catalog, lang: str) -> None:
    at = open_builder(lang, role="key-account-manager")
    assert not at.exception, [e.value for e in at.exception]
    t = Translator(catalog.ui, lang)
    text = preview(at)
    assert t("jobad.h.responsibilities") in text
    assert [s.value for s in at.success] == [t("wording.none")]
    assert len(at.get("download_button")) == len(FORMATS)


def test_page_shows_a_typed_company_as_text(catalog: Catalog) -> None:
    at = open_builder("en", role="account-manager")
    at.text_input(key="jd-company").input(HOSTILE)
    at = at.button(key="jd-submit").click().run()
    text = preview(at)
    assert "<script>" not in text and "\\<script\\>" in text


def test_page_keeps_the_last_good_ad_when_the_base_range_is_inverted(catalog: Catalog) -> None:
    at = open_builder("en", role="key-account-manager")
    before = preview(at)
    low = next(n for n in at.number_input if n.key and n.key.startswith("jd-base-low"))
    low.set_value(900000)
    at = at.button(key="jd-submit").click().run()
    assert [e.value for e in at.error] == [Translator(catalog.ui, "en")("jobad.error.base_order")]
    assert preview(at) == before


def test_page_checks_pasted_text_in_its_language() -> None:
    at = open_builder("en")
    at.text_area(key="jd-paste").input("Dicari: Pria, berpenampilan menarik.")
    at.selectbox(key="jd-paste-lang").set_value("id")
    at = at.button(key="jd-check").click().run()
    warnings = [w.value for w in at.warning]
    assert any("2" in w for w in warnings)
    assert "Pria" in preview(at) and "berpenampilan menarik" in preview(at)


@pytest.mark.parametrize("lang", LANGS)
def test_prefilled_pay_names_its_source_date_and_dollars(catalog: Catalog, lang: str) -> None:
    t = Translator(catalog.ui, lang)
    kam = pay_basis_note(catalog, pay_defaults(catalog, "key-account-manager"), t)
    assert "PayScale" in kam and "2010" in kam and "2024" in kam
    rep = pay_basis_note(catalog, pay_defaults(catalog, "sales-representative"), t)
    assert t("pay.undated", year="2021") in rep
