"""The customer book, Qt-free: a package per aggregate (customers, deals, reminders, alerts, team,
reports, imports, backup, demo) over models.core, which every other package uses and none
bypasses. The order in which they may import each other is a contract in pyproject.toml."""
