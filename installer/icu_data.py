"""A smaller ICU data library for the Linux bundle: only the Chinese and English locales.

Qt on Linux links ICU, whose data library (libicudata.so.NN, 31 MiB) holds every locale's
collation, calendar, currency and time zone names, about 200 character sets, the break
dictionaries and the transliterators. Kehu uses ICU through Qt for collation (the deal list
sorts with QSortFilterProxyModel.setSortLocaleAware), time zone names and locale data, in
Chinese and English. kehu.spec puts the library this module makes in the bundle instead of the
wheel's: the same ICU package, with the locale data of other languages, the converters of non-
Chinese character sets (Kehu reads files with Python's codecs, not Qt's), the transliterators,
the break iterators' rules and dictionaries, the names of currencies and units, the rules that
spell numbers out, Unicode character names, StringPrep profiles and the spoof checker taken out
by ICU's own tool, icupkg. An item that a kept item needs stays (icupkg says which). About 5 MB
of 32 remain; installer/smoke_test.py checks that Qt sorts, names time zones and formats dates
the same with both libraries, and that no Qt library of the bundle calls an ICU break iterator
(Qt 6 finds word and line breaks with its own tables: of ICU it calls collation, calendars and
time zones, converters and case mapping, in QtCore only).

Needs icupkg (Debian: icu-devtools) and a C compiler to link the data into a shared library.
Without them, or on another OS (Qt on Windows and macOS uses the system's ICU or none),
trimmed() returns None and the wheel's library is bundled as it is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("zh", "en")
# Converters (.cnv) kept for Qt's QStringDecoder: GB18030, GBK, Big5 and Big5-HKSCS.
CONVERTERS = {"gb18030", "windows-936-2000", "windows-950-2000", "ibm-5471_P100-2006"}
# Transliterators, break iterators, currency and unit names, spelled-out numbers (rbnf): Qt
# reads none of them (installer/smoke_test.py compares what it does with the full data).
DROPPED_TREES = {"translit", "brkitr", "curr", "unit", "rbnf"}
DROPPED_TYPES = {"spp", "cfu"}  # StringPrep profiles, the spoof checker's confusables
DROPPED_FILES = {"unames.icu"}  # Unicode character names
TREE_FILES = {"root", "pool", "res_index"}  # in each tree; res_index looks like a locale's name
LOCALE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")  # zh, zh_Hant_TW, de_ (a keyword alias)


class TrimError(RuntimeError):
    pass


def droppable(item: str) -> bool:
    """Whether an item of the ICU package ("coll/de.res", "ibm-37_P100-1995.cnv") is left out.
    Trees' roots, pools and indexes (root.res, pool.res, res_index.res) and data that is not a
    locale's (supplementalData.res, ucadata.icu, zoneinfo64.res ...) stay."""
    tree, _, name = item.rpartition("/")
    stem, _, kind = name.rpartition(".")
    if tree in DROPPED_TREES or kind in DROPPED_TYPES or name in DROPPED_FILES:
        return True
    if kind == "res" and LOCALE.fullmatch(stem) and stem not in TREE_FILES:
        return stem.split("_")[0] not in LANGUAGES
    if kind == "cnv":
        return stem not in CONVERTERS
    return False


def data_symbol(library: Path) -> tuple[str, bytes]:
    """The name of the ICU data symbol (icudt73_dat) in an ELF64 library, and its bytes."""
    raw = library.read_bytes()
    if raw[:4] != b"\x7fELF" or raw[4] != 2 or raw[5] != 1:
        raise TrimError(f"{library.name} is not a little-endian 64-bit ELF library")
    shoff, = struct.unpack_from("<Q", raw, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", raw, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", raw, shoff + i * shentsize)
                for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", raw, at)
            end = raw.index(b"\0", strings + st_name)
            name = raw[strings + st_name:end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < shndx < shnum:
                _n, _k, _f, addr, sec_offset, *_rest = sections[shndx]
                start = sec_offset + value - addr
                return name, raw[start:start + length]
    raise TrimError(f"no ICU data symbol in {library.name}")


def soname(library: Path) -> str:
    out = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True,
                         check=True).stdout
    found = re.search(r"^\s*SONAME\s+(\S+)", out, re.MULTILINE)
    return found.group(1) if found else library.name


def remove_items(icupkg: str, package: Path, out: Path) -> tuple[int, int]:
    """Write package without its droppable items to out; (items before, items after)."""
    listing = subprocess.run([icupkg, "-l", str(package)], capture_output=True, text=True,
                             check=True).stdout.split()
    drop = {item for item in listing if droppable(item)}
    removals = out.with_suffix(".remove.txt")
    for _attempt in range(5):
        removals.write_text("".join(f"{item}\n" for item in sorted(drop)), encoding="ascii")
        run = subprocess.run([icupkg, "--auto_toc_prefix", "-r", str(removals), str(package),
                              str(out)], capture_output=True, text=True)
        if run.returncode == 0:
            return len(listing), len(listing) - len(drop)
        needed = set(re.findall(r"depends on missing item (\S+)", run.stdout + run.stderr))
        if not needed & drop:
            raise TrimError(f"icupkg failed: {(run.stderr or run.stdout).strip()[-500:]}")
        drop -= needed  # kept items need these: keep them too
    raise TrimError("icupkg kept finding items that kept items need")


def link(symbol: str, data: Path, name: str, out: Path, cc: str) -> None:
    """A shared library named `name` that exports `symbol`, 16-byte aligned, holding data."""
    source = out.with_suffix(".S")
    source.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{data}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", str(out),
                    str(source)], check=True, capture_output=True)


def _tools() -> tuple[str | None, str | None, str | None]:
    """icupkg, a C compiler and objdump (for the soname), where this machine has them."""
    return shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc"), \
        shutil.which("objdump")


def cannot_trim() -> str | None:
    """Why this machine cannot make the smaller library, or None if it can."""
    if not sys.platform.startswith("linux"):
        return "not Linux"
    if not all(_tools()):
        return "icupkg (Debian: icu-devtools), a C compiler or objdump is missing"
    return None


def trimmed(library: str | Path, work: Path) -> tuple[str | None, str]:
    """(path of the smaller copy of the ICU data library, what was done), or (None, why not).
    The copy is made once under work/ and remade when the wheel's library or this file changes."""
    library = Path(library)
    missing = cannot_trim()
    if missing:
        return None, missing
    icupkg, cc, _objdump = _tools()
    out = work / library.name
    newest = max(library.stat().st_mtime, Path(__file__).stat().st_mtime)  # or these rules
    if out.is_file() and out.stat().st_mtime >= newest:
        return str(out), "made before"
    work.mkdir(parents=True, exist_ok=True)
    try:
        symbol, data = data_symbol(library)
        version = symbol[len("icudt"):-len("_dat")]
        full = work / f"icudt{version}l.dat"  # the name icupkg checks the items' prefix against
        full.write_bytes(data)
        small = work / "small" / full.name
        small.parent.mkdir(exist_ok=True)
        before, after = remove_items(icupkg, full, small)
        link(symbol, small, soname(library), out.with_suffix(".tmp"), cc)
        out.with_suffix(".tmp").replace(out)
    except (TrimError, OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", None) or exc
        return None, f"could not trim: {detail}"
    return str(out), (f"{after} of {before} items, {out.stat().st_size / 1e6:.1f} MB of "
                      f"{library.stat().st_size / 1e6:.1f} MB")


# -- checking the result: Qt with the wheel's ICU data and with the bundle's ------------------
PROBE_LOCALES = ("zh_CN", "zh_TW", "zh_HK", "zh_SG", "en_US", "en_GB", "C")
PROBE_NAMES = [
    "张三", "李四", "王五", "赵六", "阿里五金", "安徽建材", "北京", "重庆建材", "长沙五金", "银行",
    "行家", "中国", "中间", "鑫鑫", "犇犇", "廣州", "广州", "Zhang", "apple", "Apple", "Éclair",
    "item 10", "item 9", "Öl", "oil", "123", "(空)", "",
]


def probe() -> dict:
    """What Qt does with ICU here: collation (as the deal list sorts), time zone names, dates,
    case mapping; and which ICU data library the process loaded."""
    from PySide6.QtCore import (
        QCollator,
        QCoreApplication,
        QDateTime,
        QLocale,
        QSortFilterProxyModel,
        Qt,
        QTimeZone,
    )
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (kept alive)
    out: dict = {}
    for name in PROBE_LOCALES:
        locale = QLocale(name)
        collator = QCollator(locale)
        out[f"collate {name}"] = sorted(PROBE_NAMES, key=collator.sortKey)
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        out[f"collate numeric {name}"] = sorted(PROBE_NAMES, key=collator.sortKey)
        QLocale.setDefault(locale)
        model = QStandardItemModel()
        for text in PROBE_NAMES:
            model.appendRow(QStandardItem(text))
        proxy = QSortFilterProxyModel()
        proxy.setSortLocaleAware(True)
        proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setSourceModel(model)
        proxy.sort(0)
        out[f"proxy {name}"] = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
        moment = QDateTime(2026, 12, 2, 9, 30, 0)
        out[f"date {name}"] = [locale.toString(moment, QLocale.FormatType.LongFormat),
                               locale.toString(moment, QLocale.FormatType.ShortFormat)]
        out[f"upper {name}"] = locale.toUpper("istanbul straße ǆ")
        for zone in (b"Asia/Shanghai", b"Asia/Hong_Kong", b"America/New_York", b"Europe/Berlin"):
            tz = QTimeZone(zone)
            out[f"zone {zone.decode()} {name}"] = [
                tz.displayName(QTimeZone.TimeType.StandardTime, kind, locale)
                for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName,
                             QTimeZone.NameType.OffsetName)]
    out["zones"] = len(QTimeZone.availableTimeZoneIds())
    with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
        out["loaded"] = sorted({line.split()[-1] for line in maps if "libicudata" in line})
    return out


def break_iterator_callers(qt_lib: Path) -> list[str]:
    """The libraries in qt_lib that import an ICU break iterator function (ubrk_...), whose data
    the smaller library leaves out."""
    callers = []
    for library in sorted(qt_lib.glob("libQt6*.so*")):
        if library.is_symlink():
            continue
        out = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True,
                             check=True).stdout
        if re.search(r"\*UND\*.*\subrk_\w+", out):
            callers.append(library.name)
    return callers


def compare(qt_lib: Path) -> str:
    """Run probe() with this Python's PySide6 and its ICU, then with the libraries in qt_lib
    (the bundle's Qt folder, through LD_LIBRARY_PATH); TrimError on any difference."""
    def run(extra: dict[str, str]) -> dict:
        env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
        env.update(QT_QPA_PLATFORM="offscreen", TZ="UTC", **extra)
        proc = subprocess.run([sys.executable, __file__, "probe"], capture_output=True,
                              text=True, env=env, timeout=120)
        if proc.returncode != 0:
            raise TrimError(f"the probe failed: {proc.stderr.strip()[-500:]}")
        return json.loads(proc.stdout)

    callers = break_iterator_callers(qt_lib)
    if callers:
        raise TrimError(f"{', '.join(callers)} call ICU's break iterators, whose data is left out")
    wheel, bundle = run({}), run({"LD_LIBRARY_PATH": str(qt_lib)})
    loaded = bundle.pop("loaded")
    wheel.pop("loaded")
    if not loaded or any(not Path(path).is_relative_to(qt_lib) for path in loaded):
        raise TrimError(f"the probe did not load the bundle's ICU data but {loaded}")
    differ = [key for key in wheel if wheel[key] != bundle.get(key)]
    if differ:
        key = differ[0]
        raise TrimError(f"{len(differ)} of {len(wheel)} results differ, first {key}: "
                        f"{wheel[key]} with the wheel's data, {bundle.get(key)} with the bundle's")
    return f"collation, dates, time zone names and case in {len(PROBE_LOCALES)} locales as " \
           f"with the full data ({len(wheel)} results); no Qt library calls a break iterator"


if __name__ == "__main__":
    if sys.argv[1:] == ["probe"]:
        json.dump(probe(), sys.stdout, ensure_ascii=False)
    else:
        print("usage: python installer/icu_data.py probe", file=sys.stderr)
        raise SystemExit(2)
