"""Floor pages: the same number of charts, Markdown blocks and tables as a real page, trivial data, no content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from streamlit.testing.v1.element_tree import Block, ElementTree, SpecialBlock


@dataclass(frozen=True)
class Shape:
    """What a page renders that costs time: Plotly charts, Markdown-like blocks, dataframes, widgets."""

    charts: int
    markdown: int
    dataframes: int
    widgets: int
    #: Graphviz diagrams (the career path), drawn in the browser like charts.
    graphs: int = 0
    #: Layout blocks (columns, rows of columns, expanders, tabs, forms): each is a message
    #: Streamlit builds and sends, as an element is, so the floor opens as many.
    blocks: int = 0

    def label(self) -> str:
        """The shape in words, e.g. "3 charts, 40 markdown, 2 tables, 5 widgets, 12 blocks"."""
        text = f"{self.charts} charts, {self.markdown} markdown, {self.dataframes} tables, {self.widgets} widgets"
        text += f", {self.graphs} diagrams" if self.graphs else ""
        return text + (f", {self.blocks} blocks" if self.blocks else "")


#: AppTest element lists that are Markdown protos underneath (titles and alerts are Markdown too).
_MARKDOWN = ("markdown", "caption", "title", "header", "subheader", "info", "warning", "success", "error")
_WIDGETS = (
    "selectbox",
    "multiselect",
    "radio",
    "checkbox",
    "text_input",
    "text_area",
    "number_input",
    "toggle",
    "button",
)


def _count_blocks(node: Any) -> int:
    """Layout blocks under ``node``: every Block but the page's own main, sidebar and event roots."""
    count = 0
    for child in getattr(node, "children", {}).values():
        if isinstance(child, Block) and not isinstance(child, SpecialBlock | ElementTree):
            count += 1
        count += _count_blocks(child)
    return count


def shape_of(at: Any) -> Shape:
    """Count what an AppTest run rendered."""
    return Shape(
        charts=len(at.get("plotly_chart")),
        markdown=sum(len(getattr(at, name)) for name in _MARKDOWN),
        dataframes=len(at.dataframe),
        widgets=sum(len(getattr(at, name)) for name in _WIDGETS),
        graphs=len(at.get("graphviz_chart")),
        # AppTest has no public walk over blocks; its element tree is the one it builds itself.
        blocks=_count_blocks(at._tree),
    )


def floor_body(shape: Shape, indent: str = "") -> str:
    """Python statements that render ``shape`` with trivial data (the body of a floor page)."""
    lines = [
        "import pandas as pd",
        "import plotly.graph_objects as go",
        "import streamlit as st",
        f"for i in range({shape.markdown}):",
        "    st.markdown(f'Floor text {i}')",
        f"for i in range({shape.charts}):",
        "    st.plotly_chart(go.Figure(go.Bar(x=[1, 2], y=['a', 'b'], orientation='h')), key=f'floor-chart-{i}')",
        f"for i in range({shape.dataframes}):",
        "    st.dataframe(pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']}))",
        f"for i in range({shape.widgets}):",
        "    st.selectbox(f'Floor widget {i}', ['a', 'b'], key=f'floor-widget-{i}')",
        f"for i in range({shape.graphs}):",
        "    st.graphviz_chart('digraph { a -> b -> c }')",
        f"for i in range({shape.blocks}):",
        "    st.container()",
    ]
    return "\n".join(indent + line for line in lines)


def floor_script(shape: Shape) -> str:
    """A whole Streamlit script rendering ``shape``: the floor for one page in AppTest."""
    return floor_body(shape) + "\n"


def floor_app(shapes: dict[str, Shape]) -> str:
    """A multipage app with one floor page per URL path, served like the real app for browser timing."""
    out = ["import streamlit as st", "", "st.set_page_config(layout='wide')", ""]
    for url, shape in shapes.items():
        name = "page_" + url.replace("-", "_")
        out += [f"def {name}():", floor_body(shape, "    "), ""]
    pages = ", ".join(
        f"st.Page({'page_' + url.replace('-', '_')}, title={url!r}, url_path={url!r}, default={i == 0})"
        for i, url in enumerate(shapes)
    )
    out += [f"st.navigation([{pages}]).run()", ""]
    return "\n".join(out)
