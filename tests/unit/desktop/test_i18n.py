"""Language, translations and the bundled font: what a user would read and see."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox

import resources
from desktop import i18n

UPDATE = resources.translations_dir() / "update.py"


@pytest.fixture
def translated(qapp):
    yield qapp
    i18n.remove_translators(qapp)


@pytest.fixture
def kehu_font(qapp):
    before = QFont(qapp.font())
    yield i18n.register_font(qapp)
    qapp.setFont(before)


def test_every_message_has_chinese():
    result = subprocess.run(
        [sys.executable, str(UPDATE), "--check"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_chinese_then_english(translated):
    tr = QCoreApplication.translate
    assert i18n.install_translators(translated, "zh_CN") == "zh_CN"
    assert tr("errors", "There is nothing to undo.") == "没有可以撤销的操作。"
    assert tr("QPlatformTheme", "Cancel") == "取消"
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"

    assert i18n.install_translators(translated, "en") == "en"
    assert tr("errors", "There is nothing to undo.") == "There is nothing to undo."
    assert tr("QPlatformTheme", "Cancel") == "Cancel"


def test_unknown_language_is_refused(translated):
    with pytest.raises(ValueError, match="fr"):
        i18n.install_translators(translated, "fr")


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("en_US", "en"),
        ("en-GB", "en"),
        ("de_DE", "zh_CN"),
        ("C", "zh_CN"),
    ],
)
def test_language_for_locale_name(name, language):
    assert i18n.language_for_locale_name(name) == language


@pytest.mark.parametrize(
    ("setting", "system", "language"),
    [
        ("en", "zh-Hans-CN", "en"),
        ("zh_CN", "en-US", "zh_CN"),
        ("system", "en-US", "en"),
        (None, "en-US", "en"),
        (None, "zh-CN", "zh_CN"),
        ("system", "de-DE", "zh_CN"),
    ],
)
def test_resolve_language(monkeypatch, setting, system, language):
    monkeypatch.setattr(i18n, "system_locale_name", lambda: system)
    assert i18n.resolve_language(setting) == language


def test_registered_font_writes_chinese(qtbot, kehu_font):
    assert kehu_font == "Kehu Sans"
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(kehu_font)
    label = QLabel("客户本")
    qtbot.addWidget(label)
    label.setStyleSheet("background: white; color: black;")
    label.resize(200, 60)
    assert QFontInfo(label.font()).family() == kehu_font
    assert all(QFontMetrics(label.font()).inFontUcs4(ord(ch)) for ch in "客户本，￥")
    image = label.grab().toImage()
    white = QColor("white").rgb()
    inked = sum(
        image.pixel(x, y) != white for x in range(image.width()) for y in range(image.height())
    )
    assert inked > 100


def test_font_covers_gb2312_and_is_small():
    from fontTools.ttLib import TTFont

    path = resources.font_path()
    assert path.stat().st_size < 6_000_000
    with TTFont(str(path), lazy=True) as font:
        cmap = font.getBestCmap()
    gb2312 = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                gb2312.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    assert not sorted(ch for ch in gb2312 if ord(ch) not in cmap)


def test_matplotlib_draws_chinese_with_the_font(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    figure = Figure(figsize=(3, 1))
    figure.text(
        0.05, 0.4, "客户本 建材 ¥1,234", fontproperties=FontProperties(fname=resources.font_path())
    )
    figure.savefig(tmp_path / "chart.png")  # a missing glyph warns, and warnings are errors
    assert (tmp_path / "chart.png").stat().st_size > 0


def test_icons(qapp):
    for name in resources.ICON_NAMES:
        assert resources.icon_path(name).is_file(), name
        assert not resources.icon(name).pixmap(48, 48).isNull(), name
    with pytest.raises(KeyError, match="no icon named 'nope'"):
        resources.icon_path("nope")


def test_a_full_disk_reads_in_chinese_reason_and_all(translated):
    import errno

    from models import backup

    i18n.install_translators(translated, "zh_CN")
    error = backup.BackupError(backup.WRITE_FAILED, path="D:/客户本/shop.sqlite",
                               reason=backup.os_reason(OSError(errno.ENOSPC, "No space")))
    assert error.render(QCoreApplication.translate) == (
        "无法保存到 D:/客户本/shop.sqlite：磁盘已满。没有丢失任何内容：这次要保存的内容没有写入，"
        "客户本保持原样。")
