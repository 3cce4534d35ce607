"""Fixtures for the views' tests."""

from __future__ import annotations

import pytest

from desktop.runner import Runner
from views.context import AppContext


@pytest.fixture
def ctx(book):
    """The app's context over the test's book (tests may override it with their own)."""
    return AppContext(book)


@pytest.fixture
def runner_ctx(book):
    """The context with the app's background runner (waited for at the end)."""
    context = AppContext(book)
    context.runner = Runner(context)
    yield context
    context.runner.cancel()
    context.runner.wait(5000)
