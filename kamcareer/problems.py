"""Content problems: what is wrong, in which file, at which field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import ValidationError

Severity = Literal["error", "warning"]

#: Field shown for problems that concern a whole file (unreadable, empty, bad YAML).
WHOLE_FILE = "(file)"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, printable as ``FILE: FIELD.PATH: message``."""

    file: str
    field: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.file}: {self.field}: {prefix}{self.message}"


def dotted(path: Sequence[Any]) -> str:
    """Join a field path such as ``('duty_groups', 0, 'text')`` as ``duty_groups.0.text``."""
    return ".".join(str(part) for part in path) or WHOLE_FILE


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the schema; check its spelling)"
    msg = str(error["msg"])
    # pydantic prefixes custom validator messages; the reader does not need that.
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    if kind in {"value_error", "assertion_error"}:
        return msg
    return f"{msg} (got {_short(error.get('input'))})"


def from_validation_error(file: str, exc: ValidationError, prefix: Sequence[Any] = ()) -> list[Problem]:
    """Turn a pydantic ValidationError into one Problem per failing field."""
    problems = []
    for error in exc.errors():
        # RootModel and tagged unions add loc parts that are not fields of the file.
        loc = [part for part in error["loc"] if part not in ("root", "function-after[_check(), dict[str,str]]")]
        problems.append(Problem(file, dotted([*prefix, *loc]), _message(error)))
    return problems
