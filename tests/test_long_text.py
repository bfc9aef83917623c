"""A long article file is read no further than it is parsed: its start is decoded in chunks as it
is read, and the record is the one the whole file gave (``too-long`` included). The bytes read
are counted, not the memory (``benchmarks/long_text.py`` measures the peak, README)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import REFERENCE

from newsctl.articles.record import Article
from newsctl.parser import ARTICLE_CHARS
from newsctl.reader import items_from_bytes, iter_items, long_article
from newsctl.text.decode import CHUNK, decode_start

STORY = REFERENCE.read_text("utf-8")


def long_text(chars: int) -> str:
    """The reference article, then its story repeated to ``chars`` characters."""
    story = STORY[STORY.index("أكد") :] + "\n"
    return STORY + story * (chars // len(story) + 1)


def records(items: Sequence[object]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items if isinstance(item, Article)]


class Counting(io.BytesIO):
    """A stream that counts the bytes it gave."""

    given = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.given += len(data)
        return data


def test_the_start_is_decoded_and_the_rest_left_unread() -> None:
    data = long_text(3 * ARTICLE_CHARS).encode("utf-8")
    stream = Counting(data)
    decoded = decode_start(stream, ARTICLE_CHARS + 1)
    assert decoded is not None and decoded.encoding == "utf-8"
    assert ARTICLE_CHARS < len(decoded.text) <= ARTICLE_CHARS + CHUNK
    assert data.decode("utf-8").startswith(decoded.text)
    # Arabic takes two bytes a letter: the start read is at most twice its characters, and a chunk
    assert stream.given <= 2 * (ARTICLE_CHARS + 1) + CHUNK < len(data) // 2


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf-8", lambda t: t.encode("utf-8")),
        ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
        ("bom", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
        ("utf-16", lambda t: t.encode("utf-16")),
    ],
)
def test_the_record_is_the_one_of_the_whole_file(
    tmp_path: Path, name: str, encode: Callable[[str], bytes]
) -> None:
    data = encode(long_text(ARTICLE_CHARS + 200_000))
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    found = long_article(str(path), max_bytes=len(data))
    assert found is not None
    whole = records(items_from_bytes(data, path=str(path)))
    assert records(found) == whole
    assert records(list(iter_items(path, max_bytes=len(data)))) == whole
    (record,) = whole
    assert {
        "code": "too-long",
        "message": f"only the first {ARTICLE_CHARS} characters were read",
    } in [{"code": w["code"], "message": w["message"]} for w in record["warnings"]]


@pytest.mark.parametrize(
    "shape",
    ["short", "Windows-1256", "a bad byte early", "a NUL early", "a corpus", "over the limit"],
)
def test_other_files_are_read_whole_as_before(tmp_path: Path, shape: str) -> None:
    text = long_text(ARTICLE_CHARS + 200_000)
    data = {
        "short": STORY.encode("utf-8"),
        "Windows-1256": text.encode("cp1256", errors="replace"),
        "a bad byte early": b"\xff" + text.encode("utf-8"),
        "a NUL early": b"\x00" + text.encode("utf-8"),
        "a corpus": b"<DOC>\n<TEXT>\n" + text.encode("utf-8") + b"</TEXT></DOC>",
        "over the limit": text.encode("utf-8"),
    }[shape]
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    limit = len(data) - 1 if shape == "over the limit" else len(data)
    assert long_article(str(path), max_bytes=limit) is None
