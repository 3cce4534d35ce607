"""Where Kehu keeps its data: the user data dir (platformdirs), overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("KEHU_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("Kehu", "Kehu"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_book_path() -> Path:
    return data_dir() / "kehu.sqlite"


def log_path() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "kehu.log"
