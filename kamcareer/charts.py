"""Plotly figures whose every text and number is in the page language."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence

import plotly.graph_objects as go

from kamcareer.figures import Growth, Spread, Stack
from kamcareer.formatting import money, percent
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


def pay_chart(rows: Sequence[PayRow], t: Translator, axis_title: str | None = None) -> go.Figure:
    """Pay figures as horizontal bars (ranges, low → high) and diamonds (single values)."""
    lang = t.lang
    labels = [wrap(row.label) for row in rows]
    hover = [
        f"{row.label}<br>{row.amount}<br>{row.source}, {row.when}<br>{t('sources.confidence')}: {row.confidence}"
        for row in rows
    ]
    ranges = [(i, row) for i, row in enumerate(rows) if row.low is not None and row.high is not None]
    values = [(i, row) for i, row in enumerate(rows) if row.value is not None]
    fig = go.Figure()
    if ranges:
        fig.add_bar(
            y=[labels[i] for i, _ in ranges],
            x=[(row.high or 0) - (row.low or 0) for _, row in ranges],
            base=[row.low for _, row in ranges],
            orientation="h",
            marker_color=RANGE_COLOUR,
            name=t("pay.legend.range"),
            customdata=[hover[i] for i, _ in ranges],
            hovertemplate="%{customdata}<extra></extra>",
        )
    if values:
        fig.add_scatter(
            y=[labels[i] for i, _ in values],
            x=[row.value for _, row in values],
            mode="markers",
            marker={"symbol": "diamond", "size": 14, "color": VALUE_COLOUR},
            name=t("pay.legend.value"),
            customdata=[hover[i] for i, _ in values],
            hovertemplate="%{customdata}<extra></extra>",
        )
    top = max(
        [row.high or 0 for _, row in ranges] + [row.value or 0 for _, row in values],
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
            "title": {"text": axis_title or t("pay.axis")},
            # Babel labels instead of Plotly's own ("50k", "1.5M"): grouped as the locale groups.
            "tickvals": ticks,
            "ticktext": [money(v, lang) for v in ticks],
            "range": [0, ticks[-1]],
            "gridcolor": "#e3e7ee",
        },
        yaxis={"autorange": "reversed", "automargin": True, "type": "category"},
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


#: Okabe–Ito colours for up to seven series (stacked components, several occupations).
SERIES = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]


def _layout(fig: go.Figure, rows: int, axis_title: str, ticks: list[float], ticktext: list[str]) -> go.Figure:
    """Shared look: fonts for every script, locale tick labels, legend above the plot."""
    fig.update_layout(
        font={"family": FONT, "size": 14},
        height=140 + 52 * rows,
        margin={"l": 10, "r": 48, "t": 10, "b": 10},
        legend={
            "orientation": "h",
            "yanchor": "bottom",
            "y": 1.02,
            "x": 0,
            "title": {"text": ""},
            "traceorder": "normal",
        },
        xaxis={
            "title": {"text": axis_title},
            "tickvals": ticks,
            "ticktext": ticktext,
            "range": [min(0.0, ticks[0]), ticks[-1]],
            "gridcolor": "#e3e7ee",
            "zerolinecolor": "#9aa4b2",
        },
        # Category axis: a label such as "1975" must not become a number axis (1,974.6 …).
        yaxis={"autorange": "reversed", "automargin": True, "type": "category"},
        plot_bgcolor="white",
        hoverlabel={"font": {"family": FONT}},
    )
    return fig


def wrap(label: str, width: int = 36) -> str:
    """Break a long axis label into lines (Plotly's <br>) so the plot keeps its width in every language."""
    return "<br>".join(textwrap.wrap(label, width=width, break_long_words=False)) or label


def stacked_total_chart(stacks: Sequence[Stack], t: Translator, axis_title: str) -> go.Figure:
    """Low end and high end of total pay, each a stack of its components."""
    fig = go.Figure()
    ends = [t("payview.total.low"), t("payview.total.high")]
    labels = [wrap(f"{end} · {stack.label} ({stack.when})") for stack in stacks for end in ends]
    names = [name for name, _, _ in stacks[0].parts] if stacks else []
    for index, name in enumerate(names):
        xs, hover = [], []
        for stack in stacks:
            _, low, high = stack.parts[index]
            for end, amount in zip(ends, (low, high), strict=True):
                xs.append(amount)
                hover.append(f"{name} · {end}<br>{money(amount, t.lang)}<br>{stack.source}, {stack.when}"
                             f"<br>{t('sources.confidence')}: {stack.confidence}")  # fmt: skip
        fig.add_bar(
            y=labels, x=xs, orientation="h", name=name, marker_color=SERIES[index % len(SERIES)],
            customdata=hover, hovertemplate="%{customdata}<extra></extra>",
        )  # fmt: skip
    totals = [total for stack in stacks for total in (stack.low, stack.high)]
    fig.add_scatter(
        y=labels, x=totals, mode="text", text=[money(v, t.lang) for v in totals], textposition="middle right",
        showlegend=False, hoverinfo="skip",
    )  # fmt: skip
    fig.update_layout(barmode="stack")
    ticks = nice_ticks(max(totals, default=0) * 1.25)
    return _layout(fig, len(labels), axis_title, ticks, [money(v, t.lang) for v in ticks])


def spread_chart(spreads: Sequence[Spread], t: Translator, axis_title: str) -> go.Figure:
    """Percentiles as a line (10th–90th), a bar (25th–75th) and a diamond (median)."""
    fig = go.Figure()
    labels = [wrap(f"{s.label} ({s.when})") for s in spreads]
    for s, label in zip(spreads, labels, strict=True):
        hover = "<br>".join(f"{t(f'pay.component.{c}')}: {money(v, t.lang)}" for c, v in s.values.items())
        hover += f"<br>{s.source}, {s.when}<br>{t('sources.confidence')}: {s.confidence}"
        lo, hi = s.values.get("p10", s.values["p25"]), s.values.get("p90", s.values["p75"])
        fig.add_scatter(
            x=[lo, hi], y=[label, label], mode="lines", line={"color": "#9aa4b2", "width": 2},
            showlegend=False, hoverinfo="skip",
        )  # fmt: skip
        fig.add_bar(
            y=[label], x=[s.values["p75"] - s.values["p25"]], base=[s.values["p25"]], orientation="h",
            marker_color=RANGE_COLOUR, width=0.5, name=t("payview.percentiles.band"), showlegend=s is spreads[0],
            customdata=[hover], hovertemplate="%{customdata}<extra></extra>",
        )  # fmt: skip
        if "median" in s.values:
            fig.add_scatter(
                x=[s.values["median"]], y=[label], mode="markers", name=t("pay.component.median"),
                marker={"symbol": "diamond", "size": 14, "color": VALUE_COLOUR}, showlegend=s is spreads[0],
                customdata=[hover], hovertemplate="%{customdata}<extra></extra>",
            )  # fmt: skip
    top = max((max(s.values.values()) for s in spreads), default=0)
    ticks = nice_ticks(top)
    return _layout(fig, len(labels), axis_title, ticks, [money(v, t.lang) for v in ticks])


def growth_chart(growths: Sequence[Growth], t: Translator, axis_title: str, labels: Sequence[str]) -> go.Figure:
    """Percentages as horizontal bars, labelled in the locale ("+13 %")."""
    values = [g.figure.value for g in growths]
    hover = [
        f"{label}<br>{percent(g.figure.value, t.lang, signed=g.figure.kind == 'projected-growth')}"
        f"<br>{g.source}, {g.period}<br>{t('sources.confidence')}: {g.confidence}"
        for g, label in zip(growths, labels, strict=True)
    ]
    signed = all(g.figure.kind == "projected-growth" for g in growths)
    fig = go.Figure(
        go.Bar(
            y=[wrap(label) for label in labels], x=values, orientation="h", marker_color=RANGE_COLOUR,
            text=[percent(v, t.lang, signed=signed) for v in values], textposition="outside",
            customdata=hover, hovertemplate="%{customdata}<extra></extra>", cliponaxis=False,
        )
    )  # fmt: skip
    ticks = nice_ticks(max(values, default=0) * 1.2)
    return _layout(fig, len(values), axis_title, ticks, [percent(v, t.lang) for v in ticks])


def fit_chart(labels: Sequence[str], scores: Sequence[float], t: Translator) -> go.Figure:
    """How well each role matches the answers, best first, as percentages of the possible points."""
    values = [round(100 * s, 1) for s in scores]
    fig = go.Figure(
        go.Bar(
            y=[wrap(label) for label in labels], x=values, orientation="h", marker_color=RANGE_COLOUR,
            text=[percent(v, t.lang) for v in values], textposition="outside", cliponaxis=False,
            hovertemplate="%{y}<br>%{text}<extra></extra>",
        )
    )  # fmt: skip
    ticks = [0.0, 25.0, 50.0, 75.0, 100.0]
    return _layout(fig, len(values), t("fit.axis"), ticks, [percent(v, t.lang) for v in ticks])
