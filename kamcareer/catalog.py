"""Loading and validating the whole ``content/`` folder into one Catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from kamcareer.languages import LANGS
from kamcareer.models import (
    Dimension,
    DimensionsFile,
    DutyArea,
    DutyAreasFile,
    FitFile,
    GuideFile,
    Occupation,
    OccupationsFile,
    OutlookFigure,
    OutlookFile,
    PayFigure,
    PayFile,
    PricesFile,
    Role,
    Skill,
    SkillsFile,
    Source,
    SourcesFile,
    WordingFile,
)
from kamcareer.problems import WHOLE_FILE, Problem, from_validation_error
from kamcareer.validation import (
    Coverage,
    check_references,
    check_translations,
    check_ui_catalogs,
    check_unique_ids,
)
from kamcareer.yamlfile import ContentFileError, read_yaml

#: The shipped content, beside the package.
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

#: Missing translations are errors: every text exists in all six languages.
STRICT_LANGUAGES = True

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Catalog:
    """The validated content: everything that loaded, and every problem found."""

    root: Path
    sources: dict[str, Source]
    skills: dict[str, Skill]
    duty_areas: dict[str, DutyArea]
    dimensions: dict[str, Dimension]
    occupations: dict[str, Occupation]
    roles: dict[str, Role]
    pay: tuple[PayFigure, ...]
    outlook: tuple[OutlookFigure, ...]
    prices: PricesFile | None
    #: The inclusive-wording rules; None when ``wording.yaml`` is broken (the check is then unavailable).
    wording: WordingFile | None
    #: The "Which role fits me?" questionnaire; None when ``fit.yaml`` is broken.
    fit: FitFile | None
    #: The key account management guide; None when ``guide.yaml`` is broken.
    guide: GuideFile | None
    ui: dict[str, dict[str, str]]
    problems: tuple[Problem, ...] = ()
    coverage: Coverage = field(default_factory=Coverage)

    @property
    def errors(self) -> list[Problem]:
        """Problems that made something unusable."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """Problems that leave the content usable (for now, missing translations)."""
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def broken_files(self) -> list[str]:
        """Files with at least one error, in order."""
        return sorted({p.file for p in self.errors})


def _parse(root: Path, rel: str, model: type[M], problems: list[Problem]) -> M | None:
    """Read and validate one file; on failure record its problems and return None."""
    path = root / rel
    if not path.exists():
        problems.append(Problem(rel, WHOLE_FILE, "file is missing"))
        return None
    try:
        data = read_yaml(path)
    except ContentFileError as exc:
        problems.append(Problem(rel, exc.field or WHOLE_FILE, exc.message))
        return None
    if not isinstance(data, dict):
        problems.append(Problem(rel, WHOLE_FILE, f"expected a mapping of fields, found {type(data).__name__}"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems.extend(from_validation_error(rel, exc))
        return None


def _read_ui(root: Path, problems: list[Problem]) -> dict[str, dict[str, str]]:
    """Read ``i18n/<lang>.yaml`` catalogs: flat ``dotted.key: text`` mappings."""
    catalogs: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        rel = f"i18n/{lang}.yaml"
        path = root / rel
        if not path.exists():
            if lang == "en":
                problems.append(Problem(rel, WHOLE_FILE, "file is missing (English is the reference catalog)"))
            else:
                problems.append(Problem(rel, WHOLE_FILE, "file is missing", "error" if STRICT_LANGUAGES else "warning"))
            continue
        try:
            data = read_yaml(path)
        except ContentFileError as exc:
            problems.append(Problem(rel, exc.field or WHOLE_FILE, exc.message))
            continue
        if not isinstance(data, dict):
            problems.append(Problem(rel, WHOLE_FILE, "expected a flat mapping of 'key: text'"))
            continue
        catalog = {}
        for key, text in data.items():
            if not isinstance(key, str) or not isinstance(text, str) or not text.strip():
                problems.append(Problem(rel, str(key), "expected a non-empty text"))
                continue
            catalog[key] = text.strip()
        catalogs[lang] = catalog
    return catalogs


def _ids(items: list[Any] | None) -> set[str] | None:
    return None if items is None else {item.id for item in items}


def _career_order(roles: dict[str, Role]) -> list[str]:
    """Roles along the career path (previous before next), then the rest by id."""
    nexts = {
        rid: [r.role for r in role.relations if r.kind == "next-step" and r.role in roles]
        for rid, role in roles.items()
    }
    pointed = {target for targets in nexts.values() for target in targets}
    order: list[str] = []
    queue = sorted(rid for rid in roles if rid not in pointed)
    while queue:
        rid = queue.pop(0)
        if rid in order:
            continue
        order.append(rid)
        queue.extend(sorted(nexts[rid]))
    return order + sorted(set(roles) - set(order))


def load_catalog(root: Path | str = DEFAULT_CONTENT_DIR, strict_languages: bool | None = None) -> Catalog:
    """Load and validate every content file under ``root``; never raises for bad content."""
    root = Path(root)
    strict = STRICT_LANGUAGES if strict_languages is None else strict_languages
    problems: list[Problem] = []
    if not root.is_dir():
        problems.append(Problem(str(root), WHOLE_FILE, "content folder not found"))

    sources = _parse(root, "sources.yaml", SourcesFile, problems)
    skills = _parse(root, "skills.yaml", SkillsFile, problems)
    duty_areas = _parse(root, "duty_areas.yaml", DutyAreasFile, problems)
    dimensions = _parse(root, "dimensions.yaml", DimensionsFile, problems)
    occupations = _parse(root, "occupations.yaml", OccupationsFile, problems)
    pay = _parse(root, "pay.yaml", PayFile, problems)
    outlook = _parse(root, "outlook.yaml", OutlookFile, problems)
    prices = _parse(root, "prices.yaml", PricesFile, problems)
    wording = _parse(root, "wording.yaml", WordingFile, problems)
    fit = _parse(root, "fit.yaml", FitFile, problems)
    guide = _parse(root, "guide.yaml", GuideFile, problems)

    roles: dict[str, tuple[str, Role]] = {}
    role_dir = root / "roles"
    role_files = sorted(role_dir.glob("*.yaml")) if role_dir.is_dir() else []
    if not role_files:
        problems.append(Problem("roles/", WHOLE_FILE, "no role files (roles/<role-id>.yaml)"))
    for path in role_files:
        rel = f"roles/{path.name}"
        role = _parse(root, rel, Role, problems)
        if role is None:
            continue
        if role.id != path.stem:
            problems.append(Problem(rel, "id", f"id '{role.id}' does not match the file name '{path.stem}.yaml'"))
        elif role.id in roles:
            problems.append(Problem(rel, "id", f"duplicate role id '{role.id}' (also in {roles[role.id][0]})"))
        else:
            roles[role.id] = (rel, role)

    known: dict[str, set[str] | None] = {
        "source": _ids(sources.sources if sources else None),
        "skill": _ids(skills.skills if skills else None),
        "duty-area": _ids(duty_areas.duty_areas if duty_areas else None),
        "dimension": _ids(dimensions.dimensions if dimensions else None),
        "occupation": _ids(occupations.occupations if occupations else None),
        # A role whose file is broken is reported once; links to it from other roles stay valid
        # (pages show only loaded roles), so one broken file does not take down its neighbours.
        "role": {path.stem for path in role_files},
    }
    files: list[tuple[str, BaseModel | None]] = [
        ("sources.yaml", sources),
        ("skills.yaml", skills),
        ("duty_areas.yaml", duty_areas),
        ("dimensions.yaml", dimensions),
        ("occupations.yaml", occupations),
        ("pay.yaml", pay),
        ("outlook.yaml", outlook),
        ("prices.yaml", prices),
        ("wording.yaml", wording),
        ("fit.yaml", fit),
        ("guide.yaml", guide),
        *roles.values(),
    ]
    coverage = Coverage()
    broken_roles: set[str] = set()
    for rel, model in files:
        if model is None:
            continue
        found = check_references(rel, model, known) + check_unique_ids(rel, model)
        problems.extend(found)
        if found and isinstance(model, Role):
            broken_roles.add(model.id)
        problems.extend(check_translations(rel, model, coverage, strict))
    ui = _read_ui(root, problems)
    problems.extend(check_ui_catalogs(ui, coverage, strict))

    good_roles = {rid: role for rid, (_, role) in roles.items() if rid not in broken_roles}
    return Catalog(
        root=root,
        sources={s.id: s for s in sources.sources} if sources else {},
        skills={s.id: s for s in skills.skills} if skills else {},
        duty_areas={a.id: a for a in duty_areas.duty_areas} if duty_areas else {},
        dimensions={d.id: d for d in dimensions.dimensions} if dimensions else {},
        occupations={o.id: o for o in occupations.occupations} if occupations else {},
        roles={rid: good_roles[rid] for rid in _career_order(good_roles)},
        pay=tuple(pay.pay) if pay else (),
        outlook=tuple(outlook.outlook) if outlook else (),
        prices=prices,
        wording=wording,
        fit=fit,
        guide=guide,
        ui=ui,
        problems=tuple(problems),
        coverage=coverage,
    )
