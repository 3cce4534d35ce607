"""The installer's sources: the spec's data lists against resources/, the Windows icon, and the
NSIS script, which is compiled when makensis is on PATH (it runs on Linux too)."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "kehu.spec"
NSI = INSTALLER / "kehu.nsi"


def spec_list(name: str) -> list[str]:
    """The literal list assigned to `name` at the top level of kehu.spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"kehu.spec assigns no {name}")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the spec's data files ---------------------------------------------------------------------
def test_spec_bundles_every_compiled_translation_and_no_source():
    listed = spec_list("TRANSLATIONS")
    on_disk = sorted(p.name for p in resources.translations_dir().glob("*.qm"))
    assert sorted(listed) == on_disk
    assert {"kehu_zh_CN.qm", "kehu_en.qm"} <= set(listed)  # the languages desktop/i18n loads
    assert not [n for n in listed if not n.endswith(".qm")]


def test_spec_bundles_the_font_and_its_licence():
    listed = spec_list("FONTS")
    assert resources.font_path().name in listed
    assert "LICENSE-OFL.txt" in listed
    for name in listed:
        assert (resources.font_path().parent / name).is_file(), name


def test_spec_bundles_exactly_the_icons_kehu_can_ask_for():
    listed = spec_list("ICONS")
    assert sorted(listed) == sorted(resources.ICON_NAMES)
    assert sorted(listed) == sorted(p.stem for p in resources.ICONS_DIR.glob("*.svg"))


# -- the Windows icon ------------------------------------------------------------------------
def test_icon_holds_every_size_windows_asks_for(qapp):
    make_icon = _load("make_icon")
    data = make_icon.ico_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(make_icon.SIZES))
    sides = []
    for n in range(count):
        width, height, _colors, _r, _planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * n)
        side = width or 256
        assert height == width and bits == 32
        image = data[offset:offset + length]
        assert len(image) == length
        if side == 256:
            assert image.startswith(b"\x89PNG")
        else:  # a BITMAPINFOHEADER of side x 2*side (the colours and the mask)
            assert struct.unpack_from("<Iii", image, 0) == (40, side, 2 * side)
        sides.append(side)
    assert sorted(sides) == [16, 20, 24, 32, 40, 48, 64, 128, 256]


# -- the NSIS script -----------------------------------------------------------------------------
def lang_strings() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for name, lang in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", NSI.read_text("utf-8"),
                                 flags=re.MULTILINE):
        found.setdefault(name, set()).add(lang)
    return found


def test_every_installer_text_speaks_chinese_and_english():
    strings = lang_strings()
    assert "SEC_DATA" in strings
    assert {name: langs for name, langs in strings.items()
            if langs != {"SIMPCHINESE", "ENGLISH"}} == {}
    used = set(re.findall(r"\$\((\w+)\)", NSI.read_text("utf-8")))
    assert used <= set(strings), used - set(strings)


def test_uninstaller_keeps_the_books_unless_asked():
    text = NSI.read_text("utf-8")
    section = re.search(r'^Section (/o )?"un\.\$\(SEC_DATA\)".*?^SectionEnd', text,
                        flags=re.MULTILINE | re.DOTALL)
    assert section, "no uninstaller section for SEC_DATA"
    assert section.group(1) == "/o "  # unticked unless the user ticks it
    assert '"${DATA_DIR}"' in section.group(0)
    assert '!define DATA_DIR "$LOCALAPPDATA\\Kehu\\Kehu"' in text  # platformdirs' data dir
    others = text.replace(section.group(0), "")
    assert "${DATA_DIR}" not in re.sub(r"^LangString.*$", "", others, flags=re.MULTILINE)


makensis = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(makensis is None, reason="makensis (NSIS) is not installed")


def _compile(tmp_path: Path, *defines: str) -> subprocess.CompletedProcess:
    return subprocess.run([makensis, "-V2", *defines, str(NSI)], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture
def payload(tmp_path, qapp):
    """A stand-in for the bundle folder, and the icon, as installer/build.py leaves them."""
    folder = tmp_path / "Kehu"
    (folder / "_internal").mkdir(parents=True)
    (folder / "Kehu.exe").write_bytes(b"MZ stand-in")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    icon = tmp_path / "kehu.ico"
    icon.write_bytes(_load("make_icon").ico_bytes())
    return folder, icon


@needs_makensis
def test_installer_script_compiles(tmp_path, payload):
    folder, icon = payload
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    out = tmp_path / "Kehu-test-setup.exe"
    result = _compile(tmp_path, f"-DVERSION={version}", f"-DSOURCE={folder}", f"-DICON={icon}",
                      f"-DOUTFILE={out}", "-DFAST")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ"


@needs_makensis
def test_installer_script_wants_a_version(tmp_path, payload):
    folder, icon = payload
    result = _compile(tmp_path, f"-DSOURCE={folder}", f"-DICON={icon}",
                      f"-DOUTFILE={tmp_path / 'Kehu-test-setup.exe'}", "-DFAST")
    assert result.returncode != 0
    assert "Define VERSION" in result.stdout + result.stderr
    assert not (tmp_path / "Kehu-test-setup.exe").exists()
