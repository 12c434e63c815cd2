"""The layer rule: core/, providers/ and the worker never pull in Qt, and start-up loads no mail
library."""

from __future__ import annotations

from pathlib import Path

from tests.fresh import run_fresh

HEAVY = ("exchangelib", "googleapiclient", "msal", "sievelib", "slack_sdk")


def test_core_providers_and_the_worker_never_import_qt() -> None:
    result = run_fresh(
        """
        import importlib, json, pkgutil, sys
        import boundary_app.core, boundary_app.providers
        names = []
        for package in (boundary_app.core, boundary_app.providers):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(info.name)
                names.append(info.name)
        importlib.import_module("boundary_app.worker")
        names.append("boundary_app.worker")
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(json.dumps({"imported": names, "qt": qt}))
        """
    )

    imported = set(result["imported"])
    for name in ("profile", "journal", "render", "reconciler", "service", "timeutil", "jobs"):
        assert f"boundary_app.core.{name}" in imported
    for name in ("base", "local", "registry"):
        assert f"boundary_app.providers.{name}" in imported
    assert "boundary_app.worker" in imported
    assert result["qt"] == []


def test_a_worker_doing_its_jobs_loads_no_qt(tmp_path: Path) -> None:
    """``boundary-app --worker`` is told apart before the tray's imports: the app module itself
    imports no Qt, and a pass, a mail listing and the self-test load none either."""
    result = run_fresh(
        f"""
        import io, json, os, sys, threading
        os.environ["BOUNDARY_HOME"] = {str(tmp_path)!r}
        import boundary_app.app
        after_app = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        from boundary_app import worker
        from boundary_app.core.clock import system_clock
        from boundary_app.core.paths import AppPaths
        from boundary_app.core.service import Boundary
        paths = AppPaths.from_environment()
        Boundary.open(paths, system_clock)[0].close()
        service = worker.open_service(paths, {{}})
        said = []
        for request in (
            {{"job": "push", "names": None}},
            {{"job": "list-mail", "since": "2026-01-01T00:00:00+00:00", "limit": 5}},
            {{"job": "self-test"}},
        ):
            worker.serve(request, service, said.append, threading.Event())
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
        print(json.dumps({{"after_app": after_app, "qt": qt, "said": [e["event"] for e in said]}}))
        """
    )

    assert result["after_app"] == []
    assert result["said"] == ["result", "result", "result"]
    assert result["qt"] == []


def test_discovering_providers_loads_no_mail_library() -> None:
    result = run_fresh(
        f"""
        import json, sys
        from boundary_app.providers.registry import ProviderRegistry
        registry = ProviderRegistry.discover()
        kinds = registry.kinds()
        loaded, failures = registry.load_all()
        heavy = sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})
        qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
        signing_in = sorted(m for m in sys.modules if m in ("ssl", "http.server"))
        print(json.dumps({{
            "kinds": kinds,
            "loaded": [c.kind for c in loaded],
            "failures": [f.reason for f in failures],
            "heavy": heavy + qt,
            "signing_in": signing_in,
        }}))
        """
    )

    assert "local" in result["kinds"]
    assert {"local", "exchange", "m365", "gmail", "imap"} <= set(result["loaded"])
    assert result["heavy"] == []
    # The tray loads every account's kind (its capabilities) but never signs in itself: the
    # browser sign-in's loopback server (http.server, ssl: ~7 MiB) waits for a sign-in.
    assert result["signing_in"] == []
