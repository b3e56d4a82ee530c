"""Data tables of dossier (TOML), read with importlib.resources."""
