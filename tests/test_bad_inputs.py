"""The bad-input matrix, through the installed program: each kind of bad input gives its exact
exit status and one clear stderr line, and a good file given in the same call is still parsed."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REFERENCE, newsctl_executable

GOOD_ID = "1220514"


@dataclass
class Case:
    args: list[str]
    status: int
    stderr: str  # exact; {bad} and {tmp} are filled in
    good_record: bool = True  # the good file's record is on stdout
    unprivileged: bool = False  # root reads and writes anything: run without that power
    file_limit: int | None = None  # RLIMIT_FSIZE, to make the disk "full"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def reference_with(old: str, new: str) -> bytes:
    return REFERENCE.read_text("utf-8").replace(old, new).encode("utf-8")


def case_missing(tmp: Path) -> Case:
    return Case([str(tmp / "missing.txt")], 1, "newsctl: {tmp}/missing.txt: no such file")


def case_directory(tmp: Path) -> Case:
    (tmp / "folder").mkdir()
    return Case(
        [str(tmp / "folder")], 1,
        "newsctl: {tmp}/folder: is a directory (use -r to read the files in it)",
    )  # fmt: skip


def case_unreadable(tmp: Path) -> Case:
    bad = write(tmp / "locked.txt", REFERENCE.read_bytes())
    bad.chmod(0)
    return Case([str(bad)], 1, "newsctl: {tmp}/locked.txt: permission denied", unprivileged=True)


def case_empty(tmp: Path) -> Case:
    return Case([str(write(tmp / "empty.txt", b""))], 1, "newsctl: {tmp}/empty.txt: empty file")


def case_whitespace(tmp: Path) -> Case:
    bad = write(tmp / "blank.txt", " \n\t\r\n\xc2\xa0\n".encode("latin-1"))
    return Case([str(bad)], 1, "newsctl: {tmp}/blank.txt: no text (whitespace only)")


def case_binary(tmp: Path) -> Case:
    bad = write(tmp / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return Case([str(bad)], 1, "newsctl: {tmp}/image.png: binary data, not text (NUL bytes)")


def case_nul_inside_text(tmp: Path) -> Case:
    data = REFERENCE.read_bytes().replace(b"1220514", b"1220\x00514")
    bad = write(tmp / "nul.txt", data)
    return Case([str(bad)], 1, "newsctl: {tmp}/nul.txt: binary data, not text (NUL bytes)")


def case_not_utf8_nor_cp1256(tmp: Path) -> Case:
    bad = write(tmp / "latin1.txt", "Le café résumé, été à Paris.\n".encode("latin-1"))
    return Case(
        [str(bad)], 1,
        "newsctl: {tmp}/latin1.txt: not UTF-8 (invalid byte 0xe9 at offset 6) and not "
        "Windows-1256 Arabic either",
    )  # fmt: skip


def case_utf16_without_bom(tmp: Path) -> Case:
    bad = write(tmp / "utf16.txt", REFERENCE.read_text("utf-8").encode("utf-16-le"))
    return Case(
        [str(bad)], 1,
        "newsctl: {tmp}/utf16.txt: looks like UTF-16 without a byte-order mark; convert it to "
        "UTF-8 (iconv -f UTF-16LE -t UTF-8)",
    )  # fmt: skip


def case_too_large(tmp: Path) -> Case:
    bad = tmp / "huge.txt"
    with bad.open("wb") as handle:
        handle.truncate(30 * 1024 * 1024)  # 30 MB (sparse: no disk used)
    return Case(
        [str(bad)], 1,
        "newsctl: {tmp}/huge.txt: 31457280 bytes is over the limit of 20971520 (--max-bytes)",
    )  # fmt: skip


def case_one_megabyte_line(tmp: Path) -> Case:
    bad = write(tmp / "long-line.txt", ("كلمة " * 200_000).encode("utf-8"))
    return Case([str(bad)], 0, "")  # odd but valid: a record with warnings, quickly


def case_symlink_loop(tmp: Path) -> Case:
    os.symlink(tmp / "loop-b", tmp / "loop-a")
    os.symlink(tmp / "loop-a", tmp / "loop-b")
    return Case([str(tmp / "loop-a")], 1, "newsctl: {tmp}/loop-a: symbolic link loop")


def case_broken_symlink(tmp: Path) -> Case:
    os.symlink(tmp / "nowhere", tmp / "dangling")
    return Case([str(tmp / "dangling")], 1, "newsctl: {tmp}/dangling: broken symbolic link")


def case_fifo(tmp: Path) -> Case:
    os.mkfifo(tmp / "pipe")
    return Case(
        [str(tmp / "pipe")], 1, "newsctl: {tmp}/pipe: not a regular file (device, FIFO or socket)"
    )


def case_impossible_date(tmp: Path) -> Case:
    bad = write(tmp / "feb31.txt", reference_with("١٩ يناير ٢٠٢٢", "٣١ فبراير ٢٠٢٢"))
    return Case(
        [str(bad)], 1,
        "newsctl: {tmp}/feb31.txt: impossible date '٣١ فبراير ٢٠٢٢': February 2022 has 28 "
        "days, not 31",
    )  # fmt: skip


def case_impossible_hijri_day(tmp: Path) -> Case:
    bad = write(tmp / "safar30.txt", reference_with("١٩ يناير ٢٠٢٢", "٣٠ صفر ١٤٤٣ هـ"))
    return Case(
        [str(bad)], 1,
        "newsctl: {tmp}/safar30.txt: impossible date '٣٠ صفر ١٤٤٣ هـ': صفر 1443 has 29 days, "
        "not 30",
    )  # fmt: skip


def case_hijri_year_out_of_range(tmp: Path) -> Case:
    bad = write(tmp / "ah1600.txt", reference_with("١٩ يناير ٢٠٢٢", "١ محرم ١٦٠٠ هـ"))
    return Case(
        [str(bad)], 1,
        "newsctl: {tmp}/ah1600.txt: impossible date '١ محرم ١٦٠٠ هـ': Hijri year 1600 is "
        "outside the Umm al-Qura range 1343-1500 AH",
    )  # fmt: skip


def case_unknown_tz(tmp: Path) -> Case:
    return Case(
        ["--tz", "Mars/Olympus"], 2,
        "Usage: newsctl parse [OPTIONS] [PATH]...\nTry 'newsctl parse --help' for help.\n\n"
        "Error: Invalid value for '--tz': unknown time zone 'Mars/Olympus': an IANA name such "
        "as Asia/Tehran (the tz database) or an Arabic place name such as طهران is needed; "
        "`newsctl zones` lists them",
        good_record=False,
    )  # fmt: skip


def case_unknown_field(tmp: Path) -> Case:
    return Case(
        ["--fields", "id,colour"], 2,
        "Usage: newsctl parse [OPTIONS] [PATH]...\nTry 'newsctl parse --help' for help.\n\n"
        "Error: Invalid value for '--fields': unknown field 'colour'; valid fields: path, "
        "record, encoding, format, agency, source, weekday, date, time, utc_offset, published, "
        "updated, dates, hijri, id, url, dateline, byline, kicker, headline, lead, body, "
        "end_marker, words, warnings",
        good_record=False,
    )  # fmt: skip


def case_conflicting_options(tmp: Path) -> Case:
    return Case(
        ["--append", "--format", "csv", "-o", str(tmp / "out.csv")], 2,
        "Usage: newsctl parse [OPTIONS] [PATH]...\nTry 'newsctl parse --help' for help.\n\n"
        "Error: --append works with --format jsonl only (whole lines)",
        good_record=False,
    )  # fmt: skip


def case_unwritable_output(tmp: Path) -> Case:
    folder = tmp / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    return Case(
        ["-o", str(folder / "out.jsonl")], 1,
        "newsctl: {tmp}/readonly/out.jsonl: the output folder {tmp}/readonly is not writable",
        good_record=False, unprivileged=True,
    )  # fmt: skip


def case_vanished_output_folder(tmp: Path) -> Case:
    return Case(
        ["-o", str(tmp / "gone" / "out.jsonl")], 1,
        "newsctl: {tmp}/gone/out.jsonl: the output folder {tmp}/gone does not exist",
        good_record=False,
    )  # fmt: skip


def case_append_to_a_missing_folder(tmp: Path) -> Case:
    return Case(
        ["--append", "-o", str(tmp / "gone" / "out.jsonl")], 1,
        "newsctl: {tmp}/gone/out.jsonl: the output folder {tmp}/gone does not exist",
        good_record=False,
    )  # fmt: skip


def case_full_output_disk(tmp: Path) -> Case:
    (tmp / "out.jsonl").write_text("previous\n")
    return Case(
        ["-o", str(tmp / "out.jsonl")], 1,
        "newsctl: {tmp}/out.jsonl: cannot write: File too large",
        good_record=False, file_limit=10,
    )  # fmt: skip


def case_corrupt_state(tmp: Path) -> Case:
    state = write(tmp / "state.db", b"not a database\n" * 100)
    return Case(
        ["--state", str(state)], 1,
        "newsctl: {tmp}/state.db: not a usable state file (file is not a database); it was "
        "left untouched",
        good_record=False,
    )  # fmt: skip


CASES: dict[str, Callable[[Path], Case]] = {
    name.removeprefix("case_"): func for name, func in globals().items() if name.startswith("case_")
}


def run(case: Case, tmp: Path) -> subprocess.CompletedProcess[bytes]:
    prefix: list[str] = []
    if case.unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: root would read and write anyway")
        # root without the capabilities that bypass file permissions (CAP_DAC_*)
        prefix = [setpriv, "--bounding-set=-dac_override,-dac_read_search"]

    def before() -> None:
        if case.file_limit is not None:  # a "full disk": writes past this size fail
            resource.setrlimit(resource.RLIMIT_FSIZE, (case.file_limit, case.file_limit))

    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    return subprocess.run(
        [*prefix, newsctl_executable(), "parse", "--fields", "id", *case.args, str(REFERENCE)],
        capture_output=True, timeout=120, preexec_fn=before, env=env, cwd="/",
    )  # fmt: skip


def test_the_matrix_has_at_least_twenty_kinds() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input(name: str, tmp_path: Path) -> None:
    tmp_path.chmod(0o755)  # nobody must reach the files of the as_nobody cases
    case = CASES[name](tmp_path)
    proc = run(case, tmp_path)
    expected = case.stderr.format(tmp=tmp_path)
    lines = proc.stderr.decode("utf-8").rstrip("\n").splitlines()
    given = len(proc.stdout.splitlines())
    if case.status == 1 and case.good_record and given == 1:  # the ledger's summary closes it
        assert lines[-1] == "newsctl: 1 record from 1 input; 1 input failed"
        lines = lines[:-1]
    assert "\n".join(lines) == expected
    assert proc.returncode == case.status
    assert b"Traceback" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    if case.good_record:
        assert {"id": GOOD_ID} in records
    else:
        assert records == []
    if name == "full_output_disk":
        assert (tmp_path / "out.jsonl").read_text() == "previous\n"  # the old file is intact
        assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary left
