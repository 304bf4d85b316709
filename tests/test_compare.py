"""Comparing roles: shared and unique items for every pair and triple, a summary derived from data, exports."""

from __future__ import annotations

import csv
import io
from itertools import combinations, permutations
from pathlib import Path

import pytest
import yaml

from kamcareer.catalog import Catalog, load_catalog
from kamcareer.compare import (
    Difference,
    differences,
    dimension_rows,
    duty_rows,
    parse_role_list,
    skill_rows,
    table,
    to_markdown,
)
from kamcareer.i18n import Translator
from kamcareer.languages import LANGS
from kamcareer.tables import to_csv
from tests.conftest import CONTENT

ROLE_IDS = sorted(p.stem for p in CONTENT.glob("roles/*.yaml"))
GROUPS = [*combinations(ROLE_IDS, 2), *combinations(ROLE_IDS, 3)]


def _ids(group: tuple[str, ...]) -> str:
    return "+".join(group)


@pytest.mark.parametrize("group", GROUPS, ids=_ids)
def test_skill_matrix_marks_shared_and_unique(catalog: Catalog, group: tuple[str, ...]) -> None:
    sets = {rid: {s.skill: s.importance for s in catalog.roles[rid].skills} for rid in group}
    rows = {row.key: row for row in skill_rows(catalog, group)}
    assert set(rows) == set().union(*(set(s) for s in sets.values()))
    shared = set.intersection(*(set(s) for s in sets.values()))
    assert {key for key, row in rows.items() if row.shared} == shared
    for rid in group:
        others = set().union(*(set(sets[o]) for o in group if o != rid))
        assert {key for key, row in rows.items() if row.unique_to == rid} == set(sets[rid]) - others
        for key, row in rows.items():
            assert row.values[rid] == sets[rid].get(key)


@pytest.mark.parametrize("group", GROUPS, ids=_ids)
def test_duty_matrix_by_area(catalog: Catalog, group: tuple[str, ...]) -> None:
    areas = {rid: {g.area for g in catalog.roles[rid].duty_groups} for rid in group}
    rows = {row.key: row for row in duty_rows(catalog, group)}
    assert {k for k, r in rows.items() if r.shared} == set.intersection(*areas.values())
    for rid in group:
        others = set().union(*(areas[o] for o in group if o != rid))
        assert {k for k, r in rows.items() if r.unique_to == rid} == areas[rid] - others
        expected = sum(len(g.duties) for g in catalog.roles[rid].duty_groups)
        assert sum(len(r.values[rid]) for r in rows.values()) == expected, "every duty appears once"


@pytest.mark.parametrize("group", GROUPS, ids=_ids)
def test_dimension_rows_follow_content(catalog: Catalog, group: tuple[str, ...]) -> None:
    for row in dimension_rows(catalog, group):
        for rid in group:
            pos = row.values[rid]
            listed = [p for p in catalog.roles[rid].dimensions if p.dimension == row.key]
            assert (pos is None) == (not listed)


@pytest.mark.parametrize("group", [p for p in permutations(ROLE_IDS, 2)], ids=_ids)
def test_summary_names_the_compared_roles(catalog: Catalog, group: tuple[str, ...]) -> None:
    t = Translator(catalog.ui, "en")
    lines = differences(catalog, group, t)
    titles = [catalog.roles[rid].title.get("en") for rid in group]
    assert lines
    assert all(any(title in p.text for title in titles) or p.text == t("compare.diff.shared_lead_both") for p in lines)


def test_summary_is_derived_from_the_data(content_copy: Path) -> None:
    """Make the sales rep's position equal the account manager's: the sentence about it disappears."""
    ids = ("account-manager", "sales-representative")
    before = load_catalog(content_copy)
    t = Translator(before.ui, "en")
    name = before.dimensions["winning-new-business"].name.get("en")
    assert any(p.text.startswith(name) for p in differences(before, ids, t))

    path = content_copy / "roles/sales-representative.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    am = next(p for p in before.roles["account-manager"].dimensions if p.dimension == "winning-new-business")
    for pos in data["dimensions"]:
        if pos["dimension"] == "winning-new-business":
            pos["level"] = am.level
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    after = load_catalog(content_copy)
    assert not after.errors
    assert not any(p.text.startswith(name) for p in differences(after, ids, t))


@pytest.mark.parametrize(
    ("value", "chosen", "ignored"),
    [
        ("account-manager,sales-representative", ["account-manager", "sales-representative"], []),
        ("sales-manager,,account-manager", ["sales-manager", "account-manager"], []),
        ("account-manager,account-manager", ["account-manager"], ["account-manager"]),
        ("<script>,key-account-manager", ["key-account-manager"], ["<script>"]),
        (
            "account-manager,key-account-manager,sales-manager,sales-representative",
            ["account-manager", "key-account-manager", "sales-manager"],
            ["sales-representative"],
        ),
        (None, [], []),
        ("", [], []),
    ],
)
def test_parse_role_list(value: str | None, chosen: list[str], ignored: list[str]) -> None:
    assert parse_role_list(value, ROLE_IDS) == (chosen, ignored)


@pytest.mark.parametrize("lang", LANGS)
def test_csv_export_reads_back_in_the_page_language(catalog: Catalog, lang: str) -> None:
    t = Translator(catalog.ui, lang)
    ids = ["account-manager", "sales-representative"]
    header, rows = table(catalog, ids, t)
    data = to_csv(header, rows)
    assert data.startswith("\ufeff".encode())
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert parsed[0] == [
        t("compare.col.section"),
        t("compare.col.item"),
        *(catalog.roles[r].title.get(lang) for r in ids),
    ]
    assert len(parsed) == len(rows) + 1
    skills = {row[1] for row in parsed if row[0] == t("compare.skills")}
    assert skills == {catalog.skills[r.key].name.get(lang) for r in skill_rows(catalog, ids)}


def test_markdown_export_keeps_hostile_text_as_text(catalog: Catalog) -> None:
    header, rows = ["a|b", "<script>alert(1)</script>"], [["x|y", "line1\nline2"]]
    text = to_markdown("T", [Difference("<img src=x onerror=alert(1)>", ("a|b",))], header, rows, "note")
    assert "<script>" not in text and "<img" not in text
    assert "a\\|b" in text and "x\\|y" in text and "line1<br>line2" in text
    t = Translator(catalog.ui, "de")
    header, rows = table(catalog, ["key-account-manager", "sales-manager"], t)
    document = to_markdown(
        "KAM / SM", differences(catalog, ["key-account-manager", "sales-manager"], t), header, rows, ""
    )
    assert document.count("\n| ") == len(rows) + 1
