"""'Which role fits me?': answers scored against the role content, with the reasons for each score."""

from __future__ import annotations

from dataclasses import dataclass

from kamcareer.catalog import Catalog
from kamcareer.i18n import Translator
from kamcareer.models import IMPORTANCE_RANK, LEVEL_RANK, FitAnswer, FitFile, FitQuestion, Measure, Role

#: Fewer answers than this say too little to rank the roles.
MIN_ANSWERS = 5
_MAX_LEVEL = 3


@dataclass(frozen=True)
class Contribution:
    """What one answer gave one role: points out of the question's weight, and the role's level."""

    question: FitQuestion
    answer: FitAnswer
    points: float
    possible: float
    #: The role's level on the answer's measure (0–3), or None when its content does not say.
    role_level: int | None


@dataclass(frozen=True)
class RoleScore:
    """A role's match with the answers (0–1) and every answer's part in it."""

    role_id: str
    score: float
    contributions: tuple[Contribution, ...]

    def pointed_to(self, limit: int = 3) -> list[Contribution]:
        """The answers that matched this role best, strongest first."""
        good = [c for c in self.contributions if c.points >= 0.5 * c.possible and c.points > 0]
        return sorted(good, key=lambda c: (-c.points, -c.possible))[:limit]

    def pointed_away(self, limit: int = 2) -> list[Contribution]:
        """The answers that matched this role worst, the biggest misses first."""
        bad = [c for c in self.contributions if c.points < 0.5 * c.possible]
        return sorted(bad, key=lambda c: -(c.possible - c.points))[:limit]


def role_level(role: Role, measure: Measure) -> int | None:
    """The role's level (0–3) on a measure, from its content; None when the content does not say."""
    if measure.dimension is not None:
        position = next((p for p in role.dimensions if p.dimension == measure.dimension), None)
        return LEVEL_RANK[position.level] if position else None
    if measure.skill is not None:
        # The role lists the skills its sources name; a skill it does not list counts as not needed.
        skill = next((s for s in role.skills if s.skill == measure.skill), None)
        return IMPORTANCE_RANK[skill.importance] if skill else 0
    travel = role.environment.travel
    return None if travel == "not-stated" else LEVEL_RANK[travel]


def score_roles(catalog: Catalog, answers: dict[str, str]) -> list[RoleScore]:
    """Every role scored against the answers (question id → answer id), best match first."""
    chosen = _chosen(catalog.fit, answers)
    if not chosen:
        return []
    scores = []
    for rid, role in catalog.roles.items():
        parts = []
        for question, answer in ((c.question, c.answer) for c in chosen):
            level = role_level(role, answer.measure)
            target = LEVEL_RANK[answer.target]
            points = 0.0 if level is None else question.weight * (1 - abs(target - level) / _MAX_LEVEL)
            parts.append(Contribution(question, answer, points, float(question.weight), level))
        possible = sum(c.possible for c in parts)
        scores.append(RoleScore(rid, sum(c.points for c in parts) / possible if possible else 0.0, tuple(parts)))
    # Ties keep the career order of the catalog (sorted is stable).
    return sorted(scores, key=lambda s: -s.score)


def parse_answers(fit: FitFile, raw: str | None) -> tuple[dict[str, str], list[str]]:
    """Answers from a link (``?fit=a,b,…``): question id → answer id, and the parts not understood."""
    owner = {a.id: q.id for q in fit.questions for a in q.answers}
    answers: dict[str, str] = {}
    ignored: list[str] = []
    for part in (raw or "").split(",")[:50]:  # a link holds at most one answer per question
        code = part.strip()
        if not code:
            continue
        question = owner.get(code)
        if question is None or question in answers:
            ignored.append(code[:40])
        else:
            answers[question] = code
    return answers, ignored


def encode_answers(fit: FitFile, answers: dict[str, str]) -> str:
    """The answers as the ``?fit=`` value, in question order."""
    return ",".join(answers[q.id] for q in fit.questions if q.id in answers)


def measure_label(catalog: Catalog, role: Role, contribution: Contribution, t: Translator) -> str:
    """What the role content says on the answer's measure, e.g. "Winning new business: high"."""
    measure = contribution.answer.measure
    if measure.dimension is not None:
        name = catalog.dimensions[measure.dimension].name.get(t.lang) if measure.dimension in catalog.dimensions else ""
        position = next((p for p in role.dimensions if p.dimension == measure.dimension), None)
        return f"{name}: {t(f'level.{position.level}')}" if position else name
    if measure.skill is not None:
        name = catalog.skills[measure.skill].name.get(t.lang) if measure.skill in catalog.skills else measure.skill
        skill = next((s for s in role.skills if s.skill == measure.skill), None)
        return f"{name}: {t(f'importance.{skill.importance}') if skill else t('fit.not_listed')}"
    return f"{t('home.travel')}: {t(f'travel.{role.environment.travel}')}"


def measure_evidence(role: Role, contribution: Contribution, lang: str) -> tuple[str, list[str]]:
    """The role content behind a measure, in ``lang``, and its sources ("" when it is only a level)."""
    measure = contribution.answer.measure
    if measure.dimension is not None:
        position = next((p for p in role.dimensions if p.dimension == measure.dimension), None)
        return (position.text.get(lang), list(position.sources)) if position else ("", [])
    if measure.skill is not None:
        skill = next((s for s in role.skills if s.skill == measure.skill), None)
        return ("", list(skill.sources)) if skill else ("", [])
    env = role.environment
    return env.travel_text.get(lang), list(env.travel_sources)


def next_skills(catalog: Catalog, role_id: str, answers: dict[str, str]) -> list[str]:
    """Essential and important skills of the role that no answer already claimed, most important first."""
    fit = catalog.fit
    claimed = {
        a.answer.measure.skill
        for a in _chosen(fit, answers)
        if a.answer.measure.skill is not None and LEVEL_RANK[a.answer.target] >= LEVEL_RANK["medium"]
    }
    role = catalog.roles[role_id]
    wanted = [s for s in role.skills if s.importance in ("essential", "important") and s.skill not in claimed]
    return [s.skill for s in sorted(wanted, key=lambda s: -IMPORTANCE_RANK[s.importance])]


@dataclass(frozen=True)
class _Chosen:
    question: FitQuestion
    answer: FitAnswer


def _chosen(fit: FitFile | None, answers: dict[str, str]) -> list[_Chosen]:
    if fit is None:
        return []
    return [_Chosen(q, a) for q in fit.questions for a in q.answers if answers.get(q.id) == a.id]
