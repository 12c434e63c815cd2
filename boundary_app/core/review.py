"""The evaluation the person holds with their team, two months after the plan started and
every two months after (``look_back_weeks``; see ``CheckKeeper``).

Its figures are ``boundary stats``' for the weeks since the plan started (``week_stats``, the
week of ``started`` to this one): windows kept, overrun, skipped, missed; focus days; away
days; forwards; interruptions per client; and the trend week by week. Three questions take
the person's own notes (Is work more productive? What got in the way? What will you change?),
kept in the journal; the last notes are shown again at the next evaluation. Changes to the
plan (the focus day, the windows) are checked here (``changed_plan``) and saved as Settings
saves the profile.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from boundary_app.core.journal import ReviewNotes
from boundary_app.core.schedule import CheckPlan, plan_problem
from boundary_app.core.stats import (
    Counts,
    WeekStats,
    clients_total,
    monday_of,
    totals,
    week_stats,
)
from boundary_app.core.timeutil import localize

if TYPE_CHECKING:
    from boundary_app.core.service import Boundary

MAX_WEEKS = 520
NOTE_LIMIT = 4000


@dataclass(frozen=True)
class Evaluation:
    since: date
    """The day the plan started: the evaluation looks at its weeks, from that week on."""
    now: datetime
    weeks: tuple[WeekStats, ...]
    plan: CheckPlan
    notes: ReviewNotes | None
    """The last notes saved (at this evaluation or the one before), or None."""
    next_offer: date | None

    @property
    def totals(self) -> Counts:
        return totals(self.weeks)

    @property
    def clients(self) -> tuple[tuple[str, int], ...]:
        """Interruptions per client over the period, most first."""
        return clients_total(self.weeks)

    @property
    def kept_share(self) -> float | None:
        """Windows kept (in time) of the windows on record, 0-1; None with no windows."""
        windows = self.totals.windows
        return self.totals.kept / windows if windows else None

    def trend(self) -> list[tuple[WeekStats, float | None]]:
        """Each week with its share of windows kept (None in a week without windows)."""
        return [(w, w.kept / w.windows if w.windows else None) for w in self.weeks]


def weeks_since(started: date, today: date) -> int:
    """How many weeks (Monday to Sunday) from the week of ``started`` to this one."""
    weeks = (monday_of(today) - monday_of(started)).days // 7 + 1
    return max(1, min(weeks, MAX_WEEKS))


def evaluation(service: Boundary) -> Evaluation:
    """The evaluation as of now; reads the journal only."""
    profile, now = service.profile, service.clock()
    plan, tz = profile.checks, profile.tz
    today = now.astimezone(tz).date()
    since = plan.started or today
    count = weeks_since(since, today)
    weeks = week_stats(service.journal, plan, tz, now, count)
    reviews = service.journal.reviews()
    return Evaluation(
        since=since,
        now=now,
        weeks=tuple(weeks),
        plan=plan,
        notes=reviews[-1] if reviews else None,
        next_offer=service.checks.evaluation_date(),
    )


def save_notes(service: Boundary, productive: str, obstacles: str, changes: str) -> ReviewNotes:
    """Keep the answers to the three questions; the next evaluation comes a period from now.

    Raises ``InputError`` for notes too long to keep.
    """
    from boundary_app.core.service import InputError

    for text in (productive, obstacles, changes):
        if len(text) > NOTE_LIMIT:
            raise InputError(f"A note is longer than {NOTE_LIMIT} characters; please shorten it.")
    profile, now = service.profile, service.clock()
    since = profile.checks.started or now.astimezone(profile.tz).date()
    notes = ReviewNotes(
        at=now,
        since=localize(since, time(0), profile.tz),
        productive=productive.strip(),
        obstacles=obstacles.strip(),
        changes=changes.strip(),
    )
    service.journal.save_review(notes)
    service.checks.evaluation_held(now)
    service.mark_changed()
    return notes


def changed_plan(
    plan: CheckPlan,
    *,
    focus_weekdays: frozenset[int] | None = None,
    times: tuple[time, ...] | None = None,
    minutes: int | None = None,
) -> CheckPlan:
    """``plan`` with the focus day(s) or the windows changed; ``PlanError`` if it cannot be
    kept (the plan's own rules, as Settings applies them)."""
    from boundary_app.core.schedule import PlanError

    new = replace(
        plan,
        focus_weekdays=plan.focus_weekdays if focus_weekdays is None else focus_weekdays,
        times=plan.times if times is None else times,
        minutes=plan.minutes if minutes is None else minutes,
    )
    if problem := plan_problem(new):
        raise PlanError(f"{problem[0]} {problem[1]}")
    return new


__all__ = [
    "Evaluation",
    "changed_plan",
    "evaluation",
    "save_notes",
    "weeks_since",
]
