"""First contact with an IMAP account on each real server (Dovecot, Cyrus) whose reply was set
elsewhere (by Boundary on another computer): it is read and left until the person acts, and
the scripts on the server are byte for byte what they were (tests/first_contact.py walks it
through)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from boundary_app.providers.base import Audience, AutoReply
from boundary_app.providers.imap import ImapProvider
from tests.first_contact import Mailbox, walk
from tests.providers.imap.helpers import scripts
from tests.providers.imap.servers import PASSWORD, MailServer, SmtpSink
from tests.providers.imap.test_cli import add_args


def test_a_reply_set_on_another_computer_before_the_account_was_added_is_left_alone(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    server: MailServer,
    smtp_sink: SmtpSink,
    user: str,
    make_provider,  # type: ignore[no-untyped-def]
) -> None:
    elsewhere: ImapProvider = make_provider("Mail")

    def set_reply(until: datetime) -> None:
        elsewhere.write_auto_reply(
            AutoReply(
                True,
                start=until - timedelta(days=5),
                end=until,
                subject="Conference",
                internal="At a conference; back on Monday.",
                external="I am at a conference and reply on Monday.",
                audience=Audience.ALL,
            )
        )

    walk(
        capsys,
        monkeypatch,
        Mailbox(
            name="Mail",
            add=add_args(server, smtp_sink, user),
            stdin=PASSWORD + "\n",
            set_reply=set_reply,
            stored=lambda: scripts(server, user),
            enabled=lambda: elsewhere.read_auto_reply().enabled,
        ),
    )
