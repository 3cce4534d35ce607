"""The one lookup for Kehu's resources: icons, translations, the bundled font.

Paths are Qt-free so headless code and the installer spec can use them; ``icon()`` imports
Qt only when called. Unknown icon names raise instead of giving a blank icon (napari's
``get_icon_path``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ROOT = Path(__file__).resolve().parent
ICONS_DIR = ROOT / "icons"
FONT_FILE = ROOT / "fonts" / "KehuSans-Regular.ttf"

ICON_NAMES = frozenset(
    {
        "kehu",
        "customers",
        "reports",
        "trash",
        "settings",
        "add",
        "edit",
        "delete",
        "undo",
        "redo",
        "search",
        "call",
        "visit",
        "wechat",
        "sms",
        "email",
        "note",
        "user",
        "users",
        "restore",
        "export",
        "import",
        "filter",
        "columns",
        "contact",
        "pipeline",
        "board_list",
        "board_stalled",
        "reminders",
        "alerts",
    }
)


def font_path() -> Path:
    """The bundled font: a subset of Noto Sans CJK SC named "Kehu Sans" (SIL OFL 1.1)."""
    return FONT_FILE


def translations_dir() -> Path:
    """Where kehu_<language>.qm (and the .ts sources) live."""
    return ROOT / "translations"


def icon_path(name: str) -> Path:
    """The SVG file of icon *name*; KeyError for a name Kehu does not ship."""
    if name not in ICON_NAMES:
        known = ", ".join(sorted(ICON_NAMES))
        raise KeyError(f"Kehu has no icon named {name!r}; known icons: {known}")
    return ICONS_DIR / f"{name}.svg"


def icon(name: str) -> QIcon:
    """A QIcon for icon *name* (needs a QGuiApplication)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(icon_path(name)))
