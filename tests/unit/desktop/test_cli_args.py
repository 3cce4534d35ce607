"""The app's own options are parsed without the commands' parsers, and mean the same."""

from __future__ import annotations

import pytest

from desktop.cli import build_parser, starts_the_app


@pytest.mark.parametrize("argv", [
    [],
    ["--book", "shop.sqlite"],
    ["--book=shop.sqlite", "--lang", "zh_CN"],
    ["--demo", "--exit-when-ready", "--lang=en"],
    ["--book", "check", "--exit-when-ready"],  # a book called like a command
    ["--book", "a.sqlite", "--book", "b.sqlite"],
])
def test_the_apps_options_parse_the_same_without_the_commands(argv):
    assert starts_the_app(argv)
    alone = build_parser(with_commands=False).parse_args(argv)
    assert vars(alone) == vars(build_parser().parse_args(argv))
    assert alone.command is None


@pytest.mark.parametrize("argv", [
    ["check", "--book", "shop.sqlite"],
    ["--lang", "en", "demo", "demo.sqlite"],
    ["--help"],
    ["--book"],  # no value: argparse says so
    ["--book", "--demo"],
    ["--bo", "shop.sqlite"],  # an abbreviation
    ["--demo=yes"],
    ["shop.sqlite"],
])
def test_anything_else_goes_to_the_whole_command_line(argv):
    assert not starts_the_app(argv)
