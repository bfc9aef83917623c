"""The ``newsctl`` group, its lazy command table, and the process entry point."""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import signal
import sys
from typing import Any, BinaryIO

import click

from newsctl.errors import NewsctlError

from .env import Env
from .sinks import OutputError
from .status import ExitStatus

# command name -> (module in this package, one-line help shown by `newsctl --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("cmd_parse", "Parse articles and print their metadata records."),
    "check": ("cmd_check", "Validate articles: one line per problem."),
    "date": ("cmd_date", "Read Arabic dates and print them as ISO 8601."),
    "explain": ("cmd_explain", "Explain the choices of date and headline: candidates, signals."),
    "digits": ("cmd_digits", "Convert digits between Latin, Arabic-Indic and Persian."),
    "normalize": ("cmd_normalize", "Normalize Arabic text for search and matching."),
    "show": ("cmd_show", "Show articles as panels for people, Arabic included."),
    "state": ("cmd_state", "Rebuild a cron run's --state file from its output."),
    "stats": ("cmd_stats", "Figures over many articles: per day, month, agency, source."),
    "zones": ("cmd_zones", "List the place names read as time zones."),
}

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class LazyGroup(click.Group):
    """A group whose commands are imported only when they are used (fast start-up)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module = importlib.import_module(f"{__package__}.{entry[0]}")
        command: click.Command = module.command
        return command

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; a reader that went away (`| head`) ends the run quietly."""
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _quiet_stdout()
            raise click.exceptions.Exit(ExitStatus.BROKEN_PIPE) from None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, help_text) for name, (_, help_text) in sorted(COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _version() -> str:
    from newsctl import __version__

    return __version__


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(_version(), "--version", prog_name="newsctl", message="%(prog)s %(version)s")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Read Arabic news articles kept as plain text and print their metadata as data.

    Run `newsctl COMMAND --help` for a command's options and examples.
    """
    if not isinstance(ctx.obj, Env):
        ctx.obj = Env.from_sys()


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: the run unwinds as for Ctrl-C (temporary files removed, the
    state rolled back to its last commit) and exits 128 + the signal's number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_STOP_MESSAGES = {
    signal.SIGTERM: ("terminated", ExitStatus.TERMINATED),
    signal.SIGHUP: ("hung up", ExitStatus.HANGUP),
}


def _on_signal(signum: int, frame: object) -> None:
    """The first SIGINT, SIGTERM or SIGHUP stops the run; later ones are ignored, so that the
    clean-up they started cannot itself be cut short."""
    for other in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(other, signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Stopped(signum)


def main(args: list[str] | None = None, prog_name: str = "newsctl") -> None:
    """Console-script entry point: exit codes, signals and broken pipes handled, no tracebacks."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is not signal.SIG_IGN:  # nohup: stay immune
            signal.signal(signum, _on_signal)
    status = run(args, prog_name)
    sys.exit(int(status))


def run(args: list[str] | None = None, prog_name: str = "newsctl", env: Env | None = None) -> int:
    """Run the application with ``env``'s streams (the process's own when None); the exit status."""
    try:
        try:
            rv = cli.main(args=args, prog_name=prog_name, standalone_mode=False, obj=env)
        except click.exceptions.Exit as exc:
            return exc.exit_code
        except click.ClickException as exc:
            _show(exc, env)
            return exc.exit_code
        except click.Abort:  # click turns Ctrl-C into Abort
            _stderr(env).write(b"newsctl: interrupted\n")
            _stderr(env).flush()
            return ExitStatus.INTERRUPTED
        if isinstance(rv, int):
            return rv
        return ExitStatus.OK
    except OutputError as exc:  # standard output full or broken (> /dev/full), or a file
        _quiet_stdout()
        _stderr(env).write(f"newsctl: {exc}\n".encode("utf-8", "backslashreplace"))
        return ExitStatus.ERROR
    except NewsctlError as exc:  # a library error no command caught: still one clear line
        _stderr(env).write(f"newsctl: {exc}\n".encode("utf-8", "backslashreplace"))
        return ExitStatus.ERROR
    except KeyboardInterrupt:
        _quiet_stdout()
        _stderr(env).write(b"newsctl: interrupted\n")
        _stderr(env).flush()
        return ExitStatus.INTERRUPTED
    except Stopped as exc:
        _quiet_stdout()
        message, status = _STOP_MESSAGES[signal.Signals(exc.signum)]
        with contextlib.suppress(OSError):  # a hung-up terminal may not take it
            _stderr(env).write(f"newsctl: {message}\n".encode())
            _stderr(env).flush()
        return status
    except BrokenPipeError:
        _quiet_stdout()
        return ExitStatus.BROKEN_PIPE
    except OSError as exc:  # click's own writing (--help, usage) to a full or broken stdout
        _quiet_stdout()
        reason = (exc.strerror or str(exc)).lower()
        _stderr(env).write(f"newsctl: standard output: {reason}\n".encode())
        return ExitStatus.ERROR
    except Exception as exc:  # a bug: say so in one line; NEWSCTL_DEBUG=1 shows the traceback
        if os.environ.get("NEWSCTL_DEBUG"):
            raise
        message = (
            f"newsctl: internal error: {type(exc).__name__}: {exc}; NEWSCTL_DEBUG=1 shows more"
        )
        _stderr(env).write((" ".join(message.split()) + "\n").encode("utf-8", "backslashreplace"))
        return ExitStatus.ERROR


def _stderr(env: Env | None) -> BinaryIO:
    return env.stderr if env is not None else sys.stderr.buffer


def _show(exc: click.ClickException, env: Env | None) -> None:
    """Click's own rendering of a usage error, written to the run's stderr."""
    shown = io.StringIO()
    exc.show(file=shown)
    _stderr(env).write(shown.getvalue().encode("utf-8", "backslashreplace"))
    _stderr(env).flush()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
