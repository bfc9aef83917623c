"""JSON read safely: a value nested deeper than ``MAX_DEPTH`` is refused with a clear ValueError.

The standard library's decoder recurses once per level of nesting: a small file nested a thousand
levels deep (in a page's JSON-LD, a JSON Lines record) raises RecursionError from inside it, and
walking such a value recurses again. Every JSON text newsctl reads goes through ``loads`` or
``decode_at``: the depth is counted without recursion, before and after decoding, so no input can
raise anything but a ValueError (``json.JSONDecodeError`` or ``TooDeep``).
"""

from __future__ import annotations

import json
from typing import Any, Final

MAX_DEPTH: Final = 100  # records and JSON-LD are a few levels deep; 100 is far beyond any real one

_DECODER: Final = json.JSONDecoder()


class TooDeep(ValueError):
    """A JSON value nested deeper than MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__(f"JSON nested more than {MAX_DEPTH} levels deep")


def loads(text: str) -> Any:
    """``json.loads`` that refuses deep nesting with TooDeep (a ValueError) instead of crashing."""
    value, _end = decode_at(text, 0, whole=True)
    return value


def decode_at(text: str, pos: int, *, whole: bool = False) -> tuple[Any, int]:
    """The JSON value starting at ``text[pos]`` (after white space) and where it ends; with
    ``whole``, nothing but white space may follow it."""
    try:
        if whole:
            value = json.loads(text[pos:] if pos else text)
            end = len(text)
        else:
            value, end = _DECODER.raw_decode(text, pos)
    except RecursionError:
        raise TooDeep() from None
    if not depth_within(value, MAX_DEPTH):
        raise TooDeep()
    return value, end


def depth_within(value: object, limit: int) -> bool:
    """Whether ``value``'s lists and objects are nested at most ``limit`` levels (no recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return True
