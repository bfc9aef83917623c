"""Turning the bytes of an article into text: BOMs, UTF-8, UTF-16, Windows-1256, line endings."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Final, NamedTuple, Protocol

from newsctl.errors import InputError

_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_RE: Final = re.compile(r"[\u0621-\u064a]")
_LETTER_RE: Final = re.compile(r"[^\W\d_]")


class Decoded(NamedTuple):
    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1256
    # (code, message) of a warning about the bytes: encoding-repaired (a few broken UTF-8 bytes
    # mended) or truncated-input (the last character cut in the middle)
    note: tuple[str, str] | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode an article's bytes; CRLF and CR become LF.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; bytes that are not valid
    UTF-8 are read as Windows-1256 when that gives Arabic text. Anything else is an InputError
    with the reason: empty, binary, or an unknown encoding.
    """
    if not data:
        raise InputError("empty file", "empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 despite its byte-order mark", "encoding") from None
    elif data.startswith(codecs.BOM_UTF8):
        try:
            text, encoding = data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not valid UTF-8 despite its byte-order mark ({_where(exc)})", "encoding"
            ) from None
    else:
        if b"\x00" in data:
            data = _without_nul_padding(data)
        if b"\x00" in data:
            raise InputError(*_nul_reason(data))
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            cut = _cut_utf8(data, exc)
            if cut is not None:  # a copy still being written, or cut short: UTF-8 all the same
                return _finish(cut)
            mostly = _mostly_utf8(data)
            if mostly is not None:  # a UTF-8 copy with a few broken bytes (cut, spliced)
                return _finish(Decoded(mostly[0], "utf-8", ("encoding-repaired", mostly[1])))
            text, encoding = data.decode("cp1256", errors="replace"), "cp1256"
            if not _plausible_cp1256(text):
                raise InputError(
                    f"not UTF-8 ({_where(exc)}) and not Windows-1256 Arabic either", "encoding"
                ) from None
    return _finish(Decoded(text, encoding))


NUL_PADDING = 64  # NULs a text file may end with (a C string's end, a padded record)


def _without_nul_padding(data: bytes) -> bytes:
    """A text file that ends with a few NUL bytes (the Arabic Newspapers Corpus ends each file
    with one) is text: the padding is dropped. NULs anywhere else stay, to be refused."""
    kept = data.rstrip(b"\x00")
    return kept if len(data) - len(kept) <= NUL_PADDING and kept else data


CHUNK: Final = 1 << 20


class Readable(Protocol):
    """What text is decoded from as it is read: a file, a decompressing stream, a part."""

    def read(self, size: int = -1, /) -> bytes: ...


def newlines(text: str) -> str:
    """CRLF and CR made LF: how every text newsctl reads ends its lines (the one home of it)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decoded_chunks(
    stream: Readable, head: bytes, encoding: str, *, errors: str = "strict", chunk: int = CHUNK
) -> Iterator[str]:
    """The text of a stream in chunks as it is read (``head``, the bytes already read from it,
    first), decoded incrementally and line endings made LF (a CRLF split between two chunks
    included). With ``errors="strict"`` a byte that is not of the encoding raises
    UnicodeDecodeError; with ``"replace"`` it becomes U+FFFD."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    data, pending_cr = head, False
    while True:
        text = decoder.decode(data, final=not data)
        if pending_cr:
            text = "\r" + text
        pending_cr = text.endswith("\r") and bool(data)
        if pending_cr:
            text = text[:-1]
        if text:
            yield newlines(text)
        if not data:
            return
        data = stream.read(chunk)


def starts_in(head: bytes, encoding: str) -> bool:
    """Whether the first bytes of a stream are valid in ``encoding`` (a character cut at their
    end included)."""
    try:
        codecs.getincrementaldecoder(encoding)().decode(head)
    except UnicodeDecodeError:
        return False
    return True


def decode_start(stream: Readable, limit: int) -> Decoded | None:
    """The start of a long text, decoded in chunks as it is read, CRLF and CR made LF, and no
    further than past ``limit`` characters: the rest of the stream is not read. Only for text
    that ``decode_bytes`` would read as it is: UTF-8 (with or without BOM) or UTF-16 with BOM,
    every byte valid, no control character, no sign of mojibake in its start. None for anything
    else, and for a stream that ends before the limit: those are decoded whole."""
    data = stream.read(CHUNK)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    parts: list[str] = []
    size = 0
    try:
        for text in decoded_chunks(stream, data, encoding):
            if _CONTROL_RE.search(text) is not None:
                return None
            parts.append(text)
            size += len(text)
            if size > limit:
                break
        else:
            return None  # short enough to be decoded whole
    except UnicodeDecodeError:
        return None
    text = "".join(parts)
    if mojibake_signs(text[:MOJIBAKE_SAMPLE]) or not text.strip():
        return None
    return Decoded(text, encoding)


def decode_declared(data: bytes, encoding: str) -> Decoded | None:
    """Bytes in an encoding their container declares (a page's charset), through the same
    checks as ``decode_bytes`` (empty, binary, line endings); None when the bytes are not valid
    in it or it is unknown (``decode_bytes`` reads them then)."""
    if not data:
        raise InputError("empty file", "empty")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return _finish(Decoded(text, encoding))


def _finish(decoded: Decoded) -> Decoded:
    text = newlines(decoded.text)
    if _CONTROL_RE.search(text) is not None and _too_many_controls(text):
        raise InputError("binary data, not text (control characters)", "binary")
    if not text.strip():
        raise InputError("no text (whitespace only)", "empty")
    return decoded._replace(text=text)


def _cut_utf8(data: bytes, exc: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 that breaks only at its very end, inside its last character (never a Windows-1256
    guess): the text before it, with a truncated-input warning."""
    if exc.end != len(data) or exc.start < len(data) - 3:
        return None
    try:
        text = data[: exc.start].decode("utf-8")
    except UnicodeDecodeError:
        return None
    lead = data[exc.start]
    expected = (
        2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 0
    )
    if not expected or len(data) - exc.start >= expected:
        return None  # not the start of a longer character: a wrong byte, not a cut
    return Decoded(
        text,
        "utf-8",
        (
            "truncated-input",
            f"the input ends inside a UTF-8 character ({len(data) - exc.start} of "
            f"its {expected} bytes): cut short or still being written",
        ),
    )


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with at most a few bad bytes (one in a thousand, at most 16): the text with U+FFFD
    in their place, and a note; None when the bytes are not that."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad == 0 or bad > 16 or bad * 1000 > len(data) or not _ARABIC_RE.search(text):
        return None
    return text, f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"


def _where(exc: UnicodeDecodeError) -> str:
    return f"invalid byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"


def _nul_reason(data: bytes) -> tuple[str, str]:
    """Why bytes with NULs are refused, and the error code: UTF-16 without BOM, or binary."""
    if len(data) >= 4:
        for name, high, low in (
            ("UTF-16LE", data[1::2], data[0::2]),
            ("UTF-16BE", data[0::2], data[1::2]),
        ):
            # text in UTF-16: the high bytes are mostly 0x00 (Latin) or 0x06 (Arabic), the low not
            share = (high.count(0) + high.count(0x06)) / len(high)
            if share > 0.6 and low.count(0) < len(low) * 0.2:
                return (
                    f"looks like UTF-16 without a byte-order mark; convert it to UTF-8 "
                    f"(iconv -f {name} -t UTF-8)",
                    "encoding",
                )
    return "binary data, not text (NUL bytes)", "binary"


def _plausible_cp1256(text: str) -> bool:
    if "\ufffd" in text:
        return False
    sample = text[:MOJIBAKE_SAMPLE]
    letters = _count(_LETTER_RE, sample)
    return letters > 0 and _count(_ARABIC_RE, sample) >= letters * 0.5


def _too_many_controls(text: str) -> bool:
    return _count(_CONTROL_RE, text) > max(2, len(text) // 200)


_LATIN1_MOJIBAKE_RE: Final = re.compile(r"[\u00c0-\u00ff]")
_CP1256_MOJIBAKE_RE: Final = re.compile(r"[طظ][\u0600-\u06ff\u0080-\u00ff\u2000-\u20ff]")


MOJIBAKE_SAMPLE: Final = 1 << 16  # characters the decision is taken on (the repair is whole)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo a wrong decoding when the repair is lossless and clearly better.

    Windows-1256 bytes shown as Windows-1252/Latin-1 (``ÚÇÏ Åáì``) and UTF-8 bytes shown as
    Windows-1256 (``ط§ظ„ط±ط¦ظٹط³``) are repaired; the second item says which, or is None. The
    signs are counted on the start of the text (a wrong decoding spans a whole file), so a long
    text costs no list of its letters.
    """
    sample = text[:MOJIBAKE_SAMPLE]
    latin1 = _count(_LATIN1_MOJIBAKE_RE, sample)
    if latin1 <= 20 and sample.count("ظ") <= 20:  # the cheap check: no sign of either kind
        return text, None
    arabic = _count(_ARABIC_RE, sample)
    if latin1 > 20 and latin1 > arabic * 4:
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = text.encode(codec).decode("cp1256")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if _count(_ARABIC_RE, fixed[: len(sample)]) >= latin1 * 0.8:
                return fixed, f"Windows-1256 text shown as {codec}, repaired"
    pairs = _count(_CP1256_MOJIBAKE_RE, sample)
    if arabic and pairs > 20 and pairs * 2 >= arabic * 0.6:
        try:
            fixed = text.encode("cp1256").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text, None
        if _count(_ARABIC_RE, fixed[: len(sample)]) >= pairs * 0.8:
            return fixed, "UTF-8 text shown as Windows-1256, repaired"
    return text, None


def mojibake_signs(sample: str) -> bool:
    """Whether ``repair_mojibake`` would try a repair of a text that starts with ``sample``
    (its conditions on the start, before it tries)."""
    latin1 = _count(_LATIN1_MOJIBAKE_RE, sample)
    if latin1 <= 20 and sample.count("ظ") <= 20:
        return False
    arabic = _count(_ARABIC_RE, sample)
    if latin1 > 20 and latin1 > arabic * 4:
        return True
    pairs = _count(_CP1256_MOJIBAKE_RE, sample)
    return bool(arabic) and pairs > 20 and pairs * 2 >= arabic * 0.6


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))
