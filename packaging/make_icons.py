"""Render packaging/boundary.svg into the icon files each platform's package needs.

    python packaging/make_icons.py OUT_DIR

writes ``boundary.png`` (256 px, Linux desktop file), ``boundary.ico`` (Windows: 16–256 px)
and ``boundary.icns`` (macOS: 16–1024 px). The SVG is drawn with Qt (QtSvg, which the app
ships anyway); the .ico and .icns containers are written here with PNG images inside, a
form both systems read (Windows Vista+, macOS 10.7+), so no platform tool (iconutil,
ImageMagick) is needed and every platform builds the same files. The PyInstaller spec runs
this as a build step.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).with_name("boundary.svg")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (the @2x types share sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file with PNG entries (a size of 256 is written as 0, as the format wants)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    sizes = sorted({*ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    images = {size: render_png(svg, size) for size in sizes}
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "png": out / "boundary.png",
        "ico": out / "boundary.ico",
        "icns": out / "boundary.icns",
    }
    files["png"].write_bytes(images[256])
    files["ico"].write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    files["icns"].write_bytes(icns(images))
    return files


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(f"usage: {sys.argv[0]} OUT_DIR")
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)
