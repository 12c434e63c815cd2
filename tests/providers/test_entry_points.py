"""The built-in kinds are listed twice: as entry points in pyproject.toml (what an installed
Boundary reads) and in ``registry.BUILTIN`` (what a frozen build, without package metadata,
reads). The two lists must say the same, or a kind works in one build and not the other."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

from boundary_app.providers.base import MailProvider
from boundary_app.providers.registry import BUILTIN, GROUP

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def entry_points() -> dict[str, str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return dict(project["entry-points"][GROUP])


def test_pyproject_and_the_registry_list_the_same_built_in_kinds() -> None:
    assert entry_points() == dict(BUILTIN)


def test_every_built_in_target_is_a_provider_of_its_kind() -> None:
    for kind, target in BUILTIN.items():
        module, _, name = target.partition(":")
        provider = getattr(importlib.import_module(module), name)
        assert issubclass(provider, MailProvider), target
        assert provider.kind == kind, target
