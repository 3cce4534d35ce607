"""vCard 2.1 / 3.0 / 4.0 contacts as phones and mail programs export them, one row per card.

Handles folded lines, quoted-printable values with soft line breaks and CHARSET parameters
(Chinese Android), item groups with X-ABLabel labels (iOS), escaped \\, \\; \\n, the many
spellings of TEL types, lunar birthdays, WeChat ids; skips PHOTO and other binary values.
"""

from __future__ import annotations

import quopri
import re

HEADER = [
    "Name",
    "Contact",
    "Title",
    "Mobile",
    "Phone",
    "Email",
    "Address",
    "City",
    "WeChat",
    "Notes",
    "Birthday",
]
SEPARATOR = "; "
BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}

_CJK = re.compile(r"[\u3400-\u9fff]")
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_MOBILE = re.compile(r"^1\d{10}$")
_MOBILE_TYPES = {"cell", "cellular", "mobile", "iphone", "手机", "移动电话"}
_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def _unfold(text: str) -> list[str]:
    """Logical lines: folded lines joined, quoted-printable soft line breaks joined.

    Each logical line is gathered as a list of pieces and joined once: a PHOTO folded into
    300,000 lines of 76 characters costs one pass, not one copy of the line per fold."""
    lines: list[list[str]] = []
    physical = text.replace("\r\r\n", "\n").splitlines()
    qp_open = False
    for line in physical:
        if qp_open:
            parts = lines[-1]
            parts[-1] = parts[-1][:-1]  # the soft break's "="
            if not line.strip():  # a soft break before a blank line ends the value
                qp_open = False
                continue
            piece = line.lstrip(" \t")
            parts.append(piece)
            qp_open = piece.endswith("=")
            continue
        if not line.strip():
            continue
        if line[0] in " \t" and lines:
            lines[-1].append(line[1:])
        else:
            lines.append([line])
        # the name and parameters are on the line's first physical line
        qp_open = line.endswith("=") and "QUOTED-PRINTABLE" in \
            lines[-1][0].split(":", 1)[0].upper()
    return ["".join(parts) for parts in lines]


def _split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escape = [], [], False
    for ch in value:
        if escape:
            current.append("\\" + ch)
            escape = False
        elif ch == "\\":
            escape = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _colon(line: str) -> int:
    """Index of the first colon outside double quotes, or -1."""
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return index
    return -1


def _parse(line: str):
    """(group, NAME, params {KEY: [values]}, types set, raw value) or None."""
    colon = _colon(line)
    if colon < 0:
        return None
    head, value = line[:colon], line[colon + 1 :]
    pieces = head.split(";")
    name = pieces[0]
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for piece in pieces[1:]:
        if "=" in piece:
            key, raw = piece.split("=", 1)
            values = [v.strip('"') for v in raw.split(",")]
            params.setdefault(key.upper(), []).extend(values)
            if key.upper() == "TYPE":
                types.update(v.strip('"').lower() for v in raw.strip('"').split(","))
        elif piece.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
            params.setdefault("ENCODING", []).append(piece)
        else:
            types.add(piece.lower())
    return group.lower(), name.upper(), params, types, value


def _decode(value: str, params: dict[str, list[str]]) -> str:
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" not in encoding:
        return value
    raw = quopri.decodestring(value.encode("utf-8", "surrogateescape"))
    declared = params.get("CHARSET", [])
    for charset in declared + ["utf-8", "gb18030"]:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    for charset in declared:
        try:
            return raw.decode(charset, "replace")
        except LookupError:
            continue
    return raw.decode("utf-8", "replace")


def _name_from_n(value: str) -> str:
    parts = [_unescape(p) for p in _split_unescaped(value, ";")] + [""] * 5
    family, given, additional, prefix, suffix = parts[:5]
    if _CJK.search(family + given):
        return (family + given).strip()
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _address(value: str) -> str:
    parts = [_unescape(p) for p in _split_unescaped(value, ";")] + [""] * 7
    pobox, extended, street, city, region, code, country = parts[:7]
    if _CJK.search("".join(parts)):
        # written as one line the Chinese way, largest part first; the postal code apart from
        # the house number it would otherwise run into (文三路13号 310000)
        text = "".join(p.replace("\n", "") for p in (country, region, city, street, extended))
        return " ".join(p for p in (text, code.strip()) if p)
    parts = [p.strip().strip(",").strip() for p in parts]
    pobox, extended, street, city, region, code, country = parts[:7]
    street = ", ".join(s.strip(" ,") for s in street.split("\n") if s.strip(" ,"))
    region_code = " ".join(p for p in (region, code) if p)
    return ", ".join(p for p in (pobox, extended, street, city, region_code, country) if p)


def _city(value: str) -> str:
    """The locality of an address (杭州市 -> 杭州, as the importer takes a city from an address
    written in one line)."""
    parts = [_unescape(p) for p in _split_unescaped(value, ";")] + [""] * 7
    city = parts[3].replace("\n", " ").strip(" ,")
    return city[:-1] if len(city) > 2 and _CJK.search(city) and city.endswith("市") else city


def _birthday(value: str) -> str:
    match = _ISO_DATE.match(value.strip())
    if match:
        return "-".join(match.groups())
    return value.strip()


def _label_text(label: str) -> str:
    match = _LABEL.match(label)
    return (match.group(1) if match else label).strip()


def _phone_is_mobile(number: str, types: set[str], label: str) -> bool:
    label = label.lower()
    if types & _MOBILE_TYPES or any(t in label for t in ("mobile", "cell", "手机", "移动")):
        return True
    if types & {"fax", "pager"} or "fax" in label or "传真" in label:
        return False
    digits = re.sub(r"\D", "", number)
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return bool(_MOBILE.match(digits))


def _card_row(lines: list[str]) -> list[str] | None:
    parsed = [p for p in map(_parse, lines) if p is not None]
    labels = {
        group: _label_text(_decode(value, params))
        for group, name, params, _types, value in parsed
        if group and name == "X-ABLABEL"
    }
    fields: dict[str, list[str]] = {h: [] for h in HEADER}
    fn = n = org = nickname = ""

    def add(column: str, value: str) -> None:
        value = value.strip()
        if value and value not in fields[column]:
            fields[column].append(value)

    for group, name, params, types, raw in parsed:
        if name in BINARY or name.startswith("X-AB"):
            continue
        value = _decode(raw, params)
        label = labels.get(group, "") if group else ""
        if "微信" in label or "wechat" in label.lower() or "weixin" in label.lower():
            add("WeChat", _unescape(value))
            continue
        if name == "FN":
            fn = fn or _unescape(value)
        elif name == "N":
            n = n or _name_from_n(value)
        elif name == "NICKNAME":
            nickname = nickname or _unescape(_split_unescaped(value, ",")[0])
        elif name == "X-ANDROID-CUSTOM" and value.startswith("vnd.android.cursor.item/nickname;"):
            nickname = nickname or _unescape(_split_unescaped(value, ";")[1])
        elif name == "ORG":
            org = org or " ".join(
                p for p in (_unescape(x) for x in _split_unescaped(value, ";")) if p
            )
        elif name == "TITLE":
            add("Title", _unescape(value))
        elif name == "TEL":
            number = _unescape(value)
            if number[:4].lower() == "tel:":
                number = number[4:]
            column = "Mobile" if _phone_is_mobile(number, types, label) else "Phone"
            add(column, number)
        elif name == "EMAIL":
            add("Email", _unescape(value))
        elif name == "ADR":
            add("Address", _address(value))
            if not fields["City"]:  # the first address's: a customer has one city
                add("City", _city(value))
        elif name == "NOTE":
            add("Notes", _unescape(value))
        elif name == "BDAY":
            add("Birthday", _birthday(_unescape(value)))
        elif "LUNAR" in name and ("BIRTH" in name or "BDAY" in name):
            add("Birthday", _unescape(value))
        elif name in ("X-WECHAT", "X-WEIXIN", "X-WECHAT-ID"):
            add("WeChat", _unescape(value))
        elif name == "IMPP" or name.startswith("X-SOCIALPROFILE"):
            service = " ".join(params.get("X-SERVICE-TYPE", []) + list(types)).lower()
            text = _unescape(value)
            scheme, _, rest = text.partition(":")
            if (
                scheme.lower() in ("wechat", "weixin", "x-apple")
                and rest
                and (scheme.lower() != "x-apple" or "wechat" in service or "微信" in service)
            ):
                add("WeChat", rest.lstrip("/"))
            elif "wechat" in service or "weixin" in service or "微信" in service:
                add("WeChat", rest.lstrip("/") if rest else text)
    person = fn or n or nickname  # a contact saved by a nickname only (老王) is still a person
    if not person and not org:  # a number saved without a name: named by it, as a phone shows it
        person = next((v[0] for v in (fields["Mobile"], fields["Phone"]) if v), "")
    row = dict.fromkeys(HEADER, "")
    row["Name"] = org or person
    row["Contact"] = person if org else ""
    for column in HEADER[2:]:
        joiner = "\n" if column == "Notes" else SEPARATOR
        row[column] = joiner.join(fields[column])
    values = [row[h] for h in HEADER]
    return values if any(values) else None


def rows(text: str) -> list[list[str]]:
    """The header and one row per card with anything in it."""
    out: list[list[str]] = [list(HEADER)]
    card: list[str] | None = None
    for line in _unfold(text.lstrip("\ufeff")):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            card = []
        elif upper == "END:VCARD":
            if card is not None:
                row = _card_row(card)
                if row is not None:
                    out.append(row)
            card = None
        elif card is not None:
            card.append(line)
    return out
