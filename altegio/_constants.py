"""Defaults in one place: every one of them can be changed per client (and most per call)."""

from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://api.alteg.io/api/v2"
MEDIA_TYPE = "application/vnd.api.v2+json"

ENV_PARTNER_TOKEN = "ALTEGIO_PARTNER_TOKEN"  # noqa: S105 - a variable name
ENV_USER_TOKEN = "ALTEGIO_USER_TOKEN"  # noqa: S105 - a variable name
ENV_BASE_URL = "ALTEGIO_BASE_URL"
ENV_LOG = "ALTEGIO_LOG"

# The generated client has no timeout at all; a sync job must never hang forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

# Retries: only what may be repeated safely (see _retry.py); backoff doubles from the initial
# delay up to the cap, with jitter. A Retry-After above MAX_RETRY_AFTER is not waited out.
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# The largest decoded response body a call accepts (the biggest real page is far smaller).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

# Pagination: the API's largest page, and its default. A pager stops with an error rather
# than ask for page MAX_PAGES + 1 (2.5 million items at 250 a page): a server that ignores
# `page` and never sends a short page would otherwise be read forever.
MAX_PAGE_SIZE = 250
MAX_PAGES = 10_000

# Response bodies nested deeper than this are refused before decoding (see _operations._loads).
MAX_JSON_DEPTH = 100
