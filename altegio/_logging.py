"""The `altegio` logger. `ALTEGIO_LOG=debug` (or `info`) switches on a stderr handler.

Nothing logged here carries a token: requests are logged as method, path and status, and
`redact_headers` masks credentials whenever headers are shown.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from ._constants import ENV_LOG

logger = logging.getLogger("altegio")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_configured = False


def setup_from_environment() -> None:
    """Honour ALTEGIO_LOG once per process; leave logging alone when it is unset."""
    global _configured
    if _configured:
        return
    _configured = True
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: "<redacted>" if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}
