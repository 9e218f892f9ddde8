"""Code derived by a script is what the script derives: a hand edit to altegio/resources/_sync
fails `make test`, as does forgetting to run scripts/unasync.py after editing _async."""

from __future__ import annotations

import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import unasync  # noqa: E402


def test_sync_resources_are_what_unasync_derives() -> None:
    result = subprocess.run(  # noqa: S603 - this interpreter and a repo script
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_names_a_hand_edited_file(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "_sync"
    shutil.copytree(unasync.TARGET, target, ignore=shutil.ignore_patterns("__pycache__"))
    tags = target / "tags.py"
    tags.write_text(tags.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    monkeypatch.setattr(unasync, "TARGET", target)

    assert unasync.main(["--check"]) == 1
    assert capsys.readouterr().out.strip().endswith(": tags.py")
