"""The message catalogue: both languages for every key, no user-facing text that
bypasses it, and ``--lang id`` speaking Indonesian from the CLI."""

from __future__ import annotations

import ast
import copy
import pickle
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import placement
from placement.cli import main
from placement.errors import PlacementError
from placement.i18n import MESSAGES, Message, join, msg, placeholders, render, render_all

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "placement"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CASES = yaml.safe_load((CORPUS / "expected.yaml").read_text(encoding="utf-8"))

#: English words that must not survive in an Indonesian line (outside quoted values,
#: file names and third-party text such as a YAML parser's own message).
ENGLISH = re.compile(
    r"\b(row|rows|column|columns|must|missing|blank|unknown|not a|file not"
    r"|needs|employees? id|duplicate|and \d+ more|warning:)\b"
)


# -- (a) the catalogue ----------------------------------------------------------------


def test_every_key_has_both_languages_with_the_same_placeholders():
    for key, texts in MESSAGES.items():
        assert isinstance(texts, tuple) and len(texts) == 2, key
        en, id_ = texts
        assert en.strip() and id_.strip(), key
        assert placeholders(en) == placeholders(id_), key


def test_indonesian_differs_from_english_where_there_are_words_to_translate():
    same = {k for k, (en, id_) in MESSAGES.items() if en == id_}
    # templates that are only placeholders, punctuation, codes or identifiers
    wordless = {
        k
        for k in same
        if not re.sub(
            r"\{[^}]*\}|operations|penyetaraan|kelas jabatan|golongan|error|"
            r"warning|gap|[^A-Za-z]",
            "",
            MESSAGES[k][0],
        )
    }
    assert same == wordless, sorted(same - wordless)


def test_message_is_english_str_with_render():
    m = msg("data.duplicate_id", what=msg("noun.employee"), value="E1")
    assert m == "duplicate employee id 'E1'; ids must be unique"
    assert isinstance(m, str) and m.key == "data.duplicate_id"
    assert m.render("en") == str(m)
    assert m.render("id") == "id pegawai 'E1' ganda; setiap id harus unik"
    assert render("plain", "id") == "plain"
    assert render_all([m, "x"], "id") == [m.render("id"), "x"]
    j = join("; ", [msg("noun.unit"), "U1"])
    assert j == "unit; U1" and j.render("id") == "unit kerja; U1"
    for clone in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert clone == m and clone.render("id") == m.render("id")
    with pytest.raises(KeyError):
        msg("no.such.key")


def test_library_can_render_errors_in_indonesian():
    with pytest.raises(PlacementError) as err:
        placement.load_scenario(CORPUS / "scenarios" / "misspelled_key.yaml")
    lines = [render(p, "id") for p in err.value.problems]
    assert lines == [
        "misspelled_key.yaml: kunci 'objective.wieghts' tidak dikenal; mungkin maksudnya 'weights'?"
    ]


# -- (b) nothing bypasses the catalogue -------------------------------------------------

#: (file, function) → why its literal text is allowed to stay out of the catalogue.
ALLOWED = {
    ("placement/io/gap.py", "*"): "OR-Library GAP benchmark reader: not on a planner's path "
    "(no CLI command reads it); benchmarkers read English",
    ("placement/model/gap.py", "*"): "as io/gap.py: GAP benchmark instances as Problems",
    ("placement/solvers/gap_search.py", "*"): "GAP heuristics (benchmark tooling)",
    ("placement/synth/organization.py", "generate_organization"): "synthetic data generator: "
    "argument checks of the library API (ValueError)",
    ("placement/synth/write.py", "write_organization"): "as above; its file-exists error is "
    "catalogued",
    ("placement/solvers/lagrange/__init__.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/lagrange/gap.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/lagrange/lns.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/lagrange/pricing.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/lagrange/repair.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/lagrange/rows.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/lagrange/run.py", "*"): "solver trace (outcome.log) and internal "
    "checks; the user-facing outcome messages "
    "are catalogued",
    ("placement/solvers/cpsat.py", "_solve"): "CP-SAT's own trace lines (outcome.log)",
    ("placement/solvers/auto.py", "_merge"): "solver trace (outcome.log): a stage's bound "
    "dropped; the outcome's status and reason are catalogued",
    ("placement/solvers/cpsat.py", "_break_ties"): "CP-SAT's own trace lines (outcome.log)",
    ("placement/solvers/flow.py", "_solve"): "the flow's trace line (outcome.log)",
    ("placement/i18n/catalogue.py", "msg"): "an unknown key is a bug (KeyError)",
    ("placement/i18n/catalogue.py", "register"): "Python API argument checks for "
    "developers registering catalogue keys",
    ("placement/solvers/cpsat_model.py", "add_hint"): "API misuse (hint shape): a bug, not input",
    ("placement/solvers/flow.py", "_big"): "internal overflow guard",
    ("placement/model/tables.py", "*"): "internal consistency check (a bug, not input)",
    ("placement/model/problem.py", "*"): "internal consistency checks (ValueError)",
    ("placement/model/terms.py", "register_term"): "Python API argument checks for "
    "developers registering a term",
    ("placement/domain/categories.py", "*"): "Python API argument check (ValueError)",
    ("placement/domain/talent.py", "_ordered"): "pydantic validator: pydantic words the "
    "whole message in English",
    ("placement/domain/retirement.py", "_ages"): "pydantic validator (as above)",
    ("placement/io/gap.py", "load_optima"): "as gap.py",
    ("placement/cli/common.py", "progress"): "terminal progress line (numbers, solver phase)",
    ("placement/__init__.py", "__getattr__"): "Python's attribute protocol: a misspelt "
    "name in code (AttributeError)",
}

ERROR_CALL = re.compile(r"Error$")


def _texty(node: ast.AST) -> bool:
    """A literal text: an f-string, a string constant, or a concatenation with one."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{3}", node.value))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _texty(node.left) or _texty(node.right)
    if isinstance(node, ast.List | ast.ListComp):
        elts = node.elts if isinstance(node, ast.List) else [node.elt]
        return any(_texty(e) for e in elts)
    return False


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _bypasses(call: ast.Call, raising: bool) -> ast.AST | None:
    """The literal text argument of a user-facing call, if it has one."""
    fn = _name(call.func)
    last = fn.rsplit(".", 1)[-1]
    if raising and ERROR_CALL.search(last) and call.args:
        return call.args[0] if _texty(call.args[0]) else None
    if last == "add" and fn.endswith("log.add"):
        args = call.args[3:4] + [k.value for k in call.keywords if k.arg == "message"]
        return next((a for a in args if _texty(a)), None)
    if last == "error" and fn.endswith("log.error") and call.args:
        return call.args[0] if _texty(call.args[0]) else None
    if last == "append" and re.search(r"(^|\.)(warnings|log|problems)$", fn.rsplit(".", 1)[0]):
        return call.args[0] if call.args and _texty(call.args[0]) else None
    if fn in ("click.echo", "ctx.say", "self.say", "ctx.err", "_say") and call.args:
        return call.args[0] if _texty(call.args[0]) else None
    return None


def _scan(path: Path) -> list[str]:
    rel = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node: ast.AST, func: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            func = node.name
        calls = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            calls.append((node.exc, True))
        elif isinstance(node, ast.Call):
            calls.append((node, False))
        for call, raising in calls:
            arg = _bypasses(call, raising)
            if arg is not None and (rel, "*") not in ALLOWED and (rel, func) not in ALLOWED:
                found.append(f"{rel}:{call.lineno} in {func}(): {ast.unparse(arg)[:80]}")
        for child in ast.iter_child_nodes(node):
            visit(child, func)

    visit(tree, "<module>")
    return found


def test_no_user_facing_text_bypasses_the_catalogue():
    found = [f for p in sorted(PKG.rglob("*.py")) for f in _scan(p)]
    assert not found, "literal user-facing text (use placement.i18n.msg):\n" + "\n".join(found)


def test_the_scan_catches_a_bypass(tmp_path):
    bad = PKG / "_scan_probe.py"
    try:
        bad.write_text(
            'def f(log, where):\n    raise DataError(f"{where}: bad")\n'
            '    log.add(df, m, "rank", "blank rank")\n'
            '    plan.log.append(f"merged {where}")\n',
            encoding="utf-8",
        )
        assert len(_scan(bad)) == 3
    finally:
        bad.unlink()


def test_every_used_key_is_in_the_catalogue():
    used = set()
    for p in PKG.rglob("*.py"):
        used |= set(re.findall(r"\bmsg\(\s*\"([a-z_.]+)\"", p.read_text(encoding="utf-8")))
    assert used and not used - set(MESSAGES), sorted(used - set(MESSAGES))


# -- (c) the corpus in Indonesian --------------------------------------------------------


def _scenario_for(case: str, spec: dict, tmp_path: Path) -> Path:
    if case.startswith("scenarios/"):
        return CORPUS / case
    data = {
        t: str(CORPUS.resolve() / "base" / f"{t}.csv") for t in ("employees", "positions", "units")
    }
    data[spec["table"]] = str(CORPUS.resolve() / case)
    scenario = tmp_path / "s.yaml"
    scenario.write_text(yaml.safe_dump({"name": "s", "data": data}))
    return scenario


def _strip_values(line: str) -> str:
    """The line without quoted values, paths and the YAML parser's own words."""
    line = re.sub(r"'[^']*'", "''", line)
    line = re.sub(r"\S*/\S*", "PATH", line)
    return line.split(": kesalahan sintaks YAML:")[0]


@pytest.mark.parametrize("case", [c for c, s in CASES.items() if not s.get("ok")])
def test_corpus_in_indonesian(case, tmp_path):
    spec = CASES[case]
    if spec.get("out"):  # an --out that holds an input: refused by solve
        args = ["solve", str(CORPUS / case), "--out", str(CORPUS / spec["out"])]
    else:
        args = ["validate", str(_scenario_for(case, spec, tmp_path))]
    r = CliRunner().invoke(main, ["--lang", "id", *args])
    assert r.exit_code == 1
    assert "Traceback" not in r.output
    lines = [ln for ln in r.output.splitlines() if not ln.startswith("warning: ")]
    assert len(lines) == len(spec["errors"])  # one line per problem
    english = [ln.replace("{dir}", str(CORPUS)) for ln in spec["errors"]]
    for line, en in zip(lines, english, strict=True):
        assert line.startswith("error: ")  # literal in every language, for scripts
        assert line != f"error: {en}"
        assert not ENGLISH.search(_strip_values(line[len("error: ") :])), line


@pytest.mark.parametrize("case", [c for c, s in CASES.items() if s.get("ok") and s["warnings"]])
def test_corpus_warnings_in_indonesian(case, tmp_path):
    r = CliRunner().invoke(
        main, ["--lang", "id", "validate", str(_scenario_for(case, CASES[case], tmp_path))]
    )
    assert r.exit_code == 0
    warnings = [ln for ln in r.output.splitlines() if ln.startswith("warning: ")]
    assert len(warnings) == len(CASES[case]["warnings"])
    for line in warnings:
        assert not ENGLISH.search(_strip_values(line[len("warning: ") :])), line
    assert "pegawai" in r.output and "jabatan" in r.output


def test_corpus_examples():
    lines = {}
    for case in ("blank_required.csv", "duplicate_ids.csv", "wrong_types.csv"):
        paths = {t: CORPUS / "base" / f"{t}.csv" for t in ("employees", "positions", "units")}
        paths[CASES[case]["table"]] = CORPUS / case
        with pytest.raises(PlacementError) as err:
            placement.load_organization(paths["employees"], paths["positions"], paths["units"])
        lines[case] = render(err.value.problems[0], "id")
    assert lines["blank_required.csv"] == (
        "blank_required.csv baris 3, kolom 'rank': golongan "
        "kosong; setiap pegawai harus memiliki golongan "
        "(I/a … IV/e)"
    )
    assert lines["duplicate_ids.csv"] == (
        "duplicate_ids.csv baris 2, 4, kolom 'id': id pegawai 'E1' ganda; setiap id harus unik"
    )
    assert lines["wrong_types.csv"] == (
        "wrong_types.csv baris 2, kolom 'headcount': bukan "
        "angka; tulis bilangan bulat (0 berarti jabatan "
        "ditutup); isi sel: 'dua'"
    )


# -- (d) summaries, operation log, infeasibility --------------------------------------------


def test_compare_summary_in_indonesian(tmp_path):
    r = CliRunner().invoke(
        main,
        [
            "--lang",
            "id",
            "compare",
            str(ROOT / "scenarios/tebo/baseline.yaml"),
            str(ROOT / "scenarios/tebo/merge.yaml"),
            "--out",
            str(tmp_path / "out"),
        ],
    )
    assert r.exit_code == 0, r.output
    lines = [ln for ln in r.output.splitlines() if not ln.startswith("warning: ")]
    assert lines[0].startswith("baseline: optimal (terbukti) (flow) dalam ")
    assert lines[0].endswith(
        "detik — dihitung eksak (metode aliran biaya minimum); diselesaikan ulang dengan 43 "
        "pemegang jabatan yang tidak mendapat formasi dipertahankan di jabatannya sendiri "
        "menunggu keputusan PPK (keep_displaced_holders; daftar keputusan menyebutkan "
        "mereka): status ini adalah status rencana dengan mereka dipertahankan demikian"
    )
    assert lines[1].startswith("  Pegawai ditempatkan ") and "Jabatan lowong" in lines[1]
    assert "Perpindahan jabatan" in lines[1]
    assert lines[-1].startswith("2 skenario dibandingkan; ditulis ke ")
    for line in lines:
        assert not re.search(r"\b(in \d|written|compared|scenarios|Placed|Moves)\b", line)
    html = (tmp_path / "out" / "merge" / "report.html").read_text(encoding="utf-8")
    assert "menggabungkan U13, U17 menjadi U13" in html  # the operation log


def test_validate_operation_log_in_indonesian(tmp_path):
    # the bundled merge answers the merge's warning (no cap for the merged office): a
    # merge alone is warned
    merged = tmp_path / "merge.yaml"
    merged.write_text(
        f"name: merge\nextends: {ROOT / 'scenarios/tebo/replace.yaml'}\noperations:\n"
        "  - merge_units: {units: [U13, U17], into: U13, name: Gabungan}\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["--lang", "id", "validate", str(merged)])
    assert r.exit_code == 0, r.output
    assert "pasangan pegawai–jabatan yang memenuhi syarat" in r.output
    assert "  menggabungkan U13, U17 menjadi U13" in r.output
    # the YAML key the warning points at (operations[1]) stays as the file spells it
    said = re.sub(r"operations\[\d+\]", "", r.output)
    assert " operations" not in said and "merged" not in said
    assert "unit gabungan U13 tidak memiliki max_headcount" in r.output
    r = CliRunner().invoke(
        main, ["--lang", "id", "validate", str(ROOT / "scenarios/tebo/merge.yaml")]
    )
    assert "  mengubah max_headcount unit kerja U13" in r.output
    assert "unit gabungan U13 tidak memiliki max_headcount" not in r.output


def test_infeasible_summary_in_indonesian(tmp_path):
    import pandas as pd

    from placement.cli.commands import _summary

    emp = pd.DataFrame(
        {
            "id": ["E1", "E2"],
            "rank": ["III/a", "III/a"],
            "education": ["S1", "S1"],
            "field": ["Hukum", "Hukum"],
        }
    )
    pos = pd.DataFrame(
        {"id": ["P1"], "unit": ["U1"], "headcount": [3], "min_fill": [3], "fields": ["Ekonomi"]}
    )
    r = placement.solve(placement.Scenario.from_frames(emp, pos))
    assert r.status.value == "infeasible" and r.conflicts

    class Ctx:
        quiet, lang = False, "id"
        out: list[str] = []

        def say(self, line):
            self.out.append(render(line, self.lang))

    ctx = Ctx()
    _summary(ctx, r)
    text = "\n".join(ctx.out)
    assert "tidak layak" in text
    assert "aturan yang tidak dapat dipenuhi bersamaan:" in text
    assert "jabatan P1" in text and "memerlukan sedikitnya 3 pegawai" in text
    assert "needs" not in text and "people" not in text


def test_message_params_render_in_the_same_language():
    m = msg(
        "line",
        where=msg(
            "loc.rows",
            source="e.csv",
            word=msg("loc.rows_word"),
            shown="2, 3",
            more=msg("loc.more", n=4),
            col=msg("loc.column", column="rank"),
        ),
        text=msg("data.blank_rank"),
    )
    assert m.startswith("e.csv rows 2, 3 (and 4 more), column 'rank': blank rank")
    assert m.render("id").startswith(
        "e.csv baris 2, 3 (dan 4 lainnya), kolom 'rank': golongan kosong"
    )
    assert isinstance(m, Message)


def test_no_term_name_holds_a_comma():
    """A reason lists an objective's terms with commas between them (``continuity
    -20.0, vacancy +7.0``): a term whose name held one read as two (review 59: "SKP below
    Baik, step up -6.0, SKP below Baik, seat over formasi +12.0")."""
    from placement.i18n import MESSAGES

    names = {k: v for k, v in MESSAGES.items() if k.startswith("term.")}
    assert len(names) > 10
    assert not [k for k, both in names.items() if any("," in text for text in both)]
