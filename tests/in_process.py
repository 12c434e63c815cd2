"""Run the ``boundary`` command in the test's own process (shares its fakes and keyring)."""

from __future__ import annotations

import io

import pytest

from boundary_app import cli


def boundary(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    """``boundary ARGS`` with ``stdin``: (exit code, standard output, standard error)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err
