"""Broken content: `validate` names the file and the field, exits 1, never shows a traceback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kamcareer.catalog import load_catalog
from kamcareer.cli import main

ROLE = "roles/key-account-manager.yaml"


class _PlainDumper(yaml.SafeDumper):
    """Writes repeated objects out in full: content files may not use aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _edit(content: Path, rel: str, change: Callable[[Any], None]) -> None:
    path = content / rel
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.dump(data, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _write(content: Path, rel: str, raw: bytes) -> None:
    (content / rel).write_bytes(raw)


def _first_duty(role: dict[str, Any]) -> dict[str, Any]:
    return role["duty_groups"][0]["duties"][0]


# Each case: (name, how to break the copy, file, field path, words the message must contain).
CASES: list[tuple[str, Callable[[Path], None], str, str, str]] = [
    (
        "malformed-yaml",
        lambda c: _write(c, ROLE, b"id: key-account-manager\ntitle: {en: [unclosed\n"),
        ROLE,
        "(file)",
        "invalid YAML at line",
    ),
    (
        "alias-bomb",
        lambda c: _write(
            c,
            "skills.yaml",
            b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n",
        ),
        "skills.yaml",
        "(file)",
        "aliases",
    ),
    (
        "non-utf8",
        lambda c: _write(c, ROLE, "id: key-account-manager\ntitle: {en: Gesch\u00e4ft}\n".encode("latin-1")),
        ROLE,
        "(file)",
        "not UTF-8",
    ),
    ("empty-file", lambda c: _write(c, ROLE, b""), ROLE, "(file)", "empty"),
    ("only-comments", lambda c: _write(c, ROLE, b"# nothing here\n"), ROLE, "(file)", "no content"),
    ("not-a-mapping", lambda c: _write(c, ROLE, b"- just\n- a list\n"), ROLE, "(file)", "expected a mapping"),
    (
        "duplicate-yaml-key",
        lambda c: _write(c, "prices.yaml", b"series: a\nseries: b\n"),
        "prices.yaml",
        "(file)",
        "duplicate key 'series'",
    ),
    ("too-large", lambda c: _write(c, "skills.yaml", b"# " + b"x" * 600_000 + b"\n"), "skills.yaml", "(file)", "limit"),
    (
        "wrong-type",
        lambda c: _edit(c, ROLE, lambda r: r["experience"].__setitem__("years", {"low": "three", "high": 5})),
        ROLE,
        "experience.years.low",
        "valid number",
    ),
    (
        "missing-field",
        lambda c: _edit(c, ROLE, lambda r: r.pop("summary")),
        ROLE,
        "summary",
        "required field is missing",
    ),
    ("unknown-field", lambda c: _edit(c, ROLE, lambda r: r.__setitem__("salary", 5)), ROLE, "salary", "unknown field"),
    (
        "missing-english",
        lambda c: _edit(c, ROLE, lambda r: r.__setitem__("title", {"de": "Key Account Manager (m/w/d)"})),
        ROLE,
        "title",
        "English text (en) is required",
    ),
    (
        "unknown-language",
        lambda c: _edit(c, ROLE, lambda r: r["title"].__setitem__("fr", "Responsable grands comptes")),
        ROLE,
        "title",
        "unknown language code(s) fr",
    ),
    (
        "unknown-skill",
        lambda c: _edit(c, ROLE, lambda r: r["skills"][0].__setitem__("skill", "juggling")),
        ROLE,
        "skills.0.skill",
        "unknown skill id 'juggling'",
    ),
    (
        "unknown-source",
        lambda c: _edit(c, ROLE, lambda r: _first_duty(r).__setitem__("sources", ["wikipedia"])),
        ROLE,
        "duty_groups.0.duties.0.sources.0",
        "unknown source id 'wikipedia'",
    ),
    (
        "unknown-role-link",
        lambda c: _edit(
            c,
            ROLE,
            lambda r: r["relations"].append(
                {"kind": "next-step", "role": "astronaut", "text": {"en": "x"}, "sources": ["seed-en-kam"]}
            ),
        ),
        ROLE,
        "relations",
        "unknown role id 'astronaut'",
    ),
    (
        "duplicate-duty-id",
        lambda c: _edit(c, ROLE, lambda r: r["duty_groups"][0]["duties"].append(dict(_first_duty(r)))),
        ROLE,
        "duty_groups.0.duties",
        "duplicate id",
    ),
    (
        "duplicate-source-id",
        lambda c: _edit(c, "sources.yaml", lambda s: s["sources"].append(dict(s["sources"][0]))),
        "sources.yaml",
        "sources",
        "duplicate id",
    ),
    (
        "role-id-not-file-name",
        lambda c: _edit(c, ROLE, lambda r: r.__setitem__("id", "account-manager")),
        ROLE,
        "id",
        "does not match the file name",
    ),
    (
        "range-inverted",
        lambda c: _edit(c, ROLE, lambda r: r["experience"].__setitem__("years", {"low": 5, "high": 3})),
        ROLE,
        "experience.years",
        "low (5) is greater than high (3)",
    ),
    (
        "range-negative",
        lambda c: _edit(c, "pay.yaml", lambda p: p["pay"][0].__setitem__("range", {"low": -1, "high": 3})),
        "pay.yaml",
        "pay.0.range.low",
        "greater than or equal to 0",
    ),
    (
        "huge-string",
        lambda c: _edit(c, ROLE, lambda r: r["summary"].__setitem__("en", "word " * 2000)),
        ROLE,
        "summary",
        "the limit is 3000",
    ),
    (
        "bad-id",
        lambda c: _edit(c, ROLE, lambda r: r["duty_groups"][0].__setitem__("id", "Not An Id!")),
        ROLE,
        "duty_groups.0.id",
        "should match pattern",
    ),
    (
        "wording-bad-pattern",
        lambda c: _edit(c, "wording.yaml", lambda w: w["languages"]["de"]["rules"][0].__setitem__("pattern", "er(")),
        "wording.yaml",
        "languages.de.rules.0.pattern",
        "not a valid regular expression",
    ),
    (
        "wording-missing-language",
        lambda c: _edit(c, "wording.yaml", lambda w: w["languages"].pop("te")),
        "wording.yaml",
        "languages",
        "rules missing for te",
    ),
    (
        "fit-duplicate-answer",
        lambda c: _edit(
            c, "fit.yaml", lambda f: f["questions"][1]["answers"][0].__setitem__("id", "find-new-customers")
        ),
        "fit.yaml",
        "(file)",
        "used twice",
    ),
    (
        "fit-unknown-dimension",
        lambda c: _edit(
            c, "fit.yaml", lambda f: f["questions"][0]["answers"][0]["measure"].__setitem__("dimension", "x")
        ),
        "fit.yaml",
        "questions.0.answers.0.measure.dimension",
        "unknown dimension id 'x'",
    ),
    (
        "fit-two-measures",
        lambda c: _edit(
            c, "fit.yaml", lambda f: f["questions"][0]["answers"][0]["measure"].__setitem__("travel", True)
        ),
        "fit.yaml",
        "questions.0.answers.0.measure",
        "exactly one",
    ),
    (
        "guide-uncited-paragraph",
        lambda c: _edit(c, "guide.yaml", lambda g: g["sections"][0]["paragraphs"][0].__setitem__("sources", [])),
        "guide.yaml",
        "sections.0.paragraphs.0.sources",
        "at least 1",
    ),
]


@pytest.mark.parametrize(("name", "breaker", "file", "field", "words"), CASES, ids=[c[0] for c in CASES])
def test_validate_names_file_and_field(
    content_copy: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    breaker: Callable[[Path], None],
    file: str,
    field: str,
    words: str,
) -> None:
    breaker(content_copy)
    code = main(["validate", str(content_copy)])
    out = capsys.readouterr()
    assert code == 1, out
    lines = [line for line in out.out.splitlines() if line.startswith(f"{content_copy}/{file}: ")]
    assert lines, f"no problem reported for {file}:\n{out.out}"
    assert any(line.split(": ", 2)[1].startswith(field) and words in line for line in lines), out.out
    assert "Traceback" not in out.out + out.err


def test_one_broken_role_leaves_the_others(content_copy: Path) -> None:
    full = load_catalog(content_copy)
    _write(content_copy, ROLE, b"id: [broken\n")
    broken = load_catalog(content_copy)
    assert set(broken.roles) == set(full.roles) - {"key-account-manager"}
    assert broken.broken_files == [ROLE]


def test_role_with_bad_reference_is_left_out(content_copy: Path) -> None:
    _edit(content_copy, ROLE, lambda r: r["skills"][0].__setitem__("skill", "juggling"))
    catalog = load_catalog(content_copy)
    assert "key-account-manager" not in catalog.roles
    assert "account-manager" in catalog.roles


@pytest.mark.parametrize("lang", ["es", "hi", "te", "id", "de"])
def test_missing_translation_is_an_error(content_copy: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    _edit(content_copy, ROLE, lambda r: r["title"].pop(lang))
    assert main(["validate", str(content_copy)]) == 1
    assert f"{content_copy}/{ROLE}: title: missing translation: {lang}" in capsys.readouterr().out


def test_missing_ui_string_is_an_error(content_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _edit(content_copy, "i18n/te.yaml", lambda catalog: catalog.pop("home.title"))
    assert main(["validate", str(content_copy)]) == 1
    assert f"{content_copy}/i18n/te.yaml: home.title: missing translation" in capsys.readouterr().out


def test_placeholder_mismatch_in_ui_catalog(content_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (content_copy / "i18n/de.yaml").write_text("home.skill_count.other: '{anzahl} Kompetenzen'\n", encoding="utf-8")
    assert main(["validate", str(content_copy)]) == 1
    assert "i18n/de.yaml: home.skill_count.other: placeholders differ" in capsys.readouterr().out


def test_missing_content_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 1
    assert "content folder not found" in capsys.readouterr().out


def test_validate_in_a_subprocess_prints_no_traceback(content_copy: Path) -> None:
    """The real command line, as a content editor runs it, on a file that is not even YAML."""
    _write(content_copy, ROLE, b"\x00\x01\x02 binary junk \xff\xfe")
    run = subprocess.run(
        [sys.executable, "-m", "kamcareer", "validate", str(content_copy)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 1
    assert f"{ROLE}: (file): not UTF-8" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr
