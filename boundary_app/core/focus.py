"""Focus days as auto-replies, and the record of the focus days that happened.

A focus day is a recurring closed-door day ("I work behind closed doors on Wednesdays; mail
me and I'll answer on Thursday"). Its reply is an ``ReplyPeriod`` that is never stored: it is
made from the plan, the profile's "focus" template and the clock whenever the desired state
is worked out, so it follows every change of plan, template or backups, and it moves on to
the next occurrence by itself once a focus day has ended.

- The period runs from the focus day's first instant to the next day's first instant, so a
  provider with a server-side schedule holds it with the laptop closed.
- ``{return}`` is the next working morning: the next day that is one of the plan's weekdays
  and not itself a focus day, at ``preferences.workday_start`` (Wednesday → "Thursday 26
  November at 09:00", Friday → Monday). See ``schedule.focus_return``.
- It names the first backup of the roster and uses the preferred audience, like a
  go-away request that changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from boundary_app.core.journal import ReplyPeriod
from boundary_app.core.profile import Profile
from boundary_app.core.schedule import (
    CheckPlan,
    FocusDay,
    focus_days_between,
    focus_return,
    next_focus_day,
)

log = logging.getLogger(__name__)

FOCUS_TEMPLATE = "focus"


def focus_period(
    profile: Profile, now: datetime, languages: Sequence[str] = ("en",)
) -> ReplyPeriod | None:
    """The focus reply for the focus day in progress at ``now``, or the next; None if none."""
    plan, tz = profile.checks, profile.tz
    day = next_focus_day(plan, tz, now)
    if day is None:
        return None
    return focus_reply(profile, day, languages)


def focus_reply(
    profile: Profile, day: FocusDay, languages: Sequence[str] = ("en",)
) -> ReplyPeriod | None:
    """The rendered reply for ``day`` in ``languages``; None (logged) if it cannot be sent."""
    # Templates are read only when there is a focus day to reply for, not at start-up.
    from boundary_app.core.render import check_message, render_reply

    back = focus_return(profile.checks, profile.tz, day, profile.preferences.workday_start_time)
    backups = profile.backups[:1]
    rendered = render_reply(
        profile,
        FOCUS_TEMPLATE,
        languages,
        backups=backups,
        until=back,
        now=day.start,  # the year is shown only when the return is in another year
    )
    try:
        check_message(rendered.internal, "focus day message for colleagues")
        check_message(rendered.external, "focus day message for everyone else")
    except ValueError as error:
        log.warning("No focus day reply: %s", error)
        return None
    return ReplyPeriod(
        start=day.start,
        until=day.end,
        template=FOCUS_TEMPLATE,
        subject=rendered.subject,
        internal=rendered.internal,
        external=rendered.external,
        audience=profile.preferences.audience,
        backups=tuple(b.name for b in backups),
    )


def focus_days_kept(
    plan: CheckPlan,
    tz: ZoneInfo,
    away_periods: Iterable[ReplyPeriod],
    start: datetime,
    end: datetime,
    now: datetime,
) -> list[date]:
    """The focus days that happened with their start in [start, end), as local dates.

    Derived, not stored: the plan's focus days from the day the plan started up to ``now``
    (one in progress counts), except those an away period overlapped (an away period wins,
    so such a day counts as a day away). An away period that was ended early counts only up
    to when it was ended.
    """
    periods = list(away_periods)
    days = focus_days_between(plan, tz, start, min(end, now))
    return [
        f.day
        for f in days
        if (plan.started is None or f.day >= plan.started)
        and not any(_overlaps(p, f) for p in periods)
    ]


def _overlaps(period: ReplyPeriod, day: FocusDay) -> bool:
    finish = period.back
    return period.start < day.end and (finish is None or finish > day.start)
