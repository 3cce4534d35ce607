"""The global exception hook: log the traceback, tell the user where the log is, keep running."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

log = logging.getLogger("kehu")


LOG_BYTES, LOG_KEEP = 2_000_000, 3


def rotate_log(log_file: Path) -> None:
    """At start, a log past LOG_BYTES becomes kehu.log.1 (.1 becomes .2 ...; the oldest of
    LOG_KEEP goes). Rotating here rather than with logging.handlers' RotatingFileHandler keeps
    that module (sockets, pickle, queues) out of start-up; one session never writes 2 MB."""
    try:
        if log_file.stat().st_size < LOG_BYTES:
            return
        for n in range(LOG_KEEP, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n - 1}") if n > 1 else log_file
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{n}"))
    except OSError:
        pass  # a log that cannot be rotated is appended to


def setup_logging(log_file: Path) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_kehu", False) for h in root.handlers):
        return
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    rotate_log(log_file)
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    stream = logging.StreamHandler(sys.stderr)
    for handler in (file_handler, stream):
        handler.setFormatter(fmt)
        handler._kehu = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(log_file: Path) -> None:
    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        show_crash_dialog(exc, log_file)

    sys.excepthook = hook


def crash_box(exc: BaseException, log_file: Path):
    """The dialog that tells the user something went wrong and where the details are."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    t = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Critical, t("errors", "Kehu"),
                      t("errors", "Something went wrong: {error}").format(error=exc))
    box.setInformativeText(
        t("errors", "Your book is safe. The details were written to the log file:\n{path}").format(
            path=log_file)
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_crash_dialog(exc: BaseException, log_file: Path) -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None or QApplication.platformName() == "offscreen":
        return  # nobody could answer a dialog; the log and stderr have it
    crash_box(exc, log_file).exec()
