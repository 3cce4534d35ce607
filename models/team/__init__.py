"""The team: users, passwords and signing in; handing customers over.

The handover's names are given here too, loaded from models.team.handover when first asked for:
start-up reads only the users and the public pool (models.team.users, models.team.pool)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.team.handover import (
        Filter,
        filter_choices,
        hand_over,
        handovers,
        owned_count,
        ownership,
        preview_handover,
    )

__all__ = ["Filter", "filter_choices", "hand_over", "handovers", "owned_count", "ownership",
           "preview_handover"]


def __getattr__(name: str):
    if name in __all__:
        from models.team import handover

        return getattr(handover, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
