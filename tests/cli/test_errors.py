"""Errors: one line on stderr, the Python method's own message, a distinct exit code per kind,
and never a token anywhere (every run is checked for that by the `altegio` fixture)."""

from __future__ import annotations

import datetime as dt
import re
import socket
from collections.abc import Callable
from typing import Any

import pytest

from altegio import Altegio, InvalidArgumentError
from altegio.cli._exit import ExitCode

from .conftest import LOCATION, PARTNER_TOKEN, USER_TOKEN, Run, environment, run_script

L = int(LOCATION)
OFFLINE = Altegio("partner", "user", base_url="http://127.0.0.1:9/api/v2", max_retries=0)
TOMORROW = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)

# (command line, the same call in Python): both must refuse with the same message.
SAME_AS_PYTHON: list[tuple[list[str], Callable[[], Any]]] = [
    (["tags", "get", LOCATION, "0"], lambda: OFFLINE.tags.get(L, 0)),
    (
        ["tags", "create", LOCATION, "--title", " ", "--color", "#ff0000"],
        lambda: OFFLINE.tags.create(L, " ", "#ff0000"),
    ),
    (["tags", "create", LOCATION, "--title", "A", "--color", "red"], lambda: OFFLINE.tags.create(L, "A", "red")),
    (["tags", "list", LOCATION, "--entity", "bogus"], lambda: OFFLINE.tags.list(L, entity="bogus")),
    (["tags", "update", LOCATION, "5"], lambda: OFFLINE.tags.update(L, 5)),
    (
        ["appointments", "list", LOCATION, "--start", "2030-01-16", "--end", "2030-01-15"],
        lambda: OFFLINE.appointments.list(L, start=dt.date(2030, 1, 16), end=dt.date(2030, 1, 15)),
    ),
    (
        ["events", "list", LOCATION, "--start", f"{TOMORROW}T10:00+03:00", "--end", str(TOMORROW)],
        lambda: OFFLINE.events.list(
            L, dt.datetime.fromisoformat(f"{TOMORROW}T10:00+03:00"), TOMORROW + dt.timedelta(days=1)
        ),
    ),
    (["services", "list", LOCATION, "--page-size", "1000"], lambda: OFFLINE.services.list(L, page_size=1000)),
    (["products", "autocomplete", LOCATION, "--term", "a"], lambda: OFFLINE.products.autocomplete(L, "a")),
    (["custom-fields", "list", LOCATION, "--entity", "visit"], lambda: OFFLINE.custom_fields.list(L, entity="visit")),
    (["team-members", "list", LOCATION, "--include", "boss"], lambda: OFFLINE.team_members.list(L, include=["boss"])),
    (
        ["appointments", "list-for-attendance", LOCATION, "appointment_5"],
        lambda: OFFLINE.appointments.list_for_attendance(L, "appointment_5"),
    ),
    (
        [
            "events",
            "create",
            LOCATION,
            "42",
            "500",
            "--date",
            f"{TOMORROW}T10:00",
            "--length",
            "100",
            "--capacity",
            "1",
        ],
        lambda: OFFLINE.events.create(L, 42, 500, dt.datetime.fromisoformat(f"{TOMORROW}T10:00"), 100, 1),
    ),
]


def python_error(call: Callable[[], Any]) -> str:
    with pytest.raises(InvalidArgumentError) as caught:
        call()
    return str(caught.value)


@pytest.mark.parametrize(
    ("words", "call"), SAME_AS_PYTHON, ids=lambda value: " ".join(value[:3]) if isinstance(value, list) else ""
)
def test_refused_input_gets_the_python_message_and_code_2(
    words: list[str], call: Callable[[], Any], altegio: Callable[..., Run], requests: list[Any]
) -> None:
    result = altegio(*words)
    assert (result.code, result.stdout) == (ExitCode.BAD_INPUT, "")
    assert result.stderr == f"altegio: {python_error(call)}\n"
    assert requests == []  # refused before sending, as in Python


def test_typed_inputs_are_checked_by_their_classes(altegio: Callable[..., Run]) -> None:
    book = ("events", "appointments", "create", LOCATION, "12345", "--client")
    cases = {
        '{"name": "Anna", "phone": "+1 555"}': "client.phone: must be 9 to 15 digits without '+' or spaces, or ''",
        '{"name": "Anna", "gender": "robot"}': "client.gender: must be one of unspecified, male, female, got 'robot'",
        '{"nmae": "Anna"}': "client: unknown field 'nmae'; fields: name, id, phone,",
        '{"phone": "100000000"}': "client: missing field 'name'",
        "[1, 2]": "client: must be a JSON object, got list",
        "{name: Anna}": "client: must be JSON: Expecting property name enclosed in double quotes",
        "@/nonexistent/client.json": "client: cannot read '/nonexistent/client.json': No such file or directory",
    }
    for given, message in cases.items():
        result = altegio(*book, given)
        assert result.code == ExitCode.BAD_INPUT and result.stderr.startswith(f"altegio: {message}"), result.stderr


def test_text_that_is_not_the_type_is_refused_by_name(altegio: Callable[..., Run]) -> None:
    cases = {
        ("tags", "get", LOCATION, "abc"): "altegio: tag_id: must be an integer, got 'abc'\n",
        ("appointments", "list", LOCATION, "--start", "tomorrow", "--end", "2030-01-16"): (
            "altegio: start: must be a date or a date and time (ISO 8601, the Location's local time), got 'tomorrow'\n"
        ),
        ("events", "appointments", "update", LOCATION, "1", "2", "--cost-per-unit", "ten", "--discount-percent", "0",
         "--manual-cost", "0"): "altegio: cost_per_unit: must be a number, got 'ten'\n",
        ("services", "list", LOCATION, "--service-ids", "1,x"): "altegio: service_ids: must be an integer, got 'x'\n",
    }  # fmt: skip
    for words, message in cases.items():
        result = altegio(*words)
        assert (result.code, result.stderr) == (ExitCode.BAD_INPUT, message)


def test_usage_errors_exit_2_with_the_usage(altegio: Callable[..., Run]) -> None:
    missing = altegio("tags", "get", LOCATION)
    assert missing.code == 2 and missing.stderr.startswith("usage: altegio tags get")
    assert missing.stderr.endswith("error: the following arguments are required: TAG_ID\n")
    option = altegio("tags", "create", LOCATION, "--color", "#ff0000")
    assert option.code == 2 and "the following arguments are required: --title" in option.stderr
    group = altegio("tags")
    assert group.code == 2 and "required: COMMAND" in group.stderr


def one_line(result: Run) -> str:
    assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_api_errors_from_the_mock(altegio: Callable[..., Run]) -> None:
    forbidden = altegio("tags", "list", "1")
    assert forbidden.code == ExitCode.AUTH
    assert one_line(forbidden) == "altegio: 403 GET /api/v2/locations/1/tags: No company management rights\n"
    missing = altegio("tags", "list", "999999999")
    assert (missing.code, one_line(missing)) == (
        ExitCode.NOT_FOUND,
        "altegio: 404 GET /api/v2/locations/999999999/tags: Location not found\n",
    )
    assert altegio("services", "get", LOCATION, "999999999").code == ExitCode.NOT_FOUND
    taken = altegio("tags", "create", LOCATION, "--title", "VIP Booking User", "--color", "#ff0000")
    assert taken.code == ExitCode.BAD_INPUT
    assert re.fullmatch(r"altegio: 422 POST /api/v2/locations/68570/tags: .+ \(title: .+\)\n", one_line(taken))
    emoji = altegio("products", "autocomplete", LOCATION, "--term", "\u203c\u203c")
    assert emoji.code == ExitCode.BAD_INPUT and one_line(emoji).startswith("altegio: 400 GET ")


def test_a_conflict_exits_7(altegio: Callable[..., Run]) -> None:
    """The seeded Event 12345 is tomorrow 14:00 with Team Member 42: another one then overlaps."""
    busy = ("events", "create", LOCATION, "42", "500", "--date", f"{TOMORROW}T14:30", "--length", "3600")
    result = altegio(*busy, "--capacity", "3")
    assert result.code == ExitCode.CONFLICT
    assert one_line(result) == (
        "altegio: 409 POST /api/v2/locations/68570/events: Team Member or Resource Instance is unavailable\n"
    )
    assert altegio(*busy, "--capacity", "3", "--force").code == ExitCode.OK


ENVELOPE = {"success": False, "data": None, "meta": {"message": "Refused", "errors": {"title": ["is wrong"]}}}


_TAGS = "GET /api/v2/locations/68570/tags: Refused (title: is wrong)"


@pytest.mark.parametrize(
    ("status", "headers", "code", "line"),
    [
        (401, {}, ExitCode.AUTH, f"401 {_TAGS}"),
        (429, {"Retry-After": "7"}, ExitCode.RATE_LIMITED, f"429 {_TAGS} (retry after 7 s)"),
        (503, {}, ExitCode.UNAVAILABLE, f"503 {_TAGS}"),
        (500, {}, ExitCode.UNAVAILABLE, f"500 {_TAGS}"),
        (418, {}, ExitCode.OTHER, f"418 {_TAGS}"),
    ],
)
def test_status_errors_map_to_their_codes(
    status: int, headers: dict[str, str], code: ExitCode, line: str, canned: Callable[..., str]
) -> None:
    url = canned(status, ENVELOPE, headers)
    result = run_script(("tags", "list", LOCATION, "--max-retries", "0"), environment(url))
    assert (result.code, one_line(result)) == (code, f"altegio: {line}\n")


def test_a_body_that_does_not_fit_exits_1(canned: Callable[..., str]) -> None:
    url = canned(200, {"data": "not a list"})
    result = run_script(("tags", "list", LOCATION), environment(url))
    assert result.code == ExitCode.OTHER
    assert one_line(result).startswith("altegio: GET /api/v2/locations/68570/tags: invalid response: ")


def test_no_connection_exits_6_naming_the_server() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_script(
        ("tags", "get", LOCATION, "5", "--max-retries", "0"), environment(f"http://127.0.0.1:{port}/api/v2")
    )
    assert result.code == ExitCode.UNAVAILABLE
    assert re.fullmatch(
        rf"altegio: Connection error.*\(GET http://127\.0\.0\.1:{port}/api/v2/locations/68570/tags/5\)\n",
        one_line(result),
    )


def test_tokens_come_only_from_the_environment(mock: Any) -> None:
    env = environment(mock.url)
    del env["ALTEGIO_USER_TOKEN"]
    result = run_script(("tags", "list", LOCATION), env)
    assert result.code == ExitCode.AUTH
    assert one_line(result) == (
        "altegio: set ALTEGIO_USER_TOKEN: the command line reads tokens from the environment only\n"
    )
    spaced = run_script(("tags", "list", LOCATION), environment(mock.url, ALTEGIO_PARTNER_TOKEN="two words"))
    assert spaced.code == ExitCode.AUTH
    assert one_line(spaced) == (
        "altegio: ALTEGIO_PARTNER_TOKEN: must be printable ASCII without whitespace, commas or control characters "
        "(token not shown)\n"
    )
    for option in ("--partner-token", "--user-token", "--token"):
        typed = run_script(("tags", "list", LOCATION, option, PARTNER_TOKEN), environment(mock.url))
        assert typed.code == ExitCode.BAD_INPUT
        assert "tokens are never taken on the command line: set ALTEGIO_PARTNER_TOKEN" in typed.stderr
    stray = run_script(("tags", "list", LOCATION, USER_TOKEN), environment(mock.url))
    assert stray.code == ExitCode.BAD_INPUT and "unrecognized arguments: <redacted>" in stray.stderr


def test_base_url_from_the_option_or_the_environment(altegio: Callable[..., Run], mock: Any) -> None:
    dead = environment("http://127.0.0.1:9/api/v2")
    assert run_script(("tags", "list", LOCATION, "--base-url", mock.url), dead).code == ExitCode.OK
    assert run_script(("--base-url", mock.url, "tags", "list", LOCATION), dead).code == ExitCode.OK
    wrong = altegio("tags", "list", LOCATION, "--base-url", "ftp://example.com")
    assert (wrong.code, wrong.stderr) == (
        ExitCode.BAD_INPUT,
        "altegio: base_url: must be an http(s) URL, got 'ftp://example.com'\n",
    )


def test_debug_logs_each_request_with_the_authorization_redacted(altegio: Callable[..., Run]) -> None:
    result = altegio("--debug", "tags", "get", LOCATION, "241625")
    assert result.code == 0 and result.stdout.startswith("{")
    assert "GET /api/v2/locations/68570/tags/241625" in result.stderr
    assert re.search(r"authorization'?: '?<redacted>", result.stderr, flags=re.IGNORECASE)
    assert altegio("tags", "get", LOCATION, "241625").stderr == ""
