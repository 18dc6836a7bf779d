"""Readers and writers of files: organisation tables, scenario YAML, files named by
operations, HR exports' headers and cells, GAP benchmark files, atomic writes. The
bottom layer: it imports nothing of the model or the domain."""

from placement.io.gap import load_optima, read_gap_blocks

__all__ = ["load_optima", "read_gap_blocks"]
