"""Qt widgets, item models, dialogs of Kehu."""
