"""The main job (`make demo`) runs the tag lifecycle against the local mock and says so."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_quickstart_runs_the_tag_lifecycle_against_the_mock() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("ALTEGIO_")}
    result = subprocess.run(  # noqa: S603 - our own example
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = [line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ")]
    assert lines == ["created", "fetched", "listed", "renamed", "deleted", "handled"]
    assert "against a local mock of openapi.yaml" in result.stdout
    assert "NotFoundError" in result.stdout
    assert "demo-partner-token" not in result.stdout + result.stderr


def test_quickstart_needs_a_location_for_production() -> None:
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith("ALTEGIO_")},
        "ALTEGIO_PARTNER_TOKEN": "p-token",
        "ALTEGIO_USER_TOKEN": "u-token",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "ALTEGIO_LOCATION_ID" in result.stderr
