"""installer/icu_data.py: which ICU items the Linux bundle leaves out, and the smaller data
library it links, made from this Python's PySide6 when icupkg and a C compiler are here."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_installer import INSTALLER, _load

icu_data = _load("icu_data")


def wheel_library() -> Path:
    import PySide6

    found = sorted(Path(PySide6.__file__).parent.glob("Qt/lib/libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library of its own (not Linux)")
    return found[0].resolve()


@pytest.mark.parametrize("item", [
    "root.res", "pool.res", "res_index.res", "zh.res", "zh_Hans_CN.res", "zh_Hant_TW.res",
    "en.res", "en_US_POSIX.res", "en_GB.res", "coll/zh.res", "coll/root.res",
    "coll/ucadata.icu", "coll/pool.res", "zone/zh.res", "zone/en.res", "supplementalData.res",
    "likelySubtags.res", "keyTypeData.res", "zoneinfo64.res", "metaZones.res",
    "cnvalias.icu", "gb18030.cnv", "windows-936-2000.cnv", "windows-950-2000.cnv",
    "nfkc.nrm", "uts46.nrm",
])
def test_kept(item):
    assert not icu_data.droppable(item)


@pytest.mark.parametrize("item", [
    "de.res", "de_DE.res", "ja.res", "coll/ja.res", "coll/de_.res", "zone/fr_CA.res",
    "sr_Latn_RS.res", "yue.res", "translit/root.res", "translit/el.res",
    "ibm-37_P100-1995.cnv", "iso-8859_10-1998.cnv", "rfc3491.spp", "confusables.cfu",
    "unames.icu", "brkitr/char.brk", "brkitr/cjdict.dict", "brkitr/root.res", "curr/en.res",
    "curr/pool.res", "unit/zh.res", "rbnf/zh.res",
])
def test_dropped(item):
    assert icu_data.droppable(item)


def test_the_data_symbol_is_found_in_the_wheels_library():
    name, data = icu_data.data_symbol(wheel_library())
    assert name.startswith("icudt") and name.endswith("_dat")
    assert data[2:4] == b"\xda\x27"  # ICU's data header
    assert data[12:16] == b"CmnD"  # a common data package
    assert len(data) > 20e6


def test_a_file_that_is_not_a_library_is_refused(tmp_path):
    path = tmp_path / "libicudata.so.99"
    path.write_bytes(b"not an ELF file")
    with pytest.raises(icu_data.TrimError, match="not a little-endian 64-bit ELF"):
        icu_data.data_symbol(path)


needs_tools = pytest.mark.skipif(icu_data.cannot_trim() is not None,
                                 reason=str(icu_data.cannot_trim()))


def listing(library: Path, tmp_path: Path) -> list[str]:
    name, data = icu_data.data_symbol(library)
    package = tmp_path / library.parent.name / f"{name[:-len('_dat')]}l.dat"  # icudt73l.dat
    package.parent.mkdir(exist_ok=True)
    package.write_bytes(data)
    return subprocess.run([shutil.which("icupkg"), "-l", str(package)], capture_output=True,
                          text=True, check=True).stdout.split()


@needs_tools
def test_the_smaller_library_keeps_chinese_and_english_and_what_they_need(tmp_path):
    wheel = wheel_library()
    made, how = icu_data.trimmed(wheel, tmp_path / "work")
    assert made, how
    made = Path(made)
    assert made.name == wheel.name
    assert made.stat().st_size < 12e6 < 20e6 < wheel.stat().st_size
    assert icu_data.soname(made) == icu_data.soname(wheel)
    assert icu_data.data_symbol(made)[0] == icu_data.data_symbol(wheel)[0]
    items = listing(made, tmp_path)
    assert {"coll/zh.res", "coll/ucadata.icu", "zh_Hans_CN.res", "en.res", "zoneinfo64.res",
            "zone/zh.res", "gb18030.cnv"} <= set(items)
    assert "de.res" not in items and "translit/root.res" not in items
    assert not [item for item in items if item.startswith("brkitr/")]
    # items that kept ones need stay although droppable (GBK's table builds on another)
    assert [item for item in items if icu_data.droppable(item)]

    assert icu_data.trimmed(wheel, tmp_path / "work") == (str(made), "made before")


@needs_tools
def test_qt_does_the_same_with_the_smaller_library(tmp_path):
    made, how = icu_data.trimmed(wheel_library(), tmp_path / "work")
    assert made, how
    alone = tmp_path / "qtlib"
    alone.mkdir()
    shutil.copy(made, alone)  # the other Qt and ICU libraries still come from the wheel
    assert "7 locales as with the full data" in icu_data.compare(alone)


@needs_tools
def test_a_library_that_lost_its_data_is_caught(tmp_path):
    symbol, _data = icu_data.data_symbol(wheel_library())
    empty = tmp_path / "empty" / f"{symbol[:-4]}l.dat"
    empty.parent.mkdir()
    subprocess.run([shutil.which("icupkg"), "new", str(empty)], check=True, capture_output=True)
    alone = tmp_path / "qtlib"
    alone.mkdir()
    icu_data.link(symbol, empty, icu_data.soname(wheel_library()),
                  alone / wheel_library().name, shutil.which("cc") or shutil.which("gcc"))
    with pytest.raises(icu_data.TrimError, match="differ, first collate zh_CN"):
        icu_data.compare(alone)


@needs_tools
def test_no_qt_library_calls_a_break_iterator_and_one_that_did_would_be_caught(tmp_path):
    assert icu_data.break_iterator_callers(wheel_library().parent) == []
    source = tmp_path / "words.c"
    source.write_text("extern void *ubrk_open_73(int, const char *, const void *, int, int *);\n"
                      "void *words(void) { int e = 0; return ubrk_open_73(1, \"zh\", 0, 0, &e); }\n",
                      encoding="ascii")
    subprocess.run([shutil.which("cc") or shutil.which("gcc"), "-shared", "-fPIC", "-o",
                    str(tmp_path / "libQt6Words.so.6"), str(source)], check=True)
    assert icu_data.break_iterator_callers(tmp_path) == ["libQt6Words.so.6"]
    with pytest.raises(icu_data.TrimError, match="libQt6Words.so.6 call ICU's break iterators"):
        icu_data.compare(tmp_path)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_probe_runs_here():
    proc = subprocess.run([sys.executable, str(INSTALLER / "icu_data.py"), "probe"],
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert '"collate zh_CN": ["", "(空)", "123", "阿里五金", "安徽建材", "北京"' in proc.stdout
