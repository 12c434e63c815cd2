"""``boundary plan`` and ``boundary schedule``: the mail-check plan, and when things happen.

``plan`` with no flags shows the plan; each flag changes what it names. Every value is
checked before anything is saved, so a bad one changes nothing. Saving goes through
``Boundary.save_profile`` (atomic; a running app notices the change).
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.dates import clock, short_day, typed_day, weekday_clock
from boundary_app.cli.output import (
    EXIT_OK,
    Failure,
    Out,
    exit_for,
    focus_json,
    names_text,
    result_json,
    window_json,
)
from boundary_app.cli.words import mark, ntr, tr

if TYPE_CHECKING:
    from boundary_app.core.service import Boundary

DEFAULT_DAYS = 7
MAX_DAYS = 366

# Plan fields as people name them on the command line and in messages.
FLAG_OF = {
    "times": "--times",
    "minutes": "--minutes",
    "weekdays": "--weekdays",
    "lead_minutes": "--lead",
    "focus_weekdays": "--focus-day",
}


PLAN_ERRORS = {
    "not-a-time": mark("'{text}' is not a time of day; use a time like 10:00."),
    "not-a-day-range": mark("'{text}' is not a day or a range of days; use e.g. mon-fri."),
    "not-a-day": mark(
        "'{text}' is not a day of the week; use mon, tue, wed, thu, fri, sat or sun."
    ),
}
"""``core.schedule.PlanError``'s codes in words (English as ``str()`` has them)."""


# --- plan ---------------------------------------------------------------------------------


def plan_arguments(plan: argparse.ArgumentParser) -> None:
    plan.add_argument(
        "--times", metavar="HH:MM,...", help=tr("window start times, e.g. 10:00,16:00")
    )
    plan.add_argument("--minutes", metavar="N", help=tr("how long each window lasts (1-240)"))
    plan.add_argument(
        "--weekdays", metavar="DAYS", help=tr("days with mail checks: mon-fri, mon,wed,fri, none")
    )
    plan.add_argument("--lead", metavar="N", help=tr("minutes of warning before a window (0-120)"))
    plan.add_argument(
        "--focus-day", metavar="DAYS", help=tr("focus days (wed, or mon,thu), or none to clear")
    )
    plan.add_argument(
        "--skip-dates",
        metavar="DATES",
        help=tr(
            "days without mail checks, e.g. 2026-12-24,2026-12-31 (replaces the list; "
            "none clears it)"
        ),
    )
    plan.add_argument("--timezone", metavar="AREA/CITY", help=tr("the profile's time zone"))


def _number(text: str, flag: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise Failure(
            tr("{flag} takes a whole number of minutes, not '{text}'.").format(flag=flag, text=text)
        ) from None


def _dates(text: str) -> frozenset[date]:
    """'2026-12-24,2026-12-31' or 'none' → the dates; raises Failure."""
    if text.strip().lower() == "none":
        return frozenset()
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        raise Failure(tr("--skip-dates needs dates such as 2026-12-24, or none to clear them."))
    dates: list[date] = []
    for part in parts:
        try:
            day = date.fromisoformat(part)
        except ValueError:
            raise Failure(
                tr("--skip-dates: '{text}' is not a date; use dates like 2026-12-24.").format(
                    text=part
                )
            ) from None
        if day in dates:
            raise Failure(tr("--skip-dates lists {day} twice.").format(day=day))
        dates.append(day)
    return frozenset(dates)


def _given(text: str, flag: str, example: str) -> str:
    """``text`` unless it is empty: "" would turn every day off without saying so."""
    if not text.strip():
        raise Failure(
            tr("{flag} is empty; give days such as {example}, or none for no days.").format(
                flag=flag, example=example
            )
        )
    return text


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    """The plan fields the flags set, each read and checked on its own."""
    from boundary_app.core.schedule import PlanError, parse_clock, parse_weekdays

    changes: dict[str, Any] = {}
    try:
        if args.times is not None:
            parts = [p for p in args.times.split(",") if p.strip()]
            if not parts:
                raise Failure(tr("--times needs at least one time, such as 10:00."))
            times = [parse_clock(p) for p in parts]
            if len(set(times)) != len(times):
                raise Failure(tr("--times lists the same time twice."))
            changes["times"] = tuple(times)
        if args.weekdays is not None:
            changes["weekdays"] = parse_weekdays(_given(args.weekdays, "--weekdays", "mon-fri"))
        if args.focus_day is not None:
            changes["focus_weekdays"] = parse_weekdays(_given(args.focus_day, "--focus-day", "wed"))
    except PlanError as error:
        words = PLAN_ERRORS.get(error.code)
        said = tr(words).format_map(error.values) if words else f"{error}."
        raise Failure(said, **({"code": error.code} if error.code else {})) from None
    if args.minutes is not None:
        changes["minutes"] = _number(args.minutes, "--minutes")
    if args.lead is not None:
        changes["lead_minutes"] = _number(args.lead, "--lead")
    if args.skip_dates is not None:
        changes["skip_dates"] = _dates(args.skip_dates)
    return changes


def run_plan(context: Context, args: argparse.Namespace) -> int:
    import copy
    from dataclasses import replace

    from boundary_app.core.instance import app_running
    from boundary_app.core.profile import is_timezone
    from boundary_app.core.schedule import plan_fault

    service, out = context.service, context.out
    changes = _changes(args)
    timezone = args.timezone.strip() if args.timezone is not None else None
    if timezone is not None and not is_timezone(timezone):
        raise Failure(
            tr("'{timezone}' is not a time zone; use a name like 'Europe/Amsterdam'.").format(
                timezone=timezone
            ),
            code="not-a-time-zone",
        )
    plan = replace(service.profile.checks, **changes)
    if fault := plan_fault(plan):
        raise Failure(fault_words(*fault), code=fault[1])

    before = service.profile
    changed = sorted(k for k, v in changes.items() if getattr(before.checks, k) != v)
    if timezone is not None and timezone != before.identity.timezone:
        changed.append("timezone")
    results = []
    if changed:
        profile = copy.deepcopy(before)
        profile.checks = plan
        if timezone is not None:
            profile.identity.timezone = timezone
        service.save_profile(profile)  # atomic; tells a running app
        replies_move = "focus_weekdays" in changed or "timezone" in changed
        if replies_move and not app_running(service.paths.app_lock):
            results = service.push()  # the focus day's reply follows the new plan now
    data = plan_json(service)
    data["changed"] = changed
    if results:
        data["results"] = [result_json(r) for r in results]
    lines = plan_lines(service, out)
    if changes or timezone is not None:
        lines.insert(0, tr("Plan saved.") if changed else tr("The plan already was like that."))
    lines += [out.account_line(r) for r in results]
    out.emit(data, lines)
    return exit_for(results)


def fault_words(name: str, code: str, values: dict[str, Any]) -> str:
    """What ``core.schedule.plan_fault`` found, naming the flag that sets the field."""
    flag = FLAG_OF.get(name, name)
    if code == "out-of-range":
        words = tr("{flag} is {value}; use a number from {low} to {high}.")
    elif code == "not-a-weekday":
        words = tr("{flag} holds a day that is not a day of the week.")
    else:
        words = ntr(
            "{flag} has windows at {earlier} and {later}, which overlap: windows last "
            "%n minute(s), so their start times must be at least that far apart.",
            values["minutes"],
        )
        if values["midnight"]:
            words = ntr(
                "{flag} has windows at {earlier} and {later}, which overlap: windows last "
                "%n minute(s), so their start times must be at least that far apart (across "
                "midnight).",
                values["minutes"],
            )
    times = {k: clock(v) for k, v in values.items() if k in ("earlier", "later")}
    said = words.format_map({**values, **times, "flag": flag})
    return said + " " + tr("Nothing was changed.")


def plan_lines(service: Boundary, out: Out) -> list[str]:
    from boundary_app.core.schedule import format_weekdays, next_focus_day, next_window

    profile = service.profile
    plan, tz = profile.checks, profile.tz
    now = service.clock()
    if not plan.enabled or not plan.times:
        checks = tr("Mail checks: off.")
    else:
        checks = ntr(
            "Mail checks: {times} for %n minute(s), {weekdays} ({timezone}).", plan.minutes
        ).format(
            times=names_text([clock(t) for t in plan.times]),
            weekdays=format_weekdays(plan.weekdays),
            timezone=profile.identity.timezone,
        )
        if plan.lead_minutes:
            checks += " " + ntr("Reminder %n minute(s) before.", plan.lead_minutes)
    lines = [checks]
    if plan.skip_dates:
        dates = ", ".join(str(d) for d in sorted(plan.skip_dates))
        lines.append(tr("Skipped dates: {dates}.").format(dates=dates))
    if plan.focus_weekdays:
        days = format_weekdays(plan.focus_weekdays)
        lines.append(tr("Focus days: {days}.").format(days=days))
    else:
        lines.append(tr("Focus days: none."))
    if window := next_window(plan, tz, now):
        lines.append(tr("Next mail check: {when}.").format(when=out.when(window.start)))
    if focus := next_focus_day(plan, tz, now):
        lines.append(tr("Next focus day: {when}.").format(when=out.when(focus.start)))
    return lines


def plan_json(service: Boundary) -> dict[str, Any]:
    from boundary_app.core.schedule import WEEKDAY_NAMES, next_focus_day, next_window

    profile = service.profile
    plan = profile.checks
    tz = profile.tz
    now = service.clock()
    window = next_window(plan, tz, now)
    focus = next_focus_day(plan, tz, now)
    return {
        "timezone": profile.identity.timezone,
        "enabled": plan.enabled,
        "times": [f"{t:%H:%M}" for t in plan.times],
        "minutes": plan.minutes,
        "weekdays": [WEEKDAY_NAMES[d] for d in sorted(plan.weekdays)],
        "skip_dates": [d.isoformat() for d in sorted(plan.skip_dates)],
        "lead_minutes": plan.lead_minutes,
        "snooze_minutes": plan.snooze_minutes,
        "snoozes": plan.snoozes,
        "strict": plan.strict,
        "focus_days": [WEEKDAY_NAMES[d] for d in sorted(plan.focus_weekdays)],
        "look_back_weeks": plan.look_back_weeks,
        "started": plan.started.isoformat() if plan.started else None,
        "next_window": window_json(window) if window else None,
        "next_focus_day": focus_json(focus) if focus else None,
    }


# --- schedule -----------------------------------------------------------------------------


def schedule_arguments(schedule: argparse.ArgumentParser) -> None:
    schedule.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=tr("first day (default: today), e.g. 2026-12-01"),
    )
    schedule.add_argument(
        "--days",
        metavar="N",
        help=tr("how many days (default: {days}, at most {most})").format(
            days=DEFAULT_DAYS, most=MAX_DAYS
        ),
    )


def _first_day(service: Boundary, text: str | None) -> date:
    tz = service.profile.tz
    now = service.clock()
    if text is None:
        return now.astimezone(tz).date()
    return typed_day(text, now=now, tz=tz)


def run_schedule(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.schedule import focus_days_between, windows_between
    from boundary_app.core.timeutil import localize

    service, out = context.service, context.out
    first = _first_day(service, args.start)
    days = DEFAULT_DAYS if args.days is None else _number_of_days(args.days)
    profile = service.profile
    plan, tz = profile.checks, profile.tz
    start = localize(first, time(0), tz)
    end = localize(first + timedelta(days=days), time(0), tz)
    windows = windows_between(plan, tz, start, end)
    focus_days = focus_days_between(plan, tz, start, end)

    last = first + timedelta(days=days - 1)
    lines = [
        tr("{first} to {last}, {timezone} (UTC in brackets):").format(
            first=short_day(first, year=True),
            last=short_day(last, year=True),
            timezone=profile.identity.timezone,
        )
    ]
    focus_by_day = {f.day: f for f in focus_days}
    for k in range(days):
        day = first + timedelta(days=k)
        today = [w for w in windows if w.start.date() == day]
        parts = [f"{clock(w.start)}–{clock(w.end)} ({_utc(w.start, w.end, day)})" for w in today]
        if focus := focus_by_day.get(day):
            utc = _utc(focus.start, focus.end, None)
            parts.insert(0, tr("focus day ({utc})").format(utc=utc))
        if parts:
            lines.append(f"  {short_day(day)}  {', '.join(parts)}")
    if len(lines) == 1:
        lines.append("  " + tr("No mail checks and no focus days."))
    out.emit(
        {
            "timezone": profile.identity.timezone,
            "from": first.isoformat(),
            "days": days,
            "windows": [window_json(w) for w in windows],
            "focus_days": [focus_json(f) for f in focus_days],
        },
        lines,
    )
    return EXIT_OK


def _utc(start: datetime, end: datetime, day: date | None) -> str:
    """``start``–``end`` in UTC; a moment on another date than ``day`` names its weekday."""

    def at(moment: datetime) -> str:
        moment = moment.astimezone(UTC)
        return clock(moment) if moment.date() == day else weekday_clock(moment)

    return f"{at(start)}–{at(end)} UTC"


def _number_of_days(text: str) -> int:
    try:
        days = int(text.strip())
    except ValueError:
        raise Failure(
            tr("--days takes a whole number of days, not '{text}'.").format(text=text)
        ) from None
    if not 1 <= days <= MAX_DAYS:
        raise Failure(
            tr("--days is {days}; use a number from 1 to {most}.").format(days=days, most=MAX_DAYS)
        )
    return days


PLAN = Command(
    "plan",
    help=mark("show or change the mail-check plan and focus days"),
    description=mark(
        "Show the mail-check plan, or change what the flags name. Times and "
        "days are in the profile's time zone. Every value is checked first: a bad one is "
        "reported and nothing is changed."
    ),
    add_arguments=plan_arguments,
    run=run_plan,
)
SCHEDULE = Command(
    "schedule",
    help=mark("upcoming mail-check windows and focus days"),
    description=mark(
        "Mail-check windows and focus days, each with its start and end in the "
        "profile's time zone and in UTC (in brackets); --json gives both as ISO 8601 with "
        "their UTC offsets."
    ),
    add_arguments=schedule_arguments,
    run=run_schedule,
)
