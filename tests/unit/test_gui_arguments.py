"""The GUI's options, read without building the parser, must read as the parser reads them."""

from __future__ import annotations

import pytest

from desktop.__main__ import build_parser, gui_arguments

TAKEN = [
    [],
    ["--db", "counter.sqlite3"],
    ["--db=counter.sqlite3"],
    ["--db", "sqlite:///x.db", "--lang", "ja"],
    ["--lang=en", "--exit-when-ready"],
    ["--exit-when-ready", "--db", "a b.sqlite3", "--lang", "en"],
]

LEFT_TO_THE_PARSER = [
    ["export", "--month", "2026-10"],
    ["--db", "x.sqlite3", "check"],
    ["--help"],
    ["--version"],
    ["--lang", "fr"],
    ["--db"],
    ["--db", "--lang", "ja"],
    ["--db", "a", "--db", "b"],
    ["--exit-when-ready", "--exit-when-ready"],
    ["--exit-when-ready=yes"],
    ["--da", "x.sqlite3"],
    ["-h"],
]


@pytest.mark.parametrize("argv", TAKEN, ids=" ".join)
def test_gui_options_read_as_the_parser_reads_them(argv: list[str]) -> None:
    quick = gui_arguments(argv)
    assert quick is not None
    full = build_parser().parse_args(argv)
    assert full.command is None
    assert (quick.db, quick.lang, quick.exit_when_ready) == (
        full.db,
        full.lang,
        full.exit_when_ready,
    )


@pytest.mark.parametrize("argv", LEFT_TO_THE_PARSER, ids=" ".join)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert gui_arguments(argv) is None
