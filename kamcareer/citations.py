"""Numbered citations for a page: each source gets a number the first time it is cited."""

from __future__ import annotations

from collections.abc import Iterable

from kamcareer.i18n import Translator
from kamcareer.models import Source


def publisher_label(source: Source, t: Translator) -> str:
    """The publisher's name, or "publisher not named" in the page language."""
    return source.publisher or t("sources.publisher_unknown")


class Citations:
    """Assigns footnote numbers to source ids in the order a page cites them."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def cite(self, source_ids: Iterable[str]) -> list[int]:
        """Footnote numbers for ``source_ids``, numbering new ones as they appear."""
        numbers = []
        for sid in source_ids:
            if sid not in self._numbers:
                self._numbers[sid] = len(self._numbers) + 1
            numbers.append(self._numbers[sid])
        return sorted(set(numbers))

    def entries(self) -> list[tuple[int, str]]:
        """``(number, source id)`` pairs in footnote order."""
        return sorted((n, sid) for sid, n in self._numbers.items())
