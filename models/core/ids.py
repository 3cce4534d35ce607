"""Ids: random for what a user makes, derived for what every book makes by itself.

A default stage, a rule's reminder or a month's grading is made on each PC independently; its
id is a uuid5 of what it is about, so two PCs make the same row instead of two."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator

# The namespace of Kehu's derived ids (a fixed uuid4; never change it).
NAMESPACE = uuid.UUID("6d1f3c2e-8a4b-4f0e-9c57-2b8e1a7d5f30")


def new_id() -> str:
    return str(uuid.uuid4())


def new_ids(count: int) -> list[str]:
    """`count` random ids (version-4 uuids, as new_id makes) from one read of the OS's random
    source: a bulk write of 100,000 rows spends ~0.25 s in uuid.uuid4() otherwise."""
    raw = bytearray(os.urandom(16 * count))
    out = []
    for start in range(0, 16 * count, 16):
        raw[start + 6] = (raw[start + 6] & 0x0F) | 0x40  # version 4
        raw[start + 8] = (raw[start + 8] & 0x3F) | 0x80  # RFC 4122 variant
        h = raw[start : start + 16].hex()
        out.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return out


def id_stream(batch: int = 4096) -> Iterator[str]:
    """Random ids without end, made `batch` at a time by new_ids: for a writer that makes an
    unknown number of them (an import's customers, contacts and change entries)."""
    while True:
        yield from new_ids(batch)


def ascending_stream(count: int) -> Iterator[str]:
    """Random ids without end, the first `count` of them in ascending order: for a bulk writer
    that knows how many rows it makes, so that the table's key (and the change log's) is
    written in one direction instead of at random places (100,000 customers: a few seconds
    less). The order of random ids says nothing about the rows they are given to."""
    yield from sorted(new_ids(count))
    yield from id_stream()


def derived_id(kind: str, *about: str) -> str:
    """The same id on every PC for the same thing: derived_id("stage", "initial")."""
    return str(uuid.uuid5(NAMESPACE, ":".join((kind, *about))))


def new_device_id() -> str:
    """16 hex digits, made once per copy of a book."""
    return secrets.token_hex(8).upper()
