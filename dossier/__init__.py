"""dossier: a checked, print-ready PUMa application (cerfa S1106) from a folder of scans."""

__version__ = "0.1.0"
