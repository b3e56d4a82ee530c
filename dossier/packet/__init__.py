"""Packet: the checked dossier in; one numbered, print-ready PDF out, written atomically.

Cover letter and bordereau (``letter``, ``typeset``), every document page placed, scrubbed of
metadata and watermarked (``pdfimage``), an invisible text layer (``textlayer``), the kept-packet
memo that skips an identical rebuild (``memo``), and private, atomic output files (``safety``).
"""

from dossier.packet.assemble import build_packet
from dossier.packet.safety import prepare_out_dir

__all__ = ["build_packet", "prepare_out_dir"]
