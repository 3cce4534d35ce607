"""Whether a book is a team's: the team id and folder this PC keeps in the book's local table.

Apart from models.sync.engine so that the window can ask at start (the status bar, File > Sync
now) without loading sync itself (encryption, merging), which waits until a pass runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.core.book import Book


def local_value(book: Book, key: str, default: str = "") -> str:
    """One of this PC's settings in the book's local table (never synced)."""
    row = book.one("SELECT value FROM local WHERE key = ?", (key,))
    return row[0] if row else default


def team_of(book: Book) -> dict | None:
    """The team the book belongs to ({"team_id", "folder"}), None for a book of its own."""
    team_id = local_value(book, "team_id")
    if not team_id:
        return None
    return {"team_id": team_id, "folder": local_value(book, "team_folder")}
