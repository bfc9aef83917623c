"""Inputs named by URL, read through fsspec (``file://`` here; ``s3://``, ``gs://``, ``hdfs://``
alike with their packages): a file, a glob, a folder with ``-r``, a corpus streamed, the state's
``--new-only``; without fsspec, one line naming what to install. Skipped without fsspec (the
``cluster`` extra brings it)."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES, run_cli, run_installed

pytest.importorskip("fsspec", reason="fsspec is not installed (pip install -e '.[cluster]')")

REFERENCE = SAMPLES / "abna-mehr-reference.txt"


def drop_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "drop"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(REFERENCE, folder / "a.txt")
    shutil.copy(SAMPLES / "abna-no-id.txt", folder / "sub" / "b.txt")
    (folder / ".hidden.txt").write_text("نص مخفي", "utf-8")
    data = (SAMPLES / "corpora" / "newsplease.jsonl").read_bytes()
    (folder / "c.jsonl.gz").write_bytes(gzip.compress(data))
    for path in folder.rglob("*"):  # settled: written a minute ago
        os.utime(path, (path.stat().st_mtime - 60, path.stat().st_mtime - 60))
    return folder


def test_a_url_is_read_as_its_file_is(tmp_path: Path) -> None:
    folder = drop_folder(tmp_path)
    url = (folder / "a.txt").as_uri()
    got = run_installed(["parse", url])
    assert got.returncode == 0, got.stderr
    record = json.loads(got.stdout)
    local = json.loads(run_installed(["parse", str(folder / "a.txt")]).stdout)
    assert record["path"] == url
    assert {**record, "path": None} == {**local, "path": None}
    assert (record["published"], record["id"]) == ("2022-01-19T19:13:41", "1220514")


def test_a_folder_with_r_and_a_glob(tmp_path: Path) -> None:
    folder = drop_folder(tmp_path)
    walked = run_cli(["parse", "-r", folder.as_uri()])
    assert walked.status == 0, walked.stderr
    paths = [json.loads(line)["path"] for line in walked.stdout.splitlines()]
    base = folder.as_uri()
    assert paths == [f"{base}/a.txt", *[f"{base}/c.jsonl.gz"] * 2, f"{base}/sub/b.txt"]
    assert json.loads(walked.stdout.splitlines()[1])["published"] == "2019-03-04T10:15:00"
    globbed = run_cli(["parse", f"{base}/*.txt"])
    assert [json.loads(x)["path"] for x in globbed.stdout.splitlines()] == [f"{base}/a.txt"]
    alone = run_cli(["parse", base])
    assert alone.status == 1
    assert f"{base}: is a directory (use -r to read the files in it)" in alone.stderr


def test_a_missing_url_and_an_unknown_protocol_are_one_line_each(tmp_path: Path) -> None:
    missing = (tmp_path / "absent.txt").as_uri()
    got = run_installed(["parse", missing, "nosuchfs://bucket/key.txt", str(REFERENCE)])
    assert got.returncode == 1
    lines = got.stderr.decode().splitlines()
    assert lines[0] == f"newsctl: {missing}: no such file"
    assert lines[1].startswith("newsctl: nosuchfs://bucket/key.txt: ")
    assert "Protocol not known" in lines[1]
    assert lines[2] == "newsctl: 1 record from 1 input; 2 inputs failed"
    assert len(got.stdout.splitlines()) == 1


def test_the_cron_line_over_a_url_records_each_article_once(tmp_path: Path) -> None:
    folder = drop_folder(tmp_path)
    out, state = tmp_path / "records.jsonl", tmp_path / "state.db"
    args = ["parse", "-r", folder.as_uri(), "--state", str(state), "--new-only",
            "-o", str(out), "--append"]  # fmt: skip
    first = run_installed(args)
    assert first.returncode == 0, first.stderr
    assert len(out.read_text("utf-8").splitlines()) == 4
    again = run_installed(args)
    assert again.returncode == 0
    assert len(out.read_text("utf-8").splitlines()) == 4  # nothing twice
    new = folder / "new.txt"
    new.write_bytes((SAMPLES / "abna-no-id.txt").read_bytes() + " جديد\n".encode())
    os.utime(new, (new.stat().st_mtime - 60, new.stat().st_mtime - 60))
    run_installed(args)
    assert len(out.read_text("utf-8").splitlines()) == 5


def test_the_library_reads_urls_too() -> None:
    import fsspec

    import newsctl

    with fsspec.open("memory://newsctl-test/a.txt", "wb") as handle:
        handle.write(REFERENCE.read_bytes())
    (article,) = newsctl.read_articles("memory://newsctl-test/a.txt")
    assert (article.path, article.date.isoformat() if article.date else None) == (
        "memory://newsctl-test/a.txt",
        "2022-01-19",
    )


def test_without_fsspec_a_url_is_one_line_naming_what_to_install() -> None:
    code = (
        "import sys; sys.modules['fsspec'] = None; sys.modules['fsspec.core'] = None\n"
        "from newsctl.cli.app import main\n"
        "sys.argv = ['newsctl', 'parse', 's3://bucket/news.txt']\n"
        "main()\n"
    )
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT)
    assert got.returncode == 1
    assert got.stderr.decode().splitlines()[0] == (
        "newsctl: s3://bucket/news.txt: reading a URL needs fsspec and the package of its file "
        "system (pip install 'newsctl[cluster]' brings fsspec; s3fs for s3://, gcsfs for gs://)"
    )
