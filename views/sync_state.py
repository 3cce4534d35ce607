"""What the last sync pass of the window's book left: desktop.team_sync keeps it, the status bar
and Settings > Team (views.team_settings) say it in words. Apart from those so that the window
holds one from the start without loading sync."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.sync import engine


@dataclass
class SyncState:
    """What the last sync pass left (desktop.team_sync keeps it, the views show it)."""

    at: dt.datetime | None = None  # when the last pass ran through
    report: engine.Report | None = None  # what it did
    paused: str = ""  # why the last try stopped before changing anything (the full text)
    paused_short: str = ""  # the same for the status bar
    running: bool = False
