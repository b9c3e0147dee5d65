"""Argument types the `guard` subcommands share."""
from __future__ import annotations

import argparse


def positive_int(text: str) -> int:
    """A count given on the command line: a whole number, at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value
