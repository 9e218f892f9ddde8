#!/usr/bin/env python3
"""A local mock of openapi.yaml that validates every request: the entry point.

The mock itself is the package scripts/mock_api (one module per tag of the spec; its docstring
states the rules). This module keeps `from mock_server import MockServer, MOCK_LOCATION_ID, ...`
and `python scripts/mock_server.py [--port N]` working.
"""

from __future__ import annotations

import pathlib
import sys

SCRIPTS = pathlib.Path(__file__).resolve().parent
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from mock_api import (  # noqa: E402
    INVALID,
    MOCK_FORBIDDEN_LOCATION_ID,
    MOCK_LOCATION_ID,
    MOCK_MISSING_ID,
    MOCK_MISSING_LOCATION_ID,
    MOCK_OTHER_CHAIN_CLIENT_ID,
    MOCK_SERVICE_ID,
    MOCK_STAFF_ID,
    UNAVAILABLE,
    MockApp,
    MockServer,
    main,
    synthesize,
)

__all__ = [
    "INVALID",
    "MOCK_FORBIDDEN_LOCATION_ID",
    "MOCK_LOCATION_ID",
    "MOCK_MISSING_ID",
    "MOCK_MISSING_LOCATION_ID",
    "MOCK_OTHER_CHAIN_CLIENT_ID",
    "MOCK_SERVICE_ID",
    "MOCK_STAFF_ID",
    "UNAVAILABLE",
    "MockApp",
    "MockServer",
    "main",
    "synthesize",
]

if __name__ == "__main__":
    sys.exit(main())
