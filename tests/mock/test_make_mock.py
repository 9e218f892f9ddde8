"""`make mock` starts the local mock and prints the variables that point the client at it, so
that the README can be tried by hand; the client, configured from them alone, reaches the mock."""

from __future__ import annotations

import os
import pathlib
import re
import selectors
import shutil
import signal
import subprocess
import sys
import time

import pytest

from altegio import Altegio

ROOT = pathlib.Path(__file__).resolve().parents[2]
NAMES = ["ALTEGIO_BASE_URL", "ALTEGIO_PARTNER_TOKEN", "ALTEGIO_USER_TOKEN", "ALTEGIO_LOCATION_ID"]

pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])


def _read_exports(process: subprocess.Popen[bytes], seconds: float = 60) -> tuple[list[str], dict[str, str]]:
    """The lines printed until the last `export` line, and the exported variables (read from
    the pipe as it comes, so that a mock that prints nothing fails instead of hanging)."""
    assert process.stdout is not None
    received = b""
    deadline = time.monotonic() + seconds
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while received.count(b"\nexport ") < len(NAMES) or not received.endswith(b"\n"):
            assert selector.select(timeout=max(0.0, deadline - time.monotonic())), f"no exports in {received!r}"
            chunk = os.read(process.stdout.fileno(), 4096)
            assert chunk, f"make mock ended: {received!r} {process.stderr.read() if process.stderr else b''!r}"
            received += chunk
    lines = received.decode().splitlines()
    exports = dict(match.groups() for line in lines if (match := re.fullmatch(r"export (\w+)=(\S+)", line)))
    return lines, exports


def _gone(group: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_make_mock_prints_the_environment_and_serves(monkeypatch: pytest.MonkeyPatch) -> None:
    make = shutil.which("make")
    python = pathlib.Path(sys.prefix) / "bin" / "python"
    if make is None or not python.exists():
        pytest.skip("needs make and a venv (make mock runs $(VENV)/bin/python)")
    # This venv, taken as installed (-o: no reinstall), and a free port: other runs may hold 8010.
    command = [make, "-s", "-o", f"{sys.prefix}/.installed", "mock", "MOCK_PORT=0", f"VENV={sys.prefix}"]
    process = subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        lines, exports = _read_exports(process)
        assert list(exports) == NAMES, lines
        assert all(line.startswith(("# ", "export ")) for line in lines), lines  # pastes into a shell
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/v2", exports["ALTEGIO_BASE_URL"])
        for name, value in exports.items():
            monkeypatch.setenv(name, value)
        with Altegio(rate_limit=None) as client:  # from the environment only
            assert client.base_url == exports["ALTEGIO_BASE_URL"]
            tags = client.tags.list(int(exports["ALTEGIO_LOCATION_ID"])).to_list()
        assert tags
    finally:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does in a terminal
        process.communicate(timeout=30)
    assert _gone(process.pid), "the mock outlived make"


def test_the_makefile_has_a_fixed_port_and_the_readme_names_the_target() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^MOCK_PORT \?= [1-9]\d+$", makefile, flags=re.MULTILINE)
    assert "make mock" in (ROOT / "README.md").read_text(encoding="utf-8")
