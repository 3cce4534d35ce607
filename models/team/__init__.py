"""The team: users, passwords and signing in."""
