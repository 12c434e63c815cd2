"""The frozen Linux bundle: built from this checkout, unpacked, and its self-test run.

This is the test that catches a provider or library the freeze left out (a missing hidden
import): the frozen app's ``--self-test`` loads every built-in provider and imports the
libraries each one names. It takes one to two minutes; ``-m "not slow"`` skips it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from boundary_app import __version__
from boundary_app.providers.registry import BUILTIN
from tests.packaging.conftest import LinuxBundle

MiB = 1024 * 1024


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle")
def test_the_linux_bundle_builds_and_passes_its_self_test(linux_bundle: LinuxBundle) -> None:
    done = linux_bundle.build
    out = linux_bundle.out
    report = f"stdout:\n{done.stdout[-4000:]}\nstderr:\n{done.stderr[-4000:]}"
    assert done.returncode == 0, report
    print(done.stdout)  # build time and sizes, shown with -s or -rP

    match = re.search(r"^self-test: profile .* loaded; providers: (.*)$", done.stdout, re.M)
    assert match, report
    frozen_kinds = set(match.group(1).split(", "))
    assert set(BUILTIN) <= frozen_kinds, report

    bundle = out / "dist" / "Boundary"
    for name in ("boundary-app", "boundary.desktop", "boundary.png", "install.sh"):
        assert (bundle / name).is_file(), name
    documents = bundle / "_internal" / "googleapiclient" / "discovery_cache" / "documents"
    assert [p.name for p in documents.iterdir()] == ["gmail.v1.json"]  # of ~600
    tarball = out / f"boundary-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert tarball.stat().st_size < 70 * MiB, "the compressed bundle grew past 70 MiB"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle")
def test_the_frozen_app_started_as_boundary_is_the_boundary_command(
    linux_bundle: LinuxBundle, tmp_path: Path
) -> None:
    """The Debian package's /usr/bin/boundary is a link to boundary-app (packaging/launcher.py)."""
    assert linux_bundle.build.returncode == 0, "the bundle did not build"
    program = linux_bundle.folder / "boundary-app"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOUNDARY_HOME": str(tmp_path)}
    run = partial(subprocess.run, capture_output=True, text=True, timeout=120, env=env)

    version = run(["boundary", "--version"], executable=program)
    assert (version.returncode, version.stdout) == (0, f"boundary {__version__}\n"), version

    status = run(["boundary", "status", "--json"], executable=program)
    assert status.returncode == 0, status
    assert "accounts" in json.loads(status.stdout), status.stdout

    as_app = run([str(program), "--version"])
    assert as_app.stdout.startswith("boundary-app "), as_app  # under its own name: the tray app
