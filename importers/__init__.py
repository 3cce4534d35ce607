"""File readers, header detection, column mapping, value normalisers; Qt-free."""
