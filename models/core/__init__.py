"""The core every other part of the book builds on: the one writer, the change log's clock and
ids that two PCs agree on."""
