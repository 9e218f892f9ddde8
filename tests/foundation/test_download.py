"""`regenerate.py --download`: change report, replacement on success, nothing written on any failure.

A loopback HTTP server stands in for developer.alteg.io; regenerate.SPEC and regenerate.GENERATED
point at a scratch copy (the `workspace` fixture), so the repository is never touched.
"""

from __future__ import annotations

import copy
import http.server
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import regenerate
from spec_diff import compare
from specio import dump_json, operations, parse_spec, validate_openapi_31

from .conftest import SPEC_PATH, Workspace

WIDGETS_PATH = "/locations/{company_id}/widgets"

EXPECTED_REPORT = [
    "+ operation list_widgets (GET /locations/{company_id}/widgets)",
    "- operation delete_tag (DELETE /locations/{company_id}/tags/{tag_id})",
    "~ operation list_tags (GET /locations/{company_id}/tags)",
    "    + parameter query:search: required=False, type=string",
    "~ operation create_tag (POST /locations/{company_id}/tags)",
    "    + request field application/json.priority: type=integer",
    "~ operation get_tag (GET /locations/{company_id}/tags/{tag_id})",
    "    - response 404",
    "    ~ response 200 field application/json.data.id: type=string -> type=integer",
]


def build_version_b(version_a: dict[str, Any]) -> dict[str, Any]:
    """A plausible next published version: one operation gone, one new, four operations changed.

    Nothing that scripts/overrides.yaml points at is touched, so the overrides still apply.
    """
    spec = copy.deepcopy(version_a)
    ops = operations(spec)
    del spec["paths"][ops["delete_tag"][1]]["delete"]
    spec["paths"][WIDGETS_PATH] = {
        "get": {
            "tags": ["Widgets"],
            "summary": "Widgets of a Location",
            "operationId": "list_widgets",
            "parameters": [{"name": "company_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "responses": {
                "200": {
                    "description": "Returned the Widgets",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "data": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                                        },
                                    }
                                },
                            }
                        }
                    },
                }
            },
        }
    }
    ops["list_tags"][2]["parameters"].append(
        {"name": "search", "in": "query", "required": False, "schema": {"type": "string"}, "description": "Text"}
    )
    create_body = ops["create_tag"][2]["requestBody"]["content"]["application/json"]["schema"]
    create_body["properties"]["priority"] = {"type": "integer", "description": "Sort order"}
    get_tag_responses = ops["get_tag"][2]["responses"]
    del get_tag_responses["404"]
    tag_id = get_tag_responses["200"]["content"]["application/json"]["schema"]["properties"]["data"]["properties"]["id"]
    tag_id.update(type="integer", example=241625)
    return spec


def build_warning_spec(version_b: dict[str, Any]) -> dict[str, Any]:
    """Valid OpenAPI 3.1, but two query parameters map to one Python name: the generator warns."""
    spec = copy.deepcopy(version_b)
    operations(spec)["list_tags"][2]["parameters"] += [
        {"name": "filter[a]", "in": "query", "schema": {"type": "string"}},
        {"name": "filter[a][]", "in": "query", "schema": {"type": "string"}},
    ]
    return spec


@pytest.fixture(scope="module")
def version_a() -> dict[str, Any]:
    return parse_spec(SPEC_PATH.read_bytes())


@pytest.fixture(scope="module")
def version_b(version_a: dict[str, Any]) -> dict[str, Any]:
    return build_version_b(version_a)


@pytest.fixture(scope="module")
def routes(version_b: dict[str, Any]) -> dict[str, tuple[int, bytes]]:
    """URL path -> (HTTP status, body) served by the loopback server."""
    version_a_text = SPEC_PATH.read_bytes()
    assert b"\nopenapi: 3.1.1\n" in version_a_text
    return {
        "/a.yaml": (200, version_a_text),
        "/b.json": (200, dump_json(version_b).encode()),
        "/openapi-3.0.yaml": (200, version_a_text.replace(b"\nopenapi: 3.1.1\n", b"\nopenapi: 3.0.3\n")),
        "/no-info-no-paths.json": (200, b'{"openapi": "3.1.1"}'),
        "/a-list.yaml": (200, b"- openapi\n- 3.1.1\n"),
        "/not-yaml.yaml": (200, b"openapi: [3.1.1\n"),
        "/warns.json": (200, dump_json(build_warning_spec(version_b)).encode()),
        "/server-error": (500, b"Internal Server Error"),
    }


@pytest.fixture(scope="module")
def spec_server(routes: dict[str, tuple[int, bytes]]) -> Iterator[str]:
    """Serve `routes` on 127.0.0.1 from a daemon thread; yield the base URL; shut down afterwards."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = routes.get(self.path, (404, b"Not Found"))
            self.send_response(status)
            self.send_header("Content-Type", "application/yaml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/openapi.yaml"


def assert_refused(workspace: Workspace, url: str, capsys: pytest.CaptureFixture[str], *fragments: str) -> str:
    """Run --download, expect exit 2 with `fragments` in stderr and the workspace byte-for-byte unchanged."""
    before = workspace.state()
    assert regenerate.main(["--download", url]) == 2
    err = capsys.readouterr().err
    for fragment in fragments:
        assert fragment in err
    assert "Nothing was written." in err
    assert workspace.state() == before
    return err


# (a) the change report


def test_report_lists_exactly_the_changes(version_a: dict[str, Any], version_b: dict[str, Any]) -> None:
    """The report names added/removed operations, parameters, request fields, response codes and fields."""
    assert compare(version_a, version_b).render().splitlines() == EXPECTED_REPORT


def test_report_for_identical_specs_is_empty(version_a: dict[str, Any]) -> None:
    """No changes, no noise: comparing a version with itself reports nothing."""
    report = compare(version_a, copy.deepcopy(version_a))
    assert report.empty
    assert report.render() == "No changes to operations, parameters, bodies or responses."


def test_report_ignores_prose(version_a: dict[str, Any]) -> None:
    """Reworded descriptions and summaries (our own prose) are not reported as API changes."""
    reworded = copy.deepcopy(version_a)
    for _method, _path, operation in operations(reworded).values():
        operation["summary"] = "Reworded"
        operation["description"] = "Reworded"
    assert compare(version_a, reworded).empty


# (b) a successful download


def test_download_replaces_spec_and_generated(
    workspace: Workspace, spec_server: str, routes: dict[str, tuple[int, bytes]], capsys: pytest.CaptureFixture[str]
) -> None:
    """A valid new version: the report is printed, then openapi.yaml and generated/ are replaced."""
    url = f"{spec_server}/b.json"
    assert regenerate.main(["--download", url]) == 0

    out = capsys.readouterr().out
    assert f"Changes from openapi.yaml to {url}:\n" + "\n".join(EXPECTED_REPORT) + "\n" in out
    assert f"openapi.yaml replaced and generated/altegio_openapi regenerated from {url}" in out

    assert workspace.spec.read_bytes() == routes["/b.json"][1]
    api = workspace.generated / "api"
    assert (api / "widgets" / "list_widgets.py").is_file()
    assert not (api / "tags" / "delete_tag.py").exists()
    assert (api / "tags" / "get_tag.py").is_file()
    assert "search: str | Unset | None = UNSET" in (api / "tags" / "list_tags.py").read_text(encoding="utf-8")
    assert sorted(p.name for p in workspace.generated.parent.iterdir()) == ["altegio_openapi"]

    assert regenerate.main(["--check"]) == 0, "generated/ must now match the downloaded spec"


def test_download_of_same_version_changes_nothing(
    workspace: Workspace, spec_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Re-downloading the version we already have reports no changes and rewrites identical bytes."""
    before = workspace.state()
    assert regenerate.main(["--download", f"{spec_server}/a.yaml"]) == 0
    assert "No changes to operations, parameters, bodies or responses." in capsys.readouterr().out
    assert workspace.state() == before


# (c)-(f) failures leave everything as it was


@pytest.mark.parametrize(
    ("route", "fragments"),
    [
        ("/openapi-3.0.yaml", ["expected OpenAPI 3.1, found openapi: 3.0.3"]),
        ("/no-info-no-paths.json", ["invalid OpenAPI 3.1", "'info' is a required property"]),
        ("/a-list.yaml", ["expected a mapping at the top level, got list"]),
        ("/not-yaml.yaml", ["not valid YAML or JSON"]),
    ],
)
def test_invalid_spec_is_refused(
    workspace: Workspace, spec_server: str, capsys: pytest.CaptureFixture[str], route: str, fragments: list[str]
) -> None:
    """A download that is not a valid OpenAPI 3.1 document: exit 2, the reason, nothing overwritten."""
    url = f"{spec_server}{route}"
    err = assert_refused(workspace, url, capsys, *fragments)
    assert url in err


@pytest.mark.parametrize(("route", "status"), [("/server-error", 500), ("/missing.yaml", 404)])
def test_http_error_is_refused(
    workspace: Workspace, spec_server: str, capsys: pytest.CaptureFixture[str], route: str, status: int
) -> None:
    """The server answers with an error status: exit 2, the status in the message, nothing overwritten."""
    url = f"{spec_server}{route}"
    assert_refused(workspace, url, capsys, f"download of {url} failed: HTTP {status}")


def test_unreachable_server_is_refused(
    workspace: Workspace, closed_port_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nobody listening: exit 2, the URL in the message, nothing overwritten."""
    assert_refused(workspace, closed_port_url, capsys, f"download of {closed_port_url} failed")


def test_generator_warning_is_refused(
    workspace: Workspace, spec_server: str, version_b: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """A valid spec the generator only partly understands: exit 2 with its warning, nothing overwritten."""
    validate_openapi_31(build_warning_spec(version_b))  # the validator accepts it; only the generator objects
    err = assert_refused(
        workspace,
        f"{spec_server}/warns.json",
        capsys,
        "openapi-python-client failed",
        "Parameters with same Python identifier",
    )
    assert "warning" in err.lower()
