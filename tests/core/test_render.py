"""The words people receive: every template filled in, nothing left in braces, nothing odd."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from boundary_app.core.language import LANGUAGES
from boundary_app.core.profile import TEMPLATE_IDS, Backup, Identity, Profile, TemplateText
from boundary_app.core.render import (
    LANGUAGE_SEPARATOR,
    MAX_MESSAGE_CHARS,
    MessageError,
    RenderedReply,
    builtin_templates,
    check_message,
    describe_backups,
    effective_template,
    format_moment,
    render,
    render_reply,
)

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # Tuesday 24 November 2026, 09:00 in Amsterdam
MONDAY_9 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # Monday 30 November, 09:00 in Amsterdam
SAM = Backup("Sam Lee", "sam@example.com", "+31 6 1234 5678", "urgent client questions")
ALEX = Backup("Alex Kim", "alex@example.com")
RIA = Backup("Ria Das", "", "+44 20 7946 0000")
LEFTOVER = re.compile(r"\{(name|return|backups|reason|calls)\}")


def render_template(
    template_id: str,
    backups: list[Backup],
    until: datetime | None = MONDAY_9,
    profile: Profile | None = None,
    reason: str | None = None,
    lang: str = "en",
) -> RenderedReply:
    template = effective_template(profile or Profile(), template_id, lang)
    return render(
        subject=template.subject,
        internal=template.internal,
        external=template.external,
        name="Ana Silva",
        backups=backups,
        until=until,
        reason=template.reason if reason is None else reason,
        tz=AMS,
        now=NOW,
        lang=lang,
    )


RETURN = {
    "en": ("Monday 30 November at 09:00", "further notice"),
    "nl": ("maandag 30 november om 09:00", "nader order"),
    "id": ("Senin, 30 November pukul 09.00", "ada pemberitahuan lebih lanjut"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
@pytest.mark.parametrize("backups", [[], [SAM], [SAM, ALEX], [SAM, ALEX, RIA]], ids=len)
@pytest.mark.parametrize("until", [MONDAY_9, None], ids=["until-monday", "open-ended"])
def test_every_builtin_template_is_filled_in(
    template_id: str, backups: list[Backup], until: datetime | None, lang: str
) -> None:
    reply = render_template(template_id, backups, until, lang=lang)

    for part in (reply.subject, reply.internal, reply.external):
        assert not LEFTOVER.search(part), part
        assert "\n\n\n" not in part
        assert part == part.strip()
        assert " ." not in part  # no sentence missing its subject ("please contact .")
    assert "\n" not in reply.subject
    when = RETURN[lang][0] if until else RETURN[lang][1]
    assert when in reply.subject
    assert "Ana Silva" in reply.internal
    assert "Ana Silva" in reply.external
    for backup in backups:
        assert backup.name in reply.internal
        assert backup.name in reply.external
    if not backups:
        assert describe_backups([SAM, ALEX], lang)[:8] not in reply.internal + reply.external


@pytest.mark.parametrize("lang", LANGUAGES)
def test_builtin_templates_have_titles_texts_and_the_same_placeholders(lang: str) -> None:
    templates = builtin_templates(lang)
    english = builtin_templates("en")
    assert set(templates) == set(TEMPLATE_IDS)
    for template in templates.values():
        assert template.title and template.subject and template.internal and template.external
        for part in ("subject", "internal", "external"):
            words = set(LEFTOVER.findall(getattr(template, part)))
            assert words == set(LEFTOVER.findall(getattr(english[template.id], part)))
    assert len({t.title for t in templates.values()}) == len(TEMPLATE_IDS)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Wednesday 3 March 2027 at 09:05"),
        ("nl", "woensdag 3 maart 2027 om 09:05"),
        ("id", "Rabu, 3 Maret 2027 pukul 09.05"),
    ],
)
def test_dates_in_messages_follow_the_language(lang: str, expected: str) -> None:
    march = datetime(2027, 3, 3, 8, 5, tzinfo=UTC)
    assert format_moment(march, AMS, now=NOW, lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "two", "three"),
    [
        ("nl", "Alex Kim (alex@example.com) of, als Alex niet bereikbaar is, Sam Lee",
         "Alex Kim (alex@example.com), Ria Das (+44 20 7946 0000) of Bo, in die volgorde"),
        ("id", "Alex Kim (alex@example.com) atau, jika Alex tidak dapat dihubungi, Sam Lee",
         "Alex Kim (alex@example.com), Ria Das (+44 20 7946 0000), atau Bo, sesuai urutan"),
    ],
)  # fmt: skip
def test_backups_are_named_in_the_language(lang: str, two: str, three: str) -> None:
    assert describe_backups([ALEX, SAM], lang).startswith(two)
    assert describe_backups([ALEX, RIA, Backup("Bo", "")], lang).startswith(three)


def test_a_bilingual_reply_says_everything_in_each_language() -> None:
    profile = Profile(identity=Identity("Ana Silva", timezone="Europe/Amsterdam"))
    profile.templates["en"] = {"vacation": TemplateText(reason="I'm walking the Camino.")}

    reply = render_reply(profile, "vacation", ("nl", "en"), backups=[ALEX], until=MONDAY_9, now=NOW)

    dutch, english = reply.internal.split(LANGUAGE_SEPARATOR)
    assert "maandag 30 november om 09:00" in dutch and "I'm walking" not in dutch
    assert "Monday 30 November at 09:00" in english and "I'm walking the Camino." in english
    assert "Alex Kim" in dutch and "Alex Kim" in english
    assert reply.subject.count(" / ") == 1
    assert reply.external.count(LANGUAGE_SEPARATOR) == 1


def test_what_the_person_writes_replaces_the_first_language_only() -> None:
    profile = Profile(identity=Identity("Ana Silva", timezone="Europe/Amsterdam"))

    reply = render_reply(
        profile, "custom", ("nl", "en"), backups=[], until=None, now=NOW,
        internal="Tot {return} weg.", reason="Op reis.",
    )  # fmt: skip

    dutch, english = reply.internal.split(LANGUAGE_SEPARATOR)
    assert dutch == "Tot nader order weg."
    assert english.startswith("Op reis.")  # their reason, in every language
    assert reply.subject.endswith("Away until further notice")


@pytest.mark.parametrize(
    ("backups", "expected"),
    [
        ([], ""),
        ([ALEX], "Alex Kim (alex@example.com)"),
        (
            [SAM],
            "Sam Lee (sam@example.com, +31 6 1234 5678) for urgent client questions",
        ),
        (
            [ALEX, SAM],
            "Alex Kim (alex@example.com) or, if Alex is unavailable, "
            "Sam Lee (sam@example.com, +31 6 1234 5678) for urgent client questions",
        ),
        (
            [ALEX, RIA, Backup("Bo", "")],
            "Alex Kim (alex@example.com), Ria Das (+44 20 7946 0000) or Bo, in that order",
        ),
    ],
    ids=["none", "one", "one-with-phone-and-covers", "two", "three"],
)
def test_backups_phrasing(backups: list[Backup], expected: str) -> None:
    assert describe_backups(backups) == expected


def test_the_backups_line_is_dropped_when_nobody_covers() -> None:
    with_backup = render_template("vacation", [ALEX])
    without = render_template("vacation", [])

    assert "If it's urgent, please contact Alex Kim (alex@example.com)." in with_backup.internal
    assert "please contact" not in without.internal
    assert without.internal.count("\n") < with_backup.internal.count("\n")
    assert "Thanks,\nAna Silva" in without.internal


@pytest.mark.parametrize(
    ("reason", "expected"),
    [("", None), ("I'm at a conference.", "I'm at a conference.")],
)
def test_the_reason_line_appears_only_when_there_is_a_reason(
    reason: str, expected: str | None
) -> None:
    reply = render_template("vacation", [SAM], reason=reason)
    lines = reply.internal.splitlines()
    if expected is None:
        assert "I'm at a conference." not in reply.internal
        assert lines[2].startswith("I'm on vacation") and lines[3] == ""
    else:
        assert expected in lines


@pytest.mark.parametrize(
    ("moment", "now", "expected"),
    [
        (MONDAY_9, NOW, "Monday 30 November at 09:00"),
        (datetime(2026, 11, 30, 23, 0, tzinfo=UTC), NOW, "Tuesday 1 December"),  # local midnight
        (datetime(2026, 11, 30, 0, 0, tzinfo=UTC), NOW, "Monday 30 November at 01:00"),
        (datetime(2027, 1, 4, 8, 0, tzinfo=UTC), NOW, "Monday 4 January 2027 at 09:00"),
        (datetime(2025, 1, 6, 8, 0, tzinfo=UTC), NOW, "Monday 6 January 2025 at 09:00"),
        # New Year's Eve 23:30 UTC is already 2027 in Amsterdam: no year needed.
        (
            datetime(2027, 1, 4, 8, 0, tzinfo=UTC),
            datetime(2026, 12, 31, 23, 30, tzinfo=UTC),
            "Monday 4 January at 09:00",
        ),
        (
            datetime(2026, 7, 1, 7, 30, tzinfo=UTC),
            datetime(2026, 3, 1, tzinfo=UTC),
            "Wednesday 1 July at 09:30",
        ),
    ],
)
def test_format_moment(moment: datetime, now: datetime, expected: str) -> None:
    assert format_moment(moment, AMS, now=now) == expected


def test_open_ended_says_further_notice() -> None:
    reply = render_template("vacation", [SAM], until=None)
    assert reply.subject == "Out of office until further notice"
    assert "on vacation until further notice" in reply.internal


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", ["The message for colleagues is empty"]),
        ("   \n\t ", ["The message for colleagues is empty"]),
        ("x" * 100_000, ["message for colleagues", "100,000 characters", "10,000"]),
        ("x" * (MAX_MESSAGE_CHARS + 1), ["10,001 characters", "10,000", "shorten"]),
    ],
    ids=["empty", "blank", "100-kB", "one-too-many"],
)
def test_check_message_rejects(text: str, words: list[str]) -> None:
    with pytest.raises(MessageError) as caught:
        check_message(text, "message for colleagues")
    for word in words:
        assert word in str(caught.value)


def test_check_message_accepts_the_longest_allowed() -> None:
    check_message("x" * MAX_MESSAGE_CHARS, "external")


def test_user_braces_are_left_as_typed() -> None:
    text = 'Ref {foo}, {Name}, {} and {0} stay; {name} is filled.\nJSON: {"a": 1}'
    reply = render(
        subject="{foo} until {return}",
        internal=text,
        external=text,
        name="Ana",
        backups=[],
        until=None,
        reason="",
        tz=AMS,
        now=NOW,
    )
    assert reply.internal == 'Ref {foo}, {Name}, {} and {0} stay; Ana is filled.\nJSON: {"a": 1}'
    assert reply.subject == "{foo} until further notice"


def test_effective_template_lays_profile_edits_over_builtins() -> None:
    builtin = builtin_templates()["vacation"]
    profile = Profile(
        templates={
            "en": {"vacation": TemplateText(subject="Gone fishing until {return}", reason="Fish!")},
        }
    )

    edited = effective_template(profile, "vacation")

    assert edited.subject == "Gone fishing until {return}"
    assert edited.reason == "Fish!"
    assert edited.internal == builtin.internal
    assert edited.external == builtin.external
    assert edited.title == builtin.title
    assert effective_template(profile, "family") == builtin_templates()["family"]
    reply = render_template("vacation", [SAM], profile=profile)
    assert reply.subject == "Gone fishing until Monday 30 November at 09:00"
    assert "Fish!" in reply.internal


def test_a_backup_covers_in_the_replys_language_falling_back_to_the_one_given() -> None:
    sam = Backup(
        "Sam Lee",
        "sam@example.com",
        covers={"en": "urgent client questions", "nl": "dringende klantvragen"},
    )
    only_english = Backup("Alex Kim", "alex@example.com", covers={"en": "invoices"})
    profile = Profile(identity=Identity("Ana Silva", timezone="Europe/Amsterdam"))

    reply = render_reply(profile, "vacation", ("nl", "en"), backups=[sam], until=MONDAY_9, now=NOW)

    dutch, english = reply.internal.split(LANGUAGE_SEPARATOR)
    assert "Sam Lee (sam@example.com) voor dringende klantvragen" in dutch
    assert "urgent client questions" not in dutch
    assert "Sam Lee (sam@example.com) for urgent client questions" in english
    # No Indonesian text: the one given is said rather than nothing.
    assert describe_backups([only_english], "id") == "Alex Kim (alex@example.com) untuk invoices"
    # A text given without a language is said in every language.
    assert describe_backups([SAM], "nl").endswith("voor urgent client questions")
