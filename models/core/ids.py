"""Ids: random for what a user makes, derived for what every book makes by itself.

A default stage, a rule's reminder or a month's grading is made on each PC independently; its
id is a uuid5 of what it is about, so two PCs make the same row instead of two."""

from __future__ import annotations

import secrets
import uuid

# The namespace of Kehu's derived ids (a fixed uuid4; never change it).
NAMESPACE = uuid.UUID("6d1f3c2e-8a4b-4f0e-9c57-2b8e1a7d5f30")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(kind: str, *about: str) -> str:
    """The same id on every PC for the same thing: derived_id("stage", "initial")."""
    return str(uuid.uuid5(NAMESPACE, ":".join((kind, *about))))


def new_device_id() -> str:
    """16 hex digits, made once per copy of a book."""
    return secrets.token_hex(8).upper()
