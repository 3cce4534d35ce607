"""Rebuild Kehu's translations: extract, fill Chinese from zh_CN.json, compile.

    python resources/translations/update.py          # write kehu_*.ts and kehu_*.qm
    python resources/translations/update.py --check  # only report; writes nothing

1. pyside6-lupdate scans every .py under desktop/, views/, models/, importers/ (and main.py)
   into kehu_zh_CN.ts and kehu_en.ts, dropping messages that left the code (-no-obsolete).
   Texts marked through an alias of QT_TRANSLATE_NOOP (``from .errors import
   QT_TRANSLATE_NOOP as T``) are invisible to lupdate; they are found here with ``ast``.
2. zh_CN.json ({"English source": "中文"}, or {"context|English source": "中文"} where one
   source needs different Chinese in different places) fills kehu_zh_CN.ts; kehu_en.ts gets
   each source text as its own translation. Both are marked finished.
3. pyside6-lrelease compiles kehu_<lang>.qm.

Prints every message without Chinese and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE_DIRS = ("desktop", "views", "models", "importers")
LANGUAGES = ("zh_CN", "en")
CHINESE = HERE / "zh_CN.json"
MARKER = "QT_TRANSLATE_NOOP"
APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


@dataclass(frozen=True)
class Marked:
    context: str
    source: str
    comment: str
    path: Path
    line: int
    alias: str


def is_translate(node: ast.expr) -> bool:
    """QCoreApplication.translate (or QApplication/QGuiApplication.translate)."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in APPLICATIONS
    )


def source_files(root: Path = ROOT) -> list[Path]:
    files = [
        path
        for folder in SOURCE_DIRS
        for path in sorted((root / folder).rglob("*.py"))
        if "__pycache__" not in path.parts
    ]
    if (root / "main.py").exists():
        files.append(root / "main.py")
    return files


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found next to {sys.executable} or on PATH")
    return found


def aliased_marks(path: Path) -> list[Marked]:
    """Calls lupdate cannot read: T("errors", "...") with T = QT_TRANSLATE_NOOP under another
    name, or t("Context", "...") with t = QCoreApplication.translate (lupdate skips ``t(``
    and misreads ``tr(context, text)`` as ``tr(text, comment)``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            aliases |= {a.asname for a in node.names if a.name == MARKER and a.asname}
    changed = True
    while changed:  # T = QT_TRANSLATE_NOOP, tr = QCoreApplication.translate, U = T ...
        changed = False
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign):
                continue
            value = node.value
            if is_translate(value) or (
                isinstance(value, ast.Name) and value.id in aliases | {MARKER}
            ):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id not in aliases:
                        aliases.add(target.id)
                        changed = True
    aliases.discard("translate")  # lupdate reads translate(context, text) itself
    # A bare tr(context, text) (an alias or a parameter holding QCoreApplication.translate) is
    # what lupdate misreads; self.tr(...) is an attribute call and is left to lupdate.
    aliases.add("tr")
    marks = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in aliases
            and len(node.args) >= 2
        ):
            continue
        texts = [
            a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
            for a in node.args[:3]
        ]
        if texts[0] is None or (texts[1] is None and node.func.id != "tr"):
            continue
        if texts[1] is None:  # tr("cli", message): nothing to add, but lupdate misread it
            marks.append(Marked(texts[0], "", "", path, node.lineno, node.func.id))
            continue
        comment = texts[2] if len(texts) > 2 and texts[2] else ""
        marks.append(Marked(texts[0], texts[1], comment, path, node.lineno, node.func.id))
    return marks


def run_lupdate(files: list[Path], ts: Path, language: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        command = [
            qt_tool("lupdate"),
            f"@{listing}",
            "-ts",
            str(ts),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            language,
        ]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed for {ts.name}:\n{result.stdout}{result.stderr}")
    for line in result.stderr.splitlines():
        print(f"lupdate: {line}", file=sys.stderr)


def contexts(root: ET.Element) -> dict[str, ET.Element]:
    return {ctx.findtext("name"): ctx for ctx in root.iter("context")}


def add_marks(root: ET.Element, marks: list[Marked], ts: Path) -> None:
    """Put texts lupdate could not read into the .ts, and drop what it misread.

    lupdate takes ``tr("Context", "Text")`` for ``self.tr("Context", comment="Text")``.
    """
    by_name = contexts(root)
    for mark in marks:
        location = Path(mark.path).relative_to(ROOT).as_posix()
        if mark.alias == "tr":
            for ctx in by_name.values():
                for message in list(ctx.iter("message")):
                    if (
                        message.findtext("source") == mark.context
                        and (message.findtext("comment") or "") == mark.source
                        and any(
                            (loc.get("filename") or "").endswith(location)
                            for loc in message.iter("location")
                        )
                    ):
                        ctx.remove(message)
        if not mark.source:
            continue
        ctx = by_name.get(mark.context)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = mark.context
            by_name[mark.context] = ctx
        same = [
            m
            for m in ctx.iter("message")
            if m.findtext("source") == mark.source and (m.findtext("comment") or "") == mark.comment
        ]
        relative = "/".join([".."] * len(ts.parent.relative_to(ROOT).parts) + [location])
        if same:
            same[0].insert(0, ET.Element("location", filename=relative, line=str(mark.line)))
            continue
        message = ET.SubElement(ctx, "message")
        ET.SubElement(message, "location", filename=relative, line=str(mark.line))
        ET.SubElement(message, "source").text = mark.source
        if mark.comment:
            ET.SubElement(message, "comment").text = mark.comment
        ET.SubElement(message, "translation", type="unfinished")
    for ctx in by_name.values():
        if not ctx.findall("message"):
            root.remove(ctx)


def load_chinese(path: Path = CHINESE) -> dict[str, str]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise SystemExit(f"{path} must be a JSON object of strings")
    return data


def fill(root: ET.Element, language: str, chinese: dict[str, str]) -> tuple[list[str], set[str]]:
    """Fill translations; return (messages still without one, JSON keys used)."""
    missing: list[str] = []
    used: set[str] = set()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if language == "en":
                text: str | None = source
            else:
                keys = [f"{name}|{source}", source]
                if comment:  # a disambiguation: translate(context, source, comment)
                    keys.insert(0, f"{name}|{source}|{comment}")
                key = next((k for k in keys if k in chinese), source)
                text = chinese.get(key)
                if text:
                    used.add(key)
                elif translation.text and translation.get("type") is None:
                    text = translation.text  # translated in Qt Linguist; keep it
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing.append(f"{name}|{source}" + (f"|{comment}" if comment else ""))
    return missing, used


def write_ts(root: ET.Element, ts: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    command = [qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0 or not qm.exists():
        raise SystemExit(f"lrelease failed for {ts.name}:\n{result.stdout}{result.stderr}")


def update(check: bool = False) -> list[str]:
    """Run the whole update; return the messages that have no Chinese yet."""
    files = source_files()
    marks = [mark for path in files for mark in aliased_marks(path)]
    chinese = load_chinese()
    missing: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            target = HERE / f"kehu_{language}.ts"
            # Work on a copy beside the real file, so locations stay relative the same way.
            ts = Path(tmp) / target.name if check else target
            if check and target.exists():
                shutil.copy(target, ts)
            run_lupdate(files, ts, language)
            root = ET.parse(ts).getroot()
            add_marks(root, marks, target)
            lang_missing, used = fill(root, language, chinese)
            write_ts(root, ts)
            run_lrelease(ts, ts.with_suffix(".qm"))
            if language == "zh_CN":
                missing = lang_missing
                unused = sorted(set(chinese) - used)
                if unused:
                    print(f"{len(unused)} entries of {CHINESE.name} are not used by the code:")
                    for key in unused:
                        print(f"    {key}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--check", action="store_true", help="only report messages without Chinese; write no files"
    )
    args = parser.parse_args(argv)
    missing = update(check=args.check)
    if missing:
        print(
            f"{len(missing)} messages have no Chinese yet; add them to {CHINESE.name} "
            'as "English source": "中文" (or "context|English source"):'
        )
        for key in missing:
            print(f"    {key}")
        return 1
    print("All messages have Chinese.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
