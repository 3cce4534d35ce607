"""Rebuild KehuSans-Regular.ttf: a subset of Noto Sans CJK SC Regular (SIL OFL 1.1).

Usage:  python resources/fonts/make_subset.py [path/to/NotoSansCJK-Regular.ttc]
        python resources/fonts/make_subset.py --from-otf path/to/KehuSans-Regular.otf

The subset's cubic CFF outlines are converted to quadratic TrueType ("glyf") outlines: a PDF
writer (matplotlib's Type 42 embedding) declares the embedded font as TrueType, and a reader
(MuPDF, poppler) that finds CFF data under that declaration draws no text or warns.

Keeps ASCII and Latin-1, general punctuation, CJK symbols and punctuation, full-width forms,
every character of GB2312 (all valid two-byte codes 0xA1A1-0xF7FE) and a few common
characters outside GB2312 that shop owners meet in customer names. The family is renamed
"Kehu Sans" so it never clashes with a Noto font installed on the system.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = Path(__file__).with_name("KehuSans-Regular.ttf")
FACE = "Noto Sans CJK SC"
FAMILY = "Kehu Sans"

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement (¥ × ÷ ·)
    (0x2000, 0x206F),  # general punctuation (— ‘ ’ “ ” …)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。《》【】)
    (0xFF00, 0xFFEF),  # half-width and full-width forms (，：；（）￥)
]

# Common characters outside GB2312 (names, places, modern words). Those already in GB2312
# are harmless duplicates.
EXTRA = (
    "喆堃赟玥珺彧祎瑄韡炜犇昇甯婧琪琇锘啰哒嗯咘镕邨瞭祐禕骉昉旻晞曦翀桠烜焜钰"
    "芃芮苡茜萱蕊蓁尧垚淼焱鑫磊昊颢浩玮琨瑜瑾璟璇婕娅嫣妍媛媖珏琬琰琳"
    "〇℃№√∞≤≥≠±※→←↑↓①②③④⑤⑥⑦⑧⑨⑩"
)


def gb2312_characters() -> set[str]:
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def wanted_codepoints() -> set[int]:
    points = {cp for start, end in RANGES for cp in range(start, end + 1)}
    points |= {ord(ch) for ch in gb2312_characters()}
    points |= {ord(ch) for ch in EXTRA}
    return points


def sc_face_index(path: Path) -> int:
    collection = TTCollection(str(path), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(1) == FACE:
            return index
    raise SystemExit(f"{path} has no face named {FACE!r}")


def rename(font: TTFont) -> None:
    """Give the subset its own family name; keep copyright and licence records as they are."""
    names = {
        1: FAMILY,
        2: "Regular",
        3: f"{FAMILY} Regular; subset of Noto Sans CJK SC",
        4: f"{FAMILY} Regular",
        6: "KehuSans-Regular",
        16: FAMILY,
        17: "Regular",
    }
    table = font["name"]
    for record in list(table.names):
        if record.nameID in names or record.nameID in (18, 21, 22):
            table.removeNames(nameID=record.nameID)
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
        table.setName(text, name_id, 1, 0, 0)  # Mac Roman, for older readers
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = ["KehuSans-Regular"]
        top = cff.topDictIndex[0]
        top.FullName = f"{FAMILY} Regular"
        top.FamilyName = FAMILY


def to_truetype(font: TTFont, max_error: float = 1.0) -> None:
    """Replace the CFF outlines by TrueType ones (cubic curves as quadratic splines, at most
    max_error font units off; 1 unit of 1000 is invisible at any print size)."""
    if "CFF " not in font:
        return
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:  # vertical origins belong to CFF fonts only
        del font["VORG"]
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def from_otf(otf: Path, target: Path = TARGET) -> Path:
    """The TrueType file from an earlier OpenType/CFF build of the same subset."""
    font = TTFont(str(otf))
    to_truetype(font)
    font.save(str(target))
    print(f"{target}: {target.stat().st_size} bytes")
    return target


def build(source: Path = SOURCE, target: Path = TARGET) -> Path:
    index = sc_face_index(source)
    font = TTFont(str(source), fontNumber=index)
    cmap = font.getBestCmap()
    points = wanted_codepoints()
    missing = sorted(cp for cp in points if cp not in cmap and not 0xD800 <= cp <= 0xDFFF)
    options = subset.Options()
    options.layout_features = ["*"]  # keep kerning, vertical forms and locl for SC
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints do not survive the TrueType conversion
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    rename(font)
    to_truetype(font)
    font.save(str(target))
    kept = len(set(font.getBestCmap()) & points)
    print(f"{target}: {target.stat().st_size} bytes, {kept} characters, face index {index}")
    if missing:
        print(f"{len(missing)} wanted code points are not in the source font (unassigned ones)")
    return target


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--from-otf":
        from_otf(Path(sys.argv[2]))
    else:
        build(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
