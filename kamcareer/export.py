"""The whole validated model as plain JSON-ready data, in all languages or one."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from kamcareer.catalog import Catalog
from kamcareer.models import Text

#: Bump when the exported shape changes in a way other tools would notice.
EXPORT_FORMAT = 1


def localize(obj: Any, lang: str | None) -> Any:
    """Plain data for ``obj``; each Text becomes one string in ``lang`` (or stays a mapping when None)."""
    if isinstance(obj, Text):
        return dict(obj.root) if lang is None else obj.get(lang)
    if isinstance(obj, BaseModel):
        return {name: localize(getattr(obj, name), lang) for name in type(obj).model_fields}
    if isinstance(obj, list | tuple):
        return [localize(item, lang) for item in obj]
    if isinstance(obj, dict):
        return {key: localize(value, lang) for key, value in obj.items()}
    return obj


def export_model(catalog: Catalog, lang: str | None = None) -> dict[str, Any]:
    """Roles, skills, sources, dimensions, occupations, pay, outlook and prices as one mapping."""
    return {
        "format": EXPORT_FORMAT,
        "language": lang or "all",
        "roles": localize(list(catalog.roles.values()), lang),
        "skills": localize(list(catalog.skills.values()), lang),
        "duty_areas": localize(list(catalog.duty_areas.values()), lang),
        "dimensions": localize(list(catalog.dimensions.values()), lang),
        "occupations": localize(list(catalog.occupations.values()), lang),
        "sources": localize(list(catalog.sources.values()), lang),
        "pay": localize(catalog.pay, lang),
        "outlook": localize(catalog.outlook, lang),
        "prices": localize(catalog.prices, lang),
    }
