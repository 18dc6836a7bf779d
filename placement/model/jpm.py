"""JPM mapping categories (DOMAIN.md): Optimal, Cukup Optimal, Kurang Optimal, and the
categories of a placed pair without a JPM."""

from __future__ import annotations

import numpy as np

from placement.model.context import NO_STANDARD, NOT_ASSESSED

#: JPM mapping categories (DOMAIN.md): lower bound of each, highest first.
JPM_CATEGORIES = (("Optimal", 90.0), ("Cukup Optimal", 78.0), ("Kurang Optimal", 0.0))
#: Category of a placed pair without a JPM: the person is not assessed on any competency
#: of the post's standard / the post has no competency standard.
CATEGORY_NOT_ASSESSED, CATEGORY_NO_STANDARD = "not assessed", "no standard"


def jpm_category(jpm: np.ndarray, reason: np.ndarray | None = None) -> np.ndarray:
    """Mapping category per JPM value; where there is no JPM, '' or, given ``reason``
    (:func:`placement.model.context.jpm_reason` codes), :data:`CATEGORY_NOT_ASSESSED`
    / :data:`CATEGORY_NO_STANDARD`."""
    jpm = np.asarray(jpm, dtype=float)
    out = np.full(len(jpm), "", dtype=object)
    for name, lo in reversed(JPM_CATEGORIES):
        out[jpm >= lo] = name
    out[np.isnan(jpm)] = ""
    if reason is not None:
        out[reason == NOT_ASSESSED] = CATEGORY_NOT_ASSESSED
        out[reason == NO_STANDARD] = CATEGORY_NO_STANDARD
    return out
