"""Reports of results and comparisons: CSV, JSON, Excel and a self-contained HTML page.

>>> from placement.report import write_result, write_comparison
>>> # write_result(placement.solve(scenario), "out/", lang="id")

CSV headers are machine names in every language; Excel and HTML use the labels of
``lang`` ("en" English, "id" Bahasa Indonesia), see :mod:`placement.report.labels`.
"""

from placement.report.files import write_comparison, write_result
from placement.report.labels import LANGUAGES, label

__all__ = ["LANGUAGES", "label", "write_comparison", "write_result"]
