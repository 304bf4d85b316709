"""Making text safe to show: Markdown escaping for content and anything a person types."""

from __future__ import annotations

import re

# Characters that Streamlit's Markdown would interpret: emphasis, links, code, HTML,
# tables, LaTeX ($), strikethrough and colour directives (:red[...]).
_SPECIAL = re.compile(r"([\\`*_\[\]{}<>()#|$~:!])")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """Escape ``text`` so Markdown shows it literally (no HTML, links, math or lists)."""
    escaped = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


# CommonMark/GFM needs fewer escapes than Streamlit: no colour directives or LaTeX, and
# parentheses, colons and "!" only act next to brackets, which are escaped themselves.
_SPECIAL_FILE = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape_file(text: str) -> str:
    """Escape ``text`` for a Markdown file: readable as plain text, shown literally when rendered."""
    escaped = _SPECIAL_FILE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
