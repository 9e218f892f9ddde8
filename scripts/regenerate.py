#!/usr/bin/env python3
"""Regenerate the low-level client in generated/ from openapi.yaml.

    python scripts/regenerate.py                 apply overrides, run openapi-python-client, write generated/
    python scripts/regenerate.py --check         exit 1 with a summary when generated/ is stale
    python scripts/regenerate.py --download [URL]
                                                 fetch the published spec, validate it, print a change
                                                 report, then replace openapi.yaml and generated/

Nothing is overwritten unless every step succeeded: the spec is valid OpenAPI 3.1, every
override still applies, and the generator ran without a single warning. The generator's output
is shaped only by its own means: scripts/generator-config.yaml and the templates in
scripts/templates (public typed request builders, lazy imports); generated files are never
edited afterwards.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.metadata
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from overrides import OverrideError, apply_overrides, load_overrides
from spec_diff import compare
from specio import SpecError, dump_json, load_spec, parse_spec, validate_openapi_31

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "scripts" / "generator-config.yaml"
TEMPLATES = ROOT / "scripts" / "templates"  # our overrides of the generator's templates
PACKAGE = "altegio_openapi"
GENERATED = ROOT / "generated" / PACKAGE
DEFAULT_URL = "https://developer.alteg.io/_bundle/en/b2b-v2/openapi.yaml"
PINNED_TOOLS = ("openapi-python-client", "ruff")


class RegenerationError(Exception):
    """Regeneration stopped; nothing was written."""


def pinned_versions() -> dict[str, str]:
    """The exact generator and formatter versions that pyproject.toml's dev extra pins."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for requirement in project["project"]["optional-dependencies"]["dev"]:
        match = re.fullmatch(r"\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;]+)\s*", requirement)
        if match and match.group(1).lower() in PINNED_TOOLS:
            pins[match.group(1).lower()] = match.group(2)
    return pins


def check_tool_versions() -> None:
    for tool, wanted in pinned_versions().items():
        try:
            found = importlib.metadata.version(tool)
        except importlib.metadata.PackageNotFoundError:
            raise RegenerationError(f"{tool} is not installed; run `pip install -e '.[dev]'`") from None
        if found != wanted:
            raise RegenerationError(f"{tool} {found} is installed but {wanted} is pinned; output would differ")


def generate_into(spec_document: dict, workdir: pathlib.Path) -> pathlib.Path:
    """Run overrides and the generator in `workdir`; return the generated package folder."""
    check_tool_versions()
    try:
        patched, applied = apply_overrides(spec_document, load_overrides())
    except OverrideError as exc:
        raise RegenerationError(f"overrides: {exc}") from exc
    for entry in applied:
        for change in entry.changes:
            print(f"override: {change}", file=sys.stderr)
    spec_json = workdir / "openapi.patched.json"
    spec_json.write_text(dump_json(patched), encoding="utf-8")

    # The post hooks call `python -m ruff`: make `python` this interpreter, whatever PATH holds.
    bindir = workdir / "bin"
    bindir.mkdir()
    shim = bindir / "python"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}
    # A project layout (`--meta uv`) rather than a bare package, because only then does the
    # generator write the package's `py.typed`; the project files around it are not kept.
    project = workdir / "project"
    output = project / PACKAGE
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec_json), "--config", str(CONFIG), "--meta", "uv",
        "--custom-template-path", str(TEMPLATES),
        "--output-path", str(project), "--overwrite", "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    log = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "warning" in log.lower() or not output.is_dir():
        raise RegenerationError(f"openapi-python-client failed (exit {result.returncode}):\n{log}")
    for cache in output.rglob("__pycache__"):
        shutil.rmtree(cache)
    return output


def tree_diff(old: pathlib.Path, new: pathlib.Path) -> tuple[list[str], list[str], list[str]]:
    """Files (relative paths) added, removed and changed going from `old` to `new`."""

    def files(root: pathlib.Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    before, after = files(old), files(new)
    changed = [f for f in sorted(before & after) if not filecmp.cmp(old / f, new / f, shallow=False)]
    return sorted(after - before), sorted(before - after), changed


def replace_generated(fresh: pathlib.Path) -> None:
    staging = GENERATED.with_name(PACKAGE + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(fresh, staging)
    shutil.rmtree(GENERATED, ignore_errors=True)
    staging.rename(GENERATED)


def command_generate() -> int:
    with tempfile.TemporaryDirectory(prefix="altegio-regen-") as tmp:
        fresh = generate_into(load_spec(SPEC), pathlib.Path(tmp))
        added, removed, changed = tree_diff(GENERATED, fresh)
        replace_generated(fresh)
    print(f"generated/{PACKAGE}: {len(added)} added, {len(removed)} removed, {len(changed)} changed")
    return 0


def command_check() -> int:
    with tempfile.TemporaryDirectory(prefix="altegio-check-") as tmp:
        fresh = generate_into(load_spec(SPEC), pathlib.Path(tmp))
        added, removed, changed = tree_diff(GENERATED, fresh)
    if not (added or removed or changed):
        print(f"generated/{PACKAGE} is up to date with openapi.yaml")
        return 0
    print(f"generated/{PACKAGE} is stale; run `python scripts/regenerate.py`:")
    for label, names in (("added", added), ("removed", removed), ("changed", changed)):
        for name in names:
            print(f"  {label:8} {name}")
    return 1


def fetch(url: str) -> bytes:
    import httpx

    try:
        response = httpx.get(url, timeout=30.0, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise RegenerationError(f"download of {url} failed: {exc}") from exc
    if response.status_code != 200:
        raise RegenerationError(f"download of {url} failed: HTTP {response.status_code}")
    return response.content


def command_download(url: str) -> int:
    text = fetch(url)
    new = parse_spec(text, source=url)
    validate_openapi_31(new, source=url)
    print(f"Changes from openapi.yaml to {url}:")
    print(compare(load_spec(SPEC), new).render())
    with tempfile.TemporaryDirectory(prefix="altegio-download-") as tmp:
        fresh = generate_into(new, pathlib.Path(tmp))
        SPEC.write_bytes(text)
        replace_generated(fresh)
    print(f"openapi.yaml replaced and generated/{PACKAGE} regenerated from {url}")
    print("Next: review `git diff`, write our own prose back into openapi.yaml, run the tests.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail when generated/ is stale")
    mode.add_argument("--download", nargs="?", const=DEFAULT_URL, metavar="URL", help="fetch a new published spec")
    args = parser.parse_args(argv)
    try:
        if args.check:
            return command_check()
        if args.download:
            return command_download(args.download)
        return command_generate()
    except (RegenerationError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
