"""Writes that no operation makes: another PC's change arriving, a row set up just so.

They go through the book's writer like any write (the GUI thread's reads use a read-only
connection of their own)."""

from __future__ import annotations


def raw_write(book, sql: str, params=()) -> None:
    with book.atomic():
        book.conn.execute(sql, params)
