"""Command-line interface: click glue only; the work is in ``dossier.pipeline``."""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from dossier import __version__, pipeline
from dossier.checks.describe import describe_profile
from dossier.checks.profiles import available_profiles, load_profile
from dossier.errors import DossierError, ExitCode, UsageError
from dossier.models import Dossier, Options
from dossier.read.cache import PageCache, default_cache_dir
from dossier.report import render_terminal, write_followup


def _profile_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None or value.endswith(".toml") or value in available_profiles():
        return value
    raise click.BadParameter(f"'{value}' is not a profile; use one of: {', '.join(available_profiles())}")


def _common(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.argument("scans_dir", type=click.Path(path_type=Path, file_okay=False)),
        click.option(
            "--profile", callback=_profile_value, help="Your situation: a profile id, or a .toml file."
        ),
        click.option("--date", type=click.DateTime(["%Y-%m-%d"]), help="Application date (default: today)."),
        click.option(
            "--out",
            "out_dir",
            type=click.Path(path_type=Path, file_okay=False),
            help="Output folder (default: SCANS_DIR-dossier beside the scans folder).",
        ),
        click.option("--name", help='Reference name, "SURNAME, Given Names" (default: from the passport).'),
        click.option(
            "--lang",
            type=click.Choice(["en", "fr"]),
            default="en",
            show_default=True,
            help="Language of the messages.",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(0, 64),
            default=0,
            help="OCR processes (default: one per core).",
        ),
        click.option("--no-cache", is_flag=True, help="Do not use or fill the OCR cache."),
        click.option("--cpam", help="Your CPAM's name and address, for the cover letter."),
        click.option("--verbose", "-v", is_flag=True, help="Show tracebacks of internal errors."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dossier")
def main() -> None:
    """Check a folder of scans for a PUMa application (cerfa S1106) and build the packet to post."""


@main.command()
@_common
@click.option("--no-watermark", is_flag=True, help="Leave document pages without the CPAM watermark.")
@click.option("--watermark", "watermark_text", help="Custom watermark text (at most 100 characters).")
@click.option("--duplex", is_flag=True, help="Add blank backs so each document starts on a front side.")
def build(no_watermark: bool, watermark_text: str | None, duplex: bool, **kwargs: Any) -> None:
    """Check SCANS_DIR and write report.json, report.html and the numbered packet PDF."""
    watermark = None if no_watermark else (watermark_text or "")
    _run(kwargs, write_packet=True, watermark=watermark, duplex=duplex)


@main.command()
@_common
def check(**kwargs: Any) -> None:
    """Check SCANS_DIR and write the report only (no packet)."""
    _run(kwargs, write_packet=False, watermark="", duplex=False)


DAY = click.DateTime(["%Y-%m-%d"])


@main.command()
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--sent", type=DAY, required=True, help="The day you posted the packet.")
@click.option("--tracking", required=True, help="The recommandé number on your proof of posting.")
@click.option("--date", type=DAY, help="Today's date for the letter (default: today).")
@click.option("--force", is_flag=True, help="Write the letter even if two months have not passed.")
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks of internal errors.")
def followup(out_dir: Path, **kwargs: Any) -> None:
    """Write the follow-up letter (lettre de relance) for the build in OUT_DIR."""
    with _handled(bool(kwargs["verbose"])):
        date: dt.datetime | None = kwargs["date"]
        sent: dt.datetime = kwargs["sent"]
        today = date.date() if date else dt.date.today()
        path = write_followup(
            out_dir,
            sent=sent.date(),
            tracking=str(kwargs["tracking"]),
            today=today,
            force=bool(kwargs["force"]),
        )
        click.echo(f"Follow-up letter: {path}")


@main.command()
@click.argument("profile", required=False)
def profiles(profile: str | None) -> None:
    """List the profiles, or show what one requires."""
    verbose = False
    with _handled(verbose):
        if profile is None:
            for name in available_profiles():
                click.echo(f"{name:15} {load_profile(name).title}")
            return
        click.echo(describe_profile(load_profile(profile)))


@main.group()
def cache() -> None:
    """Manage the OCR cache (readings of pages, kept private in your cache folder)."""


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached page reading."""
    count = PageCache(default_cache_dir()).clear()
    click.echo(f"Removed {count} cached page reading(s) from {default_cache_dir()}.")


@cache.command("path")
def cache_path() -> None:
    """Print where the cache lives."""
    click.echo(str(default_cache_dir()))


def _run(kwargs: dict[str, Any], *, write_packet: bool, watermark: str | None, duplex: bool) -> None:
    verbose = bool(kwargs.pop("verbose"))
    with _handled(verbose):
        options = _options(kwargs, write_packet=write_packet, watermark=watermark, duplex=duplex)
        dossier = _build_with_progress(options)
        click.echo(render_terminal(dossier, options.out_dir / pipeline.REPORT_NAME, options.lang))
        sys.exit(ExitCode.READY if dossier.ready else ExitCode.BLOCKING_FINDINGS)


def _options(kwargs: dict[str, Any], *, write_packet: bool, watermark: str | None, duplex: bool) -> Options:
    scans_dir: Path = kwargs["scans_dir"]
    out_dir: Path = kwargs["out_dir"] or pipeline.default_out_dir(scans_dir)
    if out_dir.resolve() == scans_dir.resolve():
        # The outputs would be written into the folder and read back as scans by the next run.
        raise UsageError(
            f"The output folder {out_dir} is the scans folder itself.",
            fix="give another --out folder, or leave it out to use SCANS_DIR-dossier beside the scans",
        )
    date: dt.datetime | None = kwargs["date"]
    profile: str | None = kwargs["profile"]
    profile_file = Path(profile) if profile and profile.endswith(".toml") else None
    return Options(
        scans_dir=scans_dir,
        out_dir=out_dir,
        date=date.date() if date else None,
        profile=None if profile_file else profile,
        name=kwargs["name"],
        lang=kwargs["lang"],
        jobs=kwargs["jobs"],
        use_cache=not kwargs["no_cache"],
        write_packet=write_packet,
        watermark=watermark,
        duplex=duplex,
        cpam=kwargs["cpam"],
        profile_file=profile_file,
    )


def _build_with_progress(options: Options) -> Dossier:
    if not sys.stderr.isatty():
        return pipeline.build(options)

    def advance(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        click.echo(f"\rReading pages: {done}/{total}", nl=False, err=True)
        click.echo(end, nl=False, err=True)

    return pipeline.build(options, on_page=advance)


class _handled:
    """The one top-level handler: a user-facing message and a stable exit code."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: Any) -> None:
        if isinstance(error, DossierError):
            self._show(error)
            sys.exit(error.exit_code)
        if isinstance(error, KeyboardInterrupt):
            click.echo("Interrupted: nothing was written over your previous outputs.", err=True)
            sys.exit(ExitCode.INTERRUPTED)

    def _show(self, error: BaseException) -> None:
        if self.verbose:
            traceback.print_exception(error)
        click.echo(f"Error: {error}", err=True)
