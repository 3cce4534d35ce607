"""Write Kehu's Windows icon: resources/icons/kehu.svg drawn by Qt at several sizes, one .ico.

    python installer/make_icon.py OUT.ico

Qt's ICO writer stores one image per file, so each size is drawn with QSvgRenderer into a
QImage, written by Qt (as a one-image ICO below 256 px, as PNG at 256 px, which Windows expects
PNG-compressed), and the images are put together under one ICO directory.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "kehu.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def _encoded(image, fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise RuntimeError(f"Qt could not write a {image.width()} px image as {fmt}")
    buffer.close()
    return bytes(data.data())


def _draw(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"{SVG} is not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def ico_bytes(sizes: tuple[int, ...] = SIZES) -> bytes:
    """The icon file: an ICONDIR, one 16-byte entry per size, then the images."""
    images: list[tuple[int, bytes]] = []
    for size in sizes:
        image = _draw(size)
        if size >= 256:
            images.append((size, _encoded(image, "PNG")))
            continue
        single = _encoded(image, "ICO")  # ICONDIR (6) + one entry (16) + the DIB
        _reserved, _kind, count = struct.unpack_from("<HHH", single, 0)
        if count != 1:
            raise RuntimeError(f"Qt wrote {count} images for one {size} px icon")
        *_, length, offset = struct.unpack_from("<BBBBHHII", single, 6)
        images.append((size, single[offset:offset + length]))
    out = bytearray(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _size, data in images:
        out += data
    return bytes(out)


def write_icon(out: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs it
    data = ico_bytes()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, out)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python installer/make_icon.py OUT.ico", file=sys.stderr)
        return 2
    path = write_icon(Path(args[0]))
    print(f"wrote {path} ({', '.join(str(s) for s in SIZES)} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
