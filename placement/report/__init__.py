"""Reports of results and comparisons: CSV, JSON, Excel and a self-contained HTML page.

>>> from placement.report import write_result, write_comparison
>>> # write_result(placement.solve(scenario), "out/", lang="id")

CSV headers are machine names in every language; Excel and HTML use the labels of
``lang`` ("en" English, "id" Bahasa Indonesia), see :mod:`placement.i18n`.
"""

from placement.i18n import LANGUAGES, label
from placement.report.files import write_comparison, write_result
from placement.report.proposal import proposal_table, write_proposal

__all__ = ["LANGUAGES", "label", "proposal_table", "write_comparison", "write_proposal",
           "write_result"]
