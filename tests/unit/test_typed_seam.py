"""The seam between `altegio` and the generated `altegio_openapi` is type-checked.

The resources call the generated request builders directly, so a parameter that the spec renames
(or an argument of the wrong type) makes `mypy --strict altegio` name the resource method to fix;
and the escape hatches (`client.generated` passed to generated functions) type-check for users.
Each test runs mypy in a subprocess on scratch copies, never on the repository itself.
"""

from __future__ import annotations

import os
import pathlib
import re
import shutil
import subprocess
import sys
import tomllib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def mypy(*arguments: str, cwd: pathlib.Path, mypy_path: pathlib.Path | None = None) -> tuple[int, str]:
    """`mypy --strict` in `cwd`; with `mypy_path`, the generated package is read from there (as
    source, so its own bodies are not checked: the subject here is the signatures)."""
    env = dict(os.environ)
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cwd / ".mypy")]
    if mypy_path is not None:
        env["MYPYPATH"] = str(mypy_path)
        (cwd / "mypy.ini").write_text("[mypy]\n[mypy-altegio_openapi.*]\nignore_errors = True\n", encoding="utf-8")
        command += ["--config-file", str(cwd / "mypy.ini")]
    result = subprocess.run(  # noqa: S603 - this interpreter's mypy on scratch files
        [*command, *arguments], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    return result.returncode, result.stdout + result.stderr


def replace_once(path: pathlib.Path, old: str, new: str) -> int:
    """Replace the only occurrence of `old` in `path`; return its line number (1-based)."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_a_renamed_spec_parameter_and_a_wrong_argument_type_fail_mypy(tmp_path: pathlib.Path) -> None:
    """On copies: the generated list_events calls `filter[master_ids][]` something else now (as
    regenerating after such a spec change would), and a resource passes a str for an int."""
    shutil.copytree(ROOT / "altegio", tmp_path / "altegio", ignore=shutil.ignore_patterns("__pycache__"))
    generated = tmp_path / "generated"
    shutil.copytree(
        ROOT / "generated" / "altegio_openapi",
        generated / "altegio_openapi",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    list_events = generated / "altegio_openapi" / "api" / "events" / "list_events.py"
    list_events.write_text(
        list_events.read_text(encoding="utf-8").replace("filtermaster_ids", "filterteam_member_ids"), encoding="utf-8"
    )
    wrong_type = {
        flavour: replace_once(
            tmp_path / "altegio" / "resources" / flavour / "tags.py",
            'request = get_tag.request_kwargs(location(location_id), v.positive_id("tag_id", tag_id))',
            "request = get_tag.request_kwargs(location(location_id), str(tag_id))",
        )
        for flavour in ("_async", "_sync")
    }

    status, output = mypy("altegio", cwd=tmp_path, mypy_path=generated)

    assert status == 1, output
    errors = [line for line in output.splitlines() if ": error:" in line]
    for flavour in ("_async", "_sync"):
        renamed = [e for e in errors if e.startswith(f"altegio/resources/{flavour}/events.py:")]
        assert any('Unexpected keyword argument "filtermaster_ids" for "request_kwargs"' in e for e in renamed), output
        wrong = f"altegio/resources/{flavour}/tags.py:{wrong_type[flavour]}: error: Argument 2 to"
        assert any(e.startswith(wrong) and 'incompatible type "str"; expected "int"' in e for e in errors), output
    assert all(re.match(r"altegio/resources/_(a?sync)/(events|tags)\.py:\d+: error:", e) for e in errors), output


def test_the_repository_passes_the_same_check(tmp_path: pathlib.Path) -> None:
    """The check above fails because of the mistakes, not because of the copies or the set-up."""
    shutil.copytree(ROOT / "altegio", tmp_path / "altegio", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "generated" / "altegio_openapi",
        tmp_path / "generated" / "altegio_openapi",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    status, output = mypy("altegio", cwd=tmp_path, mypy_path=tmp_path / "generated")
    assert status == 0, output


USER_SNIPPET = """
import altegio
from altegio_openapi import Client
from altegio_openapi.api.tags import create_tag, get_tag
from altegio_openapi.models import CreateTagBody, GetTagResponse200


def sync_user(client: altegio.Altegio) -> GetTagResponse200 | None:
    generated: Client = client.generated
    response = get_tag.sync_detailed(1, 2, client=generated)
    create_tag.sync_detailed(1, client=client.generated, body=CreateTagBody(title="VIP", color="#ff2828"))
    create_tag.sync_detailed(1, client=client.generated, body={"title": "VIP", "color": "#ff2828"})
    return response.parsed if isinstance(response.parsed, GetTagResponse200) else None


async def async_user(client: altegio.AsyncAltegio) -> int:
    response = await get_tag.asyncio_detailed(1, 2, client=client.generated)
    return response.status_code.value


def mistakes(client: altegio.Altegio) -> None:
    get_tag.sync_detailed(1, "2", client=client.generated)  # expect: arg-type
    create_tag.sync_detailed(1, client=client.generated, body={"title": "VIP"})  # expect: arg-type
    client.generated.no_such_method()  # expect: attr-defined
"""


def test_escape_hatches_type_check_for_users(tmp_path: pathlib.Path) -> None:
    """`client.generated` is the generated `Client` and goes straight into the generated
    functions under `mypy --strict`; the marked mistakes show that the check is real."""
    (tmp_path / "user_code.py").write_text(USER_SNIPPET, encoding="utf-8")
    status, output = mypy("user_code.py", cwd=tmp_path)
    found = set(re.findall(r"^user_code\.py:(\d+): error: .*\[([\w-]+)\]$", output, flags=re.MULTILINE))
    expected = {
        (str(number), line.split("# expect: ")[1])
        for number, line in enumerate(USER_SNIPPET.splitlines(), start=1)
        if "# expect: " in line
    }
    assert status == 1, output
    assert found == expected, output


@pytest.mark.parametrize("package", ["altegio", "altegio_openapi"])
def test_both_packages_are_marked_typed(package: str) -> None:
    """PEP 561: without `py.typed`, mypy treats an installed package as untyped."""
    module = __import__(package)
    assert (pathlib.Path(module.__file__).parent / "py.typed").is_file()
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]
    assert any(path.endswith(package) for path in wheel["wheel"]["packages"])  # the whole folder, py.typed too
