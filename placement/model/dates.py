"""Calendar arithmetic the model and the domain share: years between two days as an
officer counts them, whole months as twelfths."""

from __future__ import annotations

import numpy as np
import pandas as pd


def calendar_years(day: pd.Series, ref: pd.Timestamp) -> np.ndarray:
    """Years from ``ref`` to each ``day`` (NaN unknown) by the calendar: whole months as
    twelfths, the days beyond them over 365.25. A BUP is the first of a month, and so
    is a reference date as a rule: two years to BUP are 2.0, not 731 / 365.25 (review
    167 H1: 2.0014 years weighed 4.993 on ``late_move`` against another's 5.0, and a
    move worth 0.01 to the plan went before the tie order)."""
    months = (day.dt.year - ref.year) * 12 + (day.dt.month - ref.month)
    return (months / 12 + (day.dt.day - ref.day) / 365.25).to_numpy(dtype=float)


def years_between(day: pd.Timestamp, ref: pd.Timestamp) -> float:
    """:func:`calendar_years` of one day (no Series built: the decisions list asks it
    row by row)."""
    months = (day.year - ref.year) * 12 + (day.month - ref.month)
    return months / 12 + (day.day - ref.day) / 365.25
