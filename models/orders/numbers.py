"""Order numbers that two PCs of a team never hand out twice, without asking each other.

A number is the order's date, this PC's tag and this PC's count of that date:

    20261201-K7Q-01     the first order dated 2026-12-01 numbered on the PC tagged K7Q

A shared counter ("the next number") would need the PCs to agree before writing, and Kehu
writes offline: two laptops would both take number 18 and the merge could only renumber a
printed order. So each PC counts its own: the tag comes from its device id (Crockford base-32,
no I, L, O or U to misread), three characters, or more where a PC of the team already known
to this book (models.sync's sync_seen, and this copy's former ids) starts with the same three.
Only this PC writes numbers with its tag, so its count is the highest it wrote that day, plus
one. The date keeps numbers readable and sorted in a list; the count restarts every day.
Two PCs that have never synced and draw the same three characters (1 in 32,768 per pair)
could still coincide, on the same date with the same count; `duplicates` lists such numbers
so the check and the lists can say so.
"""

from __future__ import annotations

from models.core.book import Book

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
MIN_TAG = 3


def _base32(device_id: str) -> str:
    try:
        value = int(device_id, 16)
    except ValueError:
        value = int.from_bytes(device_id.encode(), "big")
    digits = []
    for _ in range(13):  # 64 bits
        value, d = divmod(value, 32)
        digits.append(_ALPHABET[d])
    return "".join(reversed(digits))


def device_tag(book: Book) -> str:
    """This PC's tag: the shortest start (3 characters or more) of its device id in base 32
    that no other PC known to the book shares."""
    mine = _base32(book.device_id)
    others = {_base32(r[0]) for r in book.all("SELECT device_id FROM sync_seen")}
    others |= {_base32(d) for d in book.former_devices}
    others.discard(mine)
    length = MIN_TAG
    while length < len(mine) and any(o[:length] == mine[:length] for o in others):
        length += 1
    return mine[:length]


def next_number(book: Book, order_date: str) -> str:
    """The next number of this PC for an order dated order_date (ISO)."""
    prefix = f"{order_date.replace('-', '')}-{device_tag(book)}-"
    end = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    highest = 0
    for (number,) in book.all("SELECT number FROM orders WHERE number >= ? AND number < ?",
                              (prefix, end)):
        tail = number[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}{highest + 1:02d}"


def duplicates(book: Book) -> list[str]:
    """Numbers that two orders share (only ever two PCs that drew the same tag before they
    knew each other)."""
    return [r[0] for r in book.all(
        "SELECT number FROM orders WHERE deleted_at IS NULL GROUP BY number HAVING count(*) > 1")]
