"""Readers for external data files."""

from placement.io.gap import load_instance, load_optima, read_gap

__all__ = ["load_instance", "load_optima", "read_gap"]
