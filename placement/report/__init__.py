"""Reports of results and comparisons: CSV, JSON, Excel and a self-contained HTML page.

>>> from placement.report import write_result, write_comparison
>>> # write_result(placement.solve(scenario), "out/", lang="id")

CSV headers are machine names in every language; Excel and HTML use the labels of
``lang`` ("en" English, "id" Bahasa Indonesia), see :mod:`placement.i18n`.

The modules, bottom-up (each imports only those above it in this list):

- ``summary``: plain data of a result in the officers' terms (no formatting);
- ``formatting``: numbers, percentages, dates, HTML escaping, column formats;
- ``svg``: palette and SVG pieces; ``charts`` / ``comparison_charts``: the charts;
  ``tables``: HTML tables; ``excel``: workbooks;
- ``decision``, ``filtering``: page sections; ``pages`` (style sheet in
  ``assets/report.css``), ``scale_pages``: whole pages;
- ``files``, ``proposal``, ``shortlist``: what is written to disk.
"""

from placement.i18n import LANGUAGES, label
from placement.report.files import write_comparison, write_result
from placement.report.proposal import proposal_table, write_proposal

__all__ = [
    "LANGUAGES",
    "label",
    "proposal_table",
    "write_comparison",
    "write_proposal",
    "write_result",
]
