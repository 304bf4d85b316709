"""Comparing two or three roles point by point: matrices, a derived summary, exports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from babel.lists import format_list

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.languages import LOCALES
from kamcareer.models import IMPORTANCE_RANK, LEVEL_RANK, DimensionPosition, Item
from kamcareer.pay import outlook_lines, pay_rows
from kamcareer.profiles import experience_label, typical_education

MAX_ROLES = 3
#: The pair the Hindi article compares.
DEFAULT_PAIR = ("account-manager", "sales-representative")


def parse_role_list(value: str | None, known: Sequence[str]) -> tuple[list[str], list[str]]:
    """Valid role ids from ``?compare=a,b,c`` (order kept, no repeats, at most three) and the ignored rest."""
    chosen: list[str] = []
    ignored: list[str] = []
    for part in (value or "").split(",")[:20]:
        item = part.strip()
        if not item:
            continue
        if item in known and item not in chosen and len(chosen) < MAX_ROLES:
            chosen.append(item)
        else:
            ignored.append(item[:40])
    return chosen, ignored


V = TypeVar("V")


@dataclass(frozen=True)
class Row(Generic[V]):
    """One line of a matrix: what each role has (falsy when it has nothing), and whether it is shared."""

    key: str
    values: dict[str, V]

    @property
    def holders(self) -> list[str]:
        """Roles that have this item."""
        return [rid for rid, value in self.values.items() if value]

    @property
    def shared(self) -> bool:
        """Every compared role has it."""
        return len(self.holders) == len(self.values)

    @property
    def unique_to(self) -> str | None:
        """The one role that has it, when only one does (and more than one role is compared)."""
        holders = self.holders
        return holders[0] if len(holders) == 1 and len(self.values) > 1 else None


def skill_rows(catalog: Catalog, ids: Sequence[str]) -> list[Row[str | None]]:
    """Every skill any compared role needs, with each role's importance (None when it does not)."""
    importance = {rid: {s.skill: s.importance for s in catalog.roles[rid].skills} for rid in ids}
    keys = {skill for per_role in importance.values() for skill in per_role}
    rows = [Row(key, {rid: importance[rid].get(key) for rid in ids}) for key in keys]

    def order(row: Row[str | None]) -> tuple[int, int, int, str]:
        weight = sum(IMPORTANCE_RANK[str(v)] for v in row.values.values() if v)
        return (-int(row.shared), -len(row.holders), -weight, row.key)

    return sorted(rows, key=order)


def duty_rows(catalog: Catalog, ids: Sequence[str]) -> list[Row[list[Item]]]:
    """Every duty area any compared role works in, with each role's duties there."""
    duties: dict[str, dict[str, list[Item]]] = {rid: {} for rid in ids}
    for rid in ids:
        for group in catalog.roles[rid].duty_groups:
            duties[rid].setdefault(group.area, []).extend(group.duties)
    area_order = list(catalog.duty_areas)
    keys = sorted(
        {area for per_role in duties.values() for area in per_role},
        key=lambda a: area_order.index(a) if a in area_order else len(area_order),
    )
    rows = [Row(key, {rid: duties[rid].get(key, []) for rid in ids}) for key in keys]
    return sorted(rows, key=lambda row: (-int(row.shared), -len(row.holders), keys.index(row.key)))


def dimension_rows(catalog: Catalog, ids: Sequence[str]) -> list[Row[DimensionPosition | None]]:
    """The comparison dimensions, with each role's position (None where the sources say nothing)."""
    positions = {rid: {p.dimension: p for p in catalog.roles[rid].dimensions} for rid in ids}
    return [Row(key, {rid: positions[rid].get(key) for rid in ids}) for key in catalog.dimensions]


def _names(items: Sequence[str], lang: str) -> str:
    return format_list(list(items), locale=LOCALES[lang]) if items else ""


@dataclass(frozen=True)
class Difference:
    """One point of the summary: a sentence, and the items it lists (shown as a sub-list, not run on)."""

    text: str
    items: tuple[str, ...] = ()


def differences(catalog: Catalog, ids: Sequence[str], t: Translator) -> list[Difference]:
    """The main differences in plain language, derived from the content (no text per pair)."""
    lang = t.lang
    title = {rid: catalog.roles[rid].title.get(lang) for rid in ids}
    lines: list[Difference] = []

    # Dimensions where the roles stand furthest apart come first.
    spread = []
    for row in dimension_rows(catalog, ids):
        placed = {rid: pos for rid, pos in row.values.items() if pos is not None}
        if len(placed) < 2:
            continue
        ranks = {rid: LEVEL_RANK[pos.level] for rid, pos in placed.items()}
        gap = max(ranks.values()) - min(ranks.values())
        if gap:
            spread.append((gap, row.key, ranks, placed))
    for _gap, key, ranks, placed in sorted(spread, key=lambda item: -item[0]):
        top, bottom = max(ranks.values()), min(ranks.values())
        high = [rid for rid in ranks if ranks[rid] == top]
        low = [rid for rid in ranks if ranks[rid] == bottom]
        lines.append(
            Difference(
                t(
                    "compare.diff.dimension",
                    dimension=catalog.dimensions[key].name.get(lang),
                    high=_names([title[r] for r in high], lang),
                    high_level=t(f"level.{placed[high[0]].level}"),
                    low=_names([title[r] for r in low], lang),
                    low_level=t(f"level.{placed[low[0]].level}"),
                )
            )
        )

    for rid in ids:
        areas = [catalog.duty_areas[row.key].name.get(lang) for row in duty_rows(catalog, ids) if row.unique_to == rid]
        if areas:
            lines.append(Difference(t("compare.diff.areas_lead", role=title[rid]), tuple(areas)))
        skills = [
            catalog.skills[row.key].name.get(lang)
            for row in skill_rows(catalog, ids)
            if row.unique_to == rid and row.values[rid] in ("essential", "important")
        ]
        if skills:
            lines.append(Difference(t("compare.diff.skills_lead", role=title[rid]), tuple(skills)))

    shared = [
        catalog.skills[row.key].name.get(lang)
        for row in skill_rows(catalog, ids)
        if row.shared and all(v == "essential" for v in row.values.values())
    ]
    if shared:
        lead = "compare.diff.shared_lead_both" if len(ids) == 2 else "compare.diff.shared_lead"
        lines.append(Difference(t(lead), tuple(shared)))

    with_years = [rid for rid in ids if catalog.roles[rid].experience.years is not None]
    if with_years and len(with_years) < len(ids):
        others = [title[r] for r in ids if r not in with_years]
        for rid in with_years:
            lines.append(
                Difference(
                    t(
                        "compare.diff.experience",
                        role=title[rid],
                        years=experience_label(catalog.roles[rid], t),
                        others=_names(others, lang),
                    )
                )
            )
    return lines


def fact_rows(catalog: Catalog, ids: Sequence[str], t: Translator) -> list[tuple[str, list[str]]]:
    """Education, experience, travel, pay and outlook side by side, as text."""
    roles = [catalog.roles[rid] for rid in ids]
    pay = {rid: pay_rows(catalog, rid, t) for rid in ids}
    outlook = {rid: outlook_lines(catalog, rid, t) for rid in ids}

    def pay_text(rid: str) -> str:
        return "\n".join(
            t("compare.pay_line", label=row.label, amount=row.amount, source=row.source, when=row.when,
              confidence=row.confidence)
            for row in pay[rid]
        )  # fmt: skip

    return [
        (t("home.education"), [typical_education(role, t) for role in roles]),
        (t("home.experience"), [experience_label(role, t) for role in roles]),
        (t("home.travel"), [t(f"travel.{role.environment.travel}") for role in roles]),
        (t("compare.pay"), [pay_text(rid) or t("pay.none") for rid in ids]),
        (t("outlook.title"), ["\n".join(line for _, line in outlook[rid]) or t("outlook.none") for rid in ids]),
    ]


def table(catalog: Catalog, ids: Sequence[str], t: Translator) -> tuple[list[str], list[list[str]]]:
    """The whole comparison as one table: section, item, one column per role."""
    lang = t.lang
    header = [t("compare.col.section"), t("compare.col.item"), *(catalog.roles[rid].title.get(lang) for rid in ids)]
    rows: list[list[str]] = []
    for row in dimension_rows(catalog, ids):
        cells = []
        for rid in ids:
            pos = row.values[rid]
            cells.append(f"{t(f'level.{pos.level}')}: {pos.text.get(lang)}" if pos is not None else "–")
        rows.append([t("compare.dimensions"), catalog.dimensions[row.key].name.get(lang), *cells])
    for row in duty_rows(catalog, ids):
        cells = ["; ".join(item.text.get(lang) for item in row.values[rid]) or "–" for rid in ids]
        rows.append([t("compare.duties"), catalog.duty_areas[row.key].name.get(lang), *cells])
    for row in skill_rows(catalog, ids):
        cells = [t(f"importance.{row.values[rid]}") if row.values[rid] else "–" for rid in ids]
        rows.append([t("compare.skills"), catalog.skills[row.key].name.get(lang), *cells])
    for label, values in fact_rows(catalog, ids, t):
        rows.append([t("compare.facts"), label, *values])
    return header, rows


def _md_cell(text: str) -> str:
    # Pipes would split the cell; HTML-looking text must stay text in any Markdown viewer.
    return (
        text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )


def to_markdown(
    title: str, summary: Sequence[Difference], header: Sequence[str], rows: Sequence[Sequence[str]], note: str
) -> str:
    """The comparison as a Markdown document: title, summary list, one table, a note on sources."""
    lines = [f"# {_md_cell(title)}", ""]
    for point in summary:
        lines.append(f"- {_md_cell(point.text)}")
        lines += [f"    - {_md_cell(item)}" for item in point.items]
    lines += ["", "| " + " | ".join(_md_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in rows]
    lines += ["", _md_cell(note), ""]
    return "\n".join(lines)
