"""What a short-lived process loads: `import altegio` none of the resources, models or generated
code; the first `tags.get` only what that call needs (docs/performance.md has the timings).

Each check runs in a fresh interpreter, since this test process has long loaded everything.
"""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import textwrap
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[2]


def fresh(code: str) -> Any:
    """Run `code` in a new interpreter; it prints one JSON value, which is returned."""
    result = subprocess.run(  # noqa: S603 - this interpreter and our own code
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


LOADED = "sorted(m for m in sys.modules if m.split('.')[0] in ('altegio', 'altegio_openapi'))"


def test_import_loads_no_resource_model_or_generated_module() -> None:
    loaded = fresh(f"import sys, json, altegio; print(json.dumps({LOADED}))")
    assert not [m for m in loaded if m.startswith(("altegio_openapi", "altegio.models", "altegio.resources."))]


def test_import_costs_little_more_than_httpx() -> None:
    """Beyond httpx, `import altegio` loads its own modules and the standard library's small
    `dataclasses` (its settings classes), not attrs (about 13 ms: the result models, which use
    it, load on first use); httpcore, for one, loads with a client's transport, as for httpx."""
    extra = fresh(
        "import sys, json, httpx; before = set(sys.modules); import altegio\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    assert [m for m in extra if m.split(".")[0] not in ("altegio", "dataclasses")] == []


def test_first_call_loads_only_what_it_needs() -> None:
    """One `tags.get` (answered by an httpx MockTransport): the tags resource, the Tag model and
    the generated tag builders, not the other 37 operations, their responses or the other models."""
    loaded = fresh(f"""
        import sys, json, httpx, altegio
        body = {{"data": {{"type": "tag", "id": "7", "attributes": {{"company_id": 1, "title": "VIP",
                "color": "#ff2828", "entity_type": "client", "is_deleted": False, "is_editable": True}}}}}}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        with altegio.Altegio("p", "u", http_client=httpx.Client(transport=transport)) as client:
            assert client.tags.get(1, 7).title == "VIP"
        print(json.dumps({LOADED}))
    """)
    generated_api = {m for m in loaded if m.startswith("altegio_openapi.api.")}
    assert generated_api == {"altegio_openapi.api.tags"} | {
        f"altegio_openapi.api.tags.{op}" for op in ("list_tags", "create_tag", "get_tag", "update_tag", "delete_tag")
    }
    generated_models = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("altegio_openapi.models.")}
    assert generated_models == {"list_tags_entity"}  # the one enum a tag builder takes
    assert "altegio_openapi.client" not in loaded
    assert {m for m in loaded if m.startswith("altegio.models.")} == {
        "altegio.models._base",
        "altegio.models._document",
        "altegio.models._wire",
        "altegio.models.tags",
    }
    assert {m for m in loaded if m.startswith("altegio.resources.")} == {
        "altegio.resources._shared",
        "altegio.resources._sync",
        "altegio.resources._sync.tags",
    }


def test_an_included_resource_of_another_section_is_still_typed() -> None:
    """Models load per section, but an Appointment's included Booking User (another section)
    still comes back as a BookingUser, not as a plain Resource."""
    kinds = fresh("""
        import json
        from altegio.models._document import Document
        from altegio.models.appointments import Appointment
        body = {
            "data": {"type": "record", "id": "1", "attributes": {"clients_count": 1, "date": None},
                     "relationships": {"client": {"data": {"type": "client", "id": "5"}}}},
            "included": [{"type": "client", "id": "5", "attributes": {"name": "Ann", "phone": "", "email": ""}}],
        }
        document = Document(body)
        appointment = Appointment.from_wire(document.one(), document)
        print(json.dumps([type(item).__name__ for item in appointment.included["client"]]))
    """)
    assert kinds == ["BookingUser"]
