"""The layer rule: core/ and providers/ never pull in Qt, and start-up loads no mail library."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

HEAVY = ("exchangelib", "googleapiclient", "msal", "sievelib", "slack_sdk")


def run_fresh(code: str) -> dict[str, list[str]]:
    """Run ``code`` in a new interpreter; it prints one JSON object as its last line."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_core_and_providers_never_import_qt() -> None:
    result = run_fresh(
        """
        import importlib, json, pkgutil, sys
        import boundary_app.core, boundary_app.providers
        names = []
        for package in (boundary_app.core, boundary_app.providers):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(info.name)
                names.append(info.name)
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(json.dumps({"imported": names, "qt": qt}))
        """
    )

    imported = set(result["imported"])
    for name in ("profile", "journal", "render", "reconciler", "service", "timeutil"):
        assert f"boundary_app.core.{name}" in imported
    for name in ("base", "local", "registry"):
        assert f"boundary_app.providers.{name}" in imported
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
        print(json.dumps({{
            "kinds": kinds,
            "loaded": [c.kind for c in loaded],
            "failures": [f.reason for f in failures],
            "heavy": heavy + qt,
        }}))
        """
    )

    assert "local" in result["kinds"]
    assert "local" in result["loaded"]
    assert result["heavy"] == []
