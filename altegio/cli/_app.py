"""The `altegio` program: argparse over the command tree, one client, one call, the output.

Global options (`--format`, `--base-url`, `--debug`...) are accepted before the command or
after it. Tokens come from ALTEGIO_PARTNER_TOKEN and ALTEGIO_USER_TOKEN only: an option that
looks like one is refused without echoing it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn, TextIO

from .. import __version__
from .._client import Altegio
from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, ENV_BASE_URL, ENV_LOG, ENV_PARTNER_TOKEN, ENV_USER_TOKEN
from .._errors import AltegioError, InvalidArgumentError
from .._ratelimit import LocalRateLimiter, RateLimit
from ._exit import ExitCode, describe, exit_code
from ._output import FORMATS, Writer, columns_of, make_writer
from ._progress import MeasuredLimiter, Progress
from ._tree import Command, Group, Param, Result, build_tree, cli_name

_COMMAND = "command:"  # where the chosen Command is stored in the namespace
_ANY = object()  # `--any-<flag>`: the method's None ("either")
_TOKEN_ENV = {"partner_token": ENV_PARTNER_TOKEN, "user_token": ENV_USER_TOKEN}
_EPILOG = f"""\
Tokens are read from {ENV_PARTNER_TOKEN} and {ENV_USER_TOKEN}, the base URL from --base-url or
{ENV_BASE_URL}. Required ids are positional; every other parameter is an --option.
Output: --format json (the default in a pipe), ndjson, csv or table (the default on a terminal).
Exit codes: 0 ok, 1 other error, 2 bad input, 3 tokens or rights, 4 not found, 5 rate limited,
6 server or connection failure, 7 conflict, 130 interrupted.
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Docstrings keep their line breaks; options get room for their names."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


class _Parser(argparse.ArgumentParser):
    """Usage errors never repeat a token the user may have typed by mistake."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(ExitCode.BAD_INPUT, f"{self.prog}: error: {_redact(message)}\n")


class _RefuseToken(argparse.Action):
    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        parser.error(
            f"tokens are never taken on the command line: set {ENV_PARTNER_TOKEN} and {ENV_USER_TOKEN} instead"
        )


def build_parser() -> argparse.ArgumentParser:
    root = _Parser(
        prog="altegio",
        description="Every operation of the Altegio Business Management API v2, from the command line.",
        epilog=_EPILOG,
        formatter_class=_Formatter,
        allow_abbrev=False,
    )
    root.add_argument("--version", action="version", version=f"altegio {__version__}")
    _add_global_options(root)
    _add_group(root, build_tree())
    return root


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The same options on the root and on every command, so they may come before or after it.
    Their defaults are applied later: an option given before the command must survive."""
    group = parser.add_argument_group("output and connection")
    suppress = argparse.SUPPRESS
    group.add_argument(
        "--format", choices=FORMATS, default=suppress, help="output format (default: table on a terminal, else json)"
    )
    group.add_argument("--raw", action="store_true", default=suppress, help="the wire resources instead of to_dict()")
    group.add_argument(
        "--columns",
        default=suppress,
        metavar="NAMES",
        help="csv/table: comma-separated columns (a prefix takes all below)",
    )
    group.add_argument("--base-url", default=suppress, metavar="URL", help=f"API base URL (default: ${ENV_BASE_URL})")
    group.add_argument("--timeout", type=float, default=suppress, metavar="SECONDS", help="per-request timeout")
    group.add_argument("--max-retries", type=int, default=suppress, metavar="N", help="retries of a failed request")
    group.add_argument("--debug", action="store_true", default=suppress, help="log each request (tokens redacted)")
    for name in ("--partner-token", "--user-token", "--token"):
        group.add_argument(name, nargs="?", action=_RefuseToken, default=suppress, help=suppress)


def _add_group(parser: argparse.ArgumentParser, group: Group) -> None:
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True, parser_class=_Parser)
    for command in group.commands:
        sub = commands.add_parser(
            cli_name(command.path[-1]),
            help=command.summary,
            description=command.description,
            epilog=_EPILOG,
            formatter_class=_Formatter,
            allow_abbrev=False,
        )
        for param in command.params:
            _add_param(sub, param)
        _add_global_options(sub)
        sub.set_defaults(**{_COMMAND: command})
    for child in group.groups:
        sub = commands.add_parser(
            cli_name(child.path[-1]),
            help=child.summary,
            description=child.description,
            formatter_class=_Formatter,
            allow_abbrev=False,
        )
        _add_group(sub, child)


def _add_param(parser: argparse.ArgumentParser, param: Param) -> None:
    kind = param.type
    text = kind.description
    if param.required and not param.positional:
        text += " (required)"
    elif param.default not in (None, (), False) or (kind.flag and param.default is False):
        shown = {True: "yes", False: "no"}.get(param.default, param.default) if kind.flag else param.default
        text += f" (default: {shown})" if text else f"default: {shown}"
    text = text.replace("%", "%%")
    if param.positional:
        parser.add_argument(param.dest, metavar=param.metavar, nargs="+" if kind.many else None, help=text)
    elif kind.flag:
        flags = parser.add_mutually_exclusive_group(required=param.required)
        flags.add_argument(
            param.option, dest=param.dest, action=argparse.BooleanOptionalAction, default=argparse.SUPPRESS, help=text
        )
        if kind.nullable and param.default is not None:
            flags.add_argument(
                f"--any-{cli_name(param.name)}",
                dest=param.dest,
                action="store_const",
                const=_ANY,
                default=argparse.SUPPRESS,
                help=f"either yes or no ({param.name}=None)",
            )
    else:
        parser.add_argument(
            param.option,
            dest=param.dest,
            metavar=param.metavar,
            action="append" if kind.many else "store",
            required=param.required,
            default=argparse.SUPPRESS,
            help=text,
        )


def arguments(command: Command, namespace: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of the method, from what was typed (absent ones keep the default)."""
    given = vars(namespace)
    found: dict[str, Any] = {}
    for param in command.params:
        if param.dest not in given:
            continue
        value = given[param.dest]
        if param.type.flag:
            found[param.name] = None if value is _ANY else bool(value)
        elif param.type.many:
            found[param.name] = param.type.read(param.name, value)
        else:
            found[param.name] = param.type.parse(param.name, value)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: returns the exit code (see _exit.ExitCode), also after a usage
    error or --help, for which argparse would exit the interpreter."""
    try:
        return _run(sys.argv[1:] if argv is None else list(argv))
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else ExitCode.OTHER if exit_.code else ExitCode.OK
    except KeyboardInterrupt:
        sys.stderr.write("\naltegio: interrupted\n")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:  # `altegio ... | head`: the reader has gone, which is fine
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitCode.OK


def _run(argv: list[str]) -> int:
    options = vars(build_parser().parse_args(argv))
    command: Command = options[_COMMAND]
    if options.get("debug"):
        os.environ[ENV_LOG] = "debug"  # the library's own redacted request log, on stderr
    stdout, stderr = sys.stdout, sys.stderr
    fmt: str = options.get("format") or ("table" if stdout.isatty() else "json")
    if fmt != "table":
        stdout = _utf8(stdout)
    progress = Progress(stderr, " ".join(command.words))
    try:
        kwargs = arguments(command, argparse.Namespace(**options))
        columns = [name.strip() for name in options["columns"].split(",")] if options.get("columns") else None
        raw = bool(options.get("raw"))
        schema = None if raw or command.item_type is None else columns_of(command.item_type)
        writer = make_writer(fmt, stdout, stderr, single=command.result is Result.ITEM, schema=schema, columns=columns)
        missing = [env for env in _TOKEN_ENV.values() if not os.environ.get(env, "").strip()]
        if missing:
            stderr.write(
                f"altegio: set {' and '.join(missing)}: the command line reads tokens from the environment only\n"
            )
            return ExitCode.AUTH
        with _client(options, progress) as client:
            result = command.call(client, kwargs)
            _write(command, result, kwargs, writer, progress, raw=raw)
    except AltegioError as error:
        progress.clear()
        stdout.flush()
        code = exit_code(error)
        if isinstance(error, InvalidArgumentError) and error.argument in _TOKEN_ENV:
            code = ExitCode.AUTH
            error = InvalidArgumentError(_TOKEN_ENV[error.argument], error.problem)
        stderr.write(f"altegio: {describe(error, _secrets())}\n")
        return code
    return ExitCode.OK


@contextlib.contextmanager
def _client(options: dict[str, Any], progress: Progress) -> Iterator[Altegio]:
    """The client the command runs on: the library's defaults, the platform's rate limit (its
    waits timed for the progress line), and what the global options change."""
    with Altegio(
        base_url=options.get("base_url"),
        timeout=options.get("timeout", DEFAULT_TIMEOUT),
        max_retries=options.get("max_retries", DEFAULT_MAX_RETRIES),
        rate_limit=MeasuredLimiter(LocalRateLimiter(RateLimit()), progress),
    ) as client:
        yield client


def _write(
    command: Command, result: Any, kwargs: dict[str, Any], writer: Writer, progress: Progress, *, raw: bool
) -> None:
    """Rows to the writer as they come: a pager page by page, showing progress between pages."""

    def row(item: Any) -> dict[str, Any]:
        return dict(item.raw) if raw else item.to_dict()

    if command.result is Result.NONE:
        return
    if command.result is Result.ITEM:
        writer.page([row(result)])
    elif command.result is Result.LIST:
        writer.page([row(item) for item in result])
    else:
        page_size = _page_size(command, kwargs)
        max_items = kwargs.get("max_items")
        for page in result.pages():
            rows = [row(item) for item in page]
            progress.clear()
            writer.page(rows)
            more = page_size is not None and len(page) == page_size
            more = more and (max_items is None or progress.items + len(page) < max_items)
            progress.page(len(page), more=more)
        progress.clear()
        writer.close()
        progress.finish()
        return
    writer.close()


def _page_size(command: Command, kwargs: dict[str, Any]) -> int | None:
    """The page size the pager asks for; None for an operation that does not page."""
    param = command.param("page_size")
    if param is None:
        return None
    value = kwargs.get("page_size", param.default)
    return value if isinstance(value, int) else None


def _utf8(stream: TextIO) -> TextIO:
    """Data formats are UTF-8 whatever the locale says."""
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


def _secrets() -> list[str]:
    return [os.environ.get(env, "").strip() for env in _TOKEN_ENV.values()]


def _redact(text: str) -> str:
    for secret in _secrets():
        if secret:
            text = text.replace(secret, "<redacted>")
    return text
