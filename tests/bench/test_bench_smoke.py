"""The benchmark suite runs and ends with its JSON summary (figures are not asserted here:
timing belongs to `make bench`, not to tests)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_quick_benchmark_prints_a_table_and_a_json_summary() -> None:
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    summary = json.loads(lines[-1])
    assert set(summary) == {
        "sync_ratio",
        "async_ratio",
        "import_ratio",
        "first_call_ratio",
        "paging_peak_mib",
        "limiter_server_max_per_window",
        "limiter_throughput_ratio",
        "shared_limiter_throughput_ratio",
    }
    assert all(isinstance(value, int | float) and value >= 0 for value in summary.values())
    assert any(line.startswith("sync get_tag") for line in lines)
    assert any(line.startswith("first call") for line in lines)
