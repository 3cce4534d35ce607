"""The global exception hook logs the traceback and tells the user where the log is."""

from __future__ import annotations

import logging
import sys

from desktop import errors


def test_unexpected_error_is_logged_with_its_traceback(qapp, tmp_path, monkeypatch):
    log_file = tmp_path / "kehu.log"
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    before = list(root.handlers)
    shown = []
    monkeypatch.setattr(errors, "show_crash_dialog", lambda exc, path: shown.append((exc, path)))
    try:
        errors.setup_logging(log_file)
        errors.install_excepthook(log_file)
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "the printer caught fire" in text
    assert shown and shown[0][1] == log_file


def test_crash_dialog_says_where_the_log_is(qapp, tmp_path):
    from desktop.i18n import install_translators, remove_translators

    install_translators(qapp, "zh_CN")
    try:
        box = errors.crash_box(ValueError("x"), tmp_path / "logs" / "kehu.log")
        assert str(tmp_path / "logs" / "kehu.log") in box.informativeText()
        assert "日志" in box.informativeText()
    finally:
        remove_translators(qapp)


def test_a_full_log_is_rotated_at_start_keeping_three(tmp_path):
    from desktop.errors import LOG_BYTES, rotate_log

    log_file = tmp_path / "kehu.log"
    for n in (1, 2, 3):
        (tmp_path / f"kehu.log.{n}").write_text(f"old {n}")
    log_file.write_text("x" * (LOG_BYTES - 1))
    rotate_log(log_file)
    assert log_file.stat().st_size == LOG_BYTES - 1  # not full yet: left as it is
    log_file.write_text("x" * LOG_BYTES)
    rotate_log(log_file)
    assert not log_file.exists()
    assert (tmp_path / "kehu.log.1").stat().st_size == LOG_BYTES
    assert [(tmp_path / f"kehu.log.{n}").read_text() for n in (2, 3)] == ["old 1", "old 2"]
    assert not (tmp_path / "kehu.log.4").exists()  # the oldest went
