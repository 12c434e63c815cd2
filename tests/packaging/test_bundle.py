"""The frozen Linux bundle: built from this checkout, unpacked, and its self-test run.

This is the test that catches a provider or library the freeze left out (a missing hidden
import): the frozen app's ``--self-test`` loads every built-in provider and imports the
libraries each one names. It takes one to two minutes; ``-m "not slow"`` skips it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from boundary_app import __version__
from boundary_app.providers.registry import BUILTIN

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_linux_bundle.sh"
MiB = 1024 * 1024


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="builds the Linux bundle")
def test_the_linux_bundle_builds_and_passes_its_self_test(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", str(SCRIPT), str(tmp_path)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    report = f"stdout:\n{done.stdout[-4000:]}\nstderr:\n{done.stderr[-4000:]}"
    assert done.returncode == 0, report
    print(done.stdout)  # build time and sizes, shown with -s or -rP

    match = re.search(r"^self-test: profile .* loaded; providers: (.*)$", done.stdout, re.M)
    assert match, report
    frozen_kinds = set(match.group(1).split(", "))
    assert set(BUILTIN) <= frozen_kinds, report

    bundle = tmp_path / "dist" / "Boundary"
    for name in ("boundary-app", "boundary.desktop", "boundary.png", "install.sh"):
        assert (bundle / name).is_file(), name
    documents = bundle / "_internal" / "googleapiclient" / "discovery_cache" / "documents"
    assert [p.name for p in documents.iterdir()] == ["gmail.v1.json"]  # of ~600
    tarball = tmp_path / f"boundary-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert tarball.stat().st_size < 70 * MiB, "the compressed bundle grew past 70 MiB"
