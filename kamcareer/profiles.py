"""Facts about a role, phrased for display: education, experience, duties, skills."""

from __future__ import annotations

from kamcareer.catalog import Catalog
from kamcareer.formatting import number
from kamcareer.i18n import Translator
from kamcareer.models import IMPORTANCE_RANK, Role, RoleSkill, Source
from kamcareer.validation import REFERENCE_FIELDS, walk

_EDUCATION_ORDER = {"not-stated": -1, "none": 0, "associate": 1, "bachelor": 2, "master": 3}


def typical_education(role: Role, t: Translator) -> str:
    """The typical degree levels, lowest first, e.g. "Associate degree / Bachelor's degree"."""
    levels = sorted({e.level for e in role.education if e.typical}, key=_EDUCATION_ORDER.__getitem__)
    if not levels:
        levels = sorted({e.level for e in role.education}, key=_EDUCATION_ORDER.__getitem__)[:1]
    return " / ".join(t(f"education.{level}") for level in levels)


def experience_label(role: Role, t: Translator) -> str:
    """Years of experience such as "3–5 years", or "not specified"."""
    years = role.experience.years
    if years is None:
        return t("experience.unknown")
    return t("experience.years", low=number(years.low, t.lang), high=number(years.high, t.lang))


def duty_count(role: Role) -> int:
    """How many duties the role lists."""
    return sum(len(group.duties) for group in role.duty_groups)


def skills_by_importance(role: Role) -> dict[str, list[RoleSkill]]:
    """The role's skills grouped essential → important → useful, in content order."""
    groups: dict[str, list[RoleSkill]] = {
        level: [] for level in sorted(IMPORTANCE_RANK, key=IMPORTANCE_RANK.get, reverse=True)
    }
    for skill in role.skills:
        groups[skill.importance].append(skill)
    return {level: skills for level, skills in groups.items() if skills}


def career_chain(catalog: Catalog) -> list[str]:
    """The longest run of ``next-step`` links between loaded roles, e.g. rep → AM → KAM → manager."""
    nexts = {
        rid: [r.role for r in role.relations if r.kind == "next-step" and r.role in catalog.roles]
        for rid, role in catalog.roles.items()
    }

    def longest(rid: str, seen: tuple[str, ...]) -> list[str]:
        paths = [longest(nxt, (*seen, rid)) for nxt in nexts[rid] if nxt not in seen]
        return [rid, *max(paths, key=len, default=[])]

    return max((longest(rid, ()) for rid in catalog.roles), key=len, default=[])


def cited_by(catalog: Catalog) -> dict[str, int]:
    """How many items in the content cite each source."""
    counts = dict.fromkeys(catalog.sources, 0)
    models = [
        *catalog.roles.values(),
        *catalog.dimensions.values(),
        *catalog.occupations.values(),
        *catalog.pay,
        *catalog.outlook,
    ]
    for model in models:
        for path, value in walk(model):
            if (
                isinstance(value, str)
                and path
                and (
                    path[-1] == "source"
                    or (isinstance(path[-1], int) and REFERENCE_FIELDS.get(str(path[-2])) == "source")
                )
            ):
                counts[value] = counts.get(value, 0) + 1
    return counts


def sources_by_kind(catalog: Catalog, confidences: set[str]) -> dict[str, list[Source]]:
    """Sources with one of ``confidences``, grouped by kind in content order."""
    groups: dict[str, list[Source]] = {}
    for source in catalog.sources.values():
        if source.confidence in confidences:
            groups.setdefault(source.kind, []).append(source)
    return groups
