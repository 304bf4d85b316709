"""Constant dollars: converting published amounts with the consumer-price index in content/prices.yaml."""

from __future__ import annotations

from kamcareer.models import PricesFile


def base_year(prices: PricesFile | None) -> int | None:
    """The latest year with an index value: amounts are converted into dollars of that year."""
    return max((p.year for p in prices.index), default=None) if prices else None


def factor(prices: PricesFile | None, year: int) -> float | None:
    """How many base-year dollars one dollar of ``year`` is worth, or None without an index for ``year``."""
    if prices is None:
        return None
    index = {p.year: p.value for p in prices.index}
    target = base_year(prices)
    if year not in index or target is None:
        # No interpolation: an index the source does not give would be a number we made up.
        return None
    return index[target] / index[year]


def constant(amount: float, year: int, prices: PricesFile | None) -> float | None:
    """``amount`` of ``year`` in base-year dollars, or None when ``year`` has no index value."""
    f = factor(prices, year)
    return None if f is None else amount * f
