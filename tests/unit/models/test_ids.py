"""Ids made in bulk are the same kind of id new_id makes, and never repeat."""

import uuid

from models.core.ids import new_id, new_ids


def test_bulk_ids_are_version_4_uuids_in_canonical_form():
    ids = new_ids(2_000)
    assert len(set(ids)) == 2_000
    for value in ids:
        parsed = uuid.UUID(value)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == value
    assert len(new_id()) == len(ids[0])


def test_no_ids_asked_none_given():
    assert new_ids(0) == []
