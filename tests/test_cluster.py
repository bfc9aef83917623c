"""``--scheduler``: the same run on a real local Dask cluster (two worker processes on 127.0.0.1)
gives byte for byte the output, messages and exit status of ``--jobs 1``: the samples, compressed
files, a corpus file of 20,000 records with a worker killed mid-run, and the README's cron line
over a drop folder (``--state --new-only``). Deselect with ``-m 'not cluster'``; skipped when the
cluster extra is not installed (``pip install -e '.[cluster]'``)."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, SAMPLES, newsctl_executable, run_cli, run_installed
from crash_harness import article, cron_command, readme_cron_line

NO_EXTRA = "the cluster extra is not installed (pip install -e '.[cluster]')"


# --- without the extra: one line naming it -----------------------------------------------------


def test_without_the_extra_scheduler_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed: ImportError
    result = run_cli(["parse", "--scheduler", "tcp://127.0.0.1:1", str(SAMPLES / "abna-no-id.txt")])
    assert result.status == 2
    assert result.stdout == ""
    assert result.stderr == (
        "newsctl: --scheduler needs the cluster extra (Dask's distributed scheduler): "
        "pip install 'newsctl[cluster]'\n"
    )


def test_read_on_workers_goes_with_scheduler() -> None:
    result = run_cli(["parse", "--read-on-workers", str(SAMPLES / "abna-no-id.txt")])
    assert result.status == 2
    assert "--read-on-workers goes with --scheduler" in result.stderr


def test_library_functions_are_picklable_and_give_the_records_of_parse() -> None:
    import pickle

    import newsctl

    for func in (newsctl.parse_bytes, newsctl.parse_record):
        assert pickle.loads(pickle.dumps(func)) is func
    path = SAMPLES / "corpora" / "newsplease.jsonl"
    printed = [json.loads(line) for line in run_cli(["parse", str(path)]).stdout.splitlines()]
    assert newsctl.parse_bytes(path.read_bytes(), str(path)) == printed
    lines = path.read_text("utf-8").splitlines()
    records = [newsctl.parse_record(json.loads(line), str(path), number=n)
               for n, line in enumerate(lines, 1)]  # fmt: skip
    assert records == printed
    reference = SAMPLES / "abna-mehr-reference.txt"
    one = newsctl.parse_bytes(reference.read_bytes(), str(reference))
    assert one == [json.loads(run_cli(["parse", str(reference)]).stdout)]
    assert newsctl.parse_bytes(reference.read_bytes(), str(reference)) == one  # deterministic


# --- a real local cluster ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A scheduler and two single-threaded worker processes on 127.0.0.1 (closed after)."""
    pytest.importorskip("distributed", reason=NO_EXTRA)
    from distributed import Client
    from newsctl.cli.cluster import loopback_cluster

    with (
        loopback_cluster(2) as local,
        Client(local, set_as_default=False) as client,
    ):
        client.wait_for_workers(2, timeout=60)
        yield client


def address(client: Any) -> str:
    return str(client.scheduler.address)


def same_as_jobs_1(client: Any, args: list[str]) -> None:
    expected = run_cli([*args, "--jobs", "1"])
    for extra in ([], ["--read-on-workers"]):
        got = run_cli([*args, "--scheduler", address(client), *extra])
        assert (got.status, got.stderr) == (expected.status, expected.stderr), extra
        assert got.stdout == expected.stdout, extra


SAMPLE_RUNS = {
    "articles": ["parse", *sorted(str(p) for p in SAMPLES.glob("*.txt"))],
    "pages": ["parse", "-r", str(SAMPLES / "html")],
    "corpora": ["parse", "-r", str(SAMPLES / "corpora")],
    "csv": ["parse", "--format", "csv", "-r", str(SAMPLES)],
    "check": ["check", "--format", "json", "-r", str(SAMPLES)],
    "stats": ["stats", "--format", "json", "-r", str(SAMPLES)],
}


@pytest.mark.cluster
@pytest.mark.parametrize("name", SAMPLE_RUNS)
def test_samples_as_with_jobs_1(cluster: Any, name: str) -> None:
    same_as_jobs_1(cluster, SAMPLE_RUNS[name])


@pytest.mark.cluster
def test_compressed_missing_and_broken_inputs_as_with_jobs_1(cluster: Any, tmp_path: Path) -> None:
    for source in [*sorted(SAMPLES.glob("abna-*.txt"))[:3], SAMPLES / "corpora" / "export.csv"]:
        (tmp_path / (source.name + ".gz")).write_bytes(gzip.compress(source.read_bytes()))
    (tmp_path / "broken.txt.gz").write_bytes(gzip.compress(b"x" * 5000)[:40])
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "corpus-in-a.txt").write_bytes((SAMPLES / "corpora" / "ldc-afp.sgml").read_bytes())
    paths = [str(tmp_path), str(tmp_path / "absent.txt")]
    same_as_jobs_1(cluster, ["parse", "-r", *paths])
    listing = tmp_path / "list"
    listing.write_text("\n".join(sorted(str(p) for p in tmp_path.iterdir())) + "\n", "utf-8")
    same_as_jobs_1(cluster, ["parse", "--files-from", str(listing)])


@pytest.mark.cluster
def test_urls_read_where_they_are_as_with_jobs_1(cluster: Any, tmp_path: Path) -> None:
    """Inputs named by URL (fsspec; ``file://`` here, ``s3://`` alike): read by the client and
    sent, or by the workers themselves (--read-on-workers), the output that of --jobs 1."""
    for source in sorted(SAMPLES.glob("abna-*.txt"))[:4]:
        shutil.copy(source, tmp_path / source.name)
    gz = (SAMPLES / "corpora" / "newsplease.jsonl").read_bytes()
    (tmp_path / "corpus.jsonl.gz").write_bytes(gzip.compress(gz))
    folder = tmp_path.as_uri()
    expected = run_cli(["parse", "-r", str(tmp_path), "--jobs", "1"])
    urls = run_cli(["parse", "-r", folder, "--jobs", "1"])
    assert urls.status == expected.status == 0
    assert urls.stdout == expected.stdout.replace(str(tmp_path), folder)
    same_as_jobs_1(cluster, ["parse", "-r", folder, f"{folder}/absent.txt"])


def generated_corpus(path: Path, count: int) -> Path:
    """``count`` JSON Lines records (news-please's names), one unreadable line in 5,000."""
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            if n % 5000 == 4999:
                out.write("{not json\n")
                continue
            record = {
                "id": f"gen-{n}",
                "title": f"خبر رقم {n} عن الاقتصاد",
                "date_publish": f"2021-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:00:00",
                "maintext": f"أعلنت الحكومة اليوم عن خطة رقم {n} لدعم المزارعين. "
                "وقال الوزير إن المشروع سيبدأ الشهر المقبل.",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def kill_a_busy_worker(client: Any, proc: subprocess.Popen[bytes]) -> int:
    """SIGKILL a worker process while it runs one of newsctl's batches; its pid."""
    pids: dict[str, int] = client.run(os.getpid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the run ended before a worker could be killed"
        for worker, keys in client.processing().items():
            if any(str(key).startswith("newsctl-") for key in keys) and worker in pids:
                os.kill(pids[worker], signal.SIGKILL)
                return pids[worker]
        time.sleep(0.01)
    raise AssertionError("no worker ever ran a batch of newsctl")


@pytest.mark.cluster
def test_a_corpus_of_20000_records_with_a_worker_killed_mid_run(
    cluster: Any, tmp_path: Path
) -> None:
    corpus = generated_corpus(tmp_path / "big.jsonl", 20_000)
    expected = subprocess.run(
        [newsctl_executable(), "parse", "--jobs", "1", str(corpus)], capture_output=True
    )
    assert expected.returncode == 1 and expected.stderr.count(b"\n") == 5  # 4 bad lines, summary
    proc = subprocess.Popen(
        [newsctl_executable(), "parse", "--scheduler", address(cluster), str(corpus)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        kill_a_busy_worker(cluster, proc)
        out, err = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (proc.returncode, err) == (expected.returncode, expected.stderr)
    assert out == expected.stdout
    assert out.count(b"\n") == 19_996
    cluster.wait_for_workers(2, timeout=60)  # the nanny brought the killed worker back


@pytest.mark.cluster
def test_readme_cron_line_on_the_cluster_over_a_drop_folder(cluster: Any, tmp_path: Path) -> None:
    """The README's cron line, unchanged, with NEWSCTL_SCHEDULER set: two runs over a drop folder
    that grows between them, --state --new-only --dedupe id --append, as without the cluster."""
    line = readme_cron_line()
    past = time.time() - 3600

    def drop(folder: Path, first: int, count: int) -> None:
        (folder / "drop").mkdir(parents=True, exist_ok=True)
        for ident in range(first, first + count):
            path = folder / "drop" / f"a{ident}.txt"
            path.write_text(article(ident, f"المشروع {ident}"), "utf-8")
            os.utime(path, (past, past))
        shutil.copy(SAMPLES / "corpora" / "newsplease.jsonl", folder / "drop" / f"c{first}.jsonl")
        os.utime(folder / "drop" / f"c{first}.jsonl", (past, past))
        (folder / "drop" / f"dup{first}.txt").write_text(article(first, "مكرر"), "utf-8")
        os.utime(folder / "drop" / f"dup{first}.txt", (past, past))

    outputs = []
    for scheduler in (None, address(cluster)):
        folder = tmp_path / ("cluster" if scheduler else "local")
        folder.mkdir()
        command = cron_command(line, folder, newsctl_executable())
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C"}
        if scheduler:
            env["NEWSCTL_SCHEDULER"] = scheduler
        statuses = []
        for first in (1000, 2000):
            drop(folder, first, 150)
            run = subprocess.run(["/bin/sh", "-c", command], env=env, cwd=folder, timeout=300)
            statuses.append(run.returncode)
        log = (folder / "newsctl.log").read_text("utf-8")
        messages = [x for x in log.splitlines() if x.startswith("newsctl:")]
        outputs.append(((folder / "records.jsonl").read_bytes(), statuses, messages))
    local, remote = outputs
    assert remote == local
    records = [json.loads(x) for x in local[0].splitlines()]
    ids = [r["id"] for r in records if r["format"] == "text"]
    assert len(ids) == len(set(ids)) == 300  # each article once, the duplicates dropped
    assert len(records) == 300 + 2  # and the corpus file's two records once (its copy skipped)


@pytest.mark.cluster
def test_an_unreachable_scheduler_is_one_line(cluster: Any) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_cli(
        ["parse", "--scheduler", f"tcp://127.0.0.1:{port}", str(SAMPLES / "abna-no-id.txt")]
    )
    assert result.status == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"newsctl: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"
    )
    assert result.stderr.count("\n") == 1


@pytest.mark.cluster
def test_readme_dask_bag_example_runs(cluster: Any, tmp_path: Path) -> None:
    """The README's dask.bag example, run as written against this cluster."""
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index("```python\n# dask.bag") + len("```python\n")
    code = text[start : text.index("```", start)]
    code = code.replace("tcp://scheduler:8786", address(cluster))
    script = tmp_path / "bag.py"
    script.write_text(code, "utf-8")
    run = subprocess.run(
        [sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    printed = run_cli(["parse", *sorted(str(p) for p in SAMPLES.glob("*.txt"))]).stdout
    assert run.stdout.splitlines()[0] == str(len(printed.splitlines()))


@pytest.mark.cluster
def test_a_worker_with_another_newsctl_is_one_line(
    cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsctl

    version = newsctl.__version__
    monkeypatch.setattr(newsctl, "__version__", "9.9.9")  # the client's, not the workers'
    result = run_cli(["parse", "--scheduler", address(cluster), "-r", str(SAMPLES / "html")])
    assert result.status == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"newsctl: a Dask worker runs newsctl {version} and this client 9.9.9: "
        "install the same version on every worker\n"
    )


@pytest.mark.cluster
def test_readme_one_machine_cluster_block_runs_as_written(tmp_path: Path) -> None:
    """The README's "On one machine" commands, verbatim: a scheduler on 127.0.0.1:8786, two
    workers, and `newsctl parse -r samples --scheduler ...` giving the records of --jobs 1."""
    pytest.importorskip("distributed", reason=NO_EXTRA)
    import socket

    with socket.socket() as sock:
        if sock.connect_ex(("127.0.0.1", 8786)) == 0:
            pytest.skip("port 8786 is taken on this machine (the README's scheduler port)")
    text = (ROOT / "README.md").read_text("utf-8")
    start = text.index("On one machine")
    start = text.index("```sh\n", start) + len("```sh\n")
    block = text[start : text.index("```", start)]
    shutil.copytree(SAMPLES, tmp_path / "samples")
    (tmp_path / ".venv").symlink_to(Path(sys.executable).parent.parent)
    shell = subprocess.Popen(["bash", "-c", block], cwd=tmp_path, start_new_session=True)
    try:
        assert shell.wait(timeout=300) == 0
    finally:
        with contextlib.suppress(ProcessLookupError):  # the scheduler and workers left running
            os.killpg(shell.pid, signal.SIGTERM)
    expected = run_installed(["parse", "-r", "samples", "--jobs", "1"], cwd=tmp_path)
    assert (tmp_path / "records.jsonl").read_bytes() == expected.stdout


@pytest.mark.cluster
def test_on_a_terminal_the_progress_bar_moves_with_the_batches(cluster: Any) -> None:
    args = ["parse", "-r", str(SAMPLES)]
    expected = run_cli([*args, "--jobs", "1"], tty=True)
    got = run_cli([*args, "--scheduler", address(cluster)], tty=True)
    assert (got.status, got.stdout) == (expected.status, expected.stdout)
    assert "newsctl" in got.stderr  # the bar was drawn (and removed)
    assert "Traceback" not in got.stderr


CLUSTER_PROCESS = """
import sys, time
from newsctl.cli.cluster import loopback_cluster
cluster = loopback_cluster(1)
print(cluster.scheduler_address, flush=True)
time.sleep(600)
"""


@pytest.mark.cluster
def test_a_scheduler_lost_mid_run_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason=NO_EXTRA)
    corpus = generated_corpus(tmp_path / "big.jsonl", 20_000)
    owner = subprocess.Popen(
        [sys.executable, "-c", CLUSTER_PROCESS],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        text=True,
    )
    try:
        assert owner.stdout is not None
        scheduler = owner.stdout.readline().strip()
        run = subprocess.Popen(
            [newsctl_executable(), "parse", "--scheduler", scheduler, str(corpus)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert run.stdout is not None
        assert run.stdout.readline()  # records are coming back: the run is under way
        os.killpg(owner.pid, signal.SIGKILL)  # the scheduler, its worker and all
        _, err = run.communicate(timeout=120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(owner.pid, signal.SIGKILL)
        owner.wait()
    assert run.returncode == 1
    lines = err.decode().splitlines()
    assert lines[-1].startswith(f"newsctl: lost the Dask scheduler at {scheduler} (")
    assert all(line.startswith("newsctl: ") for line in lines)  # no log line, no traceback
