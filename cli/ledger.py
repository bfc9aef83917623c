"""The ledger of a run: what became of every input and every record.

An input is read (its records handed to the command), failed (a reason was printed), left for a
later run (still being written), skipped (already done, the same content as one done, not a
corpus, newsctl's own output). A record is handed over, failed, or dropped as a duplicate id.
When anything was not recorded, the run ends with one summary line on stderr, even under
``--quiet``: it is what a cron log needs to tell a quiet run from a run that lost something.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What can become of an input that is not read, and how the summary line says it.
SKIPS = {
    "failed": ("input failed", "inputs failed"),
    "later": ("file left for later", "files left for later"),
    "done": ("input already done", "inputs already done"),
    "same-content": ("input with the content of one done", "inputs with the content of one done"),
    "not-corpus": ("file skipped (not articles)", "files skipped (not articles)"),
    "own-output": ("file of newsctl records skipped", "files of newsctl records skipped"),
}


@dataclass
class Ledger:
    inputs: int = 0  # every input the run was given or found
    read: int = 0  # inputs whose records were handed to the command
    records: int = 0  # records handed to the command
    failed_records: int = 0
    duplicates: int = 0
    skips: dict[str, int] = field(default_factory=dict)  # a SKIPS key -> inputs

    def skip(self, why: str) -> None:
        assert why in SKIPS, why
        self.skips[why] = self.skips.get(why, 0) + 1

    @property
    def failed_inputs(self) -> int:
        return self.skips.get("failed", 0)

    def nothing_read(self) -> bool:
        """No input could be read: every one failed, or none was found (a folder not mounted,
        a mistyped name), or what was read gave no record but failed ones (a server's error
        page saved as the day's JSON Lines)."""
        if self.records == 0 and self.failed_records > 0:
            return True
        return self.read == 0 and (self.failed_inputs > 0 or self.inputs == 0)

    def complete(self, *, reported: bool = False) -> bool:
        """Whether every input was read (or done by an earlier run) and every record handed
        over; ``reported``: failures count as accounted for (the command's own report names
        them, as ``check`` does)."""
        lost = {k for k, n in self.skips.items() if n and k != "done"}
        if reported:
            lost.discard("failed")
            return not (lost or self.duplicates)
        return not (lost or self.failed_records or self.duplicates)

    def summary(self) -> str:
        """``2,807 records from 1,402 inputs; 3 inputs failed, 12 duplicates dropped, ...``"""
        head = f"{_count(self.records, 'record', 'records')} from " + _count(
            self.read, "input", "inputs"
        )
        parts = []
        if self.failed_records:
            parts.append(_count(self.failed_records, "record failed", "records failed"))
        for key, (one, many) in SKIPS.items():
            if self.skips.get(key):
                parts.append(_count(self.skips[key], one, many))
        if self.duplicates:
            parts.append(_count(self.duplicates, "duplicate dropped", "duplicates dropped"))
        return head + ("; " + ", ".join(parts) if parts else "")


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"
