"""Build Kehu's one-folder bundle for this OS: installer/dist/Kehu/ (work files in installer/build/).

    python installer/build.py [--clean]

Runs PyInstaller on installer/kehu.spec with the Python that runs this script (it needs
pip install ".[installer]"), prints the bundle's size and exits non-zero if the build fails.
--clean empties PyInstaller's cache and the previous build first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "kehu.spec"
WORK = HERE / "build"
DIST = HERE / "dist"
BUNDLE = DIST / "Kehu"


def folder_size(path: Path) -> int:
    """Bytes in the files under path (symlinks not followed), like du -b."""
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            file = Path(folder, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def executable(bundle: Path = BUNDLE) -> Path:
    return bundle / ("Kehu.exe" if sys.platform == "win32" else "Kehu")


def build(*, clean: bool = False) -> Path:
    """Run PyInstaller; the bundle folder. RuntimeError if the build failed."""
    if clean:
        shutil.rmtree(WORK, ignore_errors=True)
        shutil.rmtree(BUNDLE, ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the icon is drawn with Qt
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--workpath", str(WORK), "--distpath", str(DIST), str(SPEC)]
    if clean:
        cmd.insert(3, "--clean")
    proc = subprocess.run(cmd, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"PyInstaller exited with {proc.returncode}")
    if not executable().is_file():
        raise RuntimeError(f"PyInstaller finished but {executable()} is missing")
    return BUNDLE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installer/build.py",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true",
                        help="empty PyInstaller's cache and the previous build first")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('build: PyInstaller is missing; pip install ".[installer]"', file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        bundle = build(clean=args.clean)
    except RuntimeError as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    size = folder_size(bundle)
    print(f"build: {bundle} ({size / 1e6:.1f} MB) in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
