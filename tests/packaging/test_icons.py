"""packaging/make_icons.py: the app icon for every platform, made from one SVG."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def load_make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_for_windows_macos_and_linux(tmp_path: Path, qapp: object) -> None:
    files = load_make_icons().make_icons(tmp_path)

    png = QImage(str(files["png"]))
    assert (png.width(), png.height()) == (256, 256)
    assert png.pixelColor(128, 128).alpha() == 255  # drawn, not empty
    assert png.pixelColor(0, 0).alpha() == 0  # rounded corners stay transparent

    ico = files["ico"].read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert sides == [16, 24, 32, 48, 64, 128, 256]
    _size, offset = struct.unpack("<II", ico[6 + 8 : 6 + 16])
    assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
    last_size, last_offset = struct.unpack("<II", ico[6 + 16 * 6 + 8 : 6 + 16 * 7])
    assert len(ico) == last_offset + last_size

    icns = files["icns"].read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = [], 8
    while at < len(icns):
        kinds.append(icns[at : at + 4])
        at += struct.unpack(">I", icns[at + 4 : at + 8])[0]
    assert at == len(icns)
    assert {b"icp4", b"ic07", b"ic10", b"ic14"} <= set(kinds)


def test_every_tray_state_has_an_icon_of_its_own(qapp: object) -> None:
    """Each name ``texts.icon_name`` can give is an SVG that draws, in the tray icons' style
    (a filled circle with a white sign), and no two states look the same."""
    from types import SimpleNamespace

    from PySide6.QtGui import QIcon

    from boundary_app.core.paths import resource
    from boundary_app.ui import texts

    def status(state: str, health: str = "ok") -> Any:
        return SimpleNamespace(state=state, health=health)

    names = {
        texts.icon_name(status(state, health), checking=checking)
        for state in ("available", "away", "focus")
        for health in ("ok", "pending", "failed")
        for checking in (False, True)
    }
    assert names == {"available", "away", "focus", "checking", "pending", "failed"}
    assert texts.icon_name(status("focus")) == "focus"  # not the moon of "away"
    images = {}
    for name in names:
        icon = QIcon(str(resource("icons", f"{name}.svg")))
        image = icon.pixmap(64, 64).toImage()
        assert not image.isNull(), name
        assert image.pixelColor(1, 1).alpha() == 0, name  # a circle: the corners are clear
        middle = image.pixelColor(32, 16)
        assert middle.alpha() == 255, name
        images[name] = bytes(image.constBits())
    assert len(set(images.values())) == len(names)
