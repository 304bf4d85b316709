"""Plain tables (column names and text rows) and their CSV form."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field


def to_csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """CSV with a byte-order mark so spreadsheet programs open Devanagari and Telugu correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


@dataclass(frozen=True)
class Table:
    """A table to show under a chart and to download: readable without the chart."""

    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)

    def csv(self) -> bytes:
        """The table as CSV bytes."""
        return to_csv(self.columns, self.rows)

    def records(self) -> list[dict[str, str]]:
        """Rows as mappings column → text (what st.dataframe takes)."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]
