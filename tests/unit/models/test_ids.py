"""Ids made in bulk are the same kind of id new_id makes, and never repeat."""

import gc
import itertools
import uuid

import pytest

from models.core.bulk import paused_gc
from models.core.ids import ascending_stream, id_stream, new_id, new_ids


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


def test_an_ascending_stream_gives_its_first_ids_in_order_then_goes_on():
    stream = ascending_stream(500)
    first = [next(stream) for _ in range(500)]
    assert first == sorted(first) and len(set(first)) == 500
    assert all(uuid.UUID(v).version == 4 for v in first)
    more = {next(stream) for _ in range(300)}  # past what was asked for: random ids still
    assert len(more) == 300 and not more & set(first)


def test_what_a_bulk_job_made_is_not_walked_by_the_next_young_collection():
    with paused_gc():
        made = [[i] for i in range(50_000)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(made[0]) in oldest and id(made[-1]) in oldest  # counted as old, not walked
    assert gc.get_freeze_count() == 0
    found = []

    class Cycle:
        def __del__(self):
            found.append(1)

    with paused_gc():
        c = Cycle()
        c.me = c
        del c
    gc.collect()
    assert found == [1]  # garbage made in the pause is still collected
