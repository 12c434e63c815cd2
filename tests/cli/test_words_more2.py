"""The ``boundary`` command in Dutch and Indonesian, part 3: calls, interruption, voicemail,
briefing, review, accounts discover and the troubles with Boundary's own files. Each group
runs in the profile's language (as ``test_words.py`` sets it) and leaves no English sentence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from boundary_app import cli
from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import default_profile, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests import in_process
from tests.fakes import FakeClock, MemoryProvider, PlainProvider
from tests.files import damage
from tests.lookups import Lookups, autoconfig_xml, lookups_on_loopback

Run = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]


@pytest.fixture(autouse=True)
def test_kinds(
    monkeypatch: pytest.MonkeyPatch, clock: FakeClock, request: pytest.FixtureRequest
) -> None:
    if "net" not in request.fixturenames:  # discovery names the installed kinds
        kinds = [LocalProvider, MemoryProvider, PlainProvider]
        monkeypatch.setattr(ProviderRegistry, "discover", classmethod(lambda cls: cls.of(kinds)))
    monkeypatch.setattr(cli, "system_clock", clock)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    return capsys, monkeypatch


def boundary(run: Run, *args: str) -> tuple[int, str, str]:
    return in_process.boundary(*run, *args)


def helped(run: Run, *args: str) -> str:
    """What ``boundary ARGS --help`` prints, its lines joined (argparse wraps them)."""
    with pytest.raises(SystemExit) as done:
        boundary(run, *args, "--help")
    assert done.value.code == 0
    return " ".join(run[0].readouterr().out.split())


def speak(service: Boundary, language: str) -> None:
    service.profile.preferences.language = language
    save_profile(service.profile, service.paths.profile)


def no_english(text: str, *english: str) -> None:
    left = [words for words in (*english, "usage:", "show this help") if words in text]
    assert not left, (left, text)


# --- calls, interruption, voicemail -----------------------------------------------------------

CALLS_ENGLISH = ("call slot", "Call slot", "weekly", "next", "Logged", "Nothing to record")


def test_calls_interruptions_and_voicemail_in_dutch(service: Boundary, run: Run) -> None:
    speak(service, "nl")
    code, out, _ = boundary(run, "calls")
    assert (code, out) == (
        0,
        "Nog geen belmomenten. Voeg er een toe: "
        + ("boundary calls set NAAM --slot 'fri 10:00'\n"),
    )
    code, out, err = boundary(run, "calls", "set", "Acme", "--slot", "fri 10:00", "--every", "2")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Belmoment toegevoegd:",
        "  Acme: fri 10:00, 30 min, elke 2 weken; volgende vrijdag 27 november om 10:00",
    ]
    no_english(out, *CALLS_ENGLISH)

    code, out, err = boundary(run, "calls", "set", "Acme", "--minutes", "999")
    assert (code, out) == (1, "")
    assert (
        err
        == "boundary: Het belmoment 'Acme' duurt 999 minuten; gebruik een getal van 5 tot 240.\n"
    )
    code, out, _ = boundary(run, "calls", "set", "Acme", "--minutes", "999", "--json")
    assert json.loads(out)["code"] == "minutes"
    code, _, err = boundary(run, "calls", "set", "Bo", "--slot", "someday 10:00")
    assert code == 1 and "'someday' is geen dag van de week" in err
    code, _, err = boundary(run, "calls", "remove", "Nobody")
    assert err == "boundary: Er is geen belmoment voor 'Nobody' (belmomenten: Acme).\n"

    code, out, err = boundary(run, "interruption", "Acme", "--kind", "chat")
    assert (code, err) == (0, "")
    assert out == "Genoteerd: een chatbericht van Acme, dinsdag 24 november om 09:00.\n"
    code, _, err = boundary(run, "interruption", "Acme", "--at", "whenever")
    assert code == 1 and "'whenever' is niet als tijd te lezen; probeer " in err

    code, out, _ = boundary(run, "voicemail")
    assert code == 0 and out.startswith("Niets in te spreken: geen focusdag en geen afwezigheid")
    no_english(out + err, *CALLS_ENGLISH)

    calls_help = helped(run, "calls", "set")
    assert "het belmoment van een klant toevoegen of wijzigen" not in calls_help  # the list's
    assert "Weggelaten opties houden wat het belmoment had" in calls_help
    assert "hoe lang (5-240; standaard 30)" in calls_help
    no_english(calls_help, "the client", "how long", "every week")
    for command, said in (
        ("interruption", "Noteer een onderbreking"),
        ("voicemail", "De begroeting om op je telefoon in te spreken"),
    ):
        text = helped(run, command)
        assert said in text
        no_english(text, "the client", "default:", "when it happened", "one language")


# --- briefing, review -------------------------------------------------------------------------


def test_the_briefing_in_indonesian(two_accounts: Boundary, clock: FakeClock, run: Run) -> None:
    from boundary_app.core.journal import Forward
    from boundary_app.providers.base import MailSummary

    speak(two_accounts, "id")
    code, out, _ = boundary(run, "briefing")
    assert out == "Belum ada masa tidak di kantor yang berakhir: belum ada yang perlu dirangkum.\n"
    start = clock()
    assert boundary(run, "away", "--until", "in 2 days", "--backup", "Sam")[0] == 0
    MemoryProvider.mail = [
        MailSummary("m1", "Jo <jo@acme.example>", "Contract", start + timedelta(hours=1)),
        MailSummary("m2", "bo@x.test", "", start + timedelta(hours=2), unread=True),
    ]
    two_accounts.journal.record_forward(
        Forward(start + timedelta(hours=3), "Work", "m1", "sam@example.com")
    )
    clock.advance(timedelta(days=3))

    code, out, _ = boundary(run, "briefing")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(
        "Selamat datang kembali. Tidak di kantor dari Selasa, 24 November pukul 09.00 sampai "
    )
    assert lines[0].endswith(": 2 pesan, 1 ditangani oleh Sam Lee, 1 belum dibaca.")
    assert "  Sel, 24 Nov 11.00  bo@x.test — (tanpa subjek)  (belum dibaca)" in lines
    assert "  Sel, 24 Nov 10.00  Jo <jo@acme.example> — Contract  (ke Sam Lee)" in lines
    assert "Menurut pengirim:" in lines
    assert "Ucapan terima kasih untuk sam@example.com (ubah lalu kirim, atau tidak):" in lines
    no_english(out, "Welcome", "message", "unread", "By sender", "thank-you", "Subject:")
    text = helped(run, "briefing")
    assert (
        "kembali bekerja: apa yang masuk" in text or "Untuk masa tidak di kantor terakhir" in text
    )
    no_english(text, "For the last time away", "It only reads mail")


def test_the_review_and_its_notes_in_dutch(service: Boundary, run: Run) -> None:
    speak(service, "nl")
    code, out, err = boundary(run, "review", "--productive", "Ja")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Evaluatie van je plan sinds dinsdag 24 november (1 week):"
    assert lines[1].startswith("  Mailmomenten: 0 op tijd, 0 uitgelopen (0 min over tijd), ")
    assert "Week na week (mailmomenten op tijd van de vastgelegde, onderbrekingen):" in lines
    assert any(line.endswith("op tijd (—), 0 onderbrekingen") for line in lines), lines
    assert "  Is het werk productiever? Ja" in lines
    assert "  Wat zat in de weg? (nog niet beantwoord)" in lines
    no_english(out, "Evaluation", "kept", "Week by week", "Your notes", "not answered")
    text = helped(run, "review")
    assert "je antwoord op 'Wat ga je veranderen?'" in text
    no_english(text, "your answer", "The figures since")


# --- accounts discover ------------------------------------------------------------------------


@pytest.fixture
def net(monkeypatch: pytest.MonkeyPatch) -> Iterator[Lookups]:
    with lookups_on_loopback(monkeypatch) as lookups:
        yield lookups


def test_discover_in_dutch(service: Boundary, net: Lookups, run: Run) -> None:
    speak(service, "nl")
    net.autoconfig(autoconfig_xml())
    code, out, err = boundary(run, "accounts", "discover", "ana@example.test")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    config = f"het autoconfig-bestand van het domein {net.web.base}/mail/config-v1.1.xml"
    assert lines[0] == f"ana@example.test: IMAP (ManageSieve) [imap], uit {config}."
    assert lines[1].split()[-2:] == ["je", "adres"]
    assert "Nog nodig: Wachtwoord." in lines
    assert lines[-1].startswith("Toevoegen: boundary accounts add imap NAME --email ana@")
    no_english(out, "from the domain", "your address", "Still needed", "To add it")

    code, out, err = boundary(run, "accounts", "discover", "nobody")
    assert (code, err) == (1, "boundary: 'nobody' is geen e-mailadres.\n")
    text = helped(run, "accounts", "discover")
    assert "Zoekt de instellingen bij een e-mailadres op, in deze volgorde" in text
    no_english(text, "Look up the settings")


# --- Boundary's own files ---------------------------------------------------------------------


@pytest.fixture
def indonesian(home: Path) -> AppPaths:
    """A profile that asks for Indonesian, with no service open on it."""
    paths = AppPaths.from_environment()
    profile = default_profile("Europe/Amsterdam")
    profile.preferences.language = "id"
    save_profile(profile, paths.profile)
    return paths


def test_a_damaged_journal_and_a_folder_for_a_profile_in_indonesian(
    indonesian: AppPaths, run: Run
) -> None:
    paths = indonesian
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    damage("random bytes", paths.journal)
    code, out, err = boundary(run, "status")
    assert code == 0 and out.startswith("Tersedia.")
    [aside] = paths.data_dir.glob("journal.sqlite3.corrupt-*")
    assert err.startswith("boundary: Jurnal tidak dapat dibaca (")
    assert err.endswith(
        f"); jurnal itu disimpan sebagai {aside} dan Boundary memulai jurnal baru.\n"
    )

    paths.profile.unlink()
    paths.profile.mkdir()
    run[1].setenv("LANG", "id_ID.UTF-8")  # no profile to read the language from: the system's
    code, out, err = boundary(run, "status")
    assert (code, out) == (1, "")
    assert err == (
        f"boundary: {paths.profile} adalah folder, padahal Boundary menyimpan pengaturannya "
        "dalam file bernama itu; pindahkan folder tersebut lalu coba lagi. Tidak ada yang "
        "diubah.\n"
    )
