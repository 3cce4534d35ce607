"""Keeping a team's key on this PC, in the operating system's keyring (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) through `keyring`. Where no keyring
exists (a server, some Linux desktops), nothing is kept: the user types the team passphrase
when Kehu syncs, and is told why."""

from __future__ import annotations

import base64
import json

SERVICE = "Kehu team"


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None, Exception
    return keyring, KeyringError


def save(team_id: str, keys: dict[str, bytes]) -> bool:
    """Keep the keys; False when this PC has no keyring (the passphrase is asked each time)."""
    keyring, error = _keyring()
    if keyring is None:
        return False
    text = json.dumps({k: base64.b64encode(v).decode("ascii") for k, v in keys.items()})
    try:
        keyring.set_password(SERVICE, team_id, text)
    except (error, RuntimeError):
        return False
    return True


def load(team_id: str) -> dict[str, bytes] | None:
    keyring, error = _keyring()
    if keyring is None:
        return None
    try:
        text = keyring.get_password(SERVICE, team_id)
    except (error, RuntimeError):
        return None
    if not text:
        return None
    try:
        return {k: base64.b64decode(v) for k, v in json.loads(text).items()}
    except (ValueError, AttributeError):
        return None


def forget(team_id: str) -> None:
    keyring, error = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, team_id)
    except (error, RuntimeError):
        pass
