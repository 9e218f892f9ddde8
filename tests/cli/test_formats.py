"""The four formats, --raw, --columns and paging, checked against what the Python client returns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
from collections.abc import Callable

from mock_server import MockServer

from altegio import Altegio, Appointment, Tag

from .conftest import LOCATION, SCRIPT, Run, environment

L = int(LOCATION)
DAY, NEXT_DAY = dt.date(2030, 1, 15), dt.date(2030, 1, 16)  # the mock's appointments 20001-20003


def test_json_is_the_default_in_a_pipe(altegio: Callable[..., Run], client: Altegio) -> None:
    listed = altegio("tags", "list", LOCATION)
    assert listed.stdout.startswith("[\n  {")
    assert listed.json() == [tag.to_dict() for tag in client.tags.list(L)]
    one = altegio("tags", "get", LOCATION, "241625")
    assert one.json() == client.tags.get(L, 241625).to_dict()
    assert one.stdout.startswith("{\n")


def test_ndjson_is_one_object_per_line(altegio: Callable[..., Run], client: Altegio) -> None:
    result = altegio("products", "list", LOCATION, "--format", "ndjson", "--page-size", "3")
    lines = result.stdout.splitlines()
    assert [json.loads(line) for line in lines] == [product.to_dict() for product in client.products.list(L)]
    assert len(lines) == 4 and all(line.startswith("{") and line.endswith("}") for line in lines)


def test_csv_has_a_header_of_the_model_fields_in_order(altegio: Callable[..., Run], client: Altegio) -> None:
    result = altegio("tags", "list", LOCATION, "--format", "csv")
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    expected = [field for field in Tag.__attrs_attrs__ if field.name != "raw"]  # type: ignore[attr-defined]
    assert header == [field.name for field in expected]
    tags = client.tags.list(L).to_list()
    assert rows == [
        [
            "" if value is None else ("true" if value is True else "false" if value is False else str(value))
            for value in tag.to_dict().values()
        ]
        for tag in tags
    ]


def test_csv_flattens_nested_objects_into_dotted_columns(altegio: Callable[..., Run], client: Altegio) -> None:
    result = altegio("team-members", "list", LOCATION, "--include", "position,employee", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    (member,) = client.team_members.list(L, include=["position", "employee"])
    assert member.employee is not None
    assert row["employee.id"] == str(member.employee.id) and row["employee.firstname"] == member.employee.firstname
    assert "position.title" in row and "employee" not in row
    assert json.loads(row["relationships"]) == member.to_dict()["relationships"]


def test_a_multi_page_export_to_csv_row_by_row(
    altegio: Callable[..., Run], client: Altegio, requests: list[tuple[str, str, dict[str, str]]]
) -> None:
    """An appointments export for a date range, one appointment per page."""
    result = altegio(
        "appointments", "list", LOCATION, "--start", str(DAY), "--end", str(NEXT_DAY),
        "--page-size", "1", "--format", "csv",
    )  # fmt: skip
    assert (result.code, result.stderr) == (0, "")  # no progress: stderr is not a terminal
    pages = [query for method, path, query in requests if path.endswith("/appointments")]
    assert [query["page"] for query in pages] == ["1", "2", "3", "4"]  # the fourth comes back empty
    assert all(query["limit"] == "1" for query in pages)
    assert pages[0]["filter[date_intersect_from]"] == "2030-01-15T00:00:00"
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected: list[Appointment] = client.appointments.list(L, start=DAY, end=NEXT_DAY).to_list()
    assert len(rows) == len(expected) == 3
    for row, appointment in zip(rows, expected, strict=True):
        assert row["id"] == str(appointment.id)
        assert row["date"] == appointment.date.isoformat()
        assert row["staff_id"] == str(appointment.staff_id)
        assert row["client_id"] == str(appointment.client_id)
        assert row["length"] == str(appointment.to_dict()["length"])
        assert row["attendance"] == str(appointment.to_dict()["attendance"])
    assert result.stdout.count("\n") == 4  # the header and three rows, nothing else


def test_max_items_and_page_size_map_to_the_pager(
    altegio: Callable[..., Run], requests: list[tuple[str, str, dict[str, str]]]
) -> None:
    result = altegio("services", "list", LOCATION, "--page-size", "2", "--max-items", "3", "--format", "ndjson")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [100, 101, 102]
    assert [query["page"] for _, _, query in requests] == ["1", "2"]
    assert altegio("services", "list", LOCATION, "--max-items", "0").stdout == "[]\n"


def test_raw_gives_the_wire_resources(altegio: Callable[..., Run], client: Altegio) -> None:
    listed = altegio("tags", "list", LOCATION, "--raw")
    assert listed.json() == [dict(tag.raw) for tag in client.tags.list(L)]
    assert listed.json()[0]["attributes"]["entity_type"] == "client"
    csv_rows = list(csv.DictReader(io.StringIO(altegio("tags", "list", LOCATION, "--raw", "--format", "csv").stdout)))
    assert [row["attributes.title"] for row in csv_rows] == [tag.title for tag in client.tags.list(L)]


def test_columns_choose_and_order_csv_and_table(altegio: Callable[..., Run]) -> None:
    result = altegio(
        "team-members", "list", LOCATION, "--include", "position", "--format", "csv", "--columns", "name,id,position"
    )
    assert result.stdout.splitlines()[0] == "name,id,position.id,position.title"
    table = altegio("tags", "list", LOCATION, "--format", "table", "--columns", "title,id")
    assert table.stdout.splitlines()[0].split() == ["title", "id"]
    unknown = altegio("tags", "list", LOCATION, "--format", "csv", "--columns", "colour")
    assert unknown.code == 2 and "columns: unknown column 'colour'; choose from id, location_id" in unknown.stderr
    assert altegio("tags", "list", LOCATION, "--columns", "id").stderr.endswith(
        "columns: applies to --format csv and table, not json\n"
    )


def test_table_aligns_a_list_and_shows_one_object_as_fields(altegio: Callable[..., Run], client: Altegio) -> None:
    result = altegio("tags", "list", LOCATION, "--format", "table", "--columns", "id,title,color")
    header, rule, *rows = result.stdout.splitlines()
    assert header.split() == ["id", "title", "color"]
    assert set(rule.replace(" ", "")) == {"-"}
    starts = [header.index(name) for name in ("id", "title", "color")]
    for line, tag in zip(rows, client.tags.list(L), strict=True):
        assert [line[start:].split("  ")[0].strip() for start in starts] == [str(tag.id), tag.title, tag.color]
    one = altegio("positions", "get", LOCATION, "42", "--format", "table")
    fields = dict(line.split(None, 1) for line in one.stdout.splitlines() if len(line.split(None, 1)) == 2)
    assert fields["id"] == "42" and fields["title"] == client.positions.get(L, 42).title


def test_empty_lists_in_every_format(altegio: Callable[..., Run]) -> None:
    empty = (LOCATION, "--max-items", "0")
    assert altegio("products", "list", *empty, "--format", "json").stdout == "[]\n"
    assert altegio("products", "list", *empty, "--format", "ndjson").stdout == ""
    assert altegio("products", "list", *empty, "--format", "csv").stdout.startswith("id,title,")
    table = altegio("products", "list", *empty, "--format", "table")
    assert (table.stdout, table.stderr) == ("", "altegio: no results\n")


def test_commands_without_a_result_print_nothing(altegio: Callable[..., Run]) -> None:
    for fmt in ("json", "ndjson", "csv", "table"):
        result = altegio("tags", "update", LOCATION, "241626", "--title", f"Regular {fmt}", "--format", fmt)
        assert (result.code, result.stdout, result.stderr) == (0, "", "")


def test_a_reader_that_stops_early_is_no_error(mock: MockServer) -> None:
    """`altegio ... | head -1`: the rest of the output has nowhere to go, and that is fine. The
    pipe is closed after the first page, while the second is still being fetched."""
    process = subprocess.Popen(  # noqa: S603
        [str(SCRIPT), "products", "list", LOCATION, "--format", "ndjson", "--page-size", "1"],
        env=environment(mock.url),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    assert json.loads(process.stdout.readline())["id"] == 100
    process.stdout.close()
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == ""
