"""Small statistics for the benchmark: medians, ratios and verdicts against a target."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


def median(values: Sequence[float]) -> float:
    """The median; 0.0 for no values."""
    return statistics.median(values) if values else 0.0


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which ``share`` (0–1) of the values lie (nearest rank)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Verdict:
    """A measured ratio against its target: met, or missed by how much."""

    ratio: float
    target: float

    @property
    def met(self) -> bool:
        """Whether the ratio is within the target."""
        return self.ratio <= self.target

    def text(self) -> str:
        """ "met" or "missed by 23 %" for the report."""
        if self.met:
            return "met"
        return f"missed by {100 * (self.ratio / self.target - 1):.0f} %"


def ratio(value: float, floor: float) -> float:
    """``value`` as a multiple of ``floor`` (infinite for a zero floor)."""
    return value / floor if floor > 0 else float("inf")
