"""Labels for reports in English (``en``) and Bahasa Indonesia (``id``).

One flat dictionary per language maps a key to its label. Keys are the machine
names used in the result tables and KPIs (``headcount``, ``mean_jpm``), the values
found in them (``stays``, ``moves to another unit``, ``optimal``), sheet names and
report headings. Where a word means the same thing as a column, a KPI and a sheet
(``moves``, ``vacancies``) it has one label. The Indonesian labels use the terms
planners use: formasi, bezetting, mutasi, jabatan lowong, kebutuhan pengembangan kompetensi, pegawai
tidak ditempatkan, unit kerja, jabatan, JPM. The JPM categories (Optimal, Cukup
Optimal, Kurang Optimal) are the same in both languages.

>>> label("headcount", "id")
'Formasi'
>>> label("no such key", "id")
'no such key'
"""

from __future__ import annotations

from placement.errors import PlacementError
from placement.messages import Message

LANGUAGES = ("en", "id")

EN: dict[str, str] = {
    # -- columns: people and positions ------------------------------------------------
    "employee_id": "Employee ID",
    "employee": "Employee",
    "name": "Name",
    "rank": "Rank",
    "education": "Education",
    "field": "Field of study",
    "performance": "Performance",
    "birth_date": "Birth date",
    "retirement_date": "Retirement date",
    "current_unit": "Current unit",
    "current_position": "Current position",
    "unit": "Unit",
    "unit_name": "Unit name",
    "position": "Position",
    "title": "Position title",
    "kind": "Position kind",
    "status": "Status",
    "jpm": "JPM (%)",
    "jpm_category": "JPM category",
    "jpm_before": "JPM before (%)",
    "jpm_after": "JPM after (%)",
    "jpm_change": "JPM change",
    "field_fit": "Field fits",
    "education_fit": "Education fits",
    "training_gap": "Training gap (levels)",
    "pinned": "Pinned",
    "exclusion": "Not placeable because",
    "reason_code": "Reason (code)",
    "differences_from_first": "Placed differently from the first scenario",
    "differences_in_touched_units": "… of them in units the scenario changes",
    "knock_on_differences": "… of them knock-on moves elsewhere",
    "reason_points": "Points the reason quotes",
    # moves
    "from_unit": "From unit",
    "from_unit_name": "From unit name",
    "from_position": "From position",
    "from_title": "From position title",
    "to_unit": "To unit",
    "to_unit_name": "To unit name",
    "to_position": "To position",
    "to_title": "To position title",
    "from_grade": "From grade",
    "to_grade": "To grade",
    "grade": "Grade",
    "reason": "Reason",
    "from": "From",
    "to": "To",
    # vacancies and unit fill
    "headcount": "Headcount",
    "filled": "Filled",
    "before": "Staff before",
    "vacant": "Vacant",
    "priority": "Priority",
    "fill_rate": "Fill rate",
    "mean_jpm": "Mean JPM (%)",
    "max_headcount": "Maximum headcount",
    "eligible_positions": "Eligible positions",
    # training needs
    "competency": "Competency",
    "required": "Required level",
    "level": "Assessed level",
    "gap": "Gap",
    "people": "People",
    # objective breakdown
    "term": "Objective term",
    "weight": "Weight",
    "sense": "Sense",
    "points": "Points",
    "description": "Description",
    "reward": "reward",
    "penalty": "penalty",
    # KPI table
    "kpi": "KPI",
    "key": "Key",
    "value": "Value",
    # comparison
    "scenario_a": "Scenario A",
    "scenario_b": "Scenario B",
    "placed_differently": "Placed differently",
    "moves_only_in_a": "Moves only in A",
    "moves_only_in_b": "Moves only in B",
    "moves_in_both": "Moves in both",
    "(not in scenario)": "(not in scenario)",
    # -- KPIs -------------------------------------------------------------------------
    "scenario": "Scenario",
    "solver": "Solver",
    "objective": "Objective",
    "bound": "Bound",
    "employees": "Employees",
    "positions": "Positions",
    "eligible_pairs": "Eligible employee–position pairs",
    "placed": "Placed",
    "unplaced": "Unplaced",
    "stays": "Stay in post",
    "moves": "Moves",
    "moves_within_unit": "Moves within a unit",
    "moves_between_units": "Moves between units",
    "displaced": "Incumbents left without a post",
    "rules_relaxed": "Rules relaxed",
    "new_placements": "New placements",
    "seats": "Seats (headcount)",
    "vacancies": "Vacancies",
    "mean_jpm_before": "Mean JPM of incumbents before (%)",
    "mean_jpm_incumbents_after": "Mean JPM after, incumbents still placed (%)",
    "field_fit_rate": "Field fit rate",
    "jpm_optimal": "JPM Optimal",
    "jpm_cukup_optimal": "JPM Cukup Optimal",
    "jpm_kurang_optimal": "JPM Kurang Optimal",
    "jpm_not_assessed": "JPM: not assessed",
    "jpm_no_standard": "JPM: post without a competency standard",
    "assessment_coverage": "Assessment coverage (placed staff with a JPM)",
    "jpm_coverage": "Share of the standard assessed",
    "coverage_note": "over {share} of placed staff (those with a JPM)",
    "reference_date": "Reference date (ages, retirement)",
    "training_gap_total": "Training gap (total levels)",
    "people_needing_training": "People needing training",
    "solver_reason": "Solver choice",
    "solver_message": "Solver message",
    "kpi:gap": "Optimality gap",
    # -- values -----------------------------------------------------------------------
    "value:stays": "stays",
    "value:unplaced": "unplaced",
    "optimal": "optimal (proven)",
    "feasible": "feasible (not proven optimal)",
    "infeasible": "infeasible",
    "no_solution": "no solution found",
    "new": "new placement",
    "moves within unit": "moves within unit",
    "moves to another unit": "moves to another unit",
    "position closed": "position closed",
    "post over headcount": "post over headcount",
    "no seat left": "no seat left",
    "better competency fit": "better competency fit",
    "frees a seat / better overall fit": "frees a seat / better overall fit",
    "no eligible position under the hard requirements": (
        "no eligible position under the hard requirements"
    ),
    "outcompeted: every eligible position was filled by a better fit": (
        "outcompeted: every eligible position was filled by a better fit"
    ),
    "Optimal": "Optimal",
    "Cukup Optimal": "Cukup Optimal",
    "Kurang Optimal": "Kurang Optimal",
    "not assessed": "not assessed",
    "no standard": "no standard",
    "(unplaced)": "(unplaced)",
    "network problem: exact min-cost flow": "network problem: exact min-cost flow",
    "interrupted: the best placement found so far, not proven optimal": (
        "interrupted: the best placement found so far, not proven optimal"
    ),
    "CP-SAT proved that the hard rules cannot all hold": (
        "CP-SAT proved that the hard rules cannot all hold"
    ),
    "time limit reached before CP-SAT found a placement": (
        "time limit reached before CP-SAT found a placement"
    ),
    "yes": "yes",
    "no": "no",
    # -- sheets -----------------------------------------------------------------------
    "kpis": "KPIs",
    "placements": "Placements",
    "training_needs": "Training needs",
    "unit_fill": "Unit fill",
    "breakdown": "Objective breakdown",
    "differences": "Differences",
    "pairs": "Scenario pairs",
    "log": "Log",
    # -- report headings and text -----------------------------------------------------
    "report_title": "Staff placement report",
    "comparison_title": "Scenario comparison",
    "summary": "Summary",
    "charts": "Charts",
    "chart_unit_fill": "Fill against headcount per unit",
    "chart_unit_fill_note": "Bar: headcount (formasi); filled after placement; tick: staff before.",
    "chart_jpm_histogram": "JPM distribution of placed staff",
    "chart_jpm_categories": "JPM categories, before and after",
    "chart_moves_matrix": "Moves between units (from row to column)",
    "chart_moves_matrix_note": "Cell: number of people moving; the diagonal holds moves "
    "within a unit.",
    "chart_training_gaps": "Training gaps per competency",
    "chart_training_gaps_note": "Bar: sum of level gaps; label: people needing training.",
    "chart_kpi_comparison": "Key indicators per scenario",
    "chart_pair_differences": "People placed differently, per pair of scenarios",
    "top_moves": "Moves (largest JPM gain first)",
    "vacancy_table": "Vacancies that remain",
    "unplaced_table": "Unplaced staff and reasons",
    "objective_breakdown": "Objective breakdown",
    "operation_log": "Restructuring operations",
    "warnings": "Data warnings",
    "kpi_table": "Indicators side by side",
    "differences_sample": "Who is placed differently (sample)",
    "scenario_reports": "Reports per scenario",
    "before_label": "before",
    "after_label": "after",
    "truncated_note": "Showing {shown} of {total} rows; the full list is in {csv} and "
    "the Excel workbook.",
    "none_note": "None.",
    "no_data_note": "No data to chart.",
    "no_placement_note": "The solver returned no placement for this scenario (see the "
    "status and solver choice above): there are no results to show.",
    "other_units": "other units",
    "status_line": "Status",
    "generated_by": "Generated by the placement engine.",
    "of_employees": "of {n} employees",
    "incumbents_jpm_note": "incumbents: {before} before → {after} after",
    "displaced_short": "incumbents left without a post",
    # -- sweeps and the frontier (placement.scale) ------------------------------------
    "sweep_title": "Sweep of scenario settings",
    "sweep_title_each": "Many organisations",
    "sweep_table": "Variants",
    "frontier_table": "Points of the curve",
    "sweep_partial_note": "Interrupted: only the variants done are shown (the others are "
    "marked not_run); this sweep is partial.",
    "frontier_title": "The price of change: fit against moves",
    "frontier_note": "Filled dots: supported points (exact, each a flow solve), joined; hollow "
    "dots: a cap on moves, with the proven bound of the best fit under that cap.",
    "frontier_supported": "supported (exact)",
    "frontier_constrained": "cap on moves",
    "fit": "Fit (points)",
    "fit_bound": "Bound on fit",
    "move_price": "Price per move (points)",
    "point": "Point",
    "point_kind": "Kind of point",
    "variant": "Variant",
    "organisation": "Organisation",
    "settings": "Settings",
    "kept_from": "Placement kept from",
    "max_moves": "Max moves",
    "not_run": "not run",
    "error": "error",
    # -- decision makers' report (summary, per-OPD, lists, proposal, shortlist) -------
    "opd": "Agency (OPD)",
    "opd_name": "Agency (OPD)",
    "staff_before": "Staff before",
    "staff_after": "Staff after",
    "difference": "Difference (+ surplus, − shortage)",
    "moving_in": "Moving in",
    "moving_out": "Moving out",
    "move_kind": "Kind of move",
    "grade_change": "Grade change",
    "rotasi": "rotation (within the agency)",
    "mutasi": "transfer (to another agency)",
    "lost_post": "left without a post",
    "promosi": "promotion (higher grade)",
    "demosi": "demotion (lower grade)",
    "summary_plain": "Summary",
    "opd_section": "Per agency (OPD): before and after",
    "opd_section_note": "Headcount is the formasi; staff before are the people whose "
    "current unit is in the agency; difference = staff after − headcount (+ surplus, "
    "− shortage); rotations within an agency count in neither moving in nor out.",
    "lists": "Lists",
    "changes_table": "Everyone whose post changes, and why",
    "new_hires_table": "New hires and where they go",
    "no_post_table": "People left without a post",
    "retirements_table": "Retirements within the planning horizon",
    "talent_grid": "Talent box (9-box) after placement",
    "talent_legend": "Rows: potential (from JPM: low < 68, middle 68–79, high ≥ 80); "
    "columns: performance (SKP: below, meets, above expectations). Boxes 7–9 form the "
    "succession pool for key posts. People without an assessed JPM or performance are "
    "in no box.",
    "potential": "Potential",
    "perf_below": "below expectations",
    "perf_meets": "meets expectations",
    "perf_above": "above expectations",
    "pot_high": "high",
    "pot_middle": "middle",
    "pot_low": "low",
    "technical": "Technical details",
    "technical_note": "For the analysts: how the placement was computed and how good it "
    "is proven to be.",
    "all_kpis": "All indicators",
    "sources": "Input files",
    "file": "File",
    "sha256": "SHA-256 checksum",
    "report_date": "Report date",
    "why_infeasible": "Why there is no placement",
    "direction": "Better",
    "higher_better": "↑ higher",
    "lower_better": "↓ lower",
    "best_note": "★ marks the best scenario for an indicator (ties all marked).",
    "opd_across": "Per agency (OPD) across scenarios",
    "opd_across_note": "Each scenario: staff after / headcount (difference: + surplus, "
    "− shortage).",
    "decision_kpis": "Key indicators side by side",
    "filter_placeholder": "Filter rows…",
    "position_kind": "Kind",
    "years_in_post": "Years in post",
    "below_standard": "Competencies below standard",
    "cost": "Objective cost of appointing",
    "candidate": "Candidate",
    "rank_order": "No",
    "changes": "People changing post",
    "rotasi_short": "rotation",
    "mutasi_short": "transfer",
    "promosi_short": "promotion",
    "opd_sheet": "Per agency (OPD)",
    "from_opd": "From agency (OPD)",
    "to_opd": "To agency (OPD)",
    "explain_score": "Score",
    "explain_delta": "Δ vs result",
    "explain_seats": "Seats",
    "explain_held_by": "Held by",
    "current_title": "Current post",
    "holds_post": "Holds the post now",
    "changed": "Others placed differently",
    "shortlist_sheet": "Shortlist",
    "demosi_short": "demotion",
    "total": "Total",
    "headcount_need": "Headcount (formasi)",
    "difference_short": "Difference",
    "proposal_title": "Proposed appointments",
    "sk_attachment": "ATTACHMENT TO THE DECREE OF THE REGENT",
    "sk_number": "NUMBER  : ....................",
    "sk_date": "DATE    : ....................",
    "sk_about": "ON      : ....................",
    "sk_no": "No",
    "sk_name": "Name",
    "sk_nip": "NIP",
    "sk_rank": "Rank/Grade (Pangkat/Golongan)",
    "sk_from_title": "Former post",
    "sk_to_title": "New post",
    "sk_to_unit_name": "New unit",
    "sk_note": "Remarks",
    "sk_place_date": "...................., ....................",
    "sk_signer": "THE REGENT,",
    "sk_signer_name": "(....................................)",
    "sk_sheet_empty": "None",
}

ID: dict[str, str] = {
    # -- kolom: pegawai dan jabatan ---------------------------------------------------
    "employee_id": "ID pegawai",
    "employee": "Pegawai",
    "name": "Nama",
    "rank": "Golongan",
    "education": "Jenjang pendidikan",
    "field": "Bidang pendidikan",
    "performance": "Predikat kinerja",
    "birth_date": "Tanggal lahir",
    "retirement_date": "Tanggal pensiun",
    "current_unit": "Unit kerja saat ini",
    "current_position": "Jabatan saat ini",
    "unit": "Unit kerja",
    "unit_name": "Nama unit kerja",
    "position": "Jabatan",
    "title": "Nama jabatan",
    "kind": "Jenis jabatan",
    "status": "Status",
    "jpm": "JPM (%)",
    "jpm_category": "Kategori JPM",
    "jpm_before": "JPM sebelum (%)",
    "jpm_after": "JPM sesudah (%)",
    "jpm_change": "Perubahan JPM",
    "field_fit": "Bidang sesuai",
    "education_fit": "Pendidikan sesuai",
    "training_gap": "Kesenjangan kompetensi (level)",
    "pinned": "Dikunci",
    "exclusion": "Tidak dapat ditempatkan karena",
    "reason_code": "Alasan (kode)",
    "differences_from_first": "Penempatan berbeda dari skenario pertama",
    "differences_in_touched_units": "… di antaranya di unit yang diubah skenario",
    "knock_on_differences": "… di antaranya perpindahan ikutan di tempat lain",
    "reason_points": "Poin yang disebut alasan",
    # mutasi
    "from_unit": "Unit kerja asal",
    "from_unit_name": "Nama unit kerja asal",
    "from_position": "Jabatan asal",
    "from_title": "Nama jabatan asal",
    "to_unit": "Unit kerja tujuan",
    "to_unit_name": "Nama unit kerja tujuan",
    "to_position": "Jabatan tujuan",
    "to_title": "Nama jabatan tujuan",
    "from_grade": "Kelas jabatan asal",
    "to_grade": "Kelas jabatan tujuan",
    "grade": "Kelas jabatan",
    "reason": "Alasan",
    "from": "Asal",
    "to": "Tujuan",
    # jabatan lowong dan keterisian unit
    "headcount": "Formasi",
    "filled": "Terisi",
    "before": "Bezetting",
    "vacant": "Lowong",
    "priority": "Prioritas",
    "fill_rate": "Tingkat keterisian",
    "mean_jpm": "Rata-rata JPM (%)",
    "max_headcount": "Formasi maksimum",
    "eligible_positions": "Jabatan yang memenuhi syarat",
    # kebutuhan pengembangan kompetensi
    "competency": "Kompetensi",
    "required": "Level standar",
    "level": "Level hasil asesmen",
    "gap": "Kesenjangan",
    "people": "Pegawai",
    # rincian fungsi tujuan
    "term": "Komponen fungsi tujuan",
    "weight": "Bobot",
    "sense": "Arah",
    "points": "Poin",
    "description": "Keterangan",
    "reward": "imbalan",
    "penalty": "penalti",
    # tabel indikator
    "kpi": "Indikator",
    "key": "Kode",
    "value": "Nilai",
    # perbandingan
    "scenario_a": "Skenario A",
    "scenario_b": "Skenario B",
    "placed_differently": "Penempatan berbeda",
    "moves_only_in_a": "Pindah hanya di A",
    "moves_only_in_b": "Pindah hanya di B",
    "moves_in_both": "Pindah di keduanya",
    "(not in scenario)": "(tidak ada di skenario)",
    # -- indikator --------------------------------------------------------------------
    "scenario": "Skenario",
    "solver": "Solver",
    "objective": "Nilai fungsi tujuan",
    "bound": "Batas (bound)",
    "employees": "Jumlah pegawai",
    "positions": "Jumlah jabatan",
    "eligible_pairs": "Pasangan pegawai–jabatan yang memenuhi syarat",
    "placed": "Pegawai ditempatkan",
    "unplaced": "Pegawai tidak ditempatkan",
    "stays": "Tetap di jabatan",
    "moves": "Perpindahan jabatan",
    "moves_within_unit": "Perpindahan dalam unit kerja",
    "moves_between_units": "Perpindahan antar unit kerja",
    "displaced": "Pemangku jabatan yang kehilangan jabatan",
    "rules_relaxed": "Aturan yang dilonggarkan",
    "new_placements": "Penempatan baru",
    "seats": "Jumlah kebutuhan (formasi)",
    "vacancies": "Jabatan lowong",
    "mean_jpm_before": "Rata-rata JPM pemangku jabatan sebelum (%)",
    "mean_jpm_incumbents_after": (
        "Rata-rata JPM sesudah, pemangku jabatan yang tetap ditempatkan (%)"
    ),
    "field_fit_rate": "Tingkat kesesuaian bidang",
    "jpm_optimal": "JPM Optimal",
    "jpm_cukup_optimal": "JPM Cukup Optimal",
    "jpm_kurang_optimal": "JPM Kurang Optimal",
    "jpm_not_assessed": "JPM: belum diases",
    "jpm_no_standard": "JPM: jabatan belum ada standar kompetensi",
    "assessment_coverage": "Cakupan asesmen (pegawai ditempatkan yang memiliki JPM)",
    "jpm_coverage": "Bagian standar yang sudah diases",
    "coverage_note": "atas {share} pegawai yang ditempatkan (yang memiliki JPM)",
    "reference_date": "Tanggal acuan (usia, pensiun)",
    "training_gap_total": "Total kesenjangan kompetensi (level)",
    "people_needing_training": "Pegawai yang perlu pengembangan kompetensi",
    "solver_reason": "Alasan pemilihan solver",
    "solver_message": "Pesan solver",
    "kpi:gap": "Celah optimalitas (gap)",
    # -- nilai ------------------------------------------------------------------------
    "value:stays": "tetap",
    "value:unplaced": "tidak ditempatkan",
    "optimal": "optimal (terbukti)",
    "feasible": "layak (belum terbukti optimal)",
    "infeasible": "tidak layak",
    "no_solution": "tidak ditemukan solusi",
    "new": "penempatan baru",
    "moves within unit": "pindah dalam unit kerja",
    "moves to another unit": "pindah ke unit kerja lain",
    "position closed": "jabatan ditutup",
    "post over headcount": "jabatan melebihi formasi",
    "no seat left": "tidak ada formasi tersisa",
    "better competency fit": "kompetensi lebih sesuai",
    "frees a seat / better overall fit": "membuka formasi / kesesuaian keseluruhan lebih baik",
    "no eligible position under the hard requirements": (
        "tidak ada jabatan yang memenuhi persyaratan wajib"
    ),
    "outcompeted: every eligible position was filled by a better fit": (
        "kalah bersaing: semua jabatan yang memenuhi syarat diisi pegawai yang lebih sesuai"
    ),
    "Optimal": "Optimal",
    "Cukup Optimal": "Cukup Optimal",
    "Kurang Optimal": "Kurang Optimal",
    "not assessed": "belum diases",
    "no standard": "belum ada standar",
    "(unplaced)": "(tidak ditempatkan)",
    "network problem: exact min-cost flow": (
        "dihitung eksak (metode aliran biaya minimum)"
    ),
    "interrupted: the best placement found so far, not proven optimal": (
        "dihentikan: penempatan terbaik yang ditemukan sejauh ini, belum terbukti optimal"
    ),
    "CP-SAT proved that the hard rules cannot all hold": (
        "CP-SAT membuktikan bahwa aturan wajib tidak dapat dipenuhi semuanya"
    ),
    "time limit reached before CP-SAT found a placement": (
        "batas waktu tercapai sebelum CP-SAT menemukan penempatan"
    ),
    "yes": "ya",
    "no": "tidak",
    # -- lembar kerja -----------------------------------------------------------------
    "kpis": "Indikator",
    "placements": "Penempatan",
    "training_needs": "Pengembangan kompetensi",
    "unit_fill": "Keterisian unit kerja",
    "breakdown": "Rincian fungsi tujuan",
    "differences": "Perbedaan",
    "pairs": "Pasangan skenario",
    "log": "Catatan",
    # -- judul dan teks laporan -------------------------------------------------------
    "report_title": "Laporan penempatan pegawai",
    "comparison_title": "Perbandingan skenario",
    "summary": "Ringkasan",
    "charts": "Grafik",
    "chart_unit_fill": "Bezetting terhadap formasi per unit kerja",
    "chart_unit_fill_note": "Batang: formasi; terisi setelah penempatan; "
    "garis: bezetting saat ini.",
    "chart_jpm_histogram": "Sebaran JPM pegawai yang ditempatkan",
    "chart_jpm_categories": "Kategori JPM, sebelum dan sesudah",
    "chart_moves_matrix": "Perpindahan antar unit kerja (dari baris ke kolom)",
    "chart_moves_matrix_note": "Sel: jumlah pegawai yang berpindah; diagonal berisi perpindahan "
    "dalam unit kerja.",
    "chart_training_gaps": "Kebutuhan pengembangan kompetensi per kompetensi",
    "chart_training_gaps_note": "Batang: jumlah kesenjangan level; angka: pegawai yang "
    "perlu pengembangan kompetensi.",
    "chart_kpi_comparison": "Indikator utama per skenario",
    "chart_pair_differences": "Pegawai dengan penempatan berbeda, per pasangan skenario",
    "top_moves": "Perpindahan jabatan (kenaikan JPM terbesar lebih dulu)",
    "vacancy_table": "Jabatan lowong yang tersisa",
    "unplaced_table": "Pegawai tidak ditempatkan dan alasannya",
    "objective_breakdown": "Rincian fungsi tujuan",
    "operation_log": "Operasi restrukturisasi",
    "warnings": "Peringatan data",
    "kpi_table": "Indikator berdampingan",
    "differences_sample": "Pegawai dengan penempatan berbeda (contoh)",
    "scenario_reports": "Laporan per skenario",
    "before_label": "sebelum",
    "after_label": "sesudah",
    "truncated_note": "Menampilkan {shown} dari {total} baris; daftar lengkap ada di {csv} "
    "dan buku kerja Excel.",
    "none_note": "Tidak ada.",
    "no_data_note": "Tidak ada data untuk grafik.",
    "no_placement_note": "Solver tidak menghasilkan penempatan untuk skenario ini (lihat "
    "status dan alasan pemilihan solver di atas): tidak ada hasil "
    "untuk ditampilkan.",
    "other_units": "unit kerja lain",
    "status_line": "Status",
    "generated_by": "Dibuat oleh mesin penempatan.",
    "of_employees": "dari {n} pegawai",
    "incumbents_jpm_note": "pemangku jabatan: {before} sebelum → {after} sesudah",
    "displaced_short": "pemangku jabatan kehilangan jabatan",
    # -- sweep dan frontier (placement.scale) -----------------------------------------
    "sweep_title": "Sweep pengaturan skenario",
    "sweep_title_each": "Banyak organisasi",
    "sweep_table": "Varian",
    "frontier_table": "Titik-titik kurva",
    "sweep_partial_note": "Dihentikan: hanya varian yang selesai yang ditampilkan (lainnya "
    "bertanda not_run); sweep ini parsial.",
    "frontier_title": "Harga perubahan: kesesuaian terhadap mutasi",
    "frontier_note": "Titik penuh: titik pendukung (eksak, masing-masing satu penyelesaian "
    "aliran), dihubungkan; titik kosong: batas jumlah mutasi, dengan batas terbukti "
    "kesesuaian terbaik di bawah batas itu.",
    "frontier_supported": "pendukung (eksak)",
    "frontier_constrained": "batas mutasi",
    "fit": "Kesesuaian (poin)",
    "fit_bound": "Batas kesesuaian",
    "move_price": "Harga per mutasi (poin)",
    "point": "Titik",
    "point_kind": "Jenis titik",
    "variant": "Varian",
    "organisation": "Organisasi",
    "settings": "Pengaturan",
    "kept_from": "Penempatan diambil dari",
    "max_moves": "Maks. mutasi",
    "not_run": "tidak dijalankan",
    "error": "galat",
    # -- laporan pimpinan (ringkasan, per OPD, daftar, usulan, daftar calon) -----------
    "opd": "Perangkat daerah (OPD)",
    "opd_name": "Perangkat daerah (OPD)",
    "staff_before": "Bezetting awal",
    "staff_after": "Bezetting hasil",
    "difference": "Selisih (+ lebih, − kurang)",
    "moving_in": "Masuk",
    "moving_out": "Keluar",
    "move_kind": "Jenis perpindahan",
    "grade_change": "Perubahan kelas jabatan",
    "rotasi": "rotasi (dalam OPD)",
    "mutasi": "mutasi (ke OPD lain)",
    "lost_post": "tanpa jabatan",
    "promosi": "promosi (kelas jabatan naik)",
    "demosi": "demosi (kelas jabatan turun)",
    "summary_plain": "Ringkasan",
    "opd_section": "Per perangkat daerah (OPD): sebelum dan sesudah",
    "opd_section_note": "Kebutuhan adalah formasi; bezetting awal adalah pegawai yang unit "
    "kerjanya saat ini berada di OPD tersebut; selisih = bezetting hasil − kebutuhan "
    "(+ lebih, − kurang); rotasi di dalam OPD tidak dihitung sebagai masuk maupun keluar.",
    "lists": "Daftar",
    "changes_table": "Pegawai yang berpindah jabatan dan alasannya",
    "new_hires_table": "Pegawai baru dan penempatannya",
    "no_post_table": "Pegawai yang tidak mendapat jabatan",
    "retirements_table": "Pensiun dalam horizon perencanaan",
    "talent_grid": "Kotak talenta (9-box) setelah penempatan",
    "talent_legend": "Baris: potensial (dari JPM: rendah < 68, menengah 68–79, tinggi "
    "≥ 80); kolom: kinerja (SKP: di bawah, sesuai, di atas ekspektasi). Kotak 7–9 adalah "
    "kelompok rencana suksesi untuk jabatan kunci. Pegawai tanpa JPM hasil asesmen atau "
    "tanpa predikat kinerja tidak masuk kotak mana pun.",
    "potential": "Potensial",
    "perf_below": "di bawah ekspektasi",
    "perf_meets": "sesuai ekspektasi",
    "perf_above": "di atas ekspektasi",
    "pot_high": "tinggi",
    "pot_middle": "menengah",
    "pot_low": "rendah",
    "technical": "Rincian teknis",
    "technical_note": "Untuk analis: bagaimana penempatan dihitung dan seberapa baik "
    "mutunya terbukti.",
    "all_kpis": "Semua indikator",
    "sources": "Berkas masukan",
    "file": "Berkas",
    "sha256": "Checksum SHA-256",
    "report_date": "Tanggal laporan",
    "why_infeasible": "Mengapa tidak ada penempatan",
    "direction": "Lebih baik",
    "higher_better": "↑ lebih tinggi",
    "lower_better": "↓ lebih rendah",
    "best_note": "★ menandai skenario terbaik untuk suatu indikator (jika sama, semuanya "
    "ditandai).",
    "opd_across": "Per perangkat daerah (OPD) antar skenario",
    "opd_across_note": "Setiap skenario: bezetting hasil / kebutuhan (selisih: + lebih, "
    "− kurang).",
    "decision_kpis": "Indikator utama berdampingan",
    "filter_placeholder": "Saring baris…",
    "position_kind": "Jenis",
    "years_in_post": "Lama dalam jabatan (tahun)",
    "below_standard": "Kompetensi di bawah standar",
    "cost": "Biaya fungsi tujuan bila diangkat",
    "candidate": "Calon",
    "rank_order": "No",
    "changes": "Pegawai berpindah jabatan",
    "rotasi_short": "rotasi",
    "mutasi_short": "mutasi",
    "promosi_short": "promosi",
    "opd_sheet": "Per OPD",
    "from_opd": "OPD asal",
    "to_opd": "OPD tujuan",
    "explain_score": "Skor",
    "explain_delta": "Δ thd hasil",
    "explain_seats": "Formasi",
    "explain_held_by": "Dipangku oleh",
    "current_title": "Jabatan saat ini",
    "holds_post": "Memangku jabatan ini",
    "changed": "Pegawai lain yang berubah penempatannya",
    "shortlist_sheet": "Daftar calon",
    "demosi_short": "demosi",
    "total": "Jumlah",
    "headcount_need": "Kebutuhan (formasi)",
    "difference_short": "Selisih",
    "proposal_title": "Usulan pengangkatan dalam jabatan",
    "sk_attachment": "LAMPIRAN KEPUTUSAN BUPATI",
    "sk_number": "NOMOR    : ....................",
    "sk_date": "TANGGAL  : ....................",
    "sk_about": "TENTANG  : ....................",
    "sk_no": "No",
    "sk_name": "Nama",
    "sk_nip": "NIP",
    "sk_rank": "Pangkat/Golongan",
    "sk_from_title": "Jabatan lama",
    "sk_to_title": "Jabatan baru",
    "sk_to_unit_name": "Unit kerja baru",
    "sk_note": "Keterangan",
    "sk_place_date": "...................., ....................",
    "sk_signer": "BUPATI,",
    "sk_signer_name": "(....................................)",
    "sk_sheet_empty": "Tidak ada",
}

LABELS: dict[str, dict[str, str]] = {"en": EN, "id": ID}


def check_lang(lang: str) -> str:
    """``lang`` if it is a supported report language, else a :class:`PlacementError`."""
    if lang not in LABELS:
        from placement.messages import msg

        raise PlacementError(msg("lang.unsupported", lang=lang, langs=", ".join(LANGUAGES)))
    return lang


def label(key: str, lang: str = "en") -> str:
    """The label of ``key`` in ``lang``; the key itself when it has no label."""
    return LABELS.get(lang, EN).get(key, key)


def kpi_label(key: str, lang: str = "en") -> str:
    """The label of a KPI: ``kpi:<key>`` where a KPI shares its name with a column of
    another meaning (``gap``: optimality gap, not a competency gap), else ``key``'s."""
    table = LABELS.get(lang, EN)
    return table.get(f"kpi:{key}", table.get(key, key))


def value_label(value: str, lang: str = "en") -> str:
    """The label of a coded cell value (a status, a reason): ``value:<value>`` where the
    value shares its name with a KPI (``stays``, ``unplaced``), else ``value``'s. A
    catalogue message (a solver reason, a log line) is rendered in ``lang``."""
    if isinstance(value, Message):
        return value.render(lang)
    table = LABELS.get(lang, EN)
    return table.get(f"value:{value}", table.get(value, value))


def labels(keys, lang: str = "en") -> list[str]:
    """Labels of several keys (column headers)."""
    return [label(str(k), lang) for k in keys]
