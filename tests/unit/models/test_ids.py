"""Ids made in bulk are the same kind of id new_id makes, and never repeat."""

import gc
import itertools
import uuid

import pytest

from models.core.bulk import paused_gc
from models.core.ids import id_stream, new_id, new_ids


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


def test_an_id_stream_goes_on_past_its_batches_without_repeating():
    ids = list(itertools.islice(id_stream(batch=7), 50))
    assert len(set(ids)) == 50
    assert all(uuid.UUID(value).version == 4 for value in ids)


def test_gc_paused_inside_a_bulk_job_and_on_again_after_the_last_one():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer job still runs
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError
    assert gc.isenabled()  # a job that fails switches it back on too


def test_gc_left_off_when_it_was_off_before():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
