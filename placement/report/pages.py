"""Whole HTML pages: the report of one result and of a comparison, in the order the
decision makers read them.

A result: title, description and report date; the plain-language summary with key
figures; per OPD before and after; the charts; the lists (people left without a post,
changes with reasons, new hires, retirements, 9-box, vacancies); then "Technical
details" (solver, objective, bound, gap, relaxations, objective breakdown, all KPIs,
operation log, data warnings) and the input files with checksums. A result without a
placement says why (the conflicts the CLI prints) and how to relax the rules.

A comparison: the scenarios with their status, the key indicators with the better
direction and the best scenario marked, per OPD across scenarios, charts, who is placed
differently, and the technical details (every KPI) at the end.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from importlib.resources import files

import pandas as pd

from placement.i18n import Message, kpi_label, label, msg, render, value_label
from placement.i18n.messages import MESSAGES
from placement.model import extension
from placement.report import against, decision, filtering, sk_checks, summary
from placement.report.charts import result_charts
from placement.report.comparison_charts import kpi_comparison_chart, pair_differences_chart
from placement.report.formatting import esc, fmt_num, fmt_pct, fmt_value
from placement.report.summary import breakdown_for, solver_rows
from placement.report.tables import differences_display, differences_table_html, table_html

#: The style sheet of every page (``assets/report.css``, shipped as package data).
CSS = files("placement.report").joinpath("assets/report.css").read_text(encoding="utf-8")


def figure(svg: str, heading: str, note: str | None = None) -> str:
    """A chart with its heading and an optional note."""
    n = f'<p class="note">{esc(note)}</p>' if note else ""
    return f"<figure><figcaption><h3>{esc(heading)}</h3>{n}</figcaption>{svg}</figure>"


def page(title: str, lang: str, body: list[str]) -> str:
    """A whole self-contained HTML page: title, style sheet, body sections."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}"{filtering.html_attribute(lang)}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}{decision.CSS}{filtering.CSS}</style>"
        "</head><body><main>"
        + "".join(body)
        + f"<footer>{esc(label('generated_by', lang))}</footer>"
        "</main>" + filtering.script_tag() + "</body></html>\n"
    )


def _meta_list(result, lang: str) -> str:
    status = result.status.value
    items = [
        (
            label("status_line", lang),
            f'<span class="badge {esc(status)}">{esc(label(status, lang))}</span>',
        ),
        (label("solver", lang), esc(result.solver)),
        (label("objective", lang), esc(fmt_num(result.objective, lang, 2))),
        (label("bound", lang), esc(fmt_num(result.bound, lang, 2))),
        (kpi_label("gap", lang), esc(fmt_pct(result.gap, lang, 2))),
    ]
    ref = result.kpis.get("reference_date")
    if ref:  # the date ages and retirement were measured at
        items.append((label("reference_date", lang), esc(ref)))
    return (
        '<dl class="meta">'
        + "".join(f"<div><dt>{esc(k)}</dt><dd>{v}</dd></div>" for k, v in items)
        + "</dl>"
    )


def _card(key_label: str, value: str, sub: str = "") -> str:
    s = f'<div class="s">{esc(sub)}</div>' if sub else ""
    return (
        f'<div class="card"><div class="k">{esc(key_label)}</div>'
        f'<div class="v">{esc(value)}</div>{s}</div>'
    )


def _cards(k: dict, f: dict, lang: str) -> str:
    g = k.get
    cards = [
        _card(
            label("placed", lang),
            fmt_num(g("placed"), lang),
            label("of_employees", lang).format(n=fmt_num(g("employees"), lang)),
        ),
        _card(
            label("mean_jpm", lang),
            fmt_num(g("mean_jpm"), lang, 1),
            label("coverage_note", lang).format(share=fmt_pct(g("assessment_coverage"), lang))
            + " · "
            + label("incumbents_jpm_note", lang).format(
                before=fmt_num(g("mean_jpm_before"), lang, 1),
                after=fmt_num(g("mean_jpm_incumbents_after"), lang, 1),
            ),
        ),
        _card(
            label("changes", lang),
            fmt_num(f["changes"], lang),
            f"{label('rotasi_short', lang)} {fmt_num(f['rotasi'], lang)} · "
            f"{label('mutasi_short', lang)} {fmt_num(f['mutasi'], lang)}",
        ),
        _card(
            label("vacancies", lang),
            fmt_num(g("vacancies"), lang),
            f"{label('fill_rate', lang)}: {fmt_pct(g('fill_rate'), lang)}",
        ),
        _card(
            label("unplaced", lang),
            fmt_num(g("unplaced"), lang),
            f"{label('displaced_short', lang)}: {fmt_num(f['lost_post'], lang)}",
        ),
        _card(
            label("jpm_optimal", lang),
            fmt_num(g("jpm_optimal"), lang),
            f"Cukup {fmt_num(g('jpm_cukup_optimal'), lang)} · "
            f"Kurang {fmt_num(g('jpm_kurang_optimal'), lang)} · "
            f"{label('not assessed', lang)} {fmt_num(g('jpm_not_assessed'), lang)} · "
            f"{label('no standard', lang)} {fmt_num(g('jpm_no_standard'), lang)}",
        ),
        _card(label("field_fit_rate", lang), fmt_pct(g("field_fit_rate"), lang)),
        _card(
            label("people_needing_training", lang),
            fmt_num(g("people_needing_training"), lang),
            f"{label('training_gap_total', lang)}: {fmt_num(g('training_gap_total'), lang)}",
        ),
    ]
    return '<section class="cards">' + "".join(cards) + "</section>"


def _log_html(meta: dict, lang: str) -> str:
    out = []
    for key, items in (
        ("operation_log", meta.get("log", [])),
        ("warnings", meta.get("warnings", [])),
    ):
        if items:
            out.append(
                f'<h2>{esc(label(key, lang))}</h2><ul class="log">'
                + "".join(f"<li>{esc(value_label(x, lang))}</li>" for x in items)
                + "</ul>"
            )
    return "".join(out)


def _technical_html(result, lang: str, meta: dict) -> str:
    """Solver, objective, bound, gap, why this solver, relaxations, the objective
    breakdown, every KPI, the operation log and the data warnings."""
    body = [
        f'<section class="technical" id="technical"><h2>{esc(label("technical", lang))}</h2>',
        f'<p class="note">{esc(label("technical_note", lang))}</p>',
        _meta_list(result, lang),
    ]
    for key, (value,) in solver_rows(result):
        if value:
            body.append(
                f'<p class="reason">{esc(label(key, lang))}: {esc(value_label(value, lang))}</p>'
            )
    relaxed = getattr(result, "relaxations", [])
    if relaxed:
        body.append(
            f'<h3>{esc(label("rules_relaxed", lang))}</h3><ul class="log">'
            + "".join(f"<li>{esc(value_label(x, lang))}</li>" for x in relaxed)
            + "</ul>"
        )
    if result.assignment is not None:
        body.append(f"<h3>{esc(label('objective_breakdown', lang))}</h3>")
        body.append(
            table_html(
                breakdown_for(result, lang),
                ["term", "description", "sense", "weight", "points"],
                lang,
                "breakdown.csv",
            )
        )
    kp = pd.DataFrame(
        {
            "kpi": [kpi_label(str(k), lang) for k in result.kpis],
            "value": [fmt_value(str(k), v, lang) for k, v in result.kpis.items()],
        }
    )
    body.append(f"<h3>{esc(label('all_kpis', lang))}</h3>")
    body.append(table_html(kp, ["kpi", "value"], lang, "kpis.json", limit=len(kp) + 1))
    body.append(_log_html(meta, lang).replace("<h2>", "<h3>").replace("</h2>", "</h3>"))
    body.append(decision.sources_html(meta.get("inputs", []), lang))
    body.append("</section>")
    return "".join(body)


def description(meta: dict, lang: str) -> str:
    """The scenario's description in ``lang`` when it has one, else its description."""
    return meta.get(f"description_{lang}") or meta.get("description", "")


def _header(
    title: str, name: str, lang: str, meta: dict, date: _dt.date, reference: str | None = None
) -> list[str]:
    body = ["<header>", f'<h1>{esc(title)}: <span class="scenario">{esc(name)}</span></h1>']
    if description(meta, lang):
        body.append(f'<p class="desc">{esc(description(meta, lang))}</p>')
    body.append(decision.stamp_html(date, lang, reference))
    body.append("</header>")
    return body


def _one_reference(results) -> str | None:
    """The reference date the scenarios share (None where they differ: each
    scenario's report and the technical details give its own)."""
    days = {r.kpis.get("reference_date") for r in results}
    return days.pop() if len(days) == 1 else None


def result_html(result, lang: str, meta: dict, date: _dt.date | None = None) -> str:
    """The report of one result (``meta``: description, log, warnings, inputs)."""
    date = date or summary.report_date()
    title = f"{label('report_title', lang)}: {result.name}"
    body = _header(
        label("report_title", lang),
        result.name,
        lang,
        meta,
        date,
        result.kpis.get("reference_date"),
    )
    body.append('<div class="first-page">')
    body.append(decision.summary_html(result, lang))
    if result.assignment is None or result.compiled is None:
        body.append("</div>")
        if result.assignment is None:
            body.append(decision.infeasible_html(result, lang))
        body.append(_technical_html(result, lang, meta))
        return page(title, lang, body)
    body.append(_cards(result.kpis, summary.facts(result), lang))
    body.append("</div>")
    body.append(decision.opd_html(result, lang))
    charts = result_charts(result, lang)
    body.append(f"<h2>{esc(label('charts', lang))}</h2>")
    body.append(
        figure(
            charts["unit_fill"], label("chart_unit_fill", lang), label("chart_unit_fill_note", lang)
        )
    )
    body.append(
        '<div class="grid2">'
        + figure(charts["jpm_histogram"], label("chart_jpm_histogram", lang))
        + figure(charts["jpm_categories"], label("chart_jpm_categories", lang))
        + "</div>"
    )
    body.append(
        figure(
            charts["moves_matrix"],
            label("chart_moves_matrix", lang),
            label("chart_moves_matrix_note", lang),
        )
    )
    body.append(
        figure(
            charts["training_gaps"],
            label("chart_training_gaps", lang),
            label("chart_training_gaps_note", lang),
        )
    )
    body.append(decision.lists_html(result, lang))
    vac = result.vacancies
    if len(vac) and "priority" in vac:
        vac = vac.sort_values(["priority", "vacant"], ascending=[False, False], kind="stable")
    body.append(f"<h3>{esc(label('vacancy_table', lang))}</h3>")
    body.append(
        table_html(
            vac,
            ["unit_name", "position", "title", "kind", "headcount", "filled", "vacant", "priority"]
            + [
                c
                for c in ("supernumerary", "kept_pending", "kept_without_licence")
                if c in vac and vac[c].any()
            ]
            # why each seat stays empty (review 85 H2: none said it)
            + [c for c in ("candidates", "why_empty") if c in vac],
            lang,
            "vacancies.csv",
            limit=decision.LIST_ROWS,
        ).replace("<table>", '<table class="long">', 1)
    )
    for key, df in summary.extra_tables(result).items():
        # an extension's table (the workload analysis: each analysed post's staff
        # needed, before and after, and its EJ) in the report too, not only in the
        # workbook and its CSV (the bundled workload report showed no ABK table); the
        # retirements are among the lists already
        if key in decision.LISTED_TABLES:
            continue
        body.append(f"<h3>{esc(label(key, lang))}</h3>")
        body.append(
            table_html(df, list(df.columns), lang, f"{key}.csv", limit=decision.LIST_ROWS).replace(
                "<table>", '<table class="long">', 1
            )
        )
    body.append(_technical_html(result, lang, meta))
    return page(title, lang, body)


def _direction(key: str, lang: str, kp: pd.DataFrame) -> str:
    """Which way a KPI is better; "per person placed" / "per seat" only where the
    comparison can divide by that (its row is in the table)."""
    d = summary.KPI_DIRECTION.get(key)
    if d is None:
        return ""
    text = label("higher_better" if d > 0 else "lower_better", lang)
    per = summary.KPI_PER.get(key)
    return f"{text} {label(f'per_{per}', lang)}" if per and per in kp.index else text


def _kpi_rows(
    kp: pd.DataFrame,
    keys: Sequence[str],
    names: list[str],
    lang: str,
    best: dict[str, set[str]],
    direction: bool,
) -> list[str]:
    out = []
    for key in keys:
        if key not in kp.index or key == "scenario":
            continue
        plain = {n: fmt_value(str(key), kp.at[key, n], lang) for n in names}
        top_text = {plain[n] for n in best.get(key, set())}
        tops = {n for n in names if plain[n] in top_text}  # ties as they read
        if key in summary.KPI_PER:  # compared per person or seat: the star reads the rate
            tops = set(best.get(key, set()))
        shown_all = against.shown(key, kp, names, lang)
        if len(tops) == len(names):
            tops = set()
        cells = []
        for n in names:
            shown = shown_all[n]
            if n in tops:
                cells.append(f'<td class="num best">★ {esc(shown)}</td>')
            else:
                cells.append(f'<td class="num">{esc(shown)}</td>')
        d = f"<td>{esc(_direction(key, lang, kp))}</td>" if direction else ""
        out.append(f"<tr><td>{esc(kpi_label(str(key), lang))}</td>{d}{''.join(cells)}</tr>")
    return out


def _kpi_table(kp, keys, names, lang, best, direction: bool) -> str:
    head = (
        "<table><thead><tr>"
        f"<th>{esc(label('kpi', lang))}</th>"
        + (f"<th>{esc(label('direction', lang))}</th>" if direction else "")
        + "".join(f'<th class="num">{esc(n)}</th>' for n in names)
        + "</tr></thead><tbody>"
    )
    return head + "".join(_kpi_rows(kp, keys, names, lang, best, direction)) + "</tbody></table>"


def _against_bases_html(table: pd.DataFrame, lang: str) -> str:
    """:func:`~placement.report.against.against_bases` in words, one item per scenario:
    what it is better, worse and otherwise different in against the one it is compared
    with (review 122 M5: the comparison never said what ``replace`` buys over
    ``baseline``)."""
    items = []
    for name, rows in table.groupby("scenario", sort=False):
        first = rows.iloc[0]
        lines = [
            render(
                msg(
                    "compare.against_base",
                    name=name,
                    base=first["against"],
                    n=int(first["placed_differently"]),
                ),
                lang,
            )
        ]
        for judgement, key in (("better", "better"), ("worse", "worse"), ("different", "other")):
            got = rows[rows["judgement"] == judgement]
            said = [
                render(msg("compare.versus", kpi=kpi_label(k, lang), value=v, base=b), lang)
                for k, v, b in zip(got["kpi"], got["value"], got["value_against"], strict=True)
            ]
            if said:
                lines.append(render(msg(f"compare.{key}", items="; ".join(said)), lang))
        if (rows["judgement"] == "level").any():
            lines.append(label("against_base_level", lang))
        items.append("<li>" + "<br>".join(esc(x) for x in lines) + "</li>")
    if not items:
        return ""
    return (
        f"<h3>{esc(label('against_base', lang))}</h3>"
        f'<p class="note">{esc(label("against_base_note", lang))}</p>'
        f'<ul class="against">{"".join(items)}</ul>'
    )


def _opd_across_html(comparison, lang: str) -> str:
    t = summary.opd_across(comparison.results)
    names = [
        r.name for r in comparison.results if r.assignment is not None and r.compiled is not None
    ]
    out = [
        f"<h2>{esc(label('opd_across', lang))}</h2>",
        f'<p class="note">{esc(label("opd_across_note", lang))}</p>',
    ]
    if not len(t) or not names:
        return "".join(out) + f'<p class="note">{esc(label("none_note", lang))}</p>'
    out.append(
        '<div class="wide"><table class="long opd-across"><thead><tr>'
        f"<th>{esc(label('opd', lang))}</th>"
        f'<th class="num">{esc(label("staff_before", lang))}</th>'
        + "".join(f'<th class="num">{esc(n)}</th>' for n in names)
        + "</tr></thead><tbody>"
    )
    for i in range(len(t)):
        row = t.iloc[i]
        cells = []
        for n in names:
            after, hc, diff = row[f"staff_after:{n}"], row[f"headcount:{n}"], row[f"difference:{n}"]
            if pd.isna(after):
                cells.append('<td class="num">–</td>')
                continue
            cls = ' class="neg"' if diff < 0 else ""
            # the OPD as this scenario has it, where it differs (units merged into it)
            there, was = row[f"opd_name:{n}"], row[f"staff_before:{n}"]
            other = ""
            if there != row["opd_name"] or was != row["staff_before"]:
                text = msg("compare.opd_there", name=there, before=fmt_num(was, lang))
                other = f'<br><span class="note">{esc(value_label(text, lang))}</span>'
            cells.append(
                f'<td class="num">{esc(fmt_num(after, lang))} / '
                f"{esc(fmt_num(hc, lang))} "
                f"<span{cls}>({esc(decision.signed(diff, lang))})</span>{other}</td>"
            )
        out.append(
            f"<tr><td>{esc(row['opd_name'])}</td>"
            f'<td class="num">{esc(fmt_num(row["staff_before"], lang))}</td>'
            + "".join(cells)
            + "</tr>"
        )
    out.append("</tbody></table></div>")
    return "".join(out)


def _before_sks_html(table: pd.DataFrame, lang: str) -> str:
    """:func:`~placement.report.sk_checks.before_sks` as a table: one row per count,
    one column per scenario, no stars (counts to weigh)."""
    if not len(table.columns):
        return ""
    head = "".join(f'<th class="num">{esc(n)}</th>' for n in table.columns)
    rows = "".join(
        f"<tr><td>{esc(label(str(key), lang))}</td>"
        + "".join(f'<td class="num">{esc(fmt_num(v, lang))}</td>' for v in table.loc[key])
        + "</tr>"
        for key in table.index
    )
    return (
        f"<h3>{esc(label('before_sks', lang))}</h3>"
        f'<p class="note">{esc(label("before_sks_note", lang))}</p>'
        f"<table><thead><tr><th>{esc(label('check', lang))}</th>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _displaced_across_html(comparison, lang: str) -> str:
    """The officials each scenario leaves without a post, by name, with the post they
    held and why (:func:`~placement.report.summary.displaced_across`): the count alone
    said "5" for `merge`, two of them its Kepala Dinas (review 100 H3)."""
    t = summary.displaced_across(comparison.results, lang)
    if not len(t):
        return ""
    return (
        f"<h2>{esc(label('displaced_across', lang))}</h2>"
        f'<p class="note">{esc(label("displaced_across_note", lang))}</p>'
        + table_html(t, list(t.columns), lang, "moves.csv", limit=len(t))
    )


def same_placements(pairs: pd.DataFrame) -> list:
    """A sentence per pair of scenarios that place every employee alike (the
    :func:`~placement.report.files.pair_differences` rows with none placed
    differently): a Bupati comparing them is told why their figures agree (review 43:
    ``penyetaraan`` placed everyone as ``replace`` did, and nothing said so)."""
    same = pairs[pairs["placed_differently"] == 0] if len(pairs) else pairs
    return [
        msg("compare.same_placement", a=a, b=b)
        for a, b in zip(same["scenario_a"].tolist(), same["scenario_b"].tolist(), strict=True)
    ]


def _warnings_across_html(results, lang: str) -> str:
    """The scenarios' data warnings, each once with the scenarios it concerns, those of
    some scenarios only first (review 71: that `quota` gives Dinas Kesehatan 77 seats
    more than its cap allows was said in its own report only)."""
    found = summary.warnings_across(results)
    if not found:
        return ""
    found = [x for x in found if x[1] is not None] + [x for x in found if x[1] is None]
    items = [
        f"<li><b>{esc(label('every_scenario', lang) if names is None else ', '.join(names))}"
        f"</b>: {esc(value_label(w, lang))}</li>"
        for w, names in found
    ]
    return f'<h2>{esc(label("warnings", lang))}</h2><ul class="log">{"".join(items)}</ul>'


def _unchecked_across_html(results, lang: str) -> str:
    """What no rule of the scenarios checked before the SK (time in post, the
    inauguration and pre-election windows), each sentence once with the scenarios
    whose plan changes posts (review 80: the comparison shown to the Bupati said
    nothing of it; each scenario's own report did); and the extensions' own "not
    checked" sentences (a summary sentence whose key ends in ``_unchecked``), once with
    each scenario's count where the catalogue has its ``_across`` form (review 114 M3:
    the legal status left unchecked was in each scenario's report, not in this one)."""
    seen: dict[str, list[str]] = {}
    own: dict[str, list[tuple[str, Message]]] = {}
    for r in results:
        if r is None or r.assignment is None or r.compiled is None:
            continue
        f = summary.facts(r)
        if f["changes"] or f["lost_post"]:
            seen.setdefault(render(msg(f"sum.timing_{f['time_in_post']}"), lang), []).append(r.name)
        for hook in extension.hooks("summary"):
            for line in hook(r):
                key = getattr(line, "key", "")
                if key.endswith("_unchecked"):
                    own.setdefault(key, []).append((r.name, line))
    for key, lines in own.items():
        if key + "_across" in MESSAGES:
            counts = ", ".join(f"{name} {line.params.get('n', '')}".strip() for name, line in lines)
            seen[render(msg(key + "_across", counts=counts), lang)] = []
            continue
        for name, line in lines:
            seen.setdefault(render(line, lang), []).append(name)
    return "".join(
        f'<p class="note">{esc(text)}' + (f" ({esc(', '.join(names))})" if names else "") + "</p>"
        for text, names in seen.items()
    )


def comparison_html(
    comparison,
    kp: pd.DataFrame,
    pairs: pd.DataFrame,
    lang: str,
    folders: dict[str, str],
    metas: dict[str, dict],
    date: _dt.date | None = None,
) -> str:
    """The comparison report: scenarios, key indicators with the best marked, per OPD
    across scenarios, charts, differences; every indicator in the technical details."""
    date = date or summary.report_date()
    names = comparison.names
    title = f"{label('comparison_title', lang)}: {', '.join(names)}"
    body = [
        "<header>",
        f"<h1>{esc(label('comparison_title', lang))}</h1>",
        f'<p class="desc">{esc(", ".join(names))}</p>',
        decision.stamp_html(date, lang, _one_reference(comparison.results)),
        "</header>",
    ]
    body.append(
        f'<section class="plain" id="summary"><h2>{esc(label("scenario_reports", lang))}</h2>'
        "<table><thead><tr>"
        f"<th>{esc(label('scenario', lang))}</th>"
        f"<th>{esc(label('description', lang))}</th>"
        f"<th>{esc(label('status_line', lang))}</th></tr></thead><tbody>"
    )
    for r in comparison.results:
        href = f"{folders[r.name]}/report.html"
        desc = description(metas.get(r.name, {}), lang)
        body.append(
            f'<tr><td><a href="{esc(href)}">{esc(r.name)}</a></td>'
            f"<td>{esc(desc)}</td>"
            f'<td><span class="badge {esc(r.status.value)}">'
            f"{esc(label(r.status.value, lang))}</span></td></tr>"
        )
    body.append("</tbody></table>")
    body.append(_warnings_across_html(comparison.results, lang))
    body.append(_unchecked_across_html(comparison.results, lang))
    best = summary.best_scenarios(kp, names)
    body.append(f"<h2>{esc(label('decision_kpis', lang))}</h2>")
    body.append(f'<p class="note">{esc(label("best_note", lang))}</p>')
    body.append(_kpi_table(kp, summary.DECISION_KPIS, names, lang, best, direction=True))
    # how the KPIs measured for scenarios that lack them were measured (the workload
    # rows by one scenario's ABK: review 103 H1)
    body += [f'<p class="note">{esc(render(n, lang))}</p>' for n in comparison.compared[1]]
    body.append(_against_bases_html(against.against_bases(comparison, kp, lang), lang))
    body.append(_before_sks_html(sk_checks.before_sks(comparison), lang))
    body.append("</section>")
    body.append(_displaced_across_html(comparison, lang))
    body.append(_opd_across_html(comparison, lang))
    body.append(f"<h2>{esc(label('charts', lang))}</h2>")
    body.append(figure(kpi_comparison_chart(kp, names, lang), label("chart_kpi_comparison", lang)))
    body.append(f"<h2>{esc(label('differences', lang))}</h2>")
    body += [f'<p class="note">{esc(render(n, lang))}</p>' for n in same_placements(pairs)]
    body.append(figure(pair_differences_chart(pairs, lang), label("chart_pair_differences", lang)))
    body.append(table_html(pairs, list(pairs.columns), lang, "kpis.json"))
    body.append(f"<h3>{esc(label('differences_sample', lang))}</h3>")
    body.append(differences_table_html(differences_display(comparison, lang), lang))
    body.append(
        f'<section class="technical" id="technical"><h2>{esc(label("technical", lang))}</h2>'
    )
    body.append(f"<h3>{esc(label('all_kpis', lang))}</h3>")
    body.append(
        _kpi_table(kp, [k for k in kp.index if k != "scenario"], names, lang, best, direction=True)
    )
    body.append(
        "<table><thead><tr>"
        f"<th>{esc(label('scenario', lang))}</th>"
        f"<th>{esc(label('solver_reason', lang))}</th></tr></thead><tbody>"
    )
    for r in comparison.results:
        body.append(
            f"<tr><td>{esc(r.name)}</td><td>"
            + "<br>".join(esc(value_label(v, lang)) for _, (v,) in solver_rows(r) if v)
            + "</td></tr>"
        )
    body.append("</tbody></table>")
    inputs = sorted({f for m in metas.values() for f in m.get("inputs", [])})
    body.append(decision.sources_html(inputs, lang))
    body.append("</section>")
    return page(title, lang, body)
