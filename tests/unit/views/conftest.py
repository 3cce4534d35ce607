"""Fixtures for the views' tests."""

from __future__ import annotations

import pytest

from views.context import AppContext


@pytest.fixture
def ctx(book):
    """The app's context over the test's book (tests may override it with their own)."""
    return AppContext(book)
