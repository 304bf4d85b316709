"""Plotly figures whose every text and number is in the page language."""

from __future__ import annotations

import math
from collections.abc import Sequence

import plotly.graph_objects as go

from kamcareer.formatting import money
from kamcareer.i18n import Translator
from kamcareer.pay import PayRow

#: Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
RANGE_COLOUR = "#0072B2"
VALUE_COLOUR = "#D55E00"
#: Noto covers Devanagari and Telugu; Plotly draws SVG text with these fonts.
FONT = "Noto Sans, Noto Sans Devanagari, Noto Sans Telugu, Source Sans Pro, Arial, sans-serif"


def nice_ticks(high: float, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``high``: 0, 20 000, 40 000 …"""
    if high <= 0:
        return [0.0]
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * i for i in range(math.ceil(high / step) + 1)]


def pay_chart(rows: Sequence[PayRow], t: Translator) -> go.Figure:
    """Pay figures as horizontal bars (ranges, low → high) and diamonds (single values)."""
    lang = t.lang
    labels = [row.label for row in rows]
    hover = [
        f"{row.label}<br>{row.amount}<br>{row.source}, {row.when}<br>{t('sources.confidence')}: {row.confidence}"
        for row in rows
    ]
    ranges = [(i, row) for i, row in enumerate(rows) if row.figure.range is not None]
    values = [(i, row) for i, row in enumerate(rows) if row.figure.value is not None]
    fig = go.Figure()
    if ranges:
        fig.add_bar(
            y=[labels[i] for i, _ in ranges],
            x=[row.figure.range.high - row.figure.range.low for _, row in ranges if row.figure.range],
            base=[row.figure.range.low for _, row in ranges if row.figure.range],
            orientation="h",
            marker_color=RANGE_COLOUR,
            name=t("pay.legend.range"),
            customdata=[hover[i] for i, _ in ranges],
            hovertemplate="%{customdata}<extra></extra>",
        )
    if values:
        fig.add_scatter(
            y=[labels[i] for i, _ in values],
            x=[row.figure.value for _, row in values],
            mode="markers",
            marker={"symbol": "diamond", "size": 14, "color": VALUE_COLOUR},
            name=t("pay.legend.value"),
            customdata=[hover[i] for i, _ in values],
            hovertemplate="%{customdata}<extra></extra>",
        )
    top = max(
        [row.figure.range.high for _, row in ranges if row.figure.range] + [row.figure.value or 0 for _, row in values],
        default=0,
    )
    ticks = nice_ticks(top)
    fig.update_layout(
        font={"family": FONT, "size": 14},
        height=120 + 46 * len(rows),
        # Room on the right for the last tick label, which Plotly centres on the axis end.
        margin={"l": 10, "r": 48, "t": 10, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        xaxis={
            "title": {"text": t("pay.axis")},
            # Babel labels instead of Plotly's own ("50k", "1.5M"): grouped as the locale groups.
            "tickvals": ticks,
            "ticktext": [money(v, lang) for v in ticks],
            "range": [0, ticks[-1]],
            "gridcolor": "#e3e7ee",
        },
        yaxis={"autorange": "reversed", "automargin": True},
        plot_bgcolor="white",
        hoverlabel={"font": {"family": FONT}},
    )
    return fig


#: Importance as colour: white (not listed) to dark blue (essential), readable in grey scale too.
HEAT_SCALE = [[0.0, "#f4f6f9"], [0.34, "#c6dbef"], [0.67, "#6baed6"], [1.0, "#08519c"]]


def skills_heatmap(
    skills: Sequence[tuple[str, Sequence[str | None]]], role_titles: Sequence[str], t: Translator
) -> go.Figure:
    """Skills × roles, coloured by importance, each cell labelled in words (not by colour alone)."""
    rank = {"essential": 3, "important": 2, "useful": 1}
    names = [name for name, _ in skills]
    z = [[rank.get(v or "", 0) for v in values] for _, values in skills]
    text = [[t(f"importance.{v}") if v else t("compare.not_listed") for v in values] for _, values in skills]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=list(role_titles),
            y=names,
            text=text,
            texttemplate="%{text}",
            zmin=0,
            zmax=3,
            colorscale=HEAT_SCALE,
            showscale=False,
            xgap=3,
            ygap=3,
            hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
        )
    )
    fig.update_traces(textfont={"family": FONT, "size": 13})
    fig.update_layout(
        font={"family": FONT, "size": 14},
        height=90 + 30 * len(names),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={"side": "top", "automargin": True},
        yaxis={"autorange": "reversed", "automargin": True},
        plot_bgcolor="white",
        hoverlabel={"font": {"family": FONT}},
    )
    return fig
