"""``boundary review``: the evaluation of the plan since it started, with the person's notes."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from boundary_app.cli.command import Command, Context
from boundary_app.cli.output import EXIT_OK

if TYPE_CHECKING:
    from boundary_app.core.review import Evaluation

QUESTION_WORDS = {
    "productive": "Is work more productive?",
    "obstacles": "What got in the way?",
    "changes": "What will you change?",
}


def review_arguments(parser: argparse.ArgumentParser) -> None:
    for flag, key in (("--productive", "productive"), ("--obstacles", "obstacles")):
        parser.add_argument(flag, metavar="TEXT", help=f"your answer to '{QUESTION_WORDS[key]}'")
    parser.add_argument(
        "--changes", metavar="TEXT", help=f"your answer to '{QUESTION_WORDS['changes']}'"
    )


def run_review(context: Context, args: argparse.Namespace) -> int:
    from boundary_app.core.review import evaluation, save_notes

    service = context.service
    answers = [args.productive, args.obstacles, args.changes]
    if any(a is not None for a in answers):
        last = evaluation(service).notes
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
    from boundary_app.core.render import format_day

    total = found.totals
    weeks = len(found.weeks)
    lines = [
        f"Evaluation of your plan since {format_day(found.since)} "
        f"({weeks} week{'s' if weeks != 1 else ''}):",
        f"  Mail-check windows: {total.kept} kept, {total.overrun} overrun "
        f"({total.overrun_minutes} min over), {total.skipped} skipped, {total.missed} missed "
        f"({_percent(found.kept_share)} kept)",
        f"  Focus days kept: {total.focus_days}; away days: {total.away_days}; messages "
        f"forwarded: {total.forwarded}; unscheduled checks: {total.unscheduled}",
        f"  Interruptions: {total.interruptions}"
        + (" — " + ", ".join(f"{name} {n}" for name, n in found.clients) if found.clients else ""),
        "",
        "Week by week (windows kept of those on record, interruptions):",
    ]
    for week, share in found.trend():
        lines.append(
            f"  {week.week}  {week.kept}/{week.windows} kept ({_percent(share)}), "
            f"{week.interruptions} interruption{'s' if week.interruptions != 1 else ''}"
        )
    lines += ["", "Your notes:"]
    for key, question in QUESTION_WORDS.items():
        answer = getattr(found.notes, key) if found.notes else ""
        lines.append(f"  {question} {answer or '(not answered yet)'}")
    if found.next_offer is not None:
        lines += ["", f"Next evaluation: {format_day(found.next_offer)}."]
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
    help="the evaluation of your plan since it started, with your notes",
    description="The figures since your plan started (mail-check windows kept, overrun, "
    "skipped and missed; focus days; away days; forwards; interruptions per client; the "
    "trend week by week) and your answers to three questions, which --productive, "
    "--obstacles and --changes record. The app exports it as a one-page PDF.",
    add_arguments=review_arguments,
    run=run_review,
)
