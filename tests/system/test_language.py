"""Catalogue coverage: with --lang id, no text the message catalogue or the report labels
hold in English (and not in Indonesian) reaches a reader, in any output of solve,
compare, explain, validate, init, proposal and shortlist: the terminal, the HTML
reports and every cell of every workbook. The English texts are taken from the
catalogue itself (placement.i18n MESSAGES and LABELS), not from a
word list, so a new message is covered as soon as it exists."""

from __future__ import annotations

import re
import string
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from placement.cli import main
from placement.generate import generate_organization
from placement.i18n import LABELS, MESSAGES

WORD = re.compile(r"[A-Za-z]{2,}")


def english_only() -> tuple[set[str], set[str]]:
    """(phrases of three words or more, whole texts) that exist only in English: the
    literal parts of every English template and every English label whose Indonesian
    differs."""
    id_labels = [i for _, i in LABELS.values()]
    id_texts = " \n ".join(i for _, i in MESSAGES.values()) + " \n " + " \n ".join(id_labels)
    phrases, whole = set(), set()
    for en, _ in MESSAGES.values():
        for literal, *_ in string.Formatter().parse(en):
            for part in re.split(r"[;:()\[\]—\n]|, | - ", literal or ""):
                part = part.strip(" .,'\"")
                if len(WORD.findall(part)) >= 3 and part not in id_texts:
                    phrases.add(part)
    for key, (en, idn) in LABELS.items():
        if idn == en or en in id_labels or not WORD.search(en):
            continue
        if en == key.split(":")[-1] and key.startswith("value:"):
            continue  # a machine word shown as itself where it is an id (a KPI key, a term)
        (phrases if len(WORD.findall(en)) >= 3 else whole).add(en)
    return phrases, whole


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.nodes: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script")
        for k, v in attrs:
            if k in ("placeholder", "aria-label", "title", "data-filter") and v:
                self.nodes.append(v)

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data.strip())


def texts_of(path: Path) -> list[str]:
    """Every piece of text a person reads in an output file."""
    if path.suffix == ".html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return p.nodes
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path, read_only=True)
        out = list(wb.sheetnames)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out += [v for v in row if isinstance(v, str)]
        return out
    return []


def leaks(texts: list[str], phrases: set[str], whole: set[str]) -> list[str]:
    found = []
    for t in texts:
        if t in whole:
            found.append(t)
            continue
        for segment in re.split(r"[,;:()—]| · ", t):
            if segment.strip(" .0123456789%") in whole:
                found.append(f"{segment.strip()!r} in {t[:80]!r}")
        found += [f"{p!r} in {t[:120]!r}" for p in phrases if p in t]
    return found


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    d = tmp_path_factory.mktemp("lang")
    g = generate_organization(300, seed=1)
    for name, df in (("employees", g.employees), ("positions", g.positions), ("units", g.units)):
        df.to_csv(d / f"{name}.csv", index=False)
    (d / "base.yaml").write_text(
        "name: base\ndescription: English text of the user\n"
        "description_id: Teks pengguna dalam bahasa Indonesia\n"
        "data: {employees: employees.csv, positions: positions.csv, units: units.csv}\n"
        "operations:\n  - retirements: {horizon_years: 5, mode: report}\n"
        "  - keep_incumbents: {select: {kinds: [JPT]}}\n",
        encoding="utf-8",
    )
    (d / "merge.yaml").write_text(
        "name: merge\nextends: base.yaml\noperations:\n"
        "  - merge_units: {units: [U02, U03], into: U02, name: Badan Gabungan}\n"
        "  - close_positions: {select: {positions: [P0005]}}\n",
        encoding="utf-8",
    )
    (d / "tight.yaml").write_text(
        "name: tight\nextends: base.yaml\noperations:\n"
        "  - set_unit: {unit: U02, min_headcount: 500}\n",
        encoding="utf-8",
    )
    return d, g


def run(args: list[str]) -> str:
    r = CliRunner().invoke(main, ["--lang", "id", *args])
    assert r.exit_code in (0, 2), r.output
    return r.output


def test_no_english_catalogue_text_in_indonesian_output(example, tmp_path):
    d, g = example
    phrases, whole = english_only()
    assert len(phrases) > 100 and len(whole) > 50  # the catalogue is what is checked
    employee = str(g.employees["id"].iloc[0])
    post = str(g.positions["id"].iloc[1])
    outputs = {
        "solve": run(["solve", str(d / "merge.yaml"), "--out", str(tmp_path / "s")]),
        "compare": run(
            [
                "compare",
                str(d / "base.yaml"),
                str(d / "merge.yaml"),
                str(d / "tight.yaml"),
                "--out",
                str(tmp_path / "c"),
                "--proposal",
                "merge",
            ]
        ),
        "explain": run(
            ["explain", str(d / "merge.yaml"), "--employee", employee, "--position", post]
        ),
        "validate": run(["validate", str(d / "base.yaml"), str(d / "merge.yaml")]),
        "init": run(["init", str(tmp_path / "init")]),
        "proposal": run(["proposal", str(d / "merge.yaml"), "--out", str(tmp_path / "p")]),
        "shortlist": run(
            [
                "shortlist",
                str(d / "base.yaml"),
                "--kind",
                "JPT",
                "--top",
                "3",
                "--out",
                str(tmp_path / "calon.xlsx"),
            ]
        ),
        "infeasible": run(["solve", str(d / "tight.yaml"), "--out", str(tmp_path / "t")]),
    }
    found = []
    for command, text in outputs.items():
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        found += [f"{command}: {x}" for x in leaks(lines, phrases, whole)]
    files = [p for p in tmp_path.rglob("*") if p.suffix in (".html", ".xlsx")]
    assert len(files) >= 10
    for f in files:
        found += [f"{f.relative_to(tmp_path)}: {x}" for x in leaks(texts_of(f), phrases, whole)]
    assert not found, "English left in --lang id output:\n" + "\n".join(sorted(set(found)))


def test_numbers_are_written_with_a_decimal_comma(example, tmp_path):
    d, _ = example
    out = run(["solve", str(d / "base.yaml"), "--out", str(tmp_path / "s")])
    assert re.search(r"dalam \d+,\d detik", out)
    assert not re.search(r"\d\.\d", out.split("\n")[1]), out  # the KPI line
    html = (tmp_path / "s" / "report.html").read_text(encoding="utf-8")
    assert "Teks pengguna dalam bahasa Indonesia" in html
    page = html[: html.index('<section class="lists"')]  # summary, key figures, per OPD
    p = _Text()
    p.feed(page)
    text = " ".join(p.nodes)
    jpm = re.findall(r"\b\d{1,3}[.,]\d\b", text)
    assert jpm and all("," in x for x in jpm), jpm[:10]


def test_the_check_finds_english(tmp_path):
    """The check itself: an English label or sentence in an output is reported."""
    phrases, whole = english_only()
    assert leaks(["Staff placement report"], phrases, whole)
    assert leaks(["Placed"], phrases, whole)
    assert leaks(
        ["x: refusing to overwrite an input file; choose another --out folder"], phrases, whole
    )
    assert not leaks(["Laporan penempatan pegawai", "Pegawai ditempatkan 4.496"], phrases, whole)
    zipfile.is_zipfile  # noqa: B018  (openpyxl reads the workbooks)
