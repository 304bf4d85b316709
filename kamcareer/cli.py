"""Command line for content maintainers and other tools: ``python -m kamcareer``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kamcareer.catalog import DEFAULT_CONTENT_DIR, Catalog, load_catalog
from kamcareer.export import export_model
from kamcareer.languages import LANGS


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
