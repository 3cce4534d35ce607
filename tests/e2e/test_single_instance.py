"""One running Kehu per book: a second start on the same book brings the first to the front."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KEHU_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def test_second_start_on_the_same_book_raises_the_first(tmp_path):
    book = tmp_path / "shop.sqlite"
    env = _env(tmp_path)
    first = subprocess.Popen(
        [sys.executable, "main.py", "--book", str(book), "--lang", "en"], cwd=ROOT, env=env,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        log = tmp_path / "data" / "logs" / "kehu.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if log.exists() and " ready " in log.read_text(encoding="utf-8"):
                break
            assert first.poll() is None, first.stdout.read()
            time.sleep(0.2)
        else:
            raise AssertionError("the first Kehu never got ready")
        second = subprocess.run(
            [sys.executable, "main.py", "--book", str(book), "--lang", "en"], cwd=ROOT, env=env,
            capture_output=True, text=True, timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "brought it to the front" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.poll() is None  # the first one keeps running
    finally:
        first.terminate()
        first.wait(timeout=30)
        first.stdout.close()


def test_a_file_that_is_not_a_book_gets_a_clear_message_and_stays_as_it_was(tmp_path):
    bad = tmp_path / "customers.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a book")
    before = bad.read_bytes()
    result = subprocess.run(
        [sys.executable, "main.py", "--book", str(bad), "--lang", "en", "--exit-when-ready"],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "is not a Kehu book" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_bytes() == before
    assert not Path(str(bad) + "-wal").exists()


def test_exit_when_ready_logs_ready_and_exits_0(tmp_path):
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--lang", "zh_CN", "--exit-when-ready"],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert " ready " in result.stderr
    assert "Traceback" not in result.stderr
