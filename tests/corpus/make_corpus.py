"""Writes the broken-input corpus (run once; the files are committed).

Each case is one file that replaces one table of the small valid organisation in
base/; expected.yaml holds the exact messages a user sees for it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
EMP = (
    "id,name,rank,education,field,current_position,birth_date,comp:Integritas\n"
    "E1,Ayu Lestari,III/a,S1,Ekonomi,P1,1985-03-15,4\n"
    "E2,Bima Pratama,II/c,D3,Keperawatan,P2,1990-07-01,3\n"
    "E3,Citra Dewi,III/b,S1,Akuntansi,,1992-11-30,3\n"
)
POS = (
    "id,title,unit,kind,headcount,min_education,fields,priority,comp:Integritas\n"
    "P1,Analis Keuangan,U1,JF,2,S1,Ekonomi; Akuntansi,1,3\n"
    "P2,Perawat,U2,JF,1,D3,Keperawatan,1,3\n"
)
UNITS = "id,name\nU1,Badan Keuangan\nU2,Dinas Kesehatan\n"


def w(name: str, text: str, encoding: str = "utf-8") -> None:
    (HERE / name).write_bytes(text.encode(encoding))


def xlsx(name: str, sheets: dict[str, list[list]], merge: str | None = None) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        if merge:
            ws.merge_cells(merge)
    wb.save(HERE / name)


def rows(text: str) -> list[list]:
    return [line.split(",") for line in text.strip().splitlines()]


def main() -> None:
    w("base/employees.csv", EMP)
    w("base/positions.csv", POS)
    w("base/units.csv", UNITS)
    w("bom.csv", "\ufeff" + EMP)
    w("cp1252.csv", EMP.replace("Ayu Lestari", "Ayu Lestàri Hérmawan"), "cp1252")
    w("semicolon.csv", EMP.replace(",", ";").replace("Ekonomi; Akuntansi", "x"))
    quoted = POS.replace(",", ";").replace("Ekonomi; Akuntansi", '"Ekonomi; Akuntansi"')
    w("decimal_comma.csv", quoted.replace(";1;3\n", ";1,5;3\n", 1))
    w("empty.csv", "")
    w("header_only.csv", EMP.splitlines()[0] + "\n")
    w("missing_columns.csv", "id,name,field\nE1,Ayu,Ekonomi\n")
    w(
        "unknown_columns.csv",
        EMP.replace("comp:Integritas\n", "comp:Integritas,hobby\n")
        .replace(",4\n", ",4,badminton\n")
        .replace(",3\n", ",3,\n"),
    )
    w("wrong_types.csv", POS.replace(",2,S1", ",dua,S1"))
    w("blank_required.csv", EMP.replace("II/c", ""))
    w("duplicate_ids.csv", EMP.replace("E3,", "E1,"))
    w("unknown_refs.csv", POS.replace("P2,Perawat,U2", "P2,Perawat,U9"))
    w("level_out_of_range.csv", EMP.replace(",1990-07-01,3", ",1990-07-01,7"))
    w("dates_text.csv", EMP.replace("1985-03-15", "15-03-1985").replace("1990-07-01", "01/07/1990"))
    w("bad_date.csv", EMP.replace("1985-03-15", "15 Maret 1985"))
    emp_rows = rows(EMP)
    for r in emp_rows[1:]:
        if r[6].startswith("1985"):
            r[6] = 31121  # Excel serial of 1985-03-15
    xlsx("dates_serial.xlsx", {"employees": emp_rows})
    pos_rows = rows(POS.replace("Ekonomi; Akuntansi", "Ekonomi"))
    pos_rows[1][4] = "=1+1"
    xlsx("formulas.xlsx", {"positions": pos_rows})
    xlsx(
        "merged_header.xlsx",
        {"positions": rows(POS.replace("Ekonomi; Akuntansi", "Ekonomi"))},
        merge="B1:C1",
    )
    xlsx(
        "several_sheets.xlsx", {"description": [["about", "this workbook"]], "employees": emp_rows}
    )
    spreadsheet_habits()


def spreadsheet_habits() -> None:
    """Cases of issue 11: NIPs typed as numbers in Excel, a comma in a ';' list, the
    Indonesian headers of an HR export given as the employees table."""
    emp_rows = rows(EMP)
    nips = [196905152000071564, 198503152010012002, 199011302019031003]  # generated
    for r, nip in zip(emp_rows[1:], nips, strict=True):
        r[0] = float(nip)  # what Excel keeps of an 18-digit number: 15 digits
    xlsx("float_nip.xlsx", {"employees": emp_rows})
    w("comma_list.csv", POS.replace("Ekonomi; Akuntansi", '"Ekonomi, Akuntansi"'))
    w(
        "indonesian_headers.csv",
        "NIP,Nama,Golongan,Pendidikan\n196905152000071564,Ayu Lestari,III/a,S-1 Ekonomi\n",
    )


def hostile() -> None:
    """Issue 13: numbers, tracebacks, structure, encodings, output folders."""
    import pandas as pd

    w("numbers_inf.csv", "id,name,min_headcount\nU1,Badan Keuangan,inf\nU2,Dinas Kesehatan,\n")
    w("numbers_huge.csv", POS.replace(",2,S1", ",1e20,S1"))
    w("negative_zero.csv", POS.replace(",1,D3", ",-0.0,D3"))
    w("date_2999.csv", EMP.replace("1990-07-01", "2999-07-01"))
    w("duplicate_header.csv", EMP.replace("birth_date,", "rank,"))
    w("control_ids.csv", EMP.replace("E3,", "E\x073,"))
    w("parent_cycle.csv", "id,name,parent\nU1,Badan Keuangan,U2\nU2,Dinas Kesehatan,U1\n")
    w("self_parent.csv", "id,name,parent\nU1,Badan Keuangan,U1\nU2,Dinas Kesehatan,\n")
    w("utf16.csv", "\ufeff" + EMP.replace(",", "\t"), "utf-16-le")
    w("utf16_no_bom.csv", EMP, "utf-16-le")
    emp = pd.read_csv(HERE / "base/employees.csv", dtype=str)
    emp["birth_date"] = pd.to_datetime(emp["birth_date"])
    emp.to_parquet(HERE / "timestamps.parquet", index=False)
    sc = HERE / "scenarios"
    data = "data: {employees: ../base/employees.csv, positions: ../base/positions.csv}\n"
    scenarios = {
        "deep": "name: deep\nobjective: {weights: {jpm: " + "[" * 100 + "]" * 100 + "}}\n",
        "extends_device": "extends: /dev/null\n",
        "nan_budget": data + "constraints: {budgets: {limits: {U1: .nan}}}\n",
        "negative_weight": data + "objective: {weights: {unplaced: -200}}\n",
        "negative_move_cap": data + "constraints: {max_moves_per_unit: {U1: -1}}\n",
        "inf_factor": data + "operations:\n  - scale_headcount: {select: {all: true}, "
        "factor: .inf}\n",
        "huge_seed": data + "solver: {seed: 2147483648}\n",
        "merge_typo": data + "operations:\n  - merge_units: {units: [U1, U2], into: U3}\n",
        "out_input": data + "operations:\n  - pin: {file: pins/pins.csv}\n",
    }
    for name, text in scenarios.items():
        w(f"scenarios/{name}.yaml", text)
    (sc / "pins").mkdir(exist_ok=True)
    w("scenarios/pins/pins.csv", "employee,position\nE3,P1\n")


if __name__ == "__main__":
    main()
    hostile()
