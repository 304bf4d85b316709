"""The shipped content: valid, complete, cited, and holding every seed figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kamcareer.catalog import Catalog
from kamcareer.cli import main
from kamcareer.export import export_model
from kamcareer.models import LEVEL_RANK
from kamcareer.profiles import cited_by
from kamcareer.validation import REFERENCE_FIELDS, walk
from tests.conftest import CONTENT, ROLE_FILES, SHARED

CONTENT_FILES = sorted(p.relative_to(CONTENT).as_posix() for p in CONTENT.rglob("*.yaml"))
FOUR_ROLES = {"account-manager", "key-account-manager", "sales-representative", "sales-manager"}


def test_shipped_content_has_no_errors(catalog: Catalog) -> None:
    assert not catalog.errors, "\n".join(map(str, catalog.errors))


@pytest.mark.parametrize("rel", CONTENT_FILES)
def test_each_content_file_is_clean(catalog: Catalog, rel: str) -> None:
    assert [str(p) for p in catalog.errors if p.file == rel] == []


def test_the_four_roles_are_there(catalog: Catalog) -> None:
    assert set(catalog.roles) == FOUR_ROLES


@pytest.mark.parametrize("path", ROLE_FILES, ids=lambda p: p.stem)
def test_role_is_complete(catalog: Catalog, path: Path) -> None:
    role = catalog.roles[path.stem]
    assert role.summary.get("en")
    assert role.duty_groups and all(group.duties for group in role.duty_groups)
    assert role.skills and role.education and role.experience.text.get("en")
    assert role.environment.reporting and role.environment.industries
    assert role.relations, "every role says how it relates to the others"


@pytest.mark.parametrize("path", ROLE_FILES, ids=lambda p: p.stem)
def test_every_role_item_cites_a_known_source(catalog: Catalog, path: Path) -> None:
    role = catalog.roles[path.stem]
    cited = [
        value
        for p, value in walk(role)
        if isinstance(value, str) and p and isinstance(p[-1], int) and REFERENCE_FIELDS.get(str(p[-2])) == "source"
    ]
    assert cited and set(cited) <= set(catalog.sources)
    for group in role.duty_groups:
        for duty in group.duties:
            assert duty.sources, f"{path.name}: duty {duty.id} cites nothing"


def test_skills_come_from_the_shared_taxonomy(catalog: Catalog) -> None:
    for role in catalog.roles.values():
        assert {s.skill for s in role.skills} <= set(catalog.skills)


def test_kam_prefers_three_to_five_years(catalog: Catalog) -> None:
    years = catalog.roles["key-account-manager"].experience.years
    assert years is not None and (years.low, years.high) == (3, 5)


def test_hindi_comparison_dimensions_for_am_and_sr(catalog: Catalog) -> None:
    for rid in ("account-manager", "sales-representative"):
        assert {d.dimension for d in catalog.roles[rid].dimensions} == set(catalog.dimensions)
    am = {d.dimension: d.level for d in catalog.roles["account-manager"].dimensions}
    sr = {d.dimension: d.level for d in catalog.roles["sales-representative"].dimensions}
    # The Hindi article: reps win new business, account managers keep and grow existing business.
    assert LEVEL_RANK[sr["winning-new-business"]] > LEVEL_RANK[am["winning-new-business"]]
    assert am["keeping-existing-business"] == "high"


def test_career_path_runs_from_rep_to_key_account_manager(catalog: Catalog) -> None:
    order = list(catalog.roles)
    assert order.index("sales-representative") < order.index("account-manager") < order.index("key-account-manager")


# Seed figures from ../shared/reference/figures.md ("Seed figures", confidence: as cited).
SEED_PAY = [
    ("key-account-manager", "base", 51933, 94871, 2010),
    ("key-account-manager", "bonus", 4015, 15494, 2010),
    ("key-account-manager", "profit-sharing", 1769, 5197, 2010),
    ("key-account-manager", "commission", 5500, 39999, 2010),
]
SEED_SALES_MANAGERS_2016 = [("median", 117960), ("p25", 79420), ("p75", 168300)]


@pytest.mark.parametrize(("role", "component", "low", "high", "year"), SEED_PAY)
def test_seed_pay_ranges(catalog: Catalog, role: str, component: str, low: int, high: int, year: int) -> None:
    found = [f for f in catalog.pay if f.subject.role == role and f.component == component and f.year == year]
    assert len(found) == 1
    assert found[0].range is not None and (found[0].range.low, found[0].range.high) == (low, high)
    assert catalog.sources[found[0].source].confidence == "as-cited"


@pytest.mark.parametrize(("component", "value"), SEED_SALES_MANAGERS_2016)
def test_seed_sales_manager_pay_2016(catalog: Catalog, component: str, value: int) -> None:
    found = [
        f
        for f in catalog.pay
        if f.subject.occupation == "sales-managers" and f.year == 2016 and f.component == component
    ]
    assert [f.value for f in found] == [value]


def test_seed_outlook_figures(catalog: Catalog) -> None:
    kam = [
        f
        for f in catalog.outlook
        if f.kind == "projected-growth" and f.subject and f.subject.role == "key-account-manager"
    ]
    assert (
        len(kam) == 1
        and kam[0].value == 13
        and kam[0].period
        and (kam[0].period.low, kam[0].period.high) == (2008, 2018)
    )
    employed = [f for f in catalog.outlook if f.kind == "employment" and f.year == 2016]
    assert [f.value for f in employed] == [385500]
    share = sorted(f.value for f in catalog.outlook if f.kind == "key-account-share")
    assert share == [23, 60]


def test_seed_articles_are_cited_by_file(catalog: Catalog) -> None:
    seeds = [s for s in catalog.sources.values() if s.kind == "seed-article"]
    assert len(seeds) == 5
    if (SHARED / "seeds").is_dir():
        for source in seeds:
            assert source.file and (SHARED / "seeds" / source.file).is_file()


def test_every_seed_article_is_used(catalog: Catalog) -> None:
    counts = cited_by(catalog)
    for source in catalog.sources.values():
        if source.kind == "seed-article":
            assert counts[source.id] > 0, source.id


def test_validate_command_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(CONTENT)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("content OK: 4 roles")


def test_export_holds_roles_with_their_parts(catalog: Catalog) -> None:
    data = export_model(catalog)
    assert {r["id"] for r in data["roles"]} == FOUR_ROLES
    for role in data["roles"]:
        assert role["duty_groups"] and role["skills"] and role["education"]
        assert role["title"]["en"]
    assert len(data["sources"]) == len(catalog.sources)


def test_export_command_in_one_language() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kamcareer", "export", "--lang", "en"], capture_output=True, text=True, check=True
    )
    data = json.loads(run.stdout)
    kam = next(r for r in data["roles"] if r["id"] == "key-account-manager")
    assert isinstance(kam["title"], str) and kam["title"] == "Key Account Manager"
    assert any(f["component"] == "commission" and f["range"] == {"low": 5500, "high": 39999} for f in data["pay"])
