"""Smoke test of the frozen app: python installer/smoke_test.py [--dist installer/dist/Kehu] [--build]

Builds the bundle first with --build or when it is missing. Then, with a fresh temporary data
folder as KEHU_DATA_DIR and HOME and Qt offscreen, it starts the frozen app on a demo book
(--demo --exit-when-ready, in Chinese, and again in English) and runs the headless commands
that pull in the lazily imported parts: demo, check, report to PDF, export to .xlsx, import of
that file into a new book, a password checked, import of a CSV in a Windows code page and of a
name like one in the book (rapidfuzz), and backup when the source has that command. A check
passes only if the command exits 0, did what it says, and no Python traceback, import error, Qt
plugin failure or logged warning appears in its output or in the log file. Last, the bundle's
files, its archive of modules, its ICU data on Linux (Qt must sort, format dates and name time
zones with it as with the wheel's) and its size are checked.
One line per check; exit status 0 only if all passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _beside(name: str):
    """installer/<name>.py as a module (by path: "build" is also a folder and a PyPI name)."""
    spec = importlib.util.spec_from_file_location(f"kehu_installer_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _beside("build")
icu_data = _beside("icu_data")

TIMEOUT = 180  # seconds for one command of the frozen app
# A line of the log file (desktop/errors.py: "time level logger: message") at WARNING or above.
LOG_COMPLAINT = re.compile(r"^\S+ \S+ (WARNING|ERROR|CRITICAL) ")
# Kehu.exe is a windowed program on Windows: it has no stdout/stderr, so there the checks read
# the log file and what the commands wrote, not what they printed.
WINDOWED_NO_STDIO = sys.platform == "win32"
BAD_MARKERS = (
    "Traceback",
    "ImportError",
    "ModuleNotFoundError",
    "Could not find the Qt platform plugin",
    "could not load the Qt platform plugin",
    "Cannot load library",
    "No such plugin",
)


def size_limit_mib(bundle: Path | None = None) -> int:
    """The largest bundle that passes, in MiB as du -sm counts.

    165 where Qt comes as in the Windows and macOS wheels: 150, plus 15 for `cryptography`
    (its compiled core is 13.5 MiB), which team sync needs to encrypt the shared folder. Linux
    bundles also carry Qt's own ICU (Qt on Windows uses the system's) and libraries Windows
    provides (libstdc++, SQLite, zlib): 180 there (the bundle held 170 MiB in December 2026),
    or 205 when the build could not make the smaller ICU data library (installer/icu_data.py)
    and bundled the wheel's 31 MiB one.
    """
    if not sys.platform.startswith("linux"):
        return 165
    data = icu_library(bundle) if bundle else None
    return 205 if data and data.stat().st_size > 20e6 else 180


def icu_library(bundle: Path) -> Path | None:
    """The bundle's ICU data library (Linux), if there is one."""
    found = [path for path in (bundle / "_internal").glob("PySide6/Qt/lib/libicudata.so.*")
             if not path.is_symlink()]
    return found[0] if found else None


@dataclass
class Run:
    cmd: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    log: str = ""  # what the command added to the log file


class CheckFailed(Exception):
    pass


class Smoke:
    def __init__(self, bundle: Path, home: Path) -> None:
        self.exe = build.executable(bundle)
        self.home = home
        self.data = home / "data"
        self.work = home / "work"
        self.data.mkdir(parents=True)
        self.work.mkdir()
        self.results: list[bool] = []

    @property
    def log_file(self) -> Path:
        return self.data / "logs" / "kehu.log"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("XDG_", "QT_", "KEHU_", "MPL", "PYTHON"))}
        env.update(KEHU_DATA_DIR=str(self.data), HOME=str(self.home),
                   USERPROFILE=str(self.home), QT_QPA_PLATFORM="offscreen",
                   XDG_CONFIG_HOME=str(self.home / ".config"),
                   XDG_CACHE_HOME=str(self.home / ".cache"),
                   XDG_DATA_HOME=str(self.home / ".local" / "share"))
        if sys.platform == "win32":
            env["LOCALAPPDATA"] = env["APPDATA"] = str(self.home)
        env.update(extra)
        return env

    def run(self, *args: str | Path, env: dict[str, str] | None = None) -> Run:
        """Run the frozen app; CheckFailed if it fails, hangs or says something bad."""
        cmd = [str(self.exe), *map(str, args)]
        log_before = self.log_file.read_text(encoding="utf-8", errors="replace") \
            if self.log_file.exists() else ""
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=self.work, env=env or self.env(), capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"no answer within {TIMEOUT} s") from None
        log = self.log_file.read_text(encoding="utf-8", errors="replace") \
            if self.log_file.exists() else ""
        run = Run(cmd, proc.returncode, proc.stdout or "", proc.stderr or "",
                  time.perf_counter() - t0, log[len(log_before):] if log.startswith(log_before)
                  else log)
        for where, text in (("stdout", run.stdout), ("stderr", run.stderr), ("log", run.log)):
            for marker in BAD_MARKERS:
                if marker in text:
                    raise CheckFailed(f"{marker!r} in {where}:\n{_around(text, marker)}")
        complaints = [line for line in run.log.splitlines() if LOG_COMPLAINT.match(line)]
        if complaints:  # e.g. "Qt's own translation qtbase_zh_CN.qm was not found"
            raise CheckFailed("the log has warnings or errors:\n" + "\n".join(complaints[:10]))
        if run.returncode != 0:
            raise CheckFailed(f"exit status {run.returncode}:\n{_tail(run.stderr or run.stdout)}")
        return run

    def check(self, name: str, test: Callable[[], str]) -> None:
        """Run one check and print its line: ok/FAIL, name, what it found or why it failed."""
        t0 = time.perf_counter()
        try:
            found = test()
        except CheckFailed as exc:
            print(f"FAIL {name}: {exc}", flush=True)
            self.results.append(False)
            return
        print(f"ok   {name}: {found} ({time.perf_counter() - t0:.1f} s)", flush=True)
        self.results.append(True)

    # -- the checks -------------------------------------------------------------------
    def start_demo(self) -> str:
        # QT_DEBUG_PLUGINS makes Qt say which plugin or library it could not load.
        run = self.run("--demo", "--exit-when-ready", env=self.env(QT_DEBUG_PLUGINS="1"))
        ready = [line for line in run.log.splitlines() if "ready (" in line]
        if not ready:
            raise CheckFailed(f"'ready (' is not in {self.log_file}:\n{_tail(run.stderr)}")
        if WINDOWED_NO_STDIO:
            pass  # a windowed Kehu.exe has no stderr; the log says it
        elif "ready (" not in run.stderr:
            raise CheckFailed(f"it never logged 'ready (' on stderr:\n{_tail(run.stderr)}")
        return ready[-1].split("ready ", 1)[1]

    def start_english(self) -> str:
        run = self.run("--book", self.work / "book.sqlite", "--lang", "en", "--exit-when-ready")
        ready = [line for line in run.log.splitlines() if "ready (" in line]
        if not ready:
            raise CheckFailed(f"'ready (' is not in {self.log_file}:\n{_tail(run.stderr)}")
        return ready[-1].split("ready ", 1)[1]

    def demo(self) -> str:
        book = self.work / "book.sqlite"
        run = self.run("demo", book, "--customers", "50")
        if not book.is_file():
            raise CheckFailed(f"{book} was not written: {_tail(run.stdout)}")
        return run.stdout.strip()

    def book_check(self) -> str:
        return self.run("check", "--book", self.work / "book.sqlite").stdout.strip()

    def report(self) -> str:
        out = self.work / "report.pdf"
        run = self.run("report", "--book", self.work / "book.sqlite", "--month", "2026-11",
                       "--out", out)
        _expect_file(out, b"%PDF-")
        return f"{out.stat().st_size:,} bytes; {run.stdout.strip()}"

    def export(self) -> str:
        out = self.work / "customers.xlsx"
        run = self.run("export", "customers", "--book", self.work / "book.sqlite", "--out", out)
        _expect_file(out, b"PK")
        return run.stdout.strip()

    def import_back(self) -> str:
        book = self.work / "imported.sqlite"
        self.run("demo", book, "--customers", "0")  # an empty book
        one_user(book)
        run = self.run("import", self.work / "customers.xlsx", "--book", book, "--yes", "--json")
        answer = {}
        if not WINDOWED_NO_STDIO:
            try:
                answer = json.loads(run.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                raise CheckFailed(f"no JSON answer: {_tail(run.stdout)}") from None
            if answer.get("created") != 50 or answer.get("errors"):
                raise CheckFailed(f"expected 50 new customers and no errors: {answer}")
        self.run("check", "--book", book)
        held = customers_in(book)
        if held != 50:
            raise CheckFailed(f"the new book holds {held} customers, not the 50 exported")
        return f"the new book holds {held} customers (batch {answer.get('batch', '?')})"

    def password(self) -> str:
        """The owner's password, hashed as Kehu stores it (salted scrypt, made here with
        hashlib), is checked by the frozen app with cryptography's scrypt: a right one lets a
        command run, a wrong one is refused."""
        book = self.work / "imported.sqlite"  # its owner is its only active user
        owner = set_password(book, "店主-pw 2026")
        right, wrong = self.work / "right.txt", self.work / "wrong.txt"
        right.write_text("店主-pw 2026\n", encoding="utf-8")
        wrong.write_text("店主-pw 2025\n", encoding="utf-8")
        out = self.work / "signed-in.xlsx"
        self.run("export", "customers", "--book", book, "--user", owner, "--password-file", right,
                 "--out", out)
        _expect_file(out, b"PK")
        try:
            self.run("export", "customers", "--book", book, "--user", owner, "--password-file",
                     wrong, "--out", self.work / "refused.xlsx")
        except CheckFailed as exc:
            if "exit status" not in str(exc):  # a traceback, an import error ...
                raise CheckFailed(f"a wrong password: {exc}") from None
        else:
            raise CheckFailed("a wrong password was accepted")
        if (self.work / "refused.xlsx").exists():
            raise CheckFailed("a wrong password was accepted")
        return f"{owner}: the right password lets export run, a wrong one is refused"

    def import_legacy_csv(self) -> str:
        """A CSV in a Windows code page, neither UTF-8 nor GB18030: charset_normalizer decides."""
        csv = self.work / "legacy.csv"
        csv.write_bytes("name,mobile,note\r\nMüller Café,13800138000,10 €\r\n"
                        "Anna Weiß,13900139000,Grüße\r\n".encode("cp1252"))
        book = self.work / "legacy.sqlite"
        self.run("demo", book, "--customers", "0")
        one_user(book)
        self.run("import", csv, "--book", book, "--yes")
        names = customer_names(book)
        if names != ["Anna Weiß", "Müller Café"]:
            raise CheckFailed(f"the book holds {names}, not the two customers of the file")
        return f"the new book holds {', '.join(names)}"

    def import_similar_name(self) -> str:
        """A name like one already in the book (Müller Cafe, Müller Café): the importer compares
        it with rapidfuzz, whose modules for any CPU are the only ones bundled (kehu.spec)."""
        csv = self.work / "similar.csv"
        csv.write_bytes("name,mobile\r\nMüller Cafe,13700137000\r\n".encode())
        book = self.work / "legacy.sqlite"
        self.run("import", csv, "--book", book, "--yes")
        names = customer_names(book)
        if names != ["Anna Weiß", "Müller Cafe", "Müller Café"]:
            raise CheckFailed(f"the book holds {names}, not the two customers and the new one")
        return f"the book holds {', '.join(names)}"

    def backup(self) -> str:
        out = self.work / "backup.sqlite"
        run = self.run("backup", "--book", self.work / "book.sqlite", "--out", out)
        _expect_file(out, b"SQLite format 3\x00")
        return run.stdout.strip() or f"{out.stat().st_size:,} bytes"

    def files(self, bundle: Path) -> str:
        """The data files and Qt plugins Kehu needs are in the bundle; what it leaves out is not."""
        missing = [p for p in NEEDED_FILES if not any(bundle.glob(p))]
        unwanted = [str(f.relative_to(bundle)) for p in UNWANTED_FILES for f in bundle.glob(p)]
        if missing or unwanted:
            raise CheckFailed(f"missing: {missing or 'nothing'}; should not be there: "
                              f"{unwanted[:10] or 'nothing'}")
        return f"{len(NEEDED_FILES)} kinds of files present, {len(UNWANTED_FILES)} absent"

    def modules(self, bundle: Path) -> str:
        """Every module of Kehu and each library it imports lazily is in the bundle's archive
        (a lazy import the checks above do not reach would otherwise fail only for a user)."""
        try:
            from PyInstaller.archive.readers import CArchiveReader
        except ImportError:
            raise CheckFailed('PyInstaller is missing (pip install ".[installer]")') from None
        archived = set(CArchiveReader(str(self.exe)).open_embedded_archive("PYZ.pyz").toc)

        def bundled(module: str) -> bool:  # Python code in the archive, extensions beside it
            stem = "_internal/" + module.replace(".", "/")
            return module in archived or any(
                f.suffix in (".so", ".pyd") for f in bundle.glob(stem + ".*"))

        own = kehu_modules()
        missing = sorted(m for m in [*own, *LAZY_LIBRARIES] if not bundled(m))
        unwanted = sorted(m for m in UNWANTED_MODULES if bundled(m))
        if missing or unwanted:
            raise CheckFailed(f"missing: {missing or 'nothing'}; should not be there: "
                              f"{unwanted or 'nothing'}")
        return (f"all {len(own)} of Kehu's modules and {len(LAZY_LIBRARIES)} lazily imported "
                f"libraries; none of {len(UNWANTED_MODULES)} left-out ones")

    def icu(self, bundle: Path) -> str:
        """The smaller ICU data library is in the bundle when it could be made, and Qt does
        with it what it does with the wheel's (installer/icu_data.py)."""
        data = icu_library(bundle)
        if data is None:
            return "no ICU data library in the bundle (Qt uses the system's ICU or none)"
        if data.stat().st_size > 20e6:
            why = icu_data.cannot_trim()
            if why:  # this machine could not have made it either
                return f"the wheel's full ICU data ({data.stat().st_size / 1e6:.0f} MB): {why}"
            raise CheckFailed("the wheel's full ICU data is bundled although this machine can "
                              "make the smaller one (see the build's 'ICU data' line)")
        try:
            return f"{data.stat().st_size / 1e6:.1f} MB; " + icu_data.compare(data.parent)
        except icu_data.TrimError as exc:
            raise CheckFailed(str(exc)) from None

    def size(self, bundle: Path) -> str:
        mib = build.folder_size(bundle) / 2**20
        limit = size_limit_mib(bundle)
        if mib > limit:
            raise CheckFailed(f"{mib:.1f} MiB, more than {limit} MiB")
        return f"{mib:.1f} MiB (limit {limit} MiB)"


# Globs under the bundle folder.
QT_DIR = "_internal/PySide6/**"
NEEDED_FILES = [
    f"{QT_DIR}/plugins/platforms/*offscreen*",
    f"{QT_DIR}/plugins/platforms/*{'qwindows' if sys.platform == 'win32' else 'qxcb'}*",
    f"{QT_DIR}/plugins/imageformats/*qsvg*",
    f"{QT_DIR}/plugins/imageformats/*qico*",
    f"{QT_DIR}/plugins/imageformats/*qjpeg*",
    f"{QT_DIR}/plugins/iconengines/*qsvgicon*",
    f"{QT_DIR}/plugins/printsupport/*",
    f"{QT_DIR}/translations/qtbase_zh_CN.qm",
    f"{QT_DIR}/translations/qtbase_en.qm",
    "_internal/resources/translations/kehu_zh_CN.qm",
    "_internal/resources/translations/kehu_en.qm",
    "_internal/resources/fonts/KehuSans-Regular.ttf",
    "_internal/resources/fonts/LICENSE-OFL.txt",
    "_internal/resources/icons/kehu.svg",
    "_internal/matplotlib/mpl-data/matplotlibrc",
    "_internal/matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
    "_internal/pypinyin/*.json",
    "_internal/rapidfuzz/fuzz_cpp.*",
    "_internal/rapidfuzz/distance/metrics_cpp.*",
]
UNWANTED_FILES = [
    f"{QT_DIR}/translations/qtbase_de.qm",
    f"{QT_DIR}/translations/qt_help_*",
    f"{QT_DIR}/*Qt6Quick*",
    f"{QT_DIR}/*Qt6Qml*",
    f"{QT_DIR}/*Qt6WebEngine*",
    f"{QT_DIR}/*Qt6Pdf*",
    f"{QT_DIR}/plugins/platformthemes/*gtk3*",
    f"{QT_DIR}/opengl32sw.dll",
    "_internal/resources/translations/*.ts",
    "_internal/matplotlib/mpl-data/sample_data",
    "_internal/rapidfuzz/**/*_avx2.*",
    "_internal/libcrypto*",  # OpenSSL for hashlib: passwords use cryptography's scrypt
]
LAZY_LIBRARIES = [
    "matplotlib.backends.backend_agg", "matplotlib.backends.backend_pdf",
    "matplotlib.backends.backend_qtagg", "matplotlib.backends.backend_svg", "matplotlib.ticker", "pypinyin", "pypinyin.seg.mmseg",
    "chinese_calendar", "python_calamine", "xlrd", "charset_normalizer", "rapidfuzz.fuzz",
    "rapidfuzz.process", "openpyxl", "sqlite_utils", "platformdirs", "PySide6.QtNetwork",
    "PySide6.QtPrintSupport", "PySide6.QtSvg",
]
UNWANTED_MODULES = ["tkinter", "pytest", "hypothesis", "IPython", "PySide6.QtQml",
                    "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtTest",
                    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_gtk4agg",
                    "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_webagg",
                    "matplotlib._qhull", "matplotlib._tri", "contourpy", "_hashlib",
                    "yaml"]


def kehu_modules() -> list[str]:
    """Kehu's own modules, from the source tree."""
    names = ["resources"]
    for package in ("desktop", "views", "importers", "models"):
        for path in sorted((ROOT / package).glob("*.py")):
            names.append(package if path.stem == "__init__" else f"{package}.{path.stem}")
    return names


def one_user(book: Path) -> None:
    """A one-person shop: the demo's salespeople made inactive, so that commands act as the
    owner without --user (a book several people use asks who is working)."""
    conn = sqlite3.connect(book)
    try:
        conn.execute("UPDATE users SET active = 0 WHERE role != 'owner'")
        conn.commit()
    finally:
        conn.close()


def set_password(book: Path, password: str) -> str:
    """Give the book's active owner this password, as Kehu stores one; the owner's name."""
    import hashlib

    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    conn = sqlite3.connect(book)
    try:
        name, = conn.execute("SELECT name FROM users WHERE role = 'owner' AND active = 1 "
                             "ORDER BY name LIMIT 1").fetchone()
        conn.execute("UPDATE users SET password_hash = ? WHERE name = ?",
                     (f"scrypt$16384$8$1${salt.hex()}${digest.hex()}", name))
        conn.commit()
    finally:
        conn.close()
    return name


def customers_in(book: Path) -> int:
    return len(customer_names(book))


def customer_names(book: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM customers WHERE deleted_at IS NULL ORDER BY name")]
    finally:
        conn.close()


def source_has_backup() -> bool:
    """Whether `python main.py backup --help` works from source (the command is new)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "backup", "--help"],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return False
    return proc.returncode == 0


def _expect_file(path: Path, magic: bytes) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise CheckFailed(f"{path.name} was not written or is empty")
    with path.open("rb") as f:
        head = f.read(len(magic))
    if head != magic:
        raise CheckFailed(f"{path.name} does not start with {magic!r} but {head!r}")


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _around(text: str, marker: str, lines: int = 12) -> str:
    all_lines = text.splitlines()
    at = next(i for i, line in enumerate(all_lines) if marker in line)
    return "\n".join(all_lines[max(0, at - 3):at + lines])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installer/smoke_test.py",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=build.BUNDLE,
                        help="the bundle folder (default installer/dist/Kehu)")
    parser.add_argument("--build", action="store_true", help="build the bundle first")
    args = parser.parse_args(argv)
    bundle = args.dist.resolve()
    if args.build or not build.executable(bundle).is_file():
        if bundle != build.BUNDLE:
            print(f"FAIL build: {bundle} is not installer/dist/Kehu, which build.py makes")
            return 1
        t0 = time.perf_counter()
        try:
            build.build()
        except RuntimeError as exc:
            print(f"FAIL build: {exc}")
            return 1
        print(f"ok   build: {bundle} ({time.perf_counter() - t0:.0f} s)", flush=True)

    home = Path(tempfile.mkdtemp(prefix="kehu-smoke-"))
    try:
        smoke = Smoke(bundle, home)
        smoke.check("start --demo --exit-when-ready", smoke.start_demo)
        smoke.check("demo PATH --customers 50", smoke.demo)
        smoke.check("start --book PATH --lang en --exit-when-ready", smoke.start_english)
        smoke.check("check --book PATH", smoke.book_check)
        smoke.check("report --month 2026-11 --out report.pdf", smoke.report)
        smoke.check("export customers --out customers.xlsx", smoke.export)
        smoke.check("import customers.xlsx into a new book --yes", smoke.import_back)
        smoke.check("a password, right and wrong", smoke.password)
        smoke.check("import a CSV in a Windows code page", smoke.import_legacy_csv)
        smoke.check("import a name like one in the book", smoke.import_similar_name)
        if source_has_backup():
            smoke.check("backup --book PATH --out backup.sqlite", smoke.backup)
        else:
            print("skip backup: `python main.py backup --help` does not work from source yet")
        smoke.check("bundle files", lambda: smoke.files(bundle))
        smoke.check("bundle modules", lambda: smoke.modules(bundle))
        if sys.platform.startswith("linux"):
            smoke.check("ICU data", lambda: smoke.icu(bundle))
        smoke.check("bundle size", lambda: smoke.size(bundle))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    passed = sum(smoke.results)
    print(f"smoke: {passed} passed, {len(smoke.results) - passed} failed")
    return 0 if passed == len(smoke.results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
