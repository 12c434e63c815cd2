"""Screenshots of a person's first hour, step by step, against a real mail server.

    xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb \\
        python scripts/screenshot_first_hour.py /tmp/first-hour [--lang nl|id|en]

A fresh install (an empty BOUNDARY_HOME): the welcome, the start-at-sign-in question, adding
an IMAP account whose settings are found from the address (a loopback autoconfig file and DNS
server point at a real Dovecot with Pigeonhole, run from a temp folder as the tests run it),
the password, Test, Go away, the result, the window while away, the away period opened again
and changed, then I'm back. Each step is one picture, numbered in order, for a person to look
at in each language. Needs Dovecot (see tests/providers/imap/conftest.py); nothing outside
loopback is touched, and neither is your own profile.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent

REASONS = {
    "en": ("I'm on holiday in Lisbon.", "I'm on holiday in Lisbon, one day longer."),
    "nl": ("Ik ben op vakantie in Lissabon.", "Ik blijf een dag langer in Lissabon."),
    "id": ("Saya sedang berlibur di Lisbon.", "Liburan saya di Lisbon diperpanjang sehari."),
}


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of a person's first hour.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", choices=("en", "nl", "id"), default="en")
    args = parser.parse_args(argv[1:])
    out = args.folder.resolve()
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="boundary-first-hour-") as home:
        os.environ["BOUNDARY_HOME"] = home
        os.environ["LANGUAGE"] = args.lang
        with mail_server() as server:
            return Walk(out, args.lang, server).run()


class mail_server:
    """A real Dovecot, an SMTP sink, an autoconfig web server and a DNS server on loopback,
    answering for example.com the way a mail host's published files would."""

    def __enter__(self) -> dict[str, str]:
        import ssl

        from tests.lookups import DnsServer, Page, WebServer, autoconfig_xml
        from tests.providers.imap.servers import PASSWORD, Dovecot, Mailbag, SmtpSink, temp_root
        from tests.tls import make_certificate

        self.root = temp_root()
        cert, key = make_certificate(self.root)
        os.environ["SSL_CERT_FILE"] = str(cert)  # trusted, as a real host's CA would be
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(cert), str(key))
        self.sink = SmtpSink(Mailbag(), context, users={}).start()
        self.dovecot = Dovecot(self.root, self.sink.port, cert, key)
        self.dovecot.write_config()
        self.dovecot.start()
        user = self.dovecot.new_user()
        self.sink.users[user] = PASSWORD
        self.web, self.dns = WebServer(), DnsServer()
        os.environ["BOUNDARY_AUTOCONFIG_BASE"] = self.web.base
        os.environ["BOUNDARY_DNS_SERVER"] = self.dns.address
        xml = autoconfig_xml(
            ("localhost", self.dovecot.imaps_port, "SSL"),
            ("localhost", self.sink.port, "STARTTLS"),
            username=user,
        )
        self.web.pages["GET", "/mail/config-v1.1.xml"] = Page(xml)
        sieve = f"0 1 {self.dovecot.sieve_port} localhost."
        self.dns.records["_sieve._tcp.example.com", "SRV"] = [sieve]
        return {"email": f"{user}@example.com", "password": PASSWORD}

    def __exit__(self, *_: object) -> None:
        from tests.providers.imap.servers import remove_root

        self.web.close()
        self.dns.close()
        self.dovecot.stop()
        self.sink.shutdown()
        self.sink.server_close()
        remove_root(self.root)


class Walk:
    """The steps, in order; ``shot`` numbers the pictures."""

    def __init__(self, out: Path, lang: str, server: dict[str, str]) -> None:
        from PySide6.QtWidgets import QApplication

        self.out, self.lang, self.server = out, lang, server
        app = QApplication.instance() or QApplication([])
        assert isinstance(app, QApplication)
        self.app = app
        self.count = 0
        self.saved: list[str] = []

    def run(self) -> int:
        from datetime import UTC, datetime

        from boundary_app.core.paths import AppPaths
        from boundary_app.core.service import Boundary
        from boundary_app.ui.controller import Controller
        from boundary_app.ui.languages import Translators
        from boundary_app.ui.shell import Shell
        from tests.ui.stand_in import in_process

        Translators(self.app).apply(self.lang)
        import keyring

        from tests.fakes import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())  # no desktop keyring under Xvfb

        def clock() -> datetime:
            return datetime.now(UTC)  # the server checks the period against its own clock

        service, _ = Boundary.open(AppPaths.from_environment(), clock, timezone="Europe/Amsterdam")
        service.profile.preferences.language = self.lang
        self.controller = Controller(service, runner=in_process(service))
        self.shell = Shell(self.controller, use_tray=False)
        self.welcome()
        self.add_account()
        self.go_away()
        self.change_and_come_back()
        self.controller.shutdown()
        service.close()
        print("\n".join(self.saved))
        return 0

    # --- the steps --------------------------------------------------------------------------

    def welcome(self) -> None:
        from boundary_app.core.autostart import XdgAutostart
        from boundary_app.ui.welcome import WelcomeDialog

        self.shell.welcome(XdgAutostart(self.out / "autostart"))
        welcome = self.shell.dialogs["welcome"]
        assert isinstance(welcome, WelcomeDialog)
        self.shot(welcome, "welcome")
        welcome.name_edit.setText("Ana Silva")
        welcome.backup_name_edit.setText("Sam Lee")
        welcome.backup_email_edit.setText("sam.lee@example.com")
        self.shot(welcome, "welcome-filled")
        welcome.add_button.click()
        question = self.shell.dialogs["start_at_login"]
        self.shot(question, "start-at-sign-in")
        question.reject()
        self.settle()

    def add_account(self) -> None:
        from boundary_app.ui.settings.dialog import SettingsDialog

        settings = self.shell.dialogs["settings"]
        assert isinstance(settings, SettingsDialog)
        adder = settings.accounts_tab.account_editor
        assert adder is not None
        self.shot(adder, "add-account")
        adder.finder.email_edit.setText(self.server["email"])
        adder.finder.find_button.click()
        self.wait(lambda: not adder.finder.busy)
        self.shot(adder, "add-account-found")
        password = adder.edits["password"]
        password.setText(self.server["password"])  # type: ignore[union-attr]
        adder.test_button.click()
        self.wait(lambda: adder.test_button.isEnabled(), seconds=30)
        self.shot(adder, "add-account-tested")
        adder.add_button.click()
        self.wait(lambda: not adder.isVisible(), seconds=30)
        self.shot(settings, "settings-accounts")
        from shiboken6 import isValid

        settings.save_button.click()
        self.wait(lambda: not isValid(settings) or not settings.isVisible(), seconds=30)

    def go_away(self) -> None:
        from boundary_app.ui.away_dialog import GoAwayDialog

        self.shell.open_go_away()
        away = self.shell.dialogs["go_away"]
        assert isinstance(away, GoAwayDialog)
        away.template_box.setCurrentIndex(away.template_box.findData("vacation"))
        away.reason_edit.setText(REASONS[self.lang][0])
        away.quick_box.setCurrentIndex(away.quick_box.findData("custom"))
        away.until_edit.setDateTime(away.from_edit.dateTime().addDays(3))
        away.update_preview()
        self.shot(away, "go-away")
        away.go_button.click()
        self.result(away, "go-away-result")
        self.shell.window.show()
        self.shot(self.shell.window, "window-away")
        self.shell.window.hide()

    def change_and_come_back(self) -> None:
        from boundary_app.ui.away_dialog import GoAwayDialog

        self.shell.dialogs.pop("go_away", None)
        self.shell.open_go_away()
        change = self.shell.dialogs["go_away"]
        assert isinstance(change, GoAwayDialog)
        change.update_preview()
        self.shot(change, "go-away-opened-again")
        change.reason_edit.setText(REASONS[self.lang][1])
        change.until_edit.setDateTime(change.until_edit.dateTime().addDays(1))
        change.update_preview()
        self.shot(change, "go-away-changed")
        change.go_button.click()
        self.result(change, "change-result")
        self.shell.dialogs.pop("go_away", None)
        self.shell.open_go_away()
        back = self.shell.dialogs["go_away"]
        assert isinstance(back, GoAwayDialog)
        back.back_button.click()
        self.result(back, "back-result")

    # --- helpers ----------------------------------------------------------------------------

    def result(self, dialog: object, name: str) -> None:
        panel = getattr(dialog, "result_panel", None)
        assert panel is not None, "the Go-away dialog opened no result panel"
        self.wait(panel.results_shown, seconds=60)
        panel.close_timer.stop()
        self.shot(panel, name)
        panel.close()

    def settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def wait(self, done: Callable[[], bool], seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise SystemExit(f"Step {self.count + 1} did not finish in {seconds:.0f} s")
            self.settle()
            time.sleep(0.02)

    def shot(self, widget: QWidget, name: str) -> None:
        self.settle()
        widget.show()
        self.settle()
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        self.saved.append(f"{path}  {widget.width()}x{widget.height()}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
