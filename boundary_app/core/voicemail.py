"""The voicemail greeting to record: for the next focus day, and for the away period in force
or next, in the reply's language(s).

It follows the profile and the journal as the auto-reply does: the return time, the backup to
call for urgent matters (by phone when the roster has a number), and mail as the way to reach
the person. The words are the ``[voicemail]`` table of each language's templates
(``resources/templates/<lang>.toml``); a line whose placeholder has nothing to say is left out.

- A focus day's greeting is recorded once and plays every focus day, so it names weekdays,
  never a date: "I work behind closed doors on Wednesdays … I will answer on Thursday" (with
  several focus days: "on the next working day").
- An away period's greeting names the return in full ("Monday 7 December at 09:00"), or
  "until further notice", and the backups chosen for that period.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from boundary_app.core.profile import Backup, Profile
from boundary_app.core.schedule import focus_return, next_focus_day

if TYPE_CHECKING:
    from boundary_app.core.journal import ReplyPeriod
    from boundary_app.core.service import Boundary

VOICE_NAMES = ("name", "days", "return", "email", "backups")
LANGUAGE_BREAK = "\n\n"


@dataclass(frozen=True)
class Greeting:
    """One greeting: ``occasion`` is ``focus`` or ``away``; it applies from ``start`` to
    ``end`` (None: until further notice)."""

    occasion: str
    start: datetime
    end: datetime | None
    languages: tuple[str, ...]
    text: str


def greetings(service: Boundary, languages: Sequence[str] | None = None) -> list[Greeting]:
    """The greetings to record now: the away period in force or next, and the next focus day,
    the sooner first. Empty with neither."""
    profile, now = service.profile, service.clock()
    langs = tuple(languages or service.reply_languages())
    found: list[Greeting] = []
    away = service.journal.current_away(now)
    if away is not None:
        found.append(away_greeting(profile, away, langs, now))
    focus = focus_greeting(profile, langs, now)
    if focus is not None:
        found.append(focus)
    return sorted(found, key=lambda g: g.start)


def away_greeting(
    profile: Profile, period: ReplyPeriod, languages: Sequence[str], now: datetime
) -> Greeting:
    from boundary_app.core.render import format_moment, language

    backups = [b for name in period.backups if (b := profile.backup(name)) is not None]
    texts = []
    for lang in languages:
        back = (
            format_moment(period.until, profile.tz, now=now, lang=lang)
            if period.until
            else language(lang).further_notice
        )
        texts.append(_text(profile, "away", lang, back, "", backups))
    return Greeting("away", period.start, period.until, tuple(languages), _join(texts))


def focus_greeting(profile: Profile, languages: Sequence[str], now: datetime) -> Greeting | None:
    from boundary_app.core.render import join_words, voicemail_words

    plan, tz = profile.checks, profile.tz
    day = next_focus_day(plan, tz, now)
    if day is None:
        return None
    back = focus_return(plan, tz, day, profile.preferences.workday_start_time)
    texts = []
    for lang in languages:
        words = voicemail_words(lang)
        names = words["weekdays"]
        assert isinstance(names, list)
        days = join_words([names[d] for d in sorted(plan.focus_weekdays)], lang)
        if len(plan.focus_weekdays) == 1:
            answer = str(words["answer_on"]).format(weekday=_weekday(back, lang))
        else:
            answer = str(words["answer_next"])
        texts.append(_text(profile, "focus", lang, answer, days, profile.backups[:1]))
    return Greeting("focus", day.start, day.end, tuple(languages), _join(texts))


def _weekday(moment: datetime, lang: str) -> str:
    from boundary_app.core.render import language

    return language(lang).weekdays[moment.weekday()]


def _text(
    profile: Profile, occasion: str, lang: str, back: str, days: str, backups: list[Backup]
) -> str:
    from boundary_app.core.render import fill, placeholders, voicemail_words

    values = {
        "name": profile.identity.name,
        "days": days,
        "return": back,
        "email": profile.identity.email,
        "backups": spoken_backups(backups, lang),
    }
    return fill(str(voicemail_words(lang)[occasion]), values, placeholders(VOICE_NAMES))


def spoken_backups(backups: list[Backup], lang: str) -> str:
    """'Sam Lee on +31 6 1234 5678' (or at their address, without a number), and who next."""
    from boundary_app.core.render import list_backups, voicemail_words

    words = voicemail_words(lang)

    def one(b: Backup) -> str:
        if b.phone:
            return str(words["backup_phone"]).format(backup=b.name, phone=b.phone)
        return str(words["backup_email"]).format(backup=b.name, email=b.email)

    return list_backups(backups, lang, one)


def _join(texts: list[str]) -> str:
    return LANGUAGE_BREAK.join(t for t in texts if t)


__all__ = ["Greeting", "away_greeting", "focus_greeting", "greetings", "spoken_backups"]
