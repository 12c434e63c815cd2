"""``boundary review``: the evaluation of the plan since it started, with the person's notes."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.output import EXIT_OK
from boundary_app.cli.words import mark, ntr, tr

if TYPE_CHECKING:
    from boundary_app.core.review import Evaluation

QUESTION_WORDS = {
    "productive": mark("Is work more productive?"),
    "obstacles": mark("What got in the way?"),
    "changes": mark("What will you change?"),
}


def review_arguments(parser: argparse.ArgumentParser) -> None:
    for key in QUESTION_WORDS:
        parser.add_argument(
            f"--{key}",
            metavar="TEXT",
            help=tr("your answer to '{question}'").format(question=tr(QUESTION_WORDS[key])),
        )


def run_review(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.review import evaluation, save_notes

    service = context.service
    answers = [args.productive, args.obstacles, args.changes]
    if any(a is not None for a in answers):
        reviews = service.journal.reviews()
        last = reviews[-1] if reviews else None  # a question left out keeps its answer
        keep = [getattr(last, k) if last else "" for k in QUESTION_WORDS]
        save_notes(
            service, *(a if a is not None else k for a, k in zip(answers, keep, strict=True))
        )
    found = evaluation(service)
    context.out.emit(review_json(found), _lines(context, found))
    return EXIT_OK


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)}%"


def _lines(context: Context, found: Evaluation) -> list[str]:
    from boundary_app.cli.dates import short_day
    from boundary_app.core.render import format_day
    from boundary_app.translation import language

    lang = language()
    total = found.totals
    clients = ", ".join(f"{name} {n}" for name, n in found.clients)
    lines = [
        ntr("Evaluation of your plan since {since} (%n week(s)):", len(found.weeks)).format(
            since=format_day(found.since, lang)
        ),
        "  "
        + tr(
            "Mail-check windows: {kept} kept, {overrun} overrun ({minutes} min over), "
            "{skipped} skipped, {missed} missed ({share} kept)"
        ).format(
            kept=total.kept,
            overrun=total.overrun,
            minutes=total.overrun_minutes,
            skipped=total.skipped,
            missed=total.missed,
            share=_percent(found.kept_share),
        ),
        "  "
        + tr(
            "Focus days kept: {focus}; away days: {away}; messages forwarded: {forwarded}; "
            "unscheduled checks: {unscheduled}"
        ).format(
            focus=total.focus_days,
            away=total.away_days,
            forwarded=total.forwarded,
            unscheduled=total.unscheduled,
        ),
        "  "
        + tr("Interruptions: {count}").format(count=total.interruptions)
        + (f" — {clients}" if clients else ""),
        "",
        tr("Week by week (windows kept of those on record, interruptions):"),
    ]
    for week, share in found.trend():
        days = f"{short_day(week.start, weekday=False)} – {short_day(week.end, weekday=False)}"
        lines.append(
            f"  {days}  "
            + tr("{kept}/{windows} kept ({share}), ").format(
                kept=week.kept, windows=week.windows, share=_percent(share)
            )
            + ntr("%n interruption(s)", week.interruptions)
        )
    lines += ["", tr("Your notes:")]
    for key, question in QUESTION_WORDS.items():
        answer = getattr(found.notes, key) if found.notes else ""
        lines.append(f"  {tr(question)} {answer or tr('(not answered yet)')}")
    if found.next_offer is not None:
        lines += [
            "",
            tr("Next evaluation: {day}.").format(day=format_day(found.next_offer, lang)),
        ]
    return lines


def review_json(found: Evaluation) -> dict[str, Any]:
    notes = found.notes
    return {
        "since": found.since.isoformat(),
        "weeks": [w.to_json() for w in found.weeks],
        "totals": {
            **found.totals.figures(),
            "interruptions_by_client": dict(found.clients),
        },
        "kept_share": found.kept_share,
        "notes": None
        if notes is None
        else {"at": notes.at.isoformat(), **{k: getattr(notes, k) for k in QUESTION_WORDS}},
        "next_evaluation": found.next_offer.isoformat() if found.next_offer else None,
    }


REVIEW = Command(
    "review",
    help=mark("the evaluation of your plan since it started, with your notes"),
    description=mark(
        "The figures since your plan started (mail-check windows kept, overrun, skipped and "
        "missed; focus days; away days; forwards; interruptions per client; the trend week "
        "by week) and your answers to three questions, which --productive, --obstacles and "
        "--changes record. The app exports it as a one-page PDF."
    ),
    add_arguments=review_arguments,
    run=run_review,
)
