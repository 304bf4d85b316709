"""A job ad as Markdown, plain text, HTML and Word (DOCX); every text is escaped for its format."""

from __future__ import annotations

import html
import io
import re
import unicodedata
from typing import Literal

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from kamcareer.jobad import JobAd
from kamcareer.text import md_escape as md_escape_streamlit
from kamcareer.text import md_escape_file

Format = Literal["md", "txt", "html", "docx"]
FORMATS: tuple[Format, ...] = ("md", "txt", "html", "docx")
MIME: dict[Format, str] = {
    "md": "text/markdown",
    "txt": "text/plain",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
#: Fonts that hold every script of the app; Word and browsers fall back along the list.
FONTS = {
    "hi": "Nirmala UI, Noto Sans Devanagari",
    "te": "Nirmala UI, Noto Sans Telugu",
}
_DEFAULT_FONT = "Calibri, Noto Sans"


def markdown(ad: JobAd, top: int = 1, streamlit: bool = False) -> str:
    """Markdown with every text escaped: a company name never becomes a link, image or HTML.

    ``top`` is the heading level of the title (2 when the ad sits inside a page with its own title);
    ``streamlit`` escapes also what only Streamlit's Markdown interprets (colour directives, LaTeX).
    """
    md_escape = md_escape_streamlit if streamlit else md_escape_file
    h1, h2, h3 = ("#" * (top + n) for n in range(3))
    out = [f"{h1} {md_escape(ad.title)}"]
    if ad.subtitle:
        out.append(f"*{md_escape(ad.subtitle)}*")
    for section in ad.sections:
        out.append(f"{h2} {md_escape(section.heading)}")
        for block in section.blocks:
            if block.heading:
                out.append(f"{h3} {md_escape(block.heading)}")
            out.extend(md_escape(p) for p in block.paragraphs)
            if block.bullets:
                out.append("\n".join(f"- {md_escape(b)}" for b in block.bullets))
    return "\n\n".join(out) + "\n"


def _width(text: str) -> int:
    """Columns the text takes in a terminal: combining vowel signs and joiners take none."""
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Me", "Cf"))


def plain(ad: JobAd) -> str:
    """Plain text to paste anywhere: underlined headings, bullets as "•"."""
    out = [ad.title, "=" * _width(ad.title)]
    if ad.subtitle:
        out.append(ad.subtitle)
    for section in ad.sections:
        out += ["", section.heading, "-" * _width(section.heading)]
        for block in section.blocks:
            if block.heading:
                out += ["", block.heading]
            for paragraph in block.paragraphs:
                out += ["", paragraph]
            if block.bullets:
                out.append("")
                out.extend(f"• {b}" for b in block.bullets)
    return "\n".join(out) + "\n"


def html_document(ad: JobAd) -> str:
    """A standalone, UTF-8 HTML page; all text escaped, no scripts, no remote resources."""
    e = html.escape
    font = FONTS.get(ad.lang, _DEFAULT_FONT)
    body = [f"<h1>{e(ad.title)}</h1>"]
    if ad.subtitle:
        body.append(f'<p class="subtitle">{e(ad.subtitle)}</p>')
    for section in ad.sections:
        body.append(f"<h2>{e(section.heading)}</h2>")
        for block in section.blocks:
            if block.heading:
                body.append(f"<h3>{e(block.heading)}</h3>")
            body.extend(f"<p>{e(p)}</p>" for p in block.paragraphs)
            if block.bullets:
                body.append("<ul>" + "".join(f"<li>{e(b)}</li>" for b in block.bullets) + "</ul>")
    return (
        f'<!DOCTYPE html>\n<html lang="{e(ad.lang)}">\n<head>\n<meta charset="utf-8">\n'
        # The page may be opened from disk or pasted into an applicant system: forbid scripts outright.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(ad.title)}</title>\n"
        f"<style>body{{font-family:{font},sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
        "line-height:1.5;color:#1f2328}h1{margin-bottom:.2rem}.subtitle{color:#57606a;margin-top:0}"
        "h2{margin-top:1.8rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem;margin-bottom:.3rem}</style>\n"
        "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


# Characters XML 1.0 cannot hold at all; python-docx would refuse the whole document.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _set_fonts(run_or_style: object, lang: str) -> None:
    """Name a font for Latin and for complex scripts, so Word shows Devanagari and Telugu."""
    font = FONTS.get(lang, _DEFAULT_FONT).split(",")[0]
    r_pr = run_or_style.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = r_pr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    # The language tag lets Word pick the right shaping, spelling and hyphenation.
    lang_el = r_pr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = r_pr.makeelement(qn("w:lang"), {})
        r_pr.append(lang_el)
    tag = {"hi": "hi-IN", "te": "te-IN", "id": "id-ID", "de": "de-DE", "es": "es-ES"}.get(lang, "en-US")
    lang_el.set(qn("w:val"), tag)
    lang_el.set(qn("w:bidi"), tag)


def docx_bytes(ad: JobAd) -> bytes:
    """A Word document with real headings and bullet lists; text is stored as text, never markup."""
    doc = Document()
    clean = lambda text: _NOT_XML.sub("", text)  # noqa: E731 - a one-use helper
    for style_name in ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet"):
        _set_fonts(doc.styles[style_name], ad.lang)
    doc.styles["Normal"].font.size = Pt(11)
    doc.core_properties.title = clean(ad.title)
    doc.core_properties.language = ad.lang
    doc.add_heading(clean(ad.title), level=0)
    if ad.subtitle:
        doc.add_paragraph(clean(ad.subtitle)).runs[0].italic = True
    for section in ad.sections:
        doc.add_heading(clean(section.heading), level=1)
        for block in section.blocks:
            if block.heading:
                doc.add_heading(clean(block.heading), level=2)
            for paragraph in block.paragraphs:
                doc.add_paragraph(clean(paragraph))
            for bullet in block.bullets:
                doc.add_paragraph(clean(bullet), style="List Bullet")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def render(ad: JobAd, fmt: Format) -> bytes:
    """The ad in ``fmt`` as bytes (UTF-8 for the text formats)."""
    if fmt == "docx":
        return docx_bytes(ad)
    text = {"md": markdown, "txt": plain, "html": html_document}[fmt](ad)
    return text.encode("utf-8")


def file_name(ad: JobAd, fmt: Format) -> str:
    """A safe file name from the title: letters of any script kept, everything else a dash."""
    stem = re.sub(r"[^\w\u0900-\u097F\u0C00-\u0C7F]+", "-", ad.title).strip("-").lower()[:60] or "job-ad"
    return f"{stem}-{ad.lang}.{fmt}"
