"""Shared fixtures: every test gets a fresh BOUNDARY_HOME, a fake clock and a memory keyring."""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from boundary_app.core.paths import AppPaths
from boundary_app.core.profile import Account, Backup, save_profile
from boundary_app.core.service import Boundary
from boundary_app.providers.local import LocalProvider
from boundary_app.providers.registry import ProviderRegistry
from tests.fakes import (
    START,
    BrowserProvider,
    CalendarProvider,
    CoverProvider,
    FakeClock,
    MemoryKeyring,
    MemoryProvider,
    PlainProvider,
)

TZ = "Europe/Amsterdam"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home"
    monkeypatch.setenv("BOUNDARY_HOME", str(root))
    return root


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-at-sign-in entries (~/.config/autostart, ~/Library/LaunchAgents) land here too."""
    user = tmp_path / "user"
    monkeypatch.setenv("HOME", str(user))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user / ".config"))
    if sys.platform == "win32":
        from boundary_app.core import autostart
        from tests.fakes import DictRegistry

        monkeypatch.setattr(autostart, "WinRegLayer", DictRegistry)  # not the real registry


@pytest.fixture(autouse=True)
def _no_built_in_registration(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build from source: no publisher's app registration, whatever this machine's
    environment or a generated ``_registration`` module says. Tests that want one set the
    environment variables (``app_registration.NAMES``) themselves."""
    from boundary_app.providers import app_registration

    for name in app_registration.NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app_registration, "GENERATED_MODULE", "tests.no_registration_here")


@pytest.fixture(autouse=True)
def _english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The system speaks English unless a test says otherwise, through the environment's
    LANGUAGE on every platform (Windows and macOS would otherwise ask the OS)."""
    from boundary_app.core import language

    monkeypatch.setattr(language, "PLATFORM", "linux")
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _words_end_with_the_test() -> Iterator[None]:
    """A test that wording went through Qt's translators (the app's) or a language of the
    command leaves the next test wording in English from the files, as a fresh process."""
    yield
    from boundary_app import translation

    translation.use(None)
    translation.speak("en")


@pytest.fixture(autouse=True)
def _log_files_closed() -> Iterator[None]:
    """A command run in-process logs to this test's folder; close that file afterwards."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _reset_fakes() -> None:
    MemoryProvider.reset()
    CoverProvider.reset()
    CalendarProvider.reset()
    BrowserProvider.approve = threading.Event()
    BrowserProvider.opened = []


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def paths(home: Path) -> AppPaths:
    paths = AppPaths.from_environment()
    paths.ensure()
    return paths


@pytest.fixture
def registry() -> ProviderRegistry:
    return ProviderRegistry.of([LocalProvider, MemoryProvider, PlainProvider])


@pytest.fixture
def service(paths: AppPaths, clock: FakeClock, registry: ProviderRegistry) -> Iterator[Boundary]:
    """A service on a profile with a name, two backups, and the local account."""
    svc, notice = Boundary.open(paths, clock, timezone=TZ, registry=registry, timeout=2.0)
    assert notice is None
    profile = svc.profile
    profile.identity.name = "Ana Silva"
    profile.identity.email = "ana@example.com"
    profile.identity.timezone = TZ
    profile.backups = [
        Backup("Sam Lee", "sam@example.com", "+31 6 1234 5678", "urgent client questions"),
        Backup("Alex Kim", "alex@example.com"),
    ]
    save_profile(profile, paths.profile)
    yield svc
    svc.close()


@pytest.fixture
def two_accounts(service: Boundary) -> Boundary:
    """The service with a 'Work' (memory) and a 'Side' (plain) account beside the local one."""
    service.profile.accounts += [Account("Work", "memory"), Account("Side", "plain")]
    save_profile(service.profile, service.paths.profile)
    return service
