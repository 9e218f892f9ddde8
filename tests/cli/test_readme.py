"""The README's "Command line" section: its examples run as written, its exit codes are the code's."""

from __future__ import annotations

import csv
import os
import pathlib
import re
import shutil
import subprocess

from mock_server import MockServer

from altegio import Altegio
from altegio.cli._exit import ExitCode

from .conftest import SCRIPT, environment

ROOT = pathlib.Path(__file__).resolve().parents[2]


def section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]


def test_the_five_examples_run_against_the_mock(mock: MockServer, client: Altegio, tmp_path: pathlib.Path) -> None:
    block = section().split("Five examples", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    assert len(re.findall(r"^altegio ", block, flags=re.MULTILINE)) == 5
    env = environment(mock.url, PATH=f"{SCRIPT.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    sh = shutil.which("sh")
    assert sh is not None
    done = subprocess.run([sh, "-c", block], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    assert done.returncode == 0, done.stderr
    assert "VIP Client" in [tag.title for tag in client.tags.list(68570)]
    with (tmp_path / "appointments-2026-01.csv").open(encoding="utf-8") as exported:
        assert next(csv.reader(exported))[:2] == ["id", "location_id"]
    assert done.stdout.rstrip().endswith("no position 7")
    assert "altegio: 404 GET /api/v2/locations/68570/positions/7: Not found" in done.stderr


def test_the_exit_code_table_is_the_code() -> None:
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", section(), flags=re.MULTILINE)
    assert sorted(int(code) for code, _ in rows) == sorted(int(code) for code in ExitCode)
