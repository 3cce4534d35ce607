"""The team: users, passwords and signing in; handing customers over."""

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
