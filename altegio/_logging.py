"""The `altegio` logger. `ALTEGIO_LOG=info` (one line per request: method, path, status, time,
retries) or `debug` (also headers and retry decisions) switches on a stderr handler; any other
value warns once and is ignored.

Nothing logged here carries a token: requests are logged as method, path and status, and
`redact_headers` masks credentials whenever headers are shown. httpcore's own DEBUG lines show
every response header as it arrived, so a server or proxy that echoes Authorization back would
put both tokens in them: the first client installs a filter on httpcore's loggers that masks
the values of the sensitive headers there.
"""

from __future__ import annotations

import logging
import os
import re
import warnings
from collections.abc import Mapping

from ._constants import ENV_LOG

logger = logging.getLogger("altegio")

SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_configured = False

# Every logger httpcore writes to (a filter on a parent logger does not see its children's records).
HTTPCORE_LOGGERS = ("httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")
# A header as httpcore's trace lines print it: (b'Name', b'value'), either quote style.
_NAMES = "|".join(sorted(SENSITIVE_HEADERS))
_SENSITIVE_PAIR = re.compile(
    rf"""\(b(['"])({_NAMES})\1, b(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\)""",
    re.IGNORECASE,
)


class RedactHeaderValues(logging.Filter):
    """Masks the values of sensitive headers in httpcore's trace lines; the rest is untouched."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = _SENSITIVE_PAIR.sub(r"(b\1\2\1, b'<redacted>')", message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


_REDACTOR = RedactHeaderValues()


def install_redaction() -> None:
    """Put the filter on httpcore's loggers (once: adding the same filter twice is a no-op)."""
    for name in HTTPCORE_LOGGERS:
        logging.getLogger(name).addFilter(_REDACTOR)


def setup_from_environment() -> None:
    """Honour ALTEGIO_LOG once per process; leave logging alone when it is unset. Always make
    httpcore's trace lines safe, whoever configures logging."""
    global _configured
    install_redaction()
    if _configured:
        return
    _configured = True
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level not in ("debug", "info"):
        if level:
            warnings.warn(
                f"{ENV_LOG}={os.environ[ENV_LOG].strip()[:40]!r} is not a level this package knows: use "
                f"{ENV_LOG}=info (a line per request) or {ENV_LOG}=debug (also headers and retries); ignored",
                stacklevel=4,  # the line that built the client
            )
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: "<redacted>" if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}
