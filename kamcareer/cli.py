"""Command line for content maintainers and other tools: ``python -m kamcareer``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kamcareer.catalog import DEFAULT_CONTENT_DIR, Catalog, load_catalog
from kamcareer.export import export_model
from kamcareer.i18n import Translator
from kamcareer.jobad import SENIORITIES, JobAdInput, compose, default_input
from kamcareer.jobad_formats import FORMATS, render
from kamcareer.languages import LANGS
from kamcareer.wording import WordingChecker, report_lines


def _display_root(root: Path) -> str:
    """The content folder as the user would type it (relative to the working directory when inside it)."""
    try:
        return str(root.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(root)


def summary_line(catalog: Catalog) -> str:
    """One line: what loaded, translation completeness, how many warnings."""
    langs = ", ".join(f"{lang} {catalog.coverage.percent(lang):.0f} %" for lang in LANGS)
    text = (
        f"content OK: {len(catalog.roles)} roles, {len(catalog.skills)} skills, {len(catalog.sources)} sources, "
        f"{len(catalog.pay)} pay and {len(catalog.outlook)} outlook figures; translations: {langs}"
    )
    if catalog.warnings:
        text += f"; {len(catalog.warnings)} warnings (list them with --warnings)"
    return text


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate the content; print a summary (exit 0) or one line per problem (exit 1)."""
    root = Path(args.content_dir)
    catalog = load_catalog(root, strict_languages=True if args.strict else None)
    shown = _display_root(root)
    if args.warnings:
        for problem in catalog.warnings:
            print(f"{shown}/{problem}")
    if catalog.errors:
        for problem in catalog.errors:
            print(f"{shown}/{problem}")
        files = len(catalog.broken_files)
        print(f"{len(catalog.errors)} error(s) in {files} file(s)", file=sys.stderr)
        return 1
    print(summary_line(catalog))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Print the validated model as JSON; refuse (exit 1) when the content has errors."""
    catalog = load_catalog(Path(args.content_dir))
    if catalog.errors:
        for problem in catalog.errors:
            print(f"{_display_root(Path(args.content_dir))}/{problem}", file=sys.stderr)
        return 1
    json.dump(export_model(catalog, args.lang), sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _ready_catalog(content_dir: str) -> Catalog | None:
    """The content, or None after printing its errors (a job ad needs every file)."""
    catalog = load_catalog(Path(content_dir))
    if catalog.errors:
        for problem in catalog.errors:
            print(f"{_display_root(Path(content_dir))}/{problem}", file=sys.stderr)
        return None
    return catalog


def cmd_jd(args: argparse.Namespace) -> int:
    """Write a job ad for a role, in one language and format, to a file or stdout."""
    catalog = _ready_catalog(args.content_dir)
    if catalog is None:
        return 1
    if args.role not in catalog.roles:
        print(f"kamcareer: unknown role '{args.role}'; choose one of: {', '.join(catalog.roles)}", file=sys.stderr)
        return 2
    if args.format == "docx" and args.out is None:
        print("kamcareer: DOCX is a binary file; name one with --out FILE", file=sys.stderr)
        return 2
    inp = default_input(catalog, args.role, args.lang).model_copy(
        update={"company": args.company, "location": args.location, "seniority": args.seniority}
    )
    data = render(compose(catalog, JobAdInput.model_validate(inp.model_dump())), args.format)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        Path(args.out).write_bytes(data)
        print(f"wrote {args.out} ({len(data):,} bytes)", file=sys.stderr)
    return 0


def cmd_check_wording(args: argparse.Namespace) -> int:
    """Print the wording findings of a text file; exit 1 when there are any."""
    catalog = _ready_catalog(args.content_dir)
    if catalog is None or catalog.wording is None:
        return 1
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        print(f"kamcareer: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"kamcareer: {args.file} is not UTF-8 text (byte {exc.start}); save it as UTF-8", file=sys.stderr)
        return 2
    report = WordingChecker(catalog.wording).check(text, args.lang)
    t = Translator(catalog.ui, args.messages or args.lang)
    for line in report_lines(report, t):
        print(line)
    return 1 if report.findings else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with all subcommands."""
    parser = argparse.ArgumentParser(prog="python -m kamcareer", description="kamcareer content tools")
    sub = parser.add_subparsers(dest="command", required=True)

    validate = sub.add_parser("validate", help="check every content file; exit 1 on problems")
    validate.add_argument("content_dir", nargs="?", default=str(DEFAULT_CONTENT_DIR), metavar="CONTENT_DIR")
    validate.add_argument("--strict", action="store_true", help="treat missing translations as errors (the default)")
    validate.add_argument("--warnings", action="store_true", help="also list warnings")
    validate.set_defaults(func=cmd_validate)

    export = sub.add_parser("export", help="print the validated model as JSON")
    export.add_argument("--lang", choices=LANGS, default=None, help="texts in this language only")
    export.add_argument("--content", dest="content_dir", default=str(DEFAULT_CONTENT_DIR), metavar="CONTENT_DIR")
    export.set_defaults(func=cmd_export)

    jd = sub.add_parser("jd", help="write a job ad for a role (Markdown, text, HTML or DOCX)")
    jd.add_argument("--role", required=True, help="role id, e.g. key-account-manager")
    jd.add_argument("--lang", choices=LANGS, default="en")
    jd.add_argument("--format", choices=FORMATS, default="md")
    jd.add_argument("--company", default="", help="company name (shown as text, never as markup)")
    jd.add_argument("--location", default="")
    jd.add_argument("--seniority", choices=SENIORITIES, default="mid")
    jd.add_argument("--out", default=None, metavar="FILE", help="write here instead of stdout (required for docx)")
    jd.add_argument("--content", dest="content_dir", default=str(DEFAULT_CONTENT_DIR), metavar="CONTENT_DIR")
    jd.set_defaults(func=cmd_jd)

    check = sub.add_parser("check-wording", help="check a job ad for gendered wording; exit 1 on findings")
    check.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    check.add_argument("--lang", choices=LANGS, required=True, help="the language of the text")
    check.add_argument("--messages", choices=LANGS, default=None, help="language of the explanations (default: --lang)")
    check.add_argument("--content", dest="content_dir", default=str(DEFAULT_CONTENT_DIR), metavar="CONTENT_DIR")
    check.set_defaults(func=cmd_check_wording)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a content tool prints one line, never a traceback
        print(f"kamcareer: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
