"""Reading one YAML content file safely, with errors a content editor can act on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: A content file larger than this is a mistake (or an attack), not content.
MAX_FILE_BYTES = 512 * 1024


class ContentFileError(Exception):
    """A content file that cannot be read as YAML; ``field`` says where, if known."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# libyaml's C parser, when PyYAML has it, reads content about ten times faster than the
# pure-Python one; the checks below work the same on both.
_SafeLoader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """SafeLoader that refuses aliases (no alias bombs) and duplicate keys (no silent overwrite)."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        # An alias (*name) is the anchored node met a second time: refuse it before it can
        # expand (a few lines of aliases can stand for billions of values).
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.constructor.ConstructorError(
                None, None, "YAML aliases (*name) are not allowed in content files", node.start_mark
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                )
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key_node.value}'", key_node.start_mark
                )
            seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


def _line(mark: Any) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "unknown position"


def read_yaml(path: Path) -> Any:
    """Parse ``path`` as one YAML document; raise ContentFileError with a readable message."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ContentFileError(f"cannot read file: {exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise ContentFileError(f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes")
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentFileError(
            f"not UTF-8 text: byte 0x{raw[exc.start]:02x} on line {line}; save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ContentFileError("file is empty")
    try:
        documents = list(yaml.load_all(text, Loader=_StrictLoader))
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or str(exc)
        raise ContentFileError(f"invalid YAML at {_line(exc.problem_mark)}: {problem}") from None
    except yaml.YAMLError as exc:
        raise ContentFileError(f"invalid YAML: {exc}") from None
    except RecursionError:
        raise ContentFileError("invalid YAML: nesting is too deep") from None
    if len(documents) > 1:
        raise ContentFileError(f"expected one YAML document, found {len(documents)}")
    data = documents[0] if documents else None
    if data is None:
        raise ContentFileError("file has no content (only comments or '---')")
    return data
