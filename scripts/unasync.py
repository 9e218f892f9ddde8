#!/usr/bin/env python3
"""Derive the sync resources (altegio/resources/_sync) from the async ones (_async).

The async resource classes are the ones written by hand; their sync twins differ only in
`async`/`await` and names, so they are produced mechanically (as httpcore does) rather than
kept in step by hand.

    python scripts/unasync.py           rewrite altegio/resources/_sync
    python scripts/unasync.py --check   exit 1 when _sync is not what _async produces
"""

from __future__ import annotations

import argparse
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "altegio" / "resources" / "_async"
TARGET = ROOT / "altegio" / "resources" / "_sync"

# Applied in order; the specific names come before the generic `AsyncX -> X` rule.
RULES: list[tuple[str, str]] = [
    (r"\basync def ", "def "),
    (r"\bawait ", ""),
    (r"\basync for ", "for "),
    (r"\basync with ", "with "),
    (r"__aiter__", "__iter__"),
    (r"__aenter__", "__enter__"),
    (r"__aexit__", "__exit__"),
    (r"\bAsyncPager\b", "SyncPager"),
    (r"\bAsyncAPIResource\b", "SyncAPIResource"),
    (r"\bAsyncAltegio\b", "Altegio"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
    (r"\basync resources\b", "sync resources"),
]


def unasync(source: str, name: str) -> str:
    for pattern, replacement in RULES:
        source = re.sub(pattern, replacement, source)
    header = f"# Derived from altegio/resources/_async/{name} by scripts/unasync.py. Do not edit.\n"
    return header + source


def _format(text: str, name: str) -> str:
    """Format with the project's pinned ruff, so that the output passes `ruff format --check`."""
    config = ROOT / "pyproject.toml"  # explicit, so that a TARGET elsewhere formats the same
    command = [sys.executable, "-P", "-m", "ruff", "format", "--config", str(config), "--stdin-filename", name, "-"]
    result = subprocess.run(command, input=text, capture_output=True, text=True, cwd=ROOT, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SystemExit(f"ruff format failed on {name}: {result.stderr.strip()}")
    return result.stdout


def expected() -> dict[str, str]:
    files = {}
    for path in sorted(SOURCE.glob("*.py")):
        if path.name == "__init__.py":
            files[path.name] = '"""The sync resources, derived from ../_async by scripts/unasync.py. Do not edit."""\n'
        else:
            files[path.name] = _format(unasync(path.read_text(encoding="utf-8"), path.name), path.name)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when _sync is out of date")
    args = parser.parse_args(argv)
    wanted = expected()
    present = {path.name: path.read_text(encoding="utf-8") for path in TARGET.glob("*.py")} if TARGET.is_dir() else {}
    stale = sorted(name for name in wanted.keys() | present.keys() if wanted.get(name) != present.get(name))
    if args.check:
        if stale:
            print("altegio/resources/_sync is out of date; run `python scripts/unasync.py`: " + ", ".join(stale))
            return 1
        print("altegio/resources/_sync is up to date")
        return 0
    TARGET.mkdir(exist_ok=True)
    for name in present.keys() - wanted.keys():
        (TARGET / name).unlink()
    for name, text in wanted.items():
        (TARGET / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} files to altegio/resources/_sync ({len(stale)} changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
