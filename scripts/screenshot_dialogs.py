"""Save screenshots of Boundary's dialogs and windows (Go away, Settings, Statistics, the
mail check, calls, voicemail, the return briefing, the evaluation and its PDF).

    xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb \\
        python scripts/screenshot_dialogs.py /tmp/shots [--lang nl|id|en]

Everything happens in a throw-away BOUNDARY_HOME with a made-up profile and demo
providers, at a fixed moment (a Tuesday morning), so the pictures are the same every run.
Nothing touches the network or your own profile.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from boundary_app.ui.away_dialog import GoAwayDialog
    from boundary_app.ui.controller import Controller


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of Boundary's windows.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", choices=("en", "nl", "id"), default="en")
    args = parser.parse_args(argv[1:])
    out = args.folder.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="boundary-shots-") as home:
        os.environ["BOUNDARY_HOME"] = home
        os.environ["BOUNDARY_SHOTS"] = str(out)
        return _shoot(out, args.lang)


def _shoot(out: Path, lang: str) -> int:
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QApplication

    from boundary_app.core.paths import AppPaths
    from boundary_app.core.profile import Account, Backup, save_profile
    from boundary_app.core.service import Boundary
    from boundary_app.providers.base import (
        AutoReply,
        Capability,
        MailProvider,
        MailSummary,
        Unreachable,
    )
    from boundary_app.providers.exchange import ExchangeProvider
    from boundary_app.providers.gmail import GmailProvider
    from boundary_app.providers.imap import ImapProvider
    from boundary_app.providers.local import LocalProvider
    from boundary_app.providers.m365 import M365Provider
    from boundary_app.providers.registry import ProviderRegistry
    from boundary_app.ui.away_dialog import GoAwayDialog
    from boundary_app.ui.controller import Controller
    from boundary_app.ui.settings.dialog import SettingsDialog

    class DemoProvider(MailProvider):
        """A mailbox kept in memory; "Office" answers that it is busy."""

        kind = "imap"
        display_name = "IMAP and ManageSieve"
        capabilities = frozenset({Capability.AUTO_REPLY})
        settings_fields = ImapProvider.settings_fields
        server: ClassVar[dict[str, AutoReply]] = {}

        def read_auto_reply(self) -> AutoReply:
            if self.account.name == "Office":
                hold.wait(timeout=10)  # long enough to photograph "Sending…"
                raise Unreachable(
                    "The server is busy (HTTP 503).", retry_after=timedelta(minutes=5)
                )
            return self.server.get(self.account.name, AutoReply.off())

        def write_auto_reply(self, reply: AutoReply) -> None:
            self.server[self.account.name] = reply

        def clear_auto_reply(self) -> None:
            self.server.pop(self.account.name, None)

    class DemoExchange(DemoProvider):
        kind = "exchange"
        display_name = "Exchange Server"
        settings_fields = ExchangeProvider.settings_fields
        capabilities = frozenset(
            {
                Capability.AUTO_REPLY,
                Capability.SCHEDULED_REPLY,
                Capability.AUDIENCE_CONTACTS,
                Capability.AUDIENCE_INTERNAL,
                Capability.LIST_MAIL,
                Capability.FORWARD,
                Capability.SEND_MAIL,
            }
        )

        def list_mail(self, since: datetime, limit: int) -> list[MailSummary]:
            found = [
                MailSummary(
                    "1",
                    "Boss <boss@example.com>",
                    "Budget review moved to Thursday",
                    moment - timedelta(minutes=5),
                    account=self.account.name,
                ),
                MailSummary(
                    "2",
                    "Client Co <orders@client.example>",
                    "Re: contract renewal for 2027",
                    moment - timedelta(minutes=9),
                    account=self.account.name,
                ),
                *_away_mail(moment, self.account.name),
            ]
            return [m for m in found if m.received > since][:limit]

        def send_mail(self, to: str, subject: str, text: str) -> None:
            pass

    hold = threading.Event()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    from boundary_app.ui.languages import Translators

    Translators(app).apply(lang)
    moment = datetime(2026, 11, 24, 9, 12, tzinfo=UTC)  # a Tuesday, 10:12 in Amsterdam

    def clock() -> datetime:
        return moment

    paths = AppPaths.from_environment()
    registry = ProviderRegistry.of(
        [LocalProvider, DemoProvider, DemoExchange, GmailProvider, M365Provider]
    )
    service, _notice = Boundary.open(paths, clock, timezone="Europe/Amsterdam", registry=registry)
    profile = service.profile
    profile.identity.name = "Ana Silva"
    profile.identity.email = "ana.silva@example.com"
    profile.identity.phone = "+31 6 2345 6789"
    profile.preferences.language = lang
    covers = {
        "en": ("urgent client questions", "invoices and orders"),
        "nl": ("dringende klantvragen", "facturen en bestellingen"),
        "id": ("pertanyaan mendesak dari klien", "faktur dan pesanan"),
    }[lang]
    profile.backups = [
        Backup("Sam Lee", "sam.lee@example.com", "+31 6 1234 5678", {lang: covers[0]}),
        Backup("Alex Kim", "alex.kim@example.com", "", {lang: covers[1]}),
    ]
    profile.accounts = [
        Account("This computer", "local"),
        Account("Fastmail", "imap"),
        Account("Office", "exchange"),
    ]
    save_profile(profile, paths.profile)
    # The accounts' stand-ins live in this process, so the worker's jobs run here too.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.ui.stand_in import in_process

    controller = Controller(service, runner=in_process(service))
    saved: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(f"{path}  {widget.width()}x{widget.height()}")

    DemoProvider.server["Fastmail"] = AutoReply(  # a reply set in webmail
        True,
        moment - timedelta(days=1),
        datetime(2026, 12, 11, 16, 0, tzinfo=UTC),
        "Out of office",
        "I'm at a conference until 11 December.",
    )
    service.push(["Fastmail"])
    controller.refresh()
    _away_shots(controller, grab, hold, lang)

    _cover_shots(controller, grab)

    # Go away with nobody on the roster.
    roster = profile.backups
    profile.backups = []
    lonely = GoAwayDialog(controller)
    lonely.show()
    grab(lonely, "away-no-backups")
    lonely.close()
    profile.backups = roster

    # Settings, each tab, and the backup editor with a mistake in it.
    settings = SettingsDialog(controller)
    settings.show()
    for index, name in enumerate(("identity", "backups", "templates", "checks", "accounts")):
        settings.tabs.setCurrentIndex(index)
        grab(settings, f"settings-{name}")
    settings.resize(settings.minimumSize())
    for index, name in ((1, "backups"), (2, "templates"), (3, "checks")):
        settings.tabs.setCurrentIndex(index)
        grab(settings, f"settings-{name}-minimum-size")
    settings.resize(700, 580)

    # Mail checks with a day off, a focus day, and a start time too close to another.
    plan_tab = settings.plan_tab
    settings.tabs.setCurrentWidget(plan_tab)
    plan_tab.focus_boxes[2].setChecked(True)
    plan_tab.skip_edit.setDate(plan_tab.skip_edit.date().addDays(30))
    plan_tab.add_skip_button.click()
    plan_tab.time_edit.setTime(QTime(16, 10))
    plan_tab.add_time_button.click()
    grab(settings, "settings-checks-invalid")
    plan_tab.remove_time_button.click()
    for box in plan_tab.weekday_boxes:
        box.setChecked(False)
    plan_tab.weekday_boxes[2].setChecked(True)
    grab(settings, "settings-checks-no-day")
    settings.cancel_button.click()
    settings = SettingsDialog(controller)
    settings.show()
    settings.tabs.setCurrentIndex(0)
    settings.identity_tab.timezone_box.setCurrentText("Europe/Amsterdm")
    settings.identity_tab.email_edit.setText("ana.silva@example")
    grab(settings, "settings-invalid")
    settings.tabs.setCurrentIndex(1)
    settings.backups_tab.add_button.click()
    editor = settings.backups_tab.backup_editor
    assert editor is not None
    editor.name_edit.setText("Robin de Vries")
    editor.email_edit.setText("robin@example")
    editor.ok_button.click()
    grab(editor, "settings-backup-editor-error")
    editor.reject()
    settings.close()

    # What a backup covers, in each of two reply languages.
    second = "en" if lang != "en" else "nl"
    profile.preferences.second_language = second
    settings = SettingsDialog(controller)
    settings.show()
    settings.tabs.setCurrentIndex(1)
    settings.backups_tab.backup_list.setCurrentRow(0)
    settings.backups_tab.edit_button.click()
    editor = settings.backups_tab.backup_editor
    assert editor is not None
    grab(editor, "settings-backup-editor-two-languages")
    editor.reject()
    settings.close()
    profile.preferences.second_language = ""

    # An account that keeps a calendar and a Teams status: its tick boxes (not saved).
    settings = SettingsDialog(controller)
    settings.show()
    settings.tabs.setCurrentWidget(settings.accounts_tab)
    tab = settings.accounts_tab
    settings_365 = {"email": "ana@contoso.example", "calendar": "on", "teams_status": "on"}
    tab.accounts.append(Account("Contoso", "m365", settings_365))
    tab._fill(len(tab.accounts) - 1)
    grab(settings, "settings-accounts-features")
    settings.close()

    read_only = service.profile
    read_only.schema_version += 1
    newer = SettingsDialog(controller)
    newer.show()
    grab(newer, "settings-read-only")
    newer.close()
    read_only.schema_version -= 1

    # Statistics over eight weeks of a varied record.
    from boundary_app.ui.stats_window import StatsWindow

    _fill_record(service, moment)
    stats = StatsWindow(controller)
    stats.show()
    stats.chart.setFocus()
    grab(stats, "statistics-chart")
    stats.tabs.setCurrentIndex(1)
    grab(stats, "statistics-table")
    stats.tabs.setCurrentIndex(0)
    stats.weeks_box.setCurrentIndex(stats.weeks_box.findData(26))
    stats.resize(stats.minimumSizeHint())
    grab(stats, "statistics-26-weeks-minimum-size")
    stats.close()

    _shoot_account_forms(controller, [a.name for a in profile.accounts], grab, settle)

    # The mail-check pop-up, its forward dialog, and time's up.
    from boundary_app.ui.check_popup import CheckPopup

    popup = CheckPopup(controller, service.checks.check_now())
    popup.show()
    deadline = time.monotonic() + 5  # the mail is gathered on a worker thread
    while not popup.messages and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    grab(popup, "mail-check")
    popup.forward_button.click()
    assert popup.forward_dialog is not None
    grab(popup.forward_dialog, "mail-check-forward")
    popup.forward_dialog.reject()
    popup.show_times_up()
    grab(popup, "mail-check-times-up")
    service.checks.close()
    popup.hide()
    _shoot_reminders(controller, moment, grab)

    # The first start's welcome, empty and with a mistake in it.
    from boundary_app.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(controller)
    welcome.show()
    grab(welcome, "welcome")
    welcome.name_edit.setText("Ana Silva")
    welcome.backup_name_edit.setText("Sam Lee")
    welcome.backup_email_edit.setText("sam@")
    welcome.try_button.click()  # refused: nothing is saved
    grab(welcome, "welcome-error")
    welcome.close()

    # The first-run question about starting at sign-in.
    from boundary_app.core.autostart import XdgAutostart
    from boundary_app.ui.start_at_login import StartAtLoginQuestion

    question = StartAtLoginQuestion(controller, XdgAutostart(out / "autostart"))
    question.show()
    grab(question, "start-at-login-question")
    question.close()

    _shoot_calls(controller, grab, settle, out)

    controller.shutdown()
    controller.deleteLater()
    settle()
    service.close()
    _bounce_shots(moment, lang, grab, settle)
    print("\n".join(saved))
    return 0


def _shoot_reminders(controller: object, moment: datetime, grab: object) -> None:
    """The reminder window, the question before an unscheduled check, the pop-up with no
    account that lists mail, and the tray icons."""
    from dataclasses import replace
    from datetime import time as time_of_day

    from PySide6.QtGui import QIcon, QImage, QPainter

    from boundary_app.core.paths import resource
    from boundary_app.core.schedule import next_window
    from boundary_app.ui.check_popup import CheckPopup
    from boundary_app.ui.controller import Controller
    from boundary_app.ui.reminder import ReminderWindow
    from boundary_app.ui.shell import Shell

    assert isinstance(controller, Controller) and callable(grab)
    service = controller.service
    plan, tz = service.profile.checks, service.profile.tz
    soon = (moment + timedelta(minutes=5)).astimezone(tz).time()
    service.profile.checks = replace(plan, times=(soon, time_of_day(16, 0)))  # 5 minutes ahead
    window = next_window(service.profile.checks, tz, moment)
    assert window is not None
    reminder = ReminderWindow(controller, window)
    reminder.show()
    grab(reminder, "mail-check-reminder")
    reminder.close()
    service.profile.checks = plan

    shell = Shell(controller, use_tray=False)
    service.profile.checks = replace(plan, times=(time_of_day(16, 0),))  # not in a window now
    shell.check_now()
    assert shell.question is not None
    grab(shell.question, "mail-check-now-question")
    shell.question.reject()
    service.profile.checks = plan

    accounts = service.profile.accounts
    service.profile.accounts = [a for a in accounts if a.kind == "local"]
    popup = CheckPopup(controller, service.checks.check_now())
    popup.show()
    grab(popup, "mail-check-no-accounts")
    service.checks.close()
    popup.hide()
    service.profile.accounts = accounts
    if shell._window is not None:
        shell._window.hide()

    names = ("available", "away", "focus", "checking", "pending", "failed")
    strip = QImage(len(names) * 72, 72, QImage.Format.Format_ARGB32)
    strip.fill(0)
    painter = QPainter(strip)
    for index, name in enumerate(names):
        QIcon(str(resource("icons", f"{name}.svg"))).paint(painter, index * 72 + 4, 4, 64, 64)
    painter.end()
    out = Path(os.environ["BOUNDARY_SHOTS"]) / "tray-icons.png"
    strip.save(str(out))


def _shoot_account_forms(
    controller: object, taken: list[str], grab: object, settle: object
) -> None:
    """Add an account: the address, the lookup under way, what it found (only the password
    left; then every setting), nothing found; Microsoft 365's form by hand, Gmail's with a
    mistake in it. The lookups go to loopback servers (tests/lookups.py)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from boundary_app.ui.account_dialog import AccountDialog
    from boundary_app.ui.controller import Controller
    from tests.lookups import DnsServer, Page, WebServer, autoconfig_xml

    assert isinstance(controller, Controller) and callable(grab) and callable(settle)
    web, dns = WebServer(), DnsServer()
    os.environ["BOUNDARY_AUTOCONFIG_BASE"] = web.base
    os.environ["BOUNDARY_DNS_SERVER"] = dns.address
    xml = autoconfig_xml(("mail.example.com", 993, "SSL"), ("smtp.example.com", 465, "SSL"))
    web.pages["GET", "/mail/config-v1.1.xml"] = Page(xml, hold=True)
    dns.records["_sieve._tcp.example.com", "SRV"] = ["0 1 4190 sieve.example.com."]

    def wait(adder: AccountDialog) -> None:
        deadline = time.monotonic() + 10
        while adder.finder.busy and time.monotonic() < deadline:
            settle()
            time.sleep(0.02)

    adder = AccountDialog(controller, taken, email="ana.silva@example.com")
    adder.show()
    grab(adder, "account-add-address")
    adder.finder.find_button.click()
    grab(adder, "account-add-looking-up")
    web.release.set()
    wait(adder)
    grab(adder, "account-add-found")
    adder.show_all_box.setChecked(True)
    grab(adder, "account-add-found-all-settings")
    adder.close()

    web.pages.clear()  # the servers answer for every domain: now for one with nothing
    dns.records.clear()
    adder = AccountDialog(controller, taken, email="ana@example.org")
    adder.show()
    adder.finder.find_button.click()
    wait(adder)
    grab(adder, "account-add-nothing-found")
    adder.close()
    web.close()
    dns.close()

    adder = AccountDialog(controller, taken)
    adder.show()
    adder.finder.by_hand_button.click()
    adder.kind_box.setCurrentIndex(adder.kind_box.findData("m365"))
    grab(adder, "account-add-m365")
    adder.kind_box.setCurrentIndex(adder.kind_box.findData("gmail"))
    adder.edits["email"].setText("ana.silva@")  # type: ignore[union-attr]
    adder.sign_in_button.click()
    grab(adder, "account-add-error")
    adder.close()

    # A release build: the publisher's registrations are built in (made-up values).
    built_in = {
        "BOUNDARY_M365_CLIENT_ID": "4a1aa1d5-c567-49d0-ad0b-cd957a47f842",
        "BOUNDARY_GOOGLE_CLIENT_ID": "1234-boundary.apps.googleusercontent.com",
        "BOUNDARY_GOOGLE_CLIENT_SECRET": "GOCSPX-made-up",
    }
    os.environ.update(built_in)
    adder = AccountDialog(controller, taken)
    adder.show()
    adder.finder.by_hand_button.click()
    adder.kind_box.setCurrentIndex(adder.kind_box.findData("m365"))
    grab(adder, "account-add-m365-built-in")
    assert adder.own_box is not None
    adder.own_box.setChecked(True)
    grab(adder, "account-add-m365-own-registration")
    adder.kind_box.setCurrentIndex(adder.kind_box.findData("gmail"))
    grab(adder, "account-add-gmail-built-in")
    adder.close()
    for name in built_in:
        del os.environ[name]


def _away_shots(
    controller: Controller, grab: Callable[[QWidget, str], None], hold: threading.Event, lang: str
) -> None:
    """The found reply in the window and the tray menu, the Go-away dialog (previews, the
    editors, an error, changing a period) and the result panels."""

    from boundary_app.ui.away_dialog import GoAwayDialog

    # Fastmail holds a reply set in webmail: the tray names it, with Keep it / Leave it alone.
    from boundary_app.ui.shell import Shell

    shell = Shell(controller, use_tray=False)
    shell.window.show()
    grab(shell.window, "main-window-found")
    grab(shell.menu, "tray-menu-found")

    # Go away, Volunteering, with a reason of one's own and the reply found on Fastmail.
    away = GoAwayDialog(controller)
    away.template_box.setCurrentIndex(away.template_box.findData("volunteering"))
    away.reason_edit.setText(_REASONS[lang])
    away.show()
    away.update_preview()
    grab(away, "away-volunteering")

    away.audience_box.setCurrentIndex(away.audience_box.findData("contacts"))
    away.message_tabs.setCurrentIndex(1)
    away.external_reason_edit.setText(_OUTSIDE_REASONS[lang])
    away.update_preview()
    grab(away, "away-contacts-external")

    away.edit_button.setChecked(True)
    away.external_subject_edit.setText(_OUTSIDE_SUBJECTS[lang])
    away.update_preview()
    grab(away, "away-edit-message-external")
    away.message_tabs.setCurrentIndex(0)
    grab(away, "away-edit-message")

    away.resize(away.minimumSize())
    grab(away, "away-minimum-size")
    away.resize(880, 640)
    away.edit_button.setChecked(False)

    away.quick_box.setCurrentIndex(away.quick_box.findData("custom"))
    until = away.until_edit.dateTime()
    away.until_edit.setDateTime(away.from_edit.dateTime().addSecs(-3600))
    away.internal_edit.setPlainText(away.internal_edit.toPlainText() + "\n<b>bold</b><script>")
    away.update_preview()
    grab(away, "away-error")
    away.until_edit.setDateTime(until)
    away.update_preview()

    _result_shots(controller, away, grab, hold)
    shell.window.hide()


def _bounce_shots(
    moment: datetime,
    lang: str,
    grab: Callable[[QWidget, str], None],
    settle: Callable[[], None],
) -> None:
    """A forward that bounced (5.7.520): the tray's tooltip (drawn as a tooltip looks, since a
    screenshot cannot hover) and the result panel after the period's words were changed."""
    from PySide6.QtWidgets import QLabel

    from boundary_app.core.paths import AppPaths
    from boundary_app.core.profile import Account, Backup, save_profile
    from boundary_app.core.service import AwayRequest, Boundary
    from boundary_app.core.states import Cover
    from boundary_app.providers.registry import ProviderRegistry
    from boundary_app.ui.controller import Controller
    from boundary_app.ui.result_panel import ResultPanel
    from boundary_app.ui.shell import Shell
    from tests.fakes import CoverProvider
    from tests.ui.stand_in import in_process

    home = Path(os.environ["BOUNDARY_HOME"]) / "bounce"
    paths = AppPaths(home / "config", home / "data", home / "logs")
    registry = ProviderRegistry.of([CoverProvider])
    service, _ = Boundary.open(
        paths, lambda: moment, timezone="Europe/Amsterdam", registry=registry
    )
    service.profile.identity.name = "Ana Silva"
    service.profile.preferences.language = lang
    service.profile.backups = [Backup("Sam Lee", "sam.lee@partner.example")]
    service.profile.accounts = [Account("Work", "cover", {"email": "ana.silva@example.com"})]
    save_profile(service.profile, paths.profile)
    until = moment + timedelta(days=3)
    service.go_away(service.prepare_away(AwayRequest(until=until, cover=Cover.FORWARD)))
    service.push()
    CoverProvider.bounces["Work"] = [moment]
    service.push()
    controller = Controller(service, runner=in_process(service))
    shell = Shell(controller, use_tray=False)
    shell.show_status(controller.refresh())
    tip = QLabel(shell.tray.toolTip())
    tip.setStyleSheet("QLabel { background: #ffffe1; color: black; padding: 4px; }")
    tip.show()
    grab(tip, "bounce-tray-tooltip")
    tip.close()
    previous = service.status().away
    panel = ResultPanel(controller)
    panel.show()
    words = {"en": "Back on Friday.", "nl": "Vrijdag terug.", "id": "Kembali hari Jumat."}[lang]
    changed = AwayRequest(until=until, cover=Cover.FORWARD, internal=words, external=words)
    panel.go_away(service.prepare_away(changed), previous)
    waited = time.monotonic()
    while not panel.results_shown() and time.monotonic() - waited < 10:
        settle()
        time.sleep(0.05)
    panel.close_timer.stop()
    grab(panel, "bounce-result-panel")
    panel.close()
    shell.window.hide()
    controller.shutdown()
    settle()
    service.close()


def _cover_shots(controller: Controller, grab: Callable[[QWidget, str], None]) -> None:
    """How people are looked after (each cover) with Sam marked away until a day, and
    Settings → Backups showing it, with the backup's dialog and its Away until field."""
    from datetime import date

    from boundary_app.core.states import Cover
    from boundary_app.ui.away_dialog import GoAwayDialog
    from boundary_app.ui.settings.dialog import SettingsDialog

    profile = controller.profile
    if controller.service.status().away is not None:
        controller.service.come_back()
    profile.backups[0].away_until = date(2026, 12, 12)
    away = GoAwayDialog(controller)
    away.show()
    for cover, name in ((Cover.REPLY, "reply"), (Cover.FORWARD, "forward"), (Cover.BOTH, "both")):
        away.cover_buttons[cover].click()
        away.update_preview()
        grab(away, f"away-cover-{name}")
    away.reject()
    settings = SettingsDialog(controller)
    settings.tabs.setCurrentIndex(1)
    settings.show()
    grab(settings, "settings-backups-away")
    settings.backups_tab.backup_list.setCurrentRow(0)
    settings.backups_tab.edit_button.click()
    editor = settings.backups_tab.backup_editor
    if editor is not None:
        grab(editor, "settings-backup-away-until")
        editor.reject()
    settings.reject()
    profile.backups[0].away_until = None


def _result_shots(
    controller: Controller,
    away: GoAwayDialog,
    grab: Callable[[QWidget, str], None],
    hold: threading.Event,
) -> None:
    """Go away: the result panel while Office answers slowly, then with every answer; the
    period opened again to change it; I'm back and its panel."""
    from PySide6.QtCore import QEventLoop, QTimer

    from boundary_app.ui.away_dialog import GoAwayDialog

    # The result panel while Office answers slowly, then when every account has answered.
    loop = QEventLoop()
    controller.push_finished.connect(lambda _r: QTimer.singleShot(0, loop.quit))
    away.go_button.click()
    panel = away.result_panel
    assert panel is not None
    grab(panel, "result-panel-sending")
    hold.set()
    QTimer.singleShot(10_000, loop.quit)
    if not panel.results_shown():
        loop.exec()
    panel.close_timer.stop()
    grab(panel, "result-panel")
    panel.close()

    # While away, Go away opens the period to change it, with I'm back beside Go away.
    change = GoAwayDialog(controller)
    change.show()
    change.update_preview()
    grab(change, "away-change")
    change.back_button.click()
    panel = change.result_panel
    assert panel is not None
    QTimer.singleShot(10_000, loop.quit)
    if not panel.results_shown():
        loop.exec()
    panel.close_timer.stop()
    grab(panel, "result-panel-back")
    panel.close()


_REASONS = {
    "en": "I'm helping at the food bank.",
    "nl": "Ik help bij de voedselbank.",
    "id": "Saya membantu di bank makanan.",
}
_OUTSIDE_REASONS = {
    "en": "I'm volunteering today.",
    "nl": "Ik doe vandaag vrijwilligerswerk.",
    "id": "Saya menjadi relawan hari ini.",
}


_OUTSIDE_SUBJECTS = {
    "en": "Out of office until {return}",
    "nl": "Afwezig tot {return}",
    "id": "Tidak di kantor sampai {return}",
}


def _away_mail(moment: datetime, account: str) -> list[object]:
    """What came in during the last time away (it ended yesterday evening)."""
    from boundary_app.providers.base import MailSummary

    days = timedelta(days=1)
    rows = (
        ("11", "Jo Bloggs <jo@acme.example>", "Workshop dates for January", 4, True),
        ("12", "Jo Bloggs <jo@acme.example>", "Re: invoice 2026-114", 3, False),
        ("13", "Mia Chen <mia@acme.example>", "Can we talk this week?", 2, True),
        ("14", "Globex Support <help@globex.example>", "Ticket 5521 closed", 2, False),
        ("15", "Boss <boss@example.com>", "Team day: please vote", 1, True),
    )
    return [
        MailSummary(uid, sender, subject, moment - back * days, account=account, unread=unread)
        for uid, sender, subject, back, unread in rows
    ]


def _shoot_calls(controller: object, grab: object, settle: object, out: Path) -> None:
    """Settings → Scheduled calls, the missed call, an interruption, voicemail, the return
    briefing, the evaluation and its PDF."""
    from datetime import time as clock_time

    from boundary_app.core.calls import CallSlot
    from boundary_app.core.journal import Forward, ReplyPeriod
    from boundary_app.providers.base import Audience
    from boundary_app.ui.briefing_window import BriefingWindow
    from boundary_app.ui.calls_dialogs import InterruptionDialog, MissedCallDialog
    from boundary_app.ui.controller import Controller
    from boundary_app.ui.review_window import ReviewWindow
    from boundary_app.ui.settings.dialog import SettingsDialog
    from boundary_app.ui.voicemail_window import VoicemailWindow

    assert isinstance(controller, Controller) and callable(grab) and callable(settle)
    service = controller.service
    service.profile.calls = [
        CallSlot("Acme", ("acme.example", "jo@acme.example"), frozenset({4}), clock_time(10)),
        CallSlot("Globex", ("globex.example",), frozenset({1, 3}), clock_time(14), 45, 2),
    ]
    service.save_profile(service.profile)  # on disk too: the app reads the profile again
    settings = SettingsDialog(controller)
    settings.show()
    settings.tabs.setCurrentWidget(settings.calls_tab)
    grab(settings, "settings-calls")
    settings.calls_tab.slot_list.setCurrentRow(1)
    settings.calls_tab.edit_button.click()
    editor = settings.calls_tab.slot_editor
    assert editor is not None
    editor.contacts_edit.setText("globex.example, ops@globex")
    editor.ok_button.click()
    grab(editor, "settings-calls-editor-error")
    editor.reject()
    settings.close()

    missed = MissedCallDialog(controller)
    missed.show()
    grab(missed, "missed-call")
    missed.close()
    interruption = InterruptionDialog(controller)
    interruption.client_box.setCurrentText("Acme")
    interruption.note_edit.setText("About the invoice again")
    interruption.show()
    grab(interruption, "interruption")
    interruption.close()

    voicemail = VoicemailWindow(controller)
    voicemail.show()
    grab(voicemail, "voicemail")
    voicemail.close()

    now = service.clock()
    start, end = now - timedelta(days=5), now - timedelta(hours=14)
    service.journal.add_away(
        ReplyPeriod(start, end, "vacation", "", "", "", Audience.ALL, backups=("Sam Lee",)), start
    )
    for uid in ("11", "14"):
        service.journal.record_forward(
            Forward(start + timedelta(hours=5), "Office", uid, "sam.lee@example.com")
        )
    briefing = BriefingWindow(controller)
    briefing.show()
    deadline = time.monotonic() + 5
    while briefing.loading and time.monotonic() < deadline:
        settle()
        time.sleep(0.02)
    grab(briefing, "briefing")
    briefing.tabs.setCurrentIndex(1)
    grab(briefing, "briefing-thanks")
    briefing.close()

    review = ReviewWindow(controller)
    review.note_edits["productive"].setPlainText("Yes: two mornings a week without mail.")
    review.note_edits["obstacles"].setPlainText("Acme's new manager calls several times a day.")
    review.note_edits["changes"].setPlainText(
        "Offer Acme a Friday call; move the focus day to Thursday."
    )
    review.show()
    for index, name in enumerate(("figures", "questions", "plan")):
        review.tabs.setCurrentIndex(index)
        grab(review, f"evaluation-{name}")
    review.export_pdf(out / "evaluation.pdf")
    review.close()


def _fill_record(service: object, now: datetime) -> None:
    """Eight weeks of kept, overrun, skipped and missed windows, forwards and two absences."""
    import random
    from dataclasses import replace

    from boundary_app.core.journal import CheckRecord, Forward, Interruption, ReplyPeriod
    from boundary_app.core.schedule import windows_between
    from boundary_app.core.service import Boundary
    from boundary_app.providers.base import Audience

    assert isinstance(service, Boundary)
    tz = service.profile.tz
    start = now - timedelta(weeks=8)
    plan = replace(service.profile.checks, focus_weekdays=frozenset({2}), started=start.date())
    service.profile.checks = plan
    journal, rng = service.journal, random.Random(7)
    for w in windows_between(plan, tz, start, now):
        roll = rng.random()
        if roll < 0.78:
            late = timedelta(minutes=rng.randint(-6, -1) if roll < 0.6 else rng.randint(2, 25))
            outcome = "kept" if roll < 0.6 else "overrun"
            snoozes = int(rng.random() < 0.15)
            record = CheckRecord(w.start, w.end, True, outcome, opened=w.start, snoozes=snoozes)
            journal.save_check(replace(record, closed=w.end + late))
        else:
            journal.save_check(
                CheckRecord(w.start, w.end, True, "skipped" if roll < 0.9 else "missed")
            )
        if rng.random() < 0.3:
            journal.record_forward(Forward(w.start + timedelta(minutes=3), "Office", "m", "sam"))
    for _ in range(9):
        at = start + timedelta(days=rng.randint(0, 55), hours=12)
        journal.save_check(
            CheckRecord(at, at + timedelta(minutes=15), False, "kept", opened=at, closed=at)
        )
    clients = ("Acme", "Acme", "Acme", "Globex", "Initech")
    for k in range(23):
        at = start + timedelta(days=rng.randint(0, 55), hours=rng.randint(9, 16))
        journal.record_interruption(Interruption(at, clients[k % len(clients)]))
    for first, days in ((start + timedelta(days=18), 10), (start + timedelta(days=40), 1)):
        journal.add_away(
            ReplyPeriod(first, first + timedelta(days=days), "vacation", "", "", "", Audience.ALL),
            first,
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv))
