"""The away reply as a Slack status and Do Not Disturb, read back, renewed and cleared, against
the loopback Slack Web API on the test's clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from boundary_app.providers.base import AutoReply, NeedsSignIn, Rejected, Unreachable
from boundary_app.providers.secrets import KeyringSecrets
from boundary_app.providers.slack import SlackProvider, status_line
from tests.fakes import FakeClock, MemoryKeyring
from tests.providers.slack.conftest import MakeProvider
from tests.providers.slack.fake_slack import FakeSlack


def away(clock: FakeClock, hours: float = 48, start_in: float = 0) -> AutoReply:
    start = clock() + timedelta(hours=start_in)
    return AutoReply(
        enabled=True,
        start=start,
        end=start + timedelta(hours=hours),
        subject="Out of office until Thursday 26 November",
        internal="Hi,\n\nI'm away until Thursday. Sam covers.",
        external="Hello,\n\nI'm away until Thursday.",
    )


def stamp(moment: datetime | None) -> int:
    assert moment is not None
    return int(moment.timestamp())


def test_going_away_shows_the_subject_until_the_end_and_pauses_notifications(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock, hours=8)
    provider.write_auto_reply(reply)
    assert slack.status == (reply.subject, ":door:", stamp(reply.end))
    assert slack.snoozed_until() == stamp(reply.end)  # Do Not Disturb until the end
    assert provider.read_auto_reply() == reply  # read back as written: no drift
    assert len(slack.calls("users.profile.set")) == 1


def test_the_status_clears_itself_at_the_end_with_nobody_there(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock, hours=8)
    provider.write_auto_reply(reply)
    sets = len(slack.calls("users.profile.set"))
    clock.advance(timedelta(hours=8))  # the laptop stayed closed
    assert slack.status == ("", "", 0)
    assert slack.snoozed_until() is None
    assert provider.read_auto_reply() == AutoReply.off()
    assert len(slack.calls("users.profile.set")) == sets  # Slack did it, not Boundary


def test_a_long_absence_snoozes_a_day_at_a_time_and_renews_on_reads(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock, hours=24 * 10)
    provider.write_auto_reply(reply)
    first = slack.snoozed_until()
    assert first == stamp(clock() + timedelta(hours=24))
    clock.advance(timedelta(hours=20))  # a re-sync with plenty left: nothing to do
    assert provider.read_auto_reply() == reply
    assert slack.snoozed_until() == first
    clock.advance(timedelta(hours=3))  # an hour left: renewed for another day
    assert provider.read_auto_reply() == reply
    assert slack.snoozed_until() == stamp(clock() + timedelta(hours=24))
    clock.advance(timedelta(hours=40))  # the laptop was closed past the snooze
    assert slack.snoozed_until() is None
    assert provider.read_auto_reply() == reply
    assert slack.snoozed_until() == stamp(clock() + timedelta(hours=24))
    assert len(slack.calls("users.profile.set")) == 1  # the status was set once


def test_do_not_disturb_the_person_ended_is_neither_renewed_nor_ended_later(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock, hours=24 * 3)
    provider.write_auto_reply(reply)
    slack.snooze_end = None  # "Resume notifications" in Slack
    clock.advance(timedelta(hours=1))
    assert provider.read_auto_reply() == reply
    clock.advance(timedelta(hours=30))
    provider.read_auto_reply()
    assert slack.snoozed_until() is None
    slack.snooze_end = stamp(clock() + timedelta(minutes=30))  # the person's own pause
    provider.clear_auto_reply()
    assert slack.snoozed_until() is not None
    assert slack.calls("dnd.endSnooze") == []
    assert slack.status == ("", "", 0)


def test_clearing_takes_off_boundary_s_status_and_pause(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    provider.write_auto_reply(away(clock))
    provider.clear_auto_reply()
    assert slack.status == ("", "", 0)
    assert slack.snoozed_until() is None
    assert provider.read_auto_reply() == AutoReply.off()


def test_a_status_the_person_set_is_a_found_reply_and_clearing_leaves_it(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    until = stamp(clock() + timedelta(days=3))
    slack.set_status("At a conference", ":palm_tree:", until)
    slack.snooze_end = stamp(clock() + timedelta(hours=2))
    found = provider.read_auto_reply()
    assert (found.enabled, found.start, found.subject, found.internal) == (
        True,
        None,
        "At a conference",
        "At a conference",
    )
    assert found.end is not None and stamp(found.end) == until
    provider.clear_auto_reply()
    assert slack.status == ("At a conference", ":palm_tree:", until)
    assert slack.calls("users.profile.set") == slack.calls("dnd.endSnooze") == []


def test_a_status_the_person_put_over_boundary_s_reads_as_theirs(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    provider.write_auto_reply(away(clock))
    slack.set_status("Back early, ping me", ":hamburger:")
    assert provider.read_auto_reply().subject == "Back early, ping me"
    provider.clear_auto_reply()
    assert slack.status == ("Back early, ping me", ":hamburger:", 0)


def test_a_kept_status_keeps_the_person_s_emoji(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    """ "Keep it": the found status becomes the away period; Slack already shows its text and
    end, so the status is not set again and the person's emoji stays."""
    end = (clock() + timedelta(days=2)).replace(microsecond=0)
    slack.set_status("At a conference", ":palm_tree:", stamp(end))
    kept = AutoReply(
        enabled=True, start=clock(), end=end, subject="At a conference", internal="At a conference"
    )
    provider.write_auto_reply(kept)
    assert slack.calls("users.profile.set") == []
    assert slack.status == ("At a conference", ":palm_tree:", stamp(end))
    assert provider.read_auto_reply() == kept
    provider.clear_auto_reply()  # I'm back: it is Boundary's to clear now
    assert slack.status == ("", "", 0)


def test_a_reply_that_starts_later_goes_on_at_its_start(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock, hours=24, start_in=24)
    slack.set_status("In a meeting", ":spiral_calendar_pad:", stamp(clock() + timedelta(hours=1)))
    provider.write_auto_reply(reply)
    assert slack.calls("users.profile.set") == []  # Slack cannot hold a status for later
    assert slack.status[0] == "In a meeting"
    assert provider.read_auto_reply() == reply  # the person's status is theirs until then
    clock.advance(timedelta(hours=24))  # the app's pass at the start
    assert provider.read_auto_reply() == reply
    assert slack.status == (reply.subject, ":door:", stamp(reply.end))
    assert slack.snoozed_until() == stamp(reply.end)
    assert provider.read_auto_reply() == reply
    assert len(slack.calls("users.profile.set")) == 1


def test_at_the_start_a_status_the_person_set_is_not_overwritten(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock, hours=24, start_in=2)
    provider.write_auto_reply(reply)
    clock.advance(timedelta(hours=2))
    slack.set_status("Out sick", ":palm_tree:")
    assert provider.read_auto_reply().subject == "Out sick"  # drift: the person decides
    assert slack.calls("users.profile.set") == []


def test_a_new_period_that_starts_later_takes_off_the_current_status(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    provider.write_auto_reply(away(clock))
    later = away(clock, start_in=72)
    provider.write_auto_reply(later)
    assert slack.status == ("", "", 0)
    assert slack.snoozed_until() is None
    assert provider.read_auto_reply() == later


def test_without_do_not_disturb_only_the_status_changes(
    make_provider: MakeProvider, token: str, slack: FakeSlack, clock: FakeClock
) -> None:
    provider = make_provider(dnd="off")
    provider.write_auto_reply(away(clock))
    provider.clear_auto_reply()
    assert [m for m, _ in slack.requests if m.startswith("dnd.")] == []


def test_a_snooze_slack_finds_too_long_is_asked_for_shorter(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    slack.max_snooze_minutes = 600
    provider.write_auto_reply(away(clock, hours=48))
    asked = [args["num_minutes"] for name, args in slack.requests if name == "dnd.setSnooze"]
    assert asked == ["1440", "480"]  # the first refused (too_long)
    assert slack.snoozed_until() == stamp(clock() + timedelta(hours=8))


def test_an_open_ended_absence_has_no_expiration_and_renews_the_pause(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = replace(away(clock), start=None, end=None)
    provider.write_auto_reply(reply)
    assert slack.status == (reply.subject, ":door:", 0)
    clock.advance(timedelta(hours=23))
    assert provider.read_auto_reply() == reply
    assert slack.snoozed_until() == stamp(clock() + timedelta(hours=24))


def test_the_status_line_is_the_subject_on_one_line_within_slack_s_limit() -> None:
    reply = AutoReply(enabled=True, subject="Away\nuntil Monday", internal="x")
    assert status_line(reply) == "Away until Monday"
    long = status_line(replace(reply, subject="word " * 40))
    assert len(long) == 100 and long.endswith("word…")
    assert status_line(replace(reply, subject="", internal="\n  First line\nSecond")) == (
        "First line"
    )


def test_a_reply_with_no_text_is_refused_before_anything_is_sent(
    provider: SlackProvider, slack: FakeSlack
) -> None:
    with pytest.raises(Rejected, match="no text"):
        provider.write_auto_reply(AutoReply(enabled=True, subject="Away"))
    assert slack.requests == []


def test_an_account_without_a_token_needs_a_sign_in(
    make_provider: MakeProvider, slack: FakeSlack
) -> None:
    with pytest.raises(NeedsSignIn, match="not signed in to Slack for Work"):
        make_provider().read_auto_reply()
    assert slack.requests == []


def test_a_damaged_memory_file_forgets_boundary_s_status(
    provider: SlackProvider, slack: FakeSlack, clock: FakeClock
) -> None:
    reply = away(clock)
    provider.write_auto_reply(reply)
    [memo] = (provider.context.data_dir / "slack").iterdir()
    memo.write_text("{not json")
    assert provider.read_auto_reply().subject == reply.subject  # now a found status
    provider.clear_auto_reply()
    assert slack.status[0] == reply.subject  # never cleared unless known to be Boundary's


def test_a_folder_that_cannot_keep_the_memory_is_said(
    provider: SlackProvider, clock: FakeClock
) -> None:
    provider.context.data_dir.mkdir(parents=True, exist_ok=True)
    (provider.context.data_dir / "slack").write_text("a file where the folder goes")

    with pytest.raises(Unreachable) as caught:
        provider.write_auto_reply(away(clock))
    assert str(caught.value).startswith(f"The folder {provider.context.data_dir / 'slack'} ")
    assert " cannot be used (" in str(caught.value)  # with the system's reason


# --- setting an account up ----------------------------------------------------------------


def test_the_token_goes_to_the_keyring_and_the_rest_to_the_profile(
    memory_keyring: MemoryKeyring,
) -> None:
    values = {"token": "xoxp-1-abc", "api_url": "http://127.0.0.1:9/api/"}
    settings = SlackProvider.configure("Work", values, KeyringSecrets())
    assert settings == {"status_emoji": ":door:", "dnd": "on", "api_url": values["api_url"]}
    assert memory_keyring.store == {("boundary", "Work/token"): "xoxp-1-abc"}


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({}, "Give a user token, or your Slack app's client ID to sign in with Slack."),
        ({"token": "xoxb-1-bot"}, "That is a bot token (xoxb-…); Boundary needs a user token"),
        ({"token": "xoxp-1", "status_emoji": "door"}, "Status emoji must be an emoji name"),
        ({"client_id": "1.2", "dnd": "maybe"}, "Do Not Disturb must be one of on, off"),
        ({"client_id": "1.2", "api_url": "slack.com"}, "Slack API address must start with"),
    ],
)
def test_settings_that_cannot_work_are_refused_with_a_reason(
    values: dict[str, str], words: str, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(Rejected) as refused:
        SlackProvider.configure("Work", values, KeyringSecrets())
    assert str(refused.value).startswith(words)
    assert memory_keyring.store == {}


@pytest.mark.parametrize(
    ("values", "dutch"),
    [
        ({}, "Geef een gebruikerstoken, of de client-ID van je Slack-app"),
        ({"token": "xoxb-1-bot"}, "Dat is een bot-token (xoxb-…)"),
        ({"token": "xoxp-1", "status_emoji": "door"}, "niet 'door'"),
    ],
)
def test_a_refused_setting_reads_in_dutch_for_a_dutch_person(
    values: dict[str, str], dutch: str, memory_keyring: MemoryKeyring
) -> None:
    from boundary_app import translation
    from boundary_app.wording import sentence

    with pytest.raises(Rejected) as refused:
        SlackProvider.configure("Work", values, KeyringSecrets())
    translation.speak("nl")
    assert dutch in sentence(refused.value)
    assert sentence(refused.value) != str(refused.value)  # the English stays for the logs
