"""The benchmark suite: what the `altegio` wrapper costs over the HTTP stack it sits on.

    make bench            (python bench/run.py [--quick])

Starts bench/server.py on loopback, then measures, each against its baseline in the same run,
interleaved, medians over repeated rounds:
  1. sync per-call latency: client.tags.get vs raw httpx.Client (same request, keep-alive,
     JSON decode) vs the generated client's sync_detailed;
  2. async, 200 concurrent calls: AsyncAltegio vs raw httpx.AsyncClient;
  3. `import altegio` vs `import httpx`, each in a fresh interpreter;
  4. the first call: a whole fresh process that imports altegio, builds a client and makes one
     `tags.get`, vs the same with raw httpx (what a cron job or a CLI run pays);
  5. peak memory (tracemalloc) auto-paging 100,000 events (400 pages) vs holding one page;
  6. the rate limiter where requests arrive (bench/limiter.py): the busiest window at a server
     with random latency over the limit, and the throughput of one process and of three
     processes sharing a Redis budget over the budget.
Rate limiting is off and no retry fires in 1 and 2. Prints a table, then one JSON line.

The fresh interpreters of 3 and 4 run with bytecode caches, as an installed package has them:
a warm-up run fills a private cache (PYTHONPYCACHEPREFIX), even where PYTHONDONTWRITEBYTECODE
is set, so that compiling sources is not counted for either side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import httpx

ROOT = pathlib.Path(__file__).resolve().parent.parent
PARTNER, USER = "bench-partner-token", "bench-user-token"
HEADERS = {
    "Accept": "application/vnd.api.v2+json",
    "Authorization": f"Bearer {PARTNER}, User {USER}",
}
LOCATION, TAG = 68570, 241625
CONCURRENCY = 200
# Upper bounds; the throughput ratios are lower bounds (LOWER_BOUNDS).
TARGETS = {
    "sync_ratio": 1.10,
    "async_ratio": 1.10,
    "import_ratio": 1.3,
    "first_call_ratio": 1.3,
    "paging_peak_mib": 10.0,
    "limiter_server_max_per_window": 1.0,
}
LOWER_BOUNDS = {"limiter_throughput_ratio": 0.9, "shared_limiter_throughput_ratio": 0.85}


class Server:
    def __init__(self, pages: int) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - our own script
            [sys.executable, str(ROOT / "bench" / "server.py"), "--pages", str(pages)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.base_url = f"http://127.0.0.1:{self.port}/api/v2"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def _per_call(function: Callable[[], Any], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        function()
    return (time.perf_counter() - started) / calls


def bench_sync(base_url: str, rounds: int, calls: int) -> dict[str, float]:
    from altegio_openapi import Client
    from altegio_openapi.api.tags import get_tag

    import altegio

    wrapper = altegio.Altegio(PARTNER, USER, base_url=base_url, rate_limit=None)
    raw = httpx.Client(headers=HEADERS, timeout=30.0)
    generated = Client(base_url=base_url, headers=HEADERS, timeout=httpx.Timeout(30.0))
    url = f"{base_url}/locations/{LOCATION}/tags/{TAG}"

    variants: dict[str, Callable[[], Any]] = {
        "altegio": lambda: wrapper.tags.get(LOCATION, TAG),
        "httpx": lambda: raw.get(url).json(),
        "generated": lambda: get_tag.sync_detailed(LOCATION, TAG, client=generated),
    }
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for function in variants.values():  # warm up connections and caches
        _per_call(function, 50)
    order = list(variants)
    for round_number in range(rounds):  # alternate the order, so that drift favours no one
        for name in order if round_number % 2 == 0 else reversed(order):
            samples[name].append(_per_call(variants[name], calls))
    wrapper.close()
    raw.close()
    generated.get_httpx_client().close()
    return {name: statistics.median(values) for name, values in samples.items()}


def bench_async(base_url: str, rounds: int) -> dict[str, float]:
    import altegio

    url = f"{base_url}/locations/{LOCATION}/tags/{TAG}"

    # Both keep all 200 connections alive between bursts (httpx keeps 20 by default), so that
    # the comparison measures requests, not connection set-up.
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)

    async def run() -> dict[str, float]:
        wrapper = altegio.AsyncAltegio(
            PARTNER, USER, base_url=base_url, rate_limit=None, http_client=httpx.AsyncClient(limits=limits)
        )
        raw = httpx.AsyncClient(headers=HEADERS, timeout=30.0, limits=limits)

        async def raw_get() -> Any:
            return (await raw.get(url)).json()

        variants = {"altegio": lambda: wrapper.tags.get(LOCATION, TAG), "httpx": raw_get}

        async def burst(factory: Callable[[], Any], repeats: int = 3) -> float:
            """Per-call time of `repeats` bursts of CONCURRENCY concurrent calls."""
            started = time.perf_counter()
            for _ in range(repeats):
                await asyncio.gather(*(factory() for _ in range(CONCURRENCY)))
            return (time.perf_counter() - started) / (CONCURRENCY * repeats)

        samples: dict[str, list[float]] = {name: [] for name in variants}
        for factory in variants.values():
            await burst(factory)
        for round_number in range(rounds):
            for name in variants if round_number % 2 == 0 else reversed(variants):
                samples[name].append(await burst(variants[name]))
        await wrapper.close()
        await wrapper._http.aclose()
        await raw.aclose()
        return {name: statistics.median(values) for name, values in samples.items()}

    return asyncio.run(run())


def fresh_interpreter_env(cache: str) -> dict[str, str]:
    """The environment of the fresh interpreters: bytecode cached in `cache`, nothing else changed."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


def _interleaved(programs: dict[str, str], rounds: int, env: dict[str, str], timed: bool) -> dict[str, float]:
    """Median per program over `rounds` fresh interpreters, run in turn (order alternating),
    after one warm-up run each. `timed`: the program prints its own figure; else the whole
    process is timed, from start to exit."""
    samples: dict[str, list[float]] = {name: [] for name in programs}
    for round_number in range(rounds + 1):
        for name in programs if round_number % 2 == 0 else reversed(programs):
            started = time.perf_counter()
            output = subprocess.check_output([sys.executable, "-c", programs[name]], cwd=ROOT, env=env, text=True)  # noqa: S603
            elapsed = float(output) if timed else time.perf_counter() - started
            if round_number:  # round 0 fills the bytecode cache
                samples[name].append(elapsed)
    return {name: statistics.median(values) for name, values in samples.items()}


def bench_import(rounds: int, env: dict[str, str]) -> dict[str, float]:
    code = "import time; t = time.perf_counter(); import {0}; print(time.perf_counter() - t)"
    return _interleaved({module: code.format(module) for module in ("altegio", "httpx")}, rounds, env, timed=True)


def bench_first_call(base_url: str, rounds: int, env: dict[str, str]) -> dict[str, float]:
    """Whole processes: import, build a client, one `tags.get`, close (rate limit as default)."""
    programs = {
        "altegio": (
            "import altegio\n"
            f"with altegio.Altegio({PARTNER!r}, {USER!r}, base_url={base_url!r}) as client:\n"
            f"    client.tags.get({LOCATION}, {TAG})\n"
        ),
        "httpx": (
            "import httpx\n"
            f"with httpx.Client(headers={HEADERS!r}, timeout=30.0) as client:\n"
            f"    client.get({base_url!r} + '/locations/{LOCATION}/tags/{TAG}').json()\n"
        ),
    }
    return _interleaved(programs, rounds, env, timed=False)


_MEMORY_PROBE = """
import sys, tracemalloc, datetime as dt, altegio
client = altegio.Altegio("p", "u", base_url=sys.argv[1], rate_limit=None)
start, end = dt.datetime(2030, 1, 1), dt.datetime(2030, 12, 31)
tracemalloc.start()
if sys.argv[2] == "one-page":
    held = client.events.list(1, start, end, max_items=250).to_list()
    count = len(held)
else:
    count = sum(1 for _ in client.events.list(1, start, end))
print(count, tracemalloc.get_traced_memory()[1])
"""


def bench_memory(base_url: str) -> dict[str, float]:
    result = {}
    for mode in ("one-page", "all-pages"):
        output = subprocess.check_output([sys.executable, "-c", _MEMORY_PROBE, base_url, mode], cwd=ROOT, text=True)  # noqa: S603
        count, peak = output.split()
        result[mode] = int(peak) / 2**20
        result[f"{mode}-items"] = int(count)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few rounds only (smoke test)")
    args = parser.parse_args()
    sync_rounds, calls, async_rounds, process_rounds, pages, limiter_s = (
        (3, 50, 3, 3, 4, 2.0) if args.quick else (15, 300, 15, 21, 400, 10.0)
    )
    server = Server(pages)
    try:
        sync = bench_sync(server.base_url, sync_rounds, calls)
        concurrent = bench_async(server.base_url, async_rounds)
        with tempfile.TemporaryDirectory(prefix="altegio-bench-pyc-") as cache:
            env = fresh_interpreter_env(cache)
            imports = bench_import(process_rounds, env)
            first = bench_first_call(server.base_url, process_rounds, env)
        memory = bench_memory(server.base_url)
    finally:
        server.close()
    from limiter import bench_limiter  # bench/limiter.py: its own servers (arrivals, Redis)

    limiter = bench_limiter(limiter_s)

    summary = {
        "sync_ratio": round(sync["altegio"] / sync["httpx"], 3),
        "async_ratio": round(concurrent["altegio"] / concurrent["httpx"], 3),
        "import_ratio": round(imports["altegio"] / imports["httpx"], 3),
        "first_call_ratio": round(first["altegio"] / first["httpx"], 3),
        "paging_peak_mib": round(memory["all-pages"] - memory["one-page"], 3),
        **limiter,
    }
    us = 1e6
    rows = [
        (
            "sync get_tag, per call",
            f"{sync['altegio'] * us:.0f} us",
            f"httpx {sync['httpx'] * us:.0f} us, generated {sync['generated'] * us:.0f} us",
        ),
        (
            f"async get_tag, {CONCURRENCY} concurrent, per call",
            f"{concurrent['altegio'] * us:.0f} us",
            f"httpx {concurrent['httpx'] * us:.0f} us",
        ),
        (
            "import, fresh interpreter",
            f"{imports['altegio'] * 1000:.1f} ms",
            f"import httpx {imports['httpx'] * 1000:.1f} ms",
        ),
        (
            "first call: process, import + client + get_tag",
            f"{first['altegio'] * 1000:.1f} ms",
            f"httpx {first['httpx'] * 1000:.1f} ms",
        ),
        (
            f"peak memory, {memory['all-pages-items']:,} events paged",
            f"{memory['all-pages']:.2f} MiB",
            f"one page held ({memory['one-page-items']} events) {memory['one-page']:.2f} MiB",
        ),
        (
            "rate limiter, busiest window at the server",
            f"{limiter['limiter_server_max_per_window']:.2f} x limit",
            "5/s and 200/min, random latency, 4 threads and 50 tasks",
        ),
        (
            f"rate limiter, throughput over {limiter_s:.0f} s",
            f"{limiter['limiter_throughput_ratio']:.1%}",
            f"of the budget; 3 processes on Redis {limiter['shared_limiter_throughput_ratio']:.1%}",
        ),
    ]
    machine = f"{platform.machine()}, {os.cpu_count()} cores"
    print(f"machine: {machine}, Python {platform.python_version()}, httpx {httpx.__version__}")
    print(f"{'measure':<48} {'altegio':>14}   baseline")
    for name, value, baseline in rows:
        print(f"{name:<48} {value:>14}   {baseline}")
    print()
    for key, value in summary.items():
        if key in LOWER_BOUNDS:
            verdict = "ok" if value >= LOWER_BOUNDS[key] else "MISSED"
            print(f"{key:<32} {value:>8}  target >= {LOWER_BOUNDS[key]}  {verdict}")
        else:
            verdict = "ok" if value <= TARGETS[key] else "MISSED"
            print(f"{key:<32} {value:>8}  target <= {TARGETS[key]}  {verdict}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
