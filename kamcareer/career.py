"""The career path as a graph from the roles' relations: next steps and whom each role reports to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kamcareer.catalog import Catalog

EdgeKind = Literal["next-step", "reports-to"]


@dataclass(frozen=True)
class Node:
    """A role of the content, or a position it names but does not profile."""

    id: str
    label: str
    is_role: bool


@dataclass(frozen=True)
class Edge:
    """An arrow between two nodes, with the sources of the relation it comes from."""

    source: str
    target: str
    kind: EdgeKind
    sources: tuple[str, ...]


def _position_id(english: str) -> str:
    """One node per position, whichever role names it: keyed by its English title."""
    return "position:" + re.sub(r"[^a-z0-9]+", "-", english.lower()).strip("-")


def career_graph(catalog: Catalog, lang: str) -> tuple[list[Node], list[Edge]]:
    """Nodes and arrows of the career path: every loaded role, and the positions its next steps and reports name."""
    nodes: dict[str, Node] = {rid: Node(rid, role.title.get(lang), True) for rid, role in catalog.roles.items()}
    edges: list[Edge] = []
    for rid, role in catalog.roles.items():
        for rel in role.relations:
            if rel.kind not in ("next-step", "reports-to"):
                continue
            if rel.role is not None:
                if rel.role not in catalog.roles:
                    continue
                target = rel.role
            elif rel.position is not None:
                target = _position_id(rel.position.get("en"))
                nodes.setdefault(target, Node(target, rel.position.get(lang), False))
            else:
                continue
            edge = Edge(rid, target, rel.kind, tuple(rel.sources))  # type: ignore[arg-type]
            if all((e.source, e.target, e.kind) != (edge.source, edge.target, edge.kind) for e in edges):
                edges.append(edge)
    return list(nodes.values()), edges


def _dot_text(text: str) -> str:
    """A label as a DOT string: quotes and backslashes escaped, no line breaks."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def to_dot(nodes: list[Node], edges: list[Edge], labels: dict[EdgeKind, str]) -> str:
    """The next steps in Graphviz DOT: roles as blue boxes, other positions grey.

    Only next-step arrows are drawn: with the reports-to arrows as well the layout tangles
    (the renderer places nodes by rank only), so the page lists those beside the diagram.
    """
    edges = [e for e in edges if e.kind == "next-step"]
    used = {e.source for e in edges} | {e.target for e in edges}
    nodes = [n for n in nodes if n.id in used or n.is_role]
    lines = [
        "digraph career {",
        '  rankdir="LR"; bgcolor="transparent"; nodesep=0.35; ranksep=0.6;',
        '  node [shape=box, style="rounded,filled", fontname="Noto Sans", fontsize=16, margin="0.25,0.12"];',
        '  edge [fontname="Noto Sans", fontsize=13, color="#57606a", fontcolor="#57606a"];',
    ]
    index = {node.id: f"n{i}" for i, node in enumerate(nodes)}
    for node in nodes:
        colour = 'fillcolor="#dbeafe", color="#1c64f2"' if node.is_role else 'fillcolor="#f3f4f6", color="#9ca3af"'
        lines.append(f"  {index[node.id]} [label={_dot_text(node.label)}, {colour}];")
    for edge in edges:
        lines.append(f"  {index[edge.source]} -> {index[edge.target]} [label={_dot_text(labels[edge.kind])}];")
    lines.append("}")
    return "\n".join(lines)
