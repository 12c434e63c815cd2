"""What a person does in webmail, and what a test reads from the server, without Boundary."""

from __future__ import annotations

import imaplib
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy

import pytest

from boundary_app.providers.imap_managesieve import ManageSieve
from tests.providers.imap.servers import PASSWORD, MailServer, Received

#: What ``accounts test`` says of how often one sender gets the reply, per server.
INTERVAL = {
    "dovecot": "Each sender gets the reply at most once a day.",
    "cyrus": (
        "This server (Cyrus) answers each sender at most once every 3 days, so someone who "
        "writes again sooner gets no second reply."
    ),
}

RULES = """require ["fileinto"];
# My own filters: receipts go to their folder.
if header :contains "subject" "receipt" {
  fileinto "Receipts";
  stop;
}
"""


@contextmanager
def webmail_filters(server: MailServer, user: str) -> Iterator[ManageSieve]:
    """A ManageSieve session as the person (their webmail's filter settings)."""
    with ManageSieve("127.0.0.1", server.sieve_port, timeout=5, tls=None) as sieve:
        sieve.connect()
        sieve.login(user, PASSWORD)
        yield sieve


def scripts(server: MailServer, user: str) -> tuple[str | None, dict[str, str]]:
    """(the active script, every script's text)."""
    with webmail_filters(server, user) as sieve:
        active, names = sieve.list_scripts()
        return active, {name: sieve.get_script(name) for name in names}


def install_rules(server: MailServer, user: str, name: str = "rules") -> None:
    with webmail_filters(server, user) as sieve:
        sieve.put_script(name, RULES)
        sieve.set_active(name)


@contextmanager
def mailbox(server: MailServer, user: str) -> Iterator[imaplib.IMAP4]:
    conn = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=5)
    try:
        conn.login(user, PASSWORD)
        yield conn
    finally:
        conn.logout()


def subjects_in(server: MailServer, user: str, folder: str) -> list[str]:
    with mailbox(server, user) as conn:
        status, count = conn.select(folder, readonly=True)
        if status != "OK" or count[0] == b"0":
            return []
        _, data = conn.fetch("1:*", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    found = []
    for item in data:
        if isinstance(item, tuple):
            found.append(str(message_from_bytes(item[1], policy=policy.default)["Subject"]))
    return found


def seen_flags(server: MailServer, user: str) -> list[bool]:
    with mailbox(server, user) as conn:
        conn.select("INBOX", readonly=True)
        _, data = conn.fetch("1:*", "(FLAGS)")
    return [b"\\Seen" in item for item in data if isinstance(item, bytes)]


def text_of(received: Received) -> str:
    body = received.message.get_body(("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n").strip()


def install_script(server: MailServer, user: str, name: str, text: str) -> None:
    """The person's own script, made active (as webmail does when it saves filters)."""
    with webmail_filters(server, user) as sieve:
        sieve.put_script(name, text)
        sieve.set_active(name)


def script_file(server: MailServer, user: str, name: str) -> bytes:
    """A script exactly as the server keeps it on disk."""
    return server.script_file(user, name)


def only(*names: str) -> pytest.MarkDecorator:
    """Run a test against the named servers only (say why beside it)."""
    return pytest.mark.parametrize("server", names, indirect=True)
