"""Exit codes (a stable interface) and the exceptions whose messages tell the user the fix."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of ``dossier``; documented in the README, never renumbered."""

    READY = 0
    BLOCKING_FINDINGS = 1
    USAGE = 2
    MISSING_DEPENDENCY = 3
    BAD_PROFILE = 4
    OUTPUT_ERROR = 5
    INTERRUPTED = 130


class DossierError(Exception):
    """Base of every error the tool reports to the user instead of a traceback."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(self, message: str, *, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message}\n  What to do: {self.fix}" if self.fix else self.message


class UsageError(DossierError):
    """A bad option or a missing folder."""

    exit_code = ExitCode.USAGE


class MissingDependencyError(DossierError):
    """An external program or language pack is not installed."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class ProfileError(DossierError):
    """A profile file that is malformed or breaks a rule; the message names file and rule."""

    exit_code = ExitCode.BAD_PROFILE


class OverrideError(DossierError):
    """The scans folder's ``dossier.toml`` is malformed."""

    exit_code = ExitCode.USAGE


class OutputError(DossierError):
    """The outputs could not be written."""

    exit_code = ExitCode.OUTPUT_ERROR


class UnreadableFileError(DossierError):
    """One input file cannot be read; becomes an ``unreadable_file`` finding, not an exit."""

    def __init__(self, rel: str, message: str, *, fix: str) -> None:
        super().__init__(message, fix=fix)
        self.rel = rel


class PageReadError(DossierError):
    """One page could not be rendered or OCRed (crash, timeout); the other pages go on."""
