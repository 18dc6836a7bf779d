"""Numeric views of an organisation for eligibility rules and objective terms.

Everything here is an array over employees, positions or edges; per-edge values
are computed with one gather per competency (never a loop over pairs) and cached.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import pandas as pd

from placement.model.organization import COMP_PREFIX, LIST_SEP, Organization


class Context:
    """Arrays of one organisation; ``edge_emp``/``edge_pos`` set by :meth:`set_edges`."""

    def __init__(self, org: Organization, jpm_surplus: str = "cap", eligibility=None):
        self.org = org
        self.jpm_surplus = jpm_surplus
        #: the scenario's eligibility policy (``config.Eligibility``), for objective
        #: terms that score rules (e.g. ``career`` in lenient mode); None outside a scenario
        self.eligibility = eligibility
        emp, pos, un = org.employees, org.positions, org.units
        self.emp_ids = emp["id"].to_numpy(dtype=object)
        self.pos_ids = pos["id"].to_numpy(dtype=object)
        self.unit_ids = un["id"].to_numpy(dtype=object)
        self.n_employees, self.n_positions, self.n_units = len(emp), len(pos), len(un)
        unit_index = pd.Index(un["id"])
        pos_index = pd.Index(pos["id"])
        self._emp = {
            "edu_level": emp["edu_level"].to_numpy(np.int16),
            "rank_level": emp["rank_level"].to_numpy(np.int16),
            "current_pos": _lookup(pos_index, emp["current_position"]),
            "current_unit": _lookup(unit_index, emp["current_unit"]),
        }
        parent = un["parent"].where(un["parent"] != "", un["id"])
        unit_parent = _lookup(unit_index, parent)
        unit_idx = _lookup(unit_index, pos["unit"])
        self._pos = {
            "unit_idx": unit_idx,
            "parent_idx": unit_parent[unit_idx],
            "min_edu_level": pos["min_edu_level"].to_numpy(np.int16),
            "min_rank_level": pos["min_rank_level"].to_numpy(np.int16),
            "priority": pos["priority"].to_numpy(float),
            "key": pos["key"].to_numpy(bool),
            "headcount": pos["headcount"].to_numpy(np.int64),
            "min_fill": pos["min_fill"].to_numpy(np.int64),
            "grade": pos["grade"].to_numpy(float),
        }
        cur = self._emp["current_unit"]
        self._emp["current_parent"] = np.where(cur >= 0, unit_parent[np.maximum(cur, 0)], -1)
        comps = [COMP_PREFIX + c for c in org.competencies]
        self.competencies = list(org.competencies)
        self.levels = _matrix(emp, comps)  # float32[n, C], 0 = not assessed
        self.required = _matrix(pos, comps)  # float32[m, C], 0 = not required
        self.required_sum = self.required.sum(axis=1)
        self.edge_emp = np.zeros(0, dtype=np.int32)
        self.edge_pos = np.zeros(0, dtype=np.int32)
        self._cache: dict[str, np.ndarray] = {}

    def set_edges(self, edge_emp: np.ndarray, edge_pos: np.ndarray) -> None:
        self.edge_emp = edge_emp
        self.edge_pos = edge_pos
        self._cache = {}

    def emp(self, column: str) -> np.ndarray:
        """Array over employees: a parsed column or any numeric column of the table."""
        if column not in self._emp:
            self._emp[column] = pd.to_numeric(self.org.employees[column],
                                              errors="coerce").to_numpy(float)
        return self._emp[column]

    def pos(self, column: str) -> np.ndarray:
        if column not in self._pos:
            self._pos[column] = pd.to_numeric(self.org.positions[column],
                                              errors="coerce").to_numpy(float)
        return self._pos[column]

    # -- fields of study ------------------------------------------------------------
    @cached_property
    def _fields(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(employee field code, position fieldset code, accepts[fieldset, field])."""
        emp_field = self.org.employees["field"].str.strip().str.lower()
        codes, vocab = pd.factorize(emp_field)
        fs_text = self.org.positions["fields"].str.lower()
        fs_codes, fs_vocab = pd.factorize(fs_text)
        index = {f: i for i, f in enumerate(vocab)}
        accepts = np.zeros((len(fs_vocab), len(vocab) + 1), dtype=bool)
        for s, text in enumerate(fs_vocab):
            names = [t.strip() for t in str(text).split(LIST_SEP) if t.strip()]
            if not names:
                accepts[s, :] = True
            else:
                accepts[s, [index[n] for n in names if n in index]] = True
        return codes.astype(np.int32), fs_codes.astype(np.int32), accepts

    def field_ok(self) -> np.ndarray:
        if "field_ok" not in self._cache:
            ef, pf, acc = self._fields
            self._cache["field_ok"] = acc[pf[self.edge_pos], ef[self.edge_emp]]
        return self._cache["field_ok"]

    # -- competencies ---------------------------------------------------------------
    @cached_property
    def _standards(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(distinct competency standards [S, C], standard of each position, levels
        transposed [C, n] so one competency's levels are contiguous)."""
        std, of = np.unique(self.required, axis=0, return_inverse=True)
        return std, of.ravel(), np.ascontiguousarray(self.levels.T)

    def _per_competency(self, name: str, fn) -> np.ndarray:
        """``fn(out, level, required)`` accumulated over the competencies, per edge.

        Positions share a few standards (the same jabatan in many units), so when
        ``employees × standards`` is at most four times the edge count the values are
        computed once per (standard, employee), vectorised over employees, and
        gathered per edge; otherwise per edge, one gather per competency. Both do
        the same float32 operations in the same order, so they agree exactly.
        """
        if name not in self._cache:
            std, std_of, levels_t = self._standards
            n_edges, C = len(self.edge_emp), len(self.competencies)
            if self.n_employees * len(std) <= 4 * n_edges:
                table = np.zeros((len(std), self.n_employees), dtype=np.float32)
                for s in range(len(std)):
                    for k in range(C):
                        fn(table[s], levels_t[k], std[s, k])
                out = table[std_of[self.edge_pos], self.edge_emp]
            else:
                out = np.zeros(n_edges, dtype=np.float32)
                for k in range(C):
                    fn(out, levels_t[k][self.edge_emp], std[:, k][std_of][self.edge_pos])
            self._cache[name] = out
        return self._cache[name]

    def jpm(self) -> np.ndarray:
        """JPM % per edge (100 where the position has no competency standard)."""
        if "jpm" not in self._cache:
            if self.jpm_surplus == "min":
                num = self._per_competency("jpm_num_min",
                                           lambda o, lv, rq: o.__iadd__(np.minimum(lv, rq)))
            else:
                num = self._per_competency("jpm_num",
                                           lambda o, lv, rq: o.__iadd__(lv * (rq > 0)))
            den = self.required_sum[self.edge_pos]
            with np.errstate(divide="ignore", invalid="ignore"):
                v = np.where(den > 0, 100.0 * num / np.maximum(den, 1e-9), 100.0)
            if self.jpm_surplus == "cap":
                v = np.minimum(v, 100.0)
            self._cache["jpm"] = v
        return self._cache["jpm"]

    def gap_sum(self) -> np.ndarray:
        """Sum over the standard's competencies of levels missing (training need)."""
        return self._per_competency(
            "gap_sum", lambda o, lv, rq: o.__iadd__(np.maximum(rq - lv, 0) * (rq > 0)))

    def gap_max(self) -> np.ndarray:
        return self._per_competency(
            "gap_max", lambda o, lv, rq: np.maximum(o, np.maximum(rq - lv, 0) * (rq > 0), out=o))

    # -- preferences ----------------------------------------------------------------
    @cached_property
    def preference_pairs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(employee, position, rank 1..) of every stated preference."""
        prefs = self.org.employees["preferences"]
        has = prefs != ""
        if not has.any():
            z = np.zeros(0, dtype=np.int64)
            return z, z, z
        s = prefs[has].str.split(LIST_SEP).explode().str.strip()
        s = s[s != ""]
        rank = s.groupby(level=0).cumcount().to_numpy() + 1
        emp = s.index.to_numpy(dtype=np.int64)
        pos = _lookup(pd.Index(self.org.positions["id"]), s)
        ok = pos >= 0
        return emp[ok], pos[ok].astype(np.int64), rank[ok]

    def preference_rank_score(self) -> np.ndarray:
        e, p, r = self.preference_pairs
        out = np.zeros(len(self.edge_emp))
        if not len(e):
            return out
        m = self.n_positions
        key_edges = self.edge_emp.astype(np.int64) * m + self.edge_pos
        key = e * m + p
        idx = np.searchsorted(key_edges, key)
        ok = idx < len(key_edges)
        ok[ok] = key_edges[idx[ok]] == key[ok]
        np.maximum.at(out, idx[ok], 1.0 / r[ok])
        return out


def _lookup(index: pd.Index, values) -> np.ndarray:
    return index.get_indexer(pd.Series(values).astype(object)).astype(np.int32)


def _matrix(df: pd.DataFrame, cols: list[str]) -> np.ndarray:
    if not cols:
        return np.zeros((len(df), 0), dtype=np.float32)
    out = np.zeros((len(df), len(cols)), dtype=np.float32)
    for j, c in enumerate(cols):
        if c in df:
            out[:, j] = np.nan_to_num(df[c].to_numpy(dtype=float), nan=0.0)
    return out
