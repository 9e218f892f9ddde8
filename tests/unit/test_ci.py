"""CI and the Makefile: `.ci/run` is `make test` under every supported Python, make rebuilds a
venv of an unsupported Python, and warnings from the project's own code fail the suite."""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def supported_versions() -> list[str]:
    """The Python versions pyproject.toml's classifiers name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: "
    return [c[len(prefix) :] for c in project["classifiers"] if re.fullmatch(re.escape(prefix) + r"3\.\d+", c)]


def test_ci_runs_make_test_under_every_supported_python() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines()]
    assert "make test" in lines  # the README's command, on the default venv (python3, 3.11 here)
    assert 'make test PYTHON="$python" VENV=".venv-$version"' in lines
    (loop,) = [line for line in lines if line.startswith("for version in ")]
    extra = loop.removeprefix("for version in ").removesuffix("; do").split()
    assert ["3.11", *extra] == supported_versions()
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


def _scratch(tmp_path: pathlib.Path, venv_python: str | None) -> pathlib.Path:
    """A copy of the Makefile and pyproject.toml, with a .venv whose python behaves as given
    (a shell script: `exit 1` stands for a Python older than 3.11), installed (stamp newer)."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    if venv_python is not None:
        bin_dir = tmp_path / ".venv" / "bin"
        bin_dir.mkdir(parents=True)
        python = bin_dir / "python"
        python.write_text(f"#!/bin/sh\n{venv_python}\n", encoding="utf-8")
        python.chmod(0o755)
        stamp = tmp_path / ".venv" / ".installed"
        stamp.touch()
        os.utime(stamp, (os.stat(tmp_path / "pyproject.toml").st_mtime + 10,) * 2)
    return tmp_path


def _make(directory: pathlib.Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """make in the scratch copy, free of the variables of a make that runs this suite (`make test
    PYTHON=... VENV=...` passes them down in MAKEFLAGS)."""
    inherited = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "PYTHON", "VENV")
    env = {name: value for name, value in os.environ.items() if name not in inherited}
    return subprocess.run(  # noqa: S603 - make, on a scratch copy
        ["make", "--no-print-directory", *arguments],  # noqa: S607
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@needs_make
def test_a_venv_of_an_unsupported_python_is_rebuilt(tmp_path: pathlib.Path) -> None:
    """A .venv left by `make PYTHON=python3.10` is removed even though its stamp is fresh, so
    the next `make test` rebuilds it (a dry run shows the rebuild)."""
    scratch = _scratch(tmp_path, "exit 1")
    done = _make(scratch, "-n", "test")
    assert ".venv holds no Python 3.11+: removing it, to be rebuilt" in done.stdout
    assert not (scratch / ".venv").exists()
    assert "-m venv .venv" in done.stdout  # rebuilt by the stamp rule
    assert "-m pytest" in done.stdout


@needs_make
def test_a_supported_venv_is_kept(tmp_path: pathlib.Path) -> None:
    scratch = _scratch(tmp_path, "exit 0")
    done = _make(scratch, "-n", "test")
    assert "removing it" not in done.stdout
    assert (scratch / ".venv" / ".installed").exists()
    assert "-m venv" not in done.stdout  # up to date: straight to the tests


@needs_make
def test_an_unsupported_python_is_refused_before_a_venv_exists(tmp_path: pathlib.Path) -> None:
    scratch = _scratch(tmp_path, None)
    old_python = tmp_path / "python3.10"
    old_python.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    old_python.chmod(0o755)
    done = _make(scratch, f"PYTHON={old_python}", ".venv/.installed")
    assert done.returncode != 0
    assert f"{old_python} is not Python 3.11+" in done.stderr
    assert not (scratch / ".venv").exists()


@needs_make
def test_python_and_venv_can_be_chosen(tmp_path: pathlib.Path) -> None:
    scratch = _scratch(tmp_path, None)
    done = _make(scratch, "-n", "test", "PYTHON=python3.13", "VENV=.venv-3.13")
    assert "python3.13 -m venv .venv-3.13" in done.stdout
    assert ".venv-3.13/bin/python -m pytest" in done.stdout


WARNING_TESTS = """
import gc
import warnings


def test_a_warning_of_the_package_fails():
    exec(compile("import warnings; warnings.warn('old', DeprecationWarning)", "altegio/_x.py", "exec"),
         {"__name__": "altegio._x"})


def test_a_warning_of_a_test_module_fails():
    warnings.warn("careless", UserWarning)


def test_an_ignored_exception_at_garbage_collection_fails():
    class Leaky:
        def __del__(self):
            raise RuntimeError("coroutine method 'aclose' was never awaited (stand-in)")

    Leaky()
    gc.collect()


def test_a_warning_of_another_library_is_only_shown():
    exec(compile("import warnings; warnings.warn('theirs', DeprecationWarning)", "lib.py", "exec"),
         {"__name__": "somelib.module"})
"""


def test_warnings_of_our_code_fail_the_suite(tmp_path: pathlib.Path) -> None:
    """Run four small tests under the project's pytest settings: three must fail."""
    package = tmp_path / "tests"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "test_warned.py").write_text(textwrap.dedent(WARNING_TESTS), encoding="utf-8")
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            str(package / "test_warned.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    failed = {line.split("::")[-1].split()[0] for line in done.stdout.splitlines() if line.startswith("FAILED")}
    assert failed == {
        "test_a_warning_of_the_package_fails",
        "test_a_warning_of_a_test_module_fails",
        "test_an_ignored_exception_at_garbage_collection_fails",
    }, done.stdout
    assert "3 failed, 1 passed" in done.stdout.strip().splitlines()[-1]
