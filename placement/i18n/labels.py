"""Report labels in English and Bahasa Indonesia: ``key → (English, Indonesian)``.

Keys are the machine names used in the result tables and KPIs (``headcount``,
``mean_jpm``), the values found in them (``stays``, ``moves to another unit``,
``optimal``), sheet names and report headings. Where a word means the same thing as a
column, a KPI and a sheet (``moves``, ``vacancies``) it has one label; ``kpi:<key>`` and
``value:<value>`` give a KPI or a cell value its own label where it shares its name with
a column of another meaning. The Indonesian labels use the terms planners use: formasi,
bezetting, mutasi, jabatan lowong, kebutuhan pengembangan kompetensi, pegawai tidak
ditempatkan, unit kerja, jabatan, JPM. The JPM categories (Optimal, Cukup Optimal, Kurang
Optimal) are the same in both languages. A data catalogue (exempt from the 600-line rule);
the functions that read it are in :mod:`placement.i18n.catalogue`.
"""

LABELS: dict[str, tuple[str, str]] = {
    # -- columns: people and positions ------------------------------------------------
    "employee_id": ("Employee ID", "ID pegawai"),
    "employee": ("Employee", "Pegawai"),
    "name": ("Name", "Nama"),
    "rank": ("Rank", "Golongan"),
    "education": ("Education", "Jenjang pendidikan"),
    "field": ("Field of study", "Bidang pendidikan"),
    "performance": ("Performance", "Predikat kinerja"),
    "birth_date": ("Birth date", "Tanggal lahir"),
    "retirement_date": ("Retirement date", "Tanggal pensiun"),
    "current_unit": ("Current unit", "Unit kerja saat ini"),
    "current_position": ("Current position", "Jabatan saat ini"),
    "unit": ("Unit", "Unit kerja"),
    "unit_name": ("Unit name", "Nama unit kerja"),
    "position": ("Position", "Jabatan"),
    "title": ("Position title", "Nama jabatan"),
    "kind": ("Position kind", "Jenis jabatan"),
    "status": ("Status", "Status"),
    "jpm": ("JPM (%)", "JPM (%)"),
    "jpm_category": ("JPM category", "Kategori JPM"),
    "jpm_before": ("JPM before (%)", "JPM sebelum (%)"),
    "jpm_after": ("JPM after (%)", "JPM sesudah (%)"),
    "jpm_change": ("JPM change", "Perubahan JPM"),
    "field_fit": ("Field fits", "Bidang sesuai"),
    "education_fit": ("Education fits", "Pendidikan sesuai"),
    "training_gap": ("Training gap (levels)", "Kesenjangan kompetensi (level)"),
    "competencies_below": (
        "Competencies below standard",
        "Kompetensi di bawah standar",
    ),
    "competencies_below_after": (
        "Competencies below standard after",
        "Kompetensi di bawah standar sesudah",
    ),
    "gaps_after": (
        "Below standard after (level/standard)",
        "Di bawah standar sesudah (level/standar)",
    ),
    "unassessed_after": (
        "Not assessed in the new post's standard (-/standard)",
        "Belum diases pada standar jabatan baru (-/standar)",
    ),
    "pinned": ("Pinned", "Dikunci"),
    "exclusion": ("Not placeable because", "Tidak dapat ditempatkan karena"),
    "reason_code": ("Reason (code)", "Alasan (kode)"),
    "compared_with": ("Compared with", "Dibandingkan dengan"),
    "differences_from_first": (
        "Placed differently from the scenario compared with",
        "Penempatan berbeda dari skenario pembanding",
    ),
    "differences_in_touched_units": (
        "… of them in units the scenario changes",
        "… di antaranya di unit yang diubah skenario",
    ),
    "knock_on_differences": (
        "… of them knock-on moves elsewhere",
        "… di antaranya perpindahan ikutan di tempat lain",
    ),
    "reason_points": ("Points the reason quotes", "Poin yang disebut alasan"),
    "plan_points": (
        "Worth to the plan (points; blank: at least the reason's points)",
        "Nilai bagi rencana (poin; kosong: paling sedikit poin alasan)",
    ),
    # moves
    "from_unit": ("From unit", "Unit kerja asal"),
    "from_unit_name": ("From unit name", "Nama unit kerja asal"),
    "from_position": ("From position", "Jabatan asal"),
    "from_title": ("From position title", "Nama jabatan asal"),
    "to_unit": ("To unit", "Unit kerja tujuan"),
    "to_unit_name": ("To unit name", "Nama unit kerja tujuan"),
    "to_position": ("To position", "Jabatan tujuan"),
    "to_title": ("To position title", "Nama jabatan tujuan"),
    "from_grade": ("From grade", "Kelas jabatan asal"),
    "to_grade": ("To grade", "Kelas jabatan tujuan"),
    "from_priority": ("From priority", "Prioritas asal"),
    "to_priority": ("To priority", "Prioritas tujuan"),
    "grade": ("Grade", "Kelas jabatan"),
    "reason": ("Reason", "Alasan"),
    "from": ("From", "Asal"),
    "to": ("To", "Tujuan"),
    # vacancies and unit fill
    "headcount": ("Headcount", "Formasi"),
    "filled": (
        "Placed (those over formasi included)",
        "Ditempatkan (termasuk yang di luar formasi)",
    ),
    "before": ("Staff before", "Bezetting"),
    "vacant": ("Vacant", "Lowong"),
    "priority": ("Priority", "Prioritas"),
    "fill_rate": (
        "Fill rate (seats of the formasi held; those over it not counted)",
        "Tingkat keterisian (formasi yang terisi; yang di luar formasi tidak dihitung)",
    ),
    "mean_jpm": ("Mean JPM (%)", "Rata-rata JPM (%)"),
    "max_headcount": ("Maximum headcount", "Formasi maksimum"),
    "eligible_positions": ("Eligible positions", "Jabatan yang memenuhi syarat"),
    # training needs
    "competency": ("Competency", "Kompetensi"),
    "required": ("Required level", "Level standar"),
    "level": ("Assessed level", "Level hasil asesmen"),
    "gap": ("Gap", "Kesenjangan"),
    "people": ("People", "Pegawai"),
    # objective breakdown
    "term": ("Objective term", "Komponen fungsi tujuan"),
    "weight": ("Weight", "Bobot"),
    "sense": ("Sense", "Arah"),
    "points": ("Points", "Poin"),
    "description": ("Description", "Keterangan"),
    "reward": ("reward", "imbalan"),
    "penalty": ("penalty", "penalti"),
    # KPI table
    "kpi": ("KPI", "Indikator"),
    "key": ("Key", "Kode"),
    "value": ("Value", "Nilai"),
    # comparison
    "scenario_a": ("Scenario A", "Skenario A"),
    "scenario_b": ("Scenario B", "Skenario B"),
    "placed_differently": ("Placed differently", "Penempatan berbeda"),
    "moves_only_in_a": ("Moves only in A", "Pindah hanya di A"),
    "moves_only_in_b": ("Moves only in B", "Pindah hanya di B"),
    "moves_in_both": ("Moves in both", "Pindah di keduanya"),
    "(not in scenario)": ("(not in scenario)", "(tidak ada di skenario)"),
    # -- KPIs -------------------------------------------------------------------------
    "scenario": ("Scenario", "Skenario"),
    "solver": ("Solver", "Solver"),
    "objective": ("Objective", "Nilai fungsi tujuan"),
    "bound": ("Bound", "Batas (bound)"),
    "employees": ("Employees", "Jumlah pegawai"),
    "positions": ("Positions", "Jumlah jabatan"),
    "eligible_pairs": (
        "Eligible employee–position pairs",
        "Pasangan pegawai–jabatan yang memenuhi syarat",
    ),
    "placed": ("Placed", "Pegawai ditempatkan"),
    "unplaced": ("Unplaced", "Pegawai tidak ditempatkan"),
    "stays": ("Stay in post", "Tetap di jabatan"),
    "moves": ("Moves", "Perpindahan jabatan"),
    "sheet:moves": ("Moves", "Perpindahan"),  # a sheet name's room (31 characters)
    "moves_within_unit": ("Moves within a unit", "Perpindahan dalam unit kerja"),
    "moves_between_units": ("Moves between units", "Perpindahan antar unit kerja"),
    "displaced": ("Incumbents left without a post", "Pemangku jabatan yang kehilangan jabatan"),
    "kept_pending": (
        "Kept over formasi pending a decision",
        "Dipertahankan di luar formasi menunggu keputusan",
    ),
    "decisions_listed": (
        "Officials on the decisions list (the PPK decides before the SK)",
        "Pejabat dalam daftar keputusan (PPK memutuskan sebelum SK)",
    ),
    "units_over_budget": (
        "Units over their budget after the plan (monthly cost at today's pay)",
        "Unit kerja melebihi anggarannya setelah rencana (biaya bulanan, penghasilan saat ini)",
    ),
    "budget_overrun": (
        "Monthly cost over the units' budgets, in all (today's pay: a higher kelas not priced)",
        "Biaya bulanan di atas anggaran unit kerja, seluruhnya (penghasilan saat ini: kelas "
        "jabatan lebih tinggi tidak dihitung)",
    ),
    "kelas_rises": ("Moves to a higher kelas jabatan", "Perpindahan ke kelas jabatan lebih tinggi"),
    "budget": ("Budget (monthly)", "Anggaran (bulanan)"),
    "monthly_cost_before": ("Monthly cost today", "Biaya bulanan saat ini"),
    "monthly_cost_after": ("Monthly cost after the plan", "Biaya bulanan setelah rencana"),
    "monthly_cost_without_post": (
        "Monthly pay of those left without a post (still paid)",
        "Gaji bulanan pegawai tanpa jabatan (tetap dibayar)",
    ),
    "kept_without_licence": (
        "Held for now without the post's licence",
        "Ditempati sementara tanpa sertifikat profesi",
    ),
    "decisions": ("Decisions", "Keputusan"),
    "decision": ("Decision", "Keputusan"),
    "also_decisions": ("Other decisions for them", "Keputusan lain baginya"),
    "note": ("Note", "Catatan"),
    "rules_relaxed": ("Rules relaxed", "Aturan yang dilonggarkan"),
    "new_placements": ("New placements", "Penempatan baru"),
    "seats": ("Seats (headcount)", "Jumlah kebutuhan (formasi)"),
    "vacancies": ("Vacancies", "Jabatan lowong"),
    "priority_seats": (
        "Seats of priority posts (priority above 1)",
        "Formasi jabatan prioritas (prioritas di atas 1)",
    ),
    "priority_vacancies": (
        "Vacancies in priority posts (priority above 1)",
        "Lowong pada jabatan prioritas (prioritas di atas 1)",
    ),
    "supernumerary": (
        "Kept over formasi until BUP",
        "Dipertahankan di luar formasi sampai BUP",
    ),
    "mean_jpm_before": (
        "Mean JPM of incumbents before (%)",
        "Rata-rata JPM pemangku jabatan sebelum (%)",
    ),
    "mean_jpm_incumbents_after": (
        "Mean JPM after, incumbents still placed (%)",
        "Rata-rata JPM sesudah, pemangku jabatan yang tetap ditempatkan (%)",
    ),
    "field_fit_rate": (
        "Field fit rate (posts that name their fields)",
        "Tingkat kesesuaian bidang (jabatan yang menyebut bidangnya)",
    ),
    "field_open_share": (
        "Share in posts open to any field",
        "Porsi pada jabatan yang menerima semua bidang",
    ),
    "jpm_optimal": ("JPM Optimal", "JPM Optimal"),
    "jpm_cukup_optimal": ("JPM Cukup Optimal", "JPM Cukup Optimal"),
    "jpm_kurang_optimal": ("JPM Kurang Optimal", "JPM Kurang Optimal"),
    "jpm_not_assessed": ("JPM: not assessed", "JPM: belum diases"),
    "jpm_no_standard": (
        "JPM: post without a competency standard",
        "JPM: jabatan belum ada standar kompetensi",
    ),
    "assessment_coverage": (
        "Assessment coverage (placed staff with a JPM)",
        "Cakupan asesmen (pegawai ditempatkan yang memiliki JPM)",
    ),
    "jpm_coverage": ("Share of the standard assessed", "Bagian standar yang sudah diases"),
    "coverage_note": (
        "over {share} of placed staff (those with a JPM)",
        "atas {share} pegawai yang ditempatkan (yang memiliki JPM)",
    ),
    "reference_date": ("Reference date (ages, retirement)", "Tanggal acuan (usia, pensiun)"),
    "training_gap_total": ("Training gap (total levels)", "Total kesenjangan kompetensi (level)"),
    "people_needing_training": (
        "People needing training",
        "Pegawai yang perlu pengembangan kompetensi",
    ),
    "solver_reason": ("Solver choice", "Alasan pemilihan solver"),
    "solver_message": ("Solver message", "Pesan solver"),
    "kpi:gap": ("Optimality gap", "Celah optimalitas (gap)"),
    # the count of the moves list, which holds those left without a post too (the
    # summary's "change post" leaves them out)
    "kpi:moves": (
        "Moves (incl. left without a post)",
        "Perpindahan jabatan (termasuk kehilangan jabatan)",
    ),
    # -- values -----------------------------------------------------------------------
    "value:stays": ("stays", "tetap"),
    "value:excluded": ("not placeable", "tidak dapat ditempatkan"),
    "value:post_closed": ("own post closed", "jabatan sendiri ditutup"),
    "value:kept_over_formasi": (
        "kept in own post over formasi, pending a decision",
        "dipertahankan di jabatan sendiri di luar formasi, menunggu keputusan",
    ),
    "value:kept_without_licence": (
        "kept in own post for now, without its licence, pending a decision",
        "dipertahankan di jabatan sendiri untuk sementara, tanpa izinnya, menunggu keputusan",
    ),
    "value:without_post": ("without a post", "tanpa jabatan"),
    "value:kept_by_rule_unlicensed": (
        "kept in own post by a rule or a pin of the scenario, without its licence",
        "dipertahankan di jabatan sendiri oleh aturan atau kuncian skenario, tanpa "
        "sertifikat profesinya",
    ),
    "value:kept_by_rule": ("kept in own post by a rule", "dipertahankan oleh aturan"),
    "value:pinned_elsewhere": ("pinned elsewhere", "dikunci ke jabatan lain"),
    "value:qualified_first": (
        "holders who meet the post's rules first",
        "pemegang yang memenuhi syarat didahulukan",
    ),
    "value:fails_own_post": (
        "no longer meets own post's rules",
        "tidak lagi memenuhi syarat jabatan sendiri",
    ),
    "value:over_formasi": ("own post over formasi", "jabatan sendiri melebihi formasi"),
    "value:displaced_by_pin": ("displaced by a pin", "tergeser oleh penguncian"),
    "value:better_fit": ("better fit", "lebih sesuai"),
    "value:priority_vacancy": ("priority vacancy", "mengisi jabatan prioritas"),
    "value:seat_for_better": ("seat to a better fit", "formasi untuk yang lebih sesuai"),
    "value:tie": ("tie broken", "skor sama, diputuskan aturan baku"),
    "value:rule": ("a rule of the scenario", "aturan skenario"),
    "value:chain": ("chain of moves", "rangkaian perpindahan"),
    "value:no_eligible_post": ("no eligible post", "tidak ada jabatan yang memenuhi syarat"),
    "value:outcompeted": ("outcompeted", "kalah bersaing"),
    "value:unplaced": ("unplaced", "tidak ditempatkan"),
    "optimal": ("optimal (proven)", "optimal (terbukti)"),
    "feasible": ("feasible (not proven optimal)", "layak (belum terbukti optimal)"),
    "infeasible": ("infeasible", "tidak layak"),
    "no_solution": ("no solution found", "tidak ditemukan solusi"),
    "new": ("new placement", "penempatan baru"),
    "moves within unit": ("moves within unit", "pindah dalam unit kerja"),
    "moves to another unit": ("moves to another unit", "pindah ke unit kerja lain"),
    "position closed": ("position closed", "jabatan ditutup"),
    "post over headcount": ("post over headcount", "jabatan melebihi formasi"),
    "no seat left": ("no seat left", "tidak ada formasi tersisa"),
    "better competency fit": ("better competency fit", "kompetensi lebih sesuai"),
    "frees a seat / better overall fit": (
        "frees a seat / better overall fit",
        "membuka formasi / kesesuaian keseluruhan lebih baik",
    ),
    "no eligible position under the hard requirements": (
        "no eligible position under the hard requirements",
        "tidak ada jabatan yang memenuhi persyaratan wajib",
    ),
    "outcompeted: every eligible position was filled by a better fit": (
        "outcompeted: every eligible position was filled by a better fit",
        "kalah bersaing: semua jabatan yang memenuhi syarat diisi pegawai yang lebih sesuai",
    ),
    "Optimal": ("Optimal", "Optimal"),
    "Cukup Optimal": ("Cukup Optimal", "Cukup Optimal"),
    "Kurang Optimal": ("Kurang Optimal", "Kurang Optimal"),
    "not assessed": ("not assessed", "belum diases"),
    "no standard": ("no standard", "belum ada standar"),
    "(unplaced)": ("(unplaced)", "(tidak ditempatkan)"),
    "network problem: exact min-cost flow": (
        "network problem: exact min-cost flow",
        "dihitung eksak (metode aliran biaya minimum)",
    ),
    "interrupted: the best placement found so far, not proven optimal": (
        "interrupted: the best placement found so far, not proven optimal",
        "dihentikan: penempatan terbaik yang ditemukan sejauh ini, belum terbukti optimal",
    ),
    "CP-SAT proved that the hard rules cannot all hold": (
        "CP-SAT proved that the hard rules cannot all hold",
        "CP-SAT membuktikan bahwa aturan wajib tidak dapat dipenuhi semuanya",
    ),
    "time limit reached before CP-SAT found a placement": (
        "time limit reached before CP-SAT found a placement",
        "batas waktu tercapai sebelum CP-SAT menemukan penempatan",
    ),
    "yes": ("yes", "ya"),
    "no": ("no", "tidak"),
    # -- sheets -----------------------------------------------------------------------
    "kpis": ("KPIs", "Indikator"),
    "placements": ("Placements", "Penempatan"),
    "training_needs": ("Training needs", "Pengembangan kompetensi"),
    "unit_fill": ("Unit fill", "Keterisian unit kerja"),
    "breakdown": ("Objective breakdown", "Rincian fungsi tujuan"),
    "differences": ("Differences", "Perbedaan"),
    "pairs": ("Scenario pairs", "Pasangan skenario"),
    "log": ("Log", "Catatan"),
    # -- report headings and text -----------------------------------------------------
    "report_title": ("Staff placement report", "Laporan penempatan pegawai"),
    "comparison_title": ("Scenario comparison", "Perbandingan skenario"),
    "summary": ("Summary", "Ringkasan"),
    "charts": ("Charts", "Grafik"),
    "chart_unit_fill": (
        "Fill against headcount per unit",
        "Bezetting terhadap formasi per unit kerja",
    ),
    "chart_unit_fill_note": (
        "Bar: headcount (formasi); filled after placement; tick: staff before.",
        "Batang: formasi; terisi setelah penempatan; garis: bezetting saat ini.",
    ),
    "chart_jpm_histogram": (
        "JPM distribution of placed staff",
        "Sebaran JPM pegawai yang ditempatkan",
    ),
    "chart_jpm_categories": (
        "JPM categories, before and after",
        "Kategori JPM, sebelum dan sesudah",
    ),
    "chart_moves_matrix": (
        "Moves between units (from row to column)",
        "Perpindahan antar unit kerja (dari baris ke kolom)",
    ),
    "chart_moves_matrix_note": (
        "Cell: number of people moving; the diagonal holds moves within a unit.",
        "Sel: jumlah pegawai yang berpindah; diagonal berisi perpindahan dalam unit kerja.",
    ),
    "chart_training_gaps": (
        "Training gaps per competency",
        "Kebutuhan pengembangan kompetensi per kompetensi",
    ),
    "chart_training_gaps_note": (
        "Bar: sum of level gaps; label: people needing training.",
        "Batang: jumlah kesenjangan level; angka: pegawai yang perlu pengembangan kompetensi.",
    ),
    "chart_kpi_comparison": ("Key indicators per scenario", "Indikator utama per skenario"),
    "chart_pair_differences": (
        "People placed differently, per pair of scenarios",
        "Pegawai dengan penempatan berbeda, per pasangan skenario",
    ),
    "top_moves": (
        "Moves (largest JPM gain first)",
        "Perpindahan jabatan (kenaikan JPM terbesar lebih dulu)",
    ),
    "vacancy_table": ("Vacancies that remain", "Jabatan lowong yang tersisa"),
    "unplaced_table": ("Unplaced staff and reasons", "Pegawai tidak ditempatkan dan alasannya"),
    "objective_breakdown": ("Objective breakdown", "Rincian fungsi tujuan"),
    "operation_log": ("Restructuring operations", "Operasi restrukturisasi"),
    "warnings": ("Data warnings", "Peringatan data"),
    "every_scenario": ("every scenario", "semua skenario"),
    "kpi_table": ("Indicators side by side", "Indikator berdampingan"),
    "differences_sample": (
        "Who is placed differently (sample)",
        "Pegawai dengan penempatan berbeda (contoh)",
    ),
    "scenario_reports": ("Reports per scenario", "Laporan per skenario"),
    "before_label": ("before", "sebelum"),
    "after_label": ("after", "sesudah"),
    "truncated_note": (
        "Showing {shown} of {total} rows; the full list is in {csv} and the Excel workbook.",
        "Menampilkan {shown} dari {total} baris; daftar lengkap ada di {csv} dan buku kerja Excel.",
    ),
    "none_note": ("None.", "Tidak ada."),
    "no_data_note": ("No data to chart.", "Tidak ada data untuk grafik."),
    "no_placement_note": (
        "The solver returned no placement for this scenario (see the status "
        "and solver choice above): there are no results to show.",
        "Solver tidak menghasilkan penempatan untuk skenario ini (lihat "
        "status dan alasan pemilihan solver di atas): tidak ada hasil untuk "
        "ditampilkan.",
    ),
    "other_units": ("other units", "unit kerja lain"),
    "status_line": ("Status", "Status"),
    "generated_by": ("Generated by the placement engine.", "Dibuat oleh mesin penempatan."),
    "of_employees": ("of {n} employees", "dari {n} pegawai"),
    "incumbents_jpm_note": (
        "incumbents: {before} before → {after} after",
        "pemangku jabatan: {before} sebelum → {after} sesudah",
    ),
    "displaced_short": ("incumbents left without a post", "pemangku jabatan kehilangan jabatan"),
    # -- sweeps and the frontier (placement.scale) ------------------------------------
    "sweep_title": ("Sweep of scenario settings", "Sweep pengaturan skenario"),
    "sweep_title_each": ("Many organisations", "Banyak organisasi"),
    "sweep_table": ("Variants", "Varian"),
    "frontier_table": ("Points of the curve", "Titik-titik kurva"),
    "sweep_partial_note": (
        "Interrupted: only the variants done are shown (the others are "
        "marked not_run); this sweep is partial.",
        "Dihentikan: hanya varian yang selesai yang ditampilkan (lainnya "
        "bertanda not_run); sweep ini parsial.",
    ),
    "frontier_title": (
        "The price of change: fit against moves",
        "Harga perubahan: kesesuaian terhadap mutasi",
    ),
    "frontier_note": (
        "Filled dots: supported points (exact, each a flow solve), joined; hollow "
        "dots: a cap on moves, with the proven bound of the best fit under that "
        "cap.",
        "Titik penuh: titik pendukung (eksak, masing-masing satu penyelesaian "
        "aliran), dihubungkan; titik kosong: batas jumlah mutasi, dengan batas "
        "terbukti kesesuaian terbaik di bawah batas itu.",
    ),
    "frontier_supported": ("supported (exact)", "pendukung (eksak)"),
    "frontier_constrained": ("cap on moves", "batas mutasi"),
    "fit": ("Fit (points)", "Kesesuaian (poin)"),
    "fit_bound": ("Bound on fit", "Batas kesesuaian"),
    "move_price": ("Price per move (points)", "Harga per mutasi (poin)"),
    "point": ("Point", "Titik"),
    "point_kind": ("Kind of point", "Jenis titik"),
    "variant": ("Variant", "Varian"),
    "organisation": ("Organisation", "Organisasi"),
    "settings": ("Settings", "Pengaturan"),
    "kept_from": ("Placement kept from", "Penempatan diambil dari"),
    "max_moves": ("Max moves", "Maks. mutasi"),
    "not_run": ("not run", "tidak dijalankan"),
    "error": ("error", "galat"),
    # -- decision makers' report (summary, per-OPD, lists, proposal, shortlist) -------
    "opd": ("Agency (OPD)", "Perangkat daerah (OPD)"),
    "opd_name": ("Agency (OPD)", "Perangkat daerah (OPD)"),
    "staff_before": ("Staff before", "Bezetting awal"),
    "staff_after": ("Staff after", "Bezetting hasil"),
    "difference": ("Difference (+ surplus, − shortage)", "Selisih (+ lebih, − kurang)"),
    "moving_in": ("Moving in", "Masuk"),
    "moving_out": ("Moving out", "Keluar"),
    "without_post": ("Left without a post", "Tanpa jabatan"),
    "new_hires": ("New hires", "Pegawai baru"),
    "leaving": (
        "Not placed here, no move (past BUP, excluded)",
        "Tidak ditempatkan di sini, bukan mutasi (BUP, dikecualikan)",
    ),
    "move_kind": ("Kind of move", "Jenis perpindahan"),
    "grade_change": ("Grade change", "Perubahan kelas jabatan"),
    "rotasi": ("rotation (within the agency)", "rotasi (dalam OPD)"),
    "mutasi": ("transfer (to another agency)", "mutasi (ke OPD lain)"),
    "lost_post": ("left without a post", "tanpa jabatan"),
    "promosi": ("promotion (higher jabatan)", "promosi (jabatan lebih tinggi)"),
    "demosi": ("demotion (lower jabatan)", "demosi (jabatan lebih rendah)"),
    "kelas_naik": (
        "higher kelas, same level (no promotion)",
        "kelas jabatan naik, jenjang sama (bukan promosi)",
    ),
    "kelas_turun": (
        "lower kelas, same level (no demotion)",
        "kelas jabatan turun, jenjang sama (bukan demosi)",
    ),
    "review": ("Considered before the SK by", "Dipertimbangkan sebelum SK oleh"),
    "tpk": (
        "Tim Penilai Kinerja (Administrator / Pengawas post)",
        "Tim Penilai Kinerja (jabatan Administrator / Pengawas)",
    ),
    "pansel": ("selection panel, open selection (JPT post)", "Pansel, seleksi terbuka (JPT)"),
    "skp_check": ("SKP to check before the SK", "SKP diperiksa sebelum SK"),
    "skp_note": (
        "New hire below Baik in a priority post: who else could take it",
        "Pegawai baru di bawah Baik pada jabatan prioritas: siapa lagi yang dapat mengisinya",
    ),
    "alike_posts": (
        "Posts as good for them and for the plan (the PPK may choose)",
        "Jabatan yang sama baiknya bagi pegawai dan rencana (PPK dapat memilih)",
    ),
    "seat_note": (
        "Into a post held over its formasi",
        "Ke jabatan yang diisi di luar formasinya",
    ),
    "jf_check": ("JF check before the SK", "Pemeriksaan JF sebelum SK"),
    "jf_leave": ("Leaves a JF", "Keluar dari JF"),
    "uji_kompetensi": (
        "into a JF family from another post (licensed or not), or from the skilled to the "
        "expert track of a JF: uji kompetensi to check",
        "ke rumpun JF dari jabatan lain (berizin atau tidak), atau dari jenjang "
        "keterampilan ke keahlian JF: uji kompetensi diperiksa",
    ),
    "uji_kompetensi_held": (
        "into a JF family from another post, whose uji kompetensi they have passed (their "
        "certifications name it): the certificate to verify",
        "ke rumpun JF dari jabatan lain, yang uji kompetensinya sudah dilulusi (tercantum "
        "dalam sertifikasinya): sertifikatnya diverifikasi",
    ),
    "angka_kredit_uji_kompetensi_held": (
        "into a JF family from another post above its first level, whose uji kompetensi "
        "they have passed (their certifications name it): angka kredit to check, the "
        "certificate to verify",
        "ke rumpun JF dari jabatan lain di atas jenjang awal, yang uji kompetensinya sudah "
        "dilulusi (tercantum dalam sertifikasinya): angka kredit diperiksa, sertifikatnya "
        "diverifikasi",
    ),
    "pemberhentian_jf": (
        "out of a JF into a post of another kind or family: the pemberhentian from the JF "
        "to issue with the SK",
        "keluar dari JF ke jabatan jenis atau rumpun lain: pemberhentian dari JF "
        "diterbitkan bersama SK",
    ),
    "angka_kredit_uji_kompetensi": (
        "a JF level up, or above the first entered from another post or track: angka "
        "kredit and uji kompetensi to check",
        "naik jenjang JF, atau di atas jenjang awal dari jabatan atau jenjang lain: angka "
        "kredit dan uji kompetensi diperiksa",
    ),
    "seat_check": ("Seat to wait for before the SK", "Formasi yang ditunggu sebelum SK"),
    "seat_after_exit": (
        "into a post holding people over its formasi whom the plan keeps there (BUP, the "
        "PPK's decision): as many of those it brings in as it holds over formasi take a "
        "seat only once as many leave (kept until BUP: they; pending: any holder); date "
        "those SKs after (the reason says how many, and by when)",
        "ke jabatan yang diisi pegawai di luar formasinya yang tetap di sana (BUP, "
        "keputusan PPK): sebanyak jumlah mereka, pegawai yang dibawa masuk baru menempati "
        "formasi setelah sebanyak itu keluar (sampai BUP: mereka; menunggu keputusan: "
        "pemangku mana pun); TMT SK-nya sesudahnya (alasan menyebut berapa, dan kapan)",
    ),
    "skp_unknown": (
        "promotion or entry into a JF without an SKP rating in the roster",
        "promosi atau perpindahan ke JF tanpa predikat SKP dalam data",
    ),
    "skp_below_baik": (
        "promotion or entry into a JF with an SKP rating below Baik",
        "promosi atau perpindahan ke JF dengan predikat SKP di bawah Baik",
    ),
    "conversion_skp_below_baik": (
        "penyetaraan of one rated below Baik: whether its rules ask a rating is the "
        "PPK's to confirm",
        "penyetaraan pegawai dengan predikat di bawah Baik: apakah ketentuannya "
        "mensyaratkan predikat, PPK yang memastikan",
    ),
    "conversion_skp_unknown": (
        "penyetaraan of one without an SKP rating in the roster: whether its rules ask "
        "a rating is the PPK's to confirm",
        "penyetaraan pegawai tanpa predikat SKP dalam data: apakah ketentuannya "
        "mensyaratkan predikat, PPK yang memastikan",
    ),
    "summary_plain": ("Summary", "Ringkasan"),
    "opd_section": (
        "Per agency (OPD): before and after",
        "Per perangkat daerah (OPD): sebelum dan sesudah",
    ),
    "opd_section_note": (
        "Headcount is the formasi; staff before are the people whose current "
        "unit is in the agency; difference = staff after − headcount (+ "
        "surplus, − shortage); rotations within an agency count in neither "
        "moving in nor out; staff before + moving in − moving out − left without a "
        "post + new hires − not "
        "placed (past BUP or excluded, placed nowhere without a move) = staff after.",
        "Kebutuhan adalah formasi; bezetting awal adalah pegawai yang unit "
        "kerjanya saat ini berada di OPD tersebut; selisih = bezetting hasil − "
        "kebutuhan (+ lebih, − kurang); rotasi di dalam OPD tidak dihitung "
        "sebagai masuk maupun keluar; bezetting awal + masuk − keluar − tanpa jabatan "
        "+ pegawai baru − "
        "tidak ditempatkan (melewati BUP atau dikecualikan, tanpa perpindahan) = "
        "bezetting hasil.",
    ),
    "lists": ("Lists", "Daftar"),
    "changes_table": (
        "Everyone whose post changes, and why",
        "Pegawai yang berpindah jabatan dan alasannya",
    ),
    "new_hires_table": ("New hires and where they go", "Pegawai baru dan penempatannya"),
    "no_post_table": ("People left without a post", "Pegawai yang tidak mendapat jabatan"),
    "decisions_table": (
        "Decisions for the PPK: serving officials without a seat within the rules",
        "Keputusan PPK: pejabat aktif yang tidak mendapat formasi sesuai aturan",
    ),
    "retirements_table": (
        "Retirements within the planning horizon",
        "Pensiun dalam horizon perencanaan",
    ),
    "talent_grid": (
        "Talent box (9-box) after placement",
        "Kotak talenta (9-box) setelah penempatan",
    ),
    "talent_legend": (
        "Rows: potential (the roster's assessment of potential or, without one, the "
        "JPM against the standard of the level above the post held, not the fit in "
        "it: low < 68, middle 68–79, high ≥ 80); columns: performance (SKP: below, "
        "meets, above expectations). Boxes 7–9 form the succession pool for key posts. "
        "People without a potential (no post held, or not assessed) or without a "
        "performance rating are in no box.",
        "Baris: potensial (hasil asesmen potensi dalam data atau, bila tidak ada, JPM "
        "terhadap standar jenjang di atas jabatan yang dipegang, bukan kesesuaian "
        "dengan jabatan itu: rendah < 68, menengah 68–79, tinggi ≥ 80); kolom: kinerja "
        "(SKP: di bawah, sesuai, di atas ekspektasi). Kotak 7–9 adalah kelompok rencana "
        "suksesi untuk jabatan kunci. Pegawai tanpa potensi (tidak memegang jabatan, "
        "atau belum diases) atau tanpa predikat kinerja tidak masuk kotak mana pun.",
    ),
    "potential": ("Potential", "Potensial"),
    "perf_below": ("below expectations", "di bawah ekspektasi"),
    "perf_meets": ("meets expectations", "sesuai ekspektasi"),
    "perf_above": ("above expectations", "di atas ekspektasi"),
    "pot_high": ("high", "tinggi"),
    "pot_middle": ("middle", "menengah"),
    "pot_low": ("low", "rendah"),
    "technical": ("Technical details", "Rincian teknis"),
    "technical_note": (
        "For the analysts: how the placement was computed and how good it is proven to be.",
        "Untuk analis: bagaimana penempatan dihitung dan seberapa baik mutunya terbukti.",
    ),
    "all_kpis": ("All indicators", "Semua indikator"),
    "sources": ("Input files", "Berkas masukan"),
    "file": ("File", "Berkas"),
    "sha256": ("SHA-256 checksum", "Checksum SHA-256"),
    "report_date": ("Report date", "Tanggal laporan"),
    "why_infeasible": ("Why there is no placement", "Mengapa tidak ada penempatan"),
    "direction": ("Better", "Lebih baik"),
    "higher_better": ("↑ higher", "↑ lebih tinggi"),
    "lower_better": ("↓ lower", "↓ lebih rendah"),
    "notes_sheet": ("Notes", "Keterangan"),
    "per_placed": ("(per person placed)", "(per pegawai yang ditempatkan)"),
    "kpi_share": ("{value} ({rate} %)", "{value} ({rate} %)"),
    "kpi_per_unit": ("{value} ({rate} per person)", "{value} ({rate} per orang)"),
    "per_seats": ("(per seat)", "(per formasi)"),
    "per_workload_needed_staff": (
        "(per staff the workload analysis needs)",
        "(per kebutuhan pegawai menurut ABK)",
    ),
    "per_moves": ("(per move)", "(per perpindahan)"),
    "per_priority_seats": (
        "(per seat of a priority post)",
        "(per formasi jabatan prioritas)",
    ),
    "best_note": (
        "★ marks the best scenario for an indicator (ties all marked; none where every "
        "scenario reads the same, nor for vacancies, the fill rate, those placed, left "
        "without a post or kept over formasi and the decisions list where the scenarios' "
        "formasi differ: a formasi the scenario sets is no better placement, nor for the "
        "moves into a post at JPM < 68 where the scenarios' moves differ in number: fewer "
        "of fewer moves is no better placement, nor for the field fit where one converts "
        "posts by penyetaraan that another does not: a converted post accepts its JF "
        "family's fields). "
        "A rate, a mean or a count per person within 0.1 % of "
        "the best, relative to it, counts as level with it (the best at 80.00 %, 79.93 % "
        "is level with it, 79.90 % is not).",
        "★ menandai skenario terbaik untuk suatu indikator (jika sama, semuanya ditandai; "
        "tidak ada tanda bila semua skenario bernilai sama, juga untuk lowongan, tingkat "
        "keterisian, pegawai yang ditempatkan, pemangku yang kehilangan jabatan atau "
        "dipertahankan melebihi formasi, dan daftar keputusan bila formasi skenarionya "
        "berbeda: formasi yang "
        "ditetapkan "
        "skenario bukan penempatan yang lebih baik; juga untuk perpindahan ke jabatan "
        "dengan JPM < 68 bila jumlah perpindahan skenarionya berbeda: lebih sedikit dari "
        "perpindahan yang lebih sedikit bukan penempatan yang lebih baik; juga untuk "
        "kesesuaian bidang bila satu skenario menyetarakan jabatan yang tidak disetarakan "
        "skenario lain: jabatan yang disetarakan menerima bidang rumpun JF-nya). Rasio, "
        "rata-rata, atau "
        "jumlah per pegawai yang selisihnya dalam 0,1 % dari yang terbaik, relatif terhadap "
        "nilainya, dihitung sama (yang terbaik 80,00 %: 79,93 % setara dengannya, 79,90 % "
        "tidak).",
    ),
    "opd_across": (
        "Per agency (OPD) across scenarios",
        "Per perangkat daerah (OPD) antar skenario",
    ),
    "opd_across_note": (
        "Each scenario: staff after / headcount (difference: + surplus, − shortage).",
        "Setiap skenario: bezetting hasil / kebutuhan (selisih: + lebih, − kurang).",
    ),
    "decision_kpis": ("Key indicators side by side", "Indikator utama berdampingan"),
    "against_base": (
        "What each scenario gains and costs against another",
        "Apa yang diperoleh dan dikorbankan tiap skenario dibanding skenario lain",
    ),
    "against_base_note": (
        "Each scenario against the one it extends in this comparison, else the first: "
        "the key indicators above in which it is better or worse, as the table's ★ would "
        "mark the two alone (the same count against fewer people or seats is not counted "
        "worse), or different where neither is better in itself, one of them does not "
        "measure it, or it reads against formasi the two set apart (vacancies, the fill "
        "rate); the rest read level.",
        "Tiap skenario dibanding skenario yang diperluasnya dalam perbandingan ini, atau "
        "skenario pertama: indikator utama di atas yang lebih baik atau lebih buruk, "
        "sebagaimana ★ tabel menandai keduanya saja (jumlah yang sama terhadap pegawai "
        "atau formasi yang lebih sedikit tidak dihitung lebih buruk), atau berbeda bila "
        "tidak ada yang lebih baik dengan sendirinya, salah satunya tidak mengukurnya, "
        "atau diukur terhadap formasi yang berbeda di antara keduanya (lowongan, tingkat "
        "keterisian); sisanya setara.",
    ),
    "against_base_sheet": ("Against another", "Dibanding skenario lain"),
    "before_sks": (
        "What each scenario asks before its SKs",
        "Apa yang diperlukan tiap skenario sebelum SK-nya",
    ),
    "before_sks_note": (
        "Counts to weigh, neither better nor worse: the SKs each scenario needs, and how "
        "many of its moves wait on a check before the SK (each scenario's moves list marks "
        "every one).",
        "Jumlah untuk ditimbang, bukan lebih baik atau lebih buruk: SK yang diperlukan "
        "tiap skenario, dan berapa perpindahannya yang menunggu pemeriksaan sebelum SK "
        "(daftar perpindahan tiap skenario menandai masing-masing).",
    ),
    "before_sks_sheet": ("Before the SKs", "Sebelum SK"),
    "check": ("Check", "Pemeriksaan"),
    "sks_moves": ("SKs of a move (rotasi, mutasi)", "SK perpindahan (rotasi, mutasi)"),
    "sks_reorganised": (
        "SKs into an office merged or renamed, no move",
        "SK ke perangkat daerah yang digabung atau diganti namanya, bukan mutasi",
    ),
    "sks_moves_tpk": (
        "… of them dated after the Tim Penilai Kinerja weighs the official against the "
        "holder of their closed post's title",
        "… di antaranya ditetapkan sesudah Tim Penilai Kinerja menimbang pejabat itu "
        "terhadap pemangku jabatan sejudul dengan jabatannya yang ditutup",
    ),
    "sks_reorganised_tpk": (
        "… of them the Tim Penilai Kinerja considers first (a seat contested by an "
        "official whose post closes)",
        "… di antaranya yang lebih dahulu dipertimbangkan Tim Penilai Kinerja (formasi "
        "yang juga dituju pejabat yang jabatannya ditutup)",
    ),
    "sks_penyetaraan": (
        "SKs of penyetaraan, no move (each on the peta jabatan enacted first, income not "
        "lower: check)",
        "SK penyetaraan, bukan mutasi (masing-masing setelah peta jabatan ditetapkan, "
        "penghasilan tidak turun: periksa)",
    ),
    "sks_penyetaraan_waiting": (
        "… of them waiting on the PPK's decision (converted on condition, or kept over formasi)",
        "… di antaranya menunggu keputusan PPK (disetarakan dengan syarat, atau tetap di "
        "luar formasi)",
    ),
    "checks_tpk": (
        "… moves the Tim Penilai Kinerja considers",
        "… perpindahan yang dipertimbangkan Tim Penilai Kinerja",
    ),
    "checks_pansel": ("… moves a Pansel selects", "… perpindahan melalui seleksi Pansel"),
    "checks_uji_kompetensi": (
        "… moves through an uji kompetensi",
        "… perpindahan melalui uji kompetensi",
    ),
    "checks_uji_kompetensi_held": (
        "… moves into a JF whose uji kompetensi the person has passed (its certificate to verify)",
        "… perpindahan ke JF yang uji kompetensinya sudah dilulusi (sertifikatnya diverifikasi)",
    ),
    "checks_angka_kredit": (
        "… moves resting on the angka kredit",
        "… perpindahan yang bergantung pada angka kredit",
    ),
    "checks_jf_leave": (
        "… moves needing a pemberhentian from a JF",
        "… perpindahan yang memerlukan pemberhentian dari JF",
    ),
    "checks_skp": (
        "… moves with an SKP to check: a promotion, an entry into a JF or a step up in "
        "priority on a rating below Baik, or none given",
        "… perpindahan dengan SKP yang diperiksa: promosi, masuk JF atau naik prioritas "
        "dengan predikat di bawah Baik, atau tanpa predikat",
    ),
    "checks_skp_mutasi": (
        "… moves into another OPD of officials rated below Baik (its head to be told)",
        "… perpindahan ke OPD lain pejabat dengan predikat di bawah Baik (diberitahukan "
        "kepada kepala OPD penerima)",
    ),
    "checks_skp_penyetaraan": (
        "… SKs of penyetaraan on a rating below Baik, or none given",
        "… SK penyetaraan dengan predikat di bawah Baik, atau tanpa predikat",
    ),
    "checks_seat": (
        "… moves waiting for a holder to leave the seat",
        "… perpindahan yang menunggu pemangku meninggalkan formasinya",
    ),
    "checks_formasi": (
        "… SKs into seats of a formasi the scenario raises, or out of one it lowers "
        "(the new formasi enacted first)",
        "… SK ke formasi yang dinaikkan skenario, atau dari formasi yang diturunkannya "
        "(formasi baru ditetapkan lebih dahulu)",
    ),
    "checks_budget": (
        "… SKs into a unit the plan puts over its budget (moves from another unit, new hires)",
        "… SK ke unit yang anggarannya terlampaui oleh rencana (perpindahan dari unit "
        "lain, pegawai baru)",
    ),
    "checks_bup": (
        "… moves that change the person's retirement date (BUP)",
        "… perpindahan yang mengubah tanggal pensiun (BUP)",
    ),
    "checks_assessment": (
        "… moves into a post whose standard holds competencies not assessed for the person",
        "… perpindahan ke jabatan yang standarnya memuat kompetensi yang belum diases bagi "
        "pegawainya",
    ),
    "against": ("Against", "Dibanding"),
    "judgement": ("Reads", "Dinilai"),
    "value_against": ("Value in the other", "Nilai pada skenario pembanding"),
    "value:better": ("Better", "Lebih baik"),
    "value:worse": ("Worse", "Lebih buruk"),
    "value:different": (
        "Different (neither better nor worse in itself)",
        "Berbeda (tidak lebih baik atau buruk dengan sendirinya)",
    ),
    "value:level": ("Level in every key indicator", "Setara pada setiap indikator utama"),
    "against_base_level": (
        "Level in every key indicator, as the table's ★ would read the two alone.",
        "Setara pada setiap indikator utama, sebagaimana ★ tabel membaca keduanya saja.",
    ),
    "displaced_across": (
        "Incumbents left without a post",
        "Pemangku jabatan yang kehilangan jabatan",
    ),
    "sheet:displaced_across": ("Incumbents left without a post", "Pemangku kehilangan jabatan"),
    "displaced_across_note": (
        "Serving officials whom a scenario leaves without any post: the PPK decides on "
        "each before the SK (each scenario's decisions list says what is open to them).",
        "Pejabat yang oleh suatu skenario tidak mendapat jabatan apa pun: PPK memutuskan "
        "masing-masing sebelum SK (daftar keputusan tiap skenario menyebut pilihan yang "
        "terbuka baginya).",
    ),
    "filter_placeholder": ("Filter rows…", "Saring baris…"),
    "position_kind": ("Kind", "Jenis"),
    "years_in_post": ("Years in post", "Lama dalam jabatan (tahun)"),
    "over_age_limit": ("Above the Pansel's age limit", "Di atas batas usia Pansel"),
    "years_of_service": ("Years of service", "Masa kerja (tahun)"),
    "below_standard": ("Competencies below standard", "Kompetensi di bawah standar"),
    "not_assessed": ("Not assessed (-/standard)", "Belum diases (-/standar)"),
    "none_assessed": ("the whole standard", "seluruh standar"),
    "cost": ("Objective cost of appointing", "Biaya fungsi tujuan bila diangkat"),
    "candidate": ("Candidate", "Calon"),
    "rank_order": ("No", "No"),
    "changes": ("People changing post", "Pegawai berpindah jabatan"),
    "rotasi_short": ("rotation", "rotasi"),
    "mutasi_short": ("transfer", "mutasi"),
    "promosi_short": ("promotion", "promosi"),
    "kelas_naik_short": ("higher kelas, same level", "kelas naik, jenjang sama"),
    "kelas_turun_short": ("lower kelas, same level", "kelas turun, jenjang sama"),
    "opd_sheet": ("Per agency (OPD)", "Per OPD"),
    "from_opd": ("From agency (OPD)", "OPD asal"),
    "to_opd": ("To agency (OPD)", "OPD tujuan"),
    "explain_score": ("Score", "Skor"),
    "explain_delta": ("Δ vs result", "Δ thd hasil"),
    "explain_seats": ("Seats", "Formasi"),
    "explain_held_by": ("Held by", "Dipangku oleh"),
    "current_title": ("Current post", "Jabatan saat ini"),
    "offer_position": (
        "Lower post to offer (with consent)",
        "Jabatan lebih rendah yang dapat ditawarkan (dengan persetujuan)",
    ),
    "offer_title": ("Title of the post to offer", "Nama jabatan yang dapat ditawarkan"),
    "offer": (
        "Lower post to offer (with consent)",
        "Jabatan lebih rendah yang dapat ditawarkan (dengan persetujuan)",
    ),
    "holds_post": ("Placed there by the scenario", "Ditempatkan di sini oleh skenario"),
    "changed": ("Others placed differently", "Pegawai lain yang berubah penempatannya"),
    "shortlist_sheet": ("Shortlist", "Daftar calon"),
    "demosi_short": ("demotion", "demosi"),
    "tpk_short": ("Tim Penilai Kinerja to consider", "pertimbangan Tim Penilai Kinerja"),
    "pansel_short": ("open selection (Pansel)", "seleksi terbuka (Pansel)"),
    "angka_kredit_uji_kompetensi_short": (
        "JF entry or level: check angka kredit and uji kompetensi",
        "masuk atau naik jenjang JF: periksa angka kredit dan uji kompetensi",
    ),
    "pemberhentian_jf_short": (
        "leaves a JF: pemberhentian with the SK, the tunjangan fungsional of that JF ends "
        "(tell them)",
        "keluar dari JF: pemberhentian bersama SK, tunjangan fungsional JF itu berhenti "
        "(beri tahu ybs.)",
    ),
    "uji_kompetensi_held_short": (
        "JF entry: verify the uji kompetensi certificate",
        "masuk JF: verifikasi sertifikat uji kompetensi",
    ),
    "angka_kredit_uji_kompetensi_held_short": (
        "JF entry above the first level: check angka kredit, verify the uji kompetensi certificate",
        "masuk JF di atas jenjang awal: periksa angka kredit, verifikasi sertifikat uji kompetensi",
    ),
    "uji_kompetensi_short": (
        "JF entry or track: check uji kompetensi",
        "masuk JF atau jenjang JF: periksa uji kompetensi",
    ),
    "seat_by_short": (
        " (the seat is free by {date} at the latest, sooner if a holder leaves: date the SK "
        "then, not before)",
        " (formasi kosong paling lambat {date}, lebih cepat bila ada pemangku yang keluar: "
        "TMT SK saat itu, tidak sebelumnya)",
    ),
    "seat_by_window_short": (
        " (the seat is free by {date} at the latest, sooner if a holder leaves: date the SK "
        "then, not before, and before {before}, when this person is past the JF entry age; "
        "see the reason in moves.csv)",
        " (formasi kosong paling lambat {date}, lebih cepat bila ada pemangku yang keluar: "
        "TMT SK saat itu, tidak sebelumnya, dan sebelum {before}, saat pegawai ini melewati "
        "batas usia perpindahan ke JF; lihat alasan di moves.csv)",
    ),
    "seat_by_far_short": (
        " (where the SK waits, the seat is sure to be free only on {date}, past the plan's "
        "horizon: no SK to date until a holder leaves)",
        " (bila SK menunggu, formasi baru pasti kosong pada {date}, melewati cakrawala "
        "rencana: SK belum dapat ditetapkan sampai ada pemangku yang keluar)",
    ),
    "seat_by_jf_age_short": (
        " (the seat is free by {date} at the latest, when this person is past the JF "
        "entry age: date this SK before {before}, not as one that waits; see the reason "
        "in moves.csv)",
        " (formasi kosong paling lambat {date}, saat pegawai ini melewati batas usia "
        "perpindahan ke JF: tetapkan SK ini sebelum {before}, bukan sebagai SK yang "
        "menunggu; lihat alasan di moves.csv)",
    ),
    "seat_by_jf_age_wait_short": (
        " (the seat is free by {date} at the latest, when this person is past the JF "
        "entry age: a seat must be freed for this SK before {before}, by the PPK's "
        "decision on one who stays, or the move cannot be made; see the reason in "
        "moves.csv)",
        " (formasi kosong paling lambat {date}, saat pegawai ini melewati batas usia "
        "perpindahan ke JF: formasi untuk SK ini harus dikosongkan sebelum {before}, "
        "dengan keputusan PPK atas salah satu pemangku yang tetap, atau perpindahan ini "
        "tidak dapat dilakukan; lihat alasan di moves.csv)",
    ),
    "seat_by_far_jf_age_short": (
        " (the seat is sure to be free only on {date}, past the plan's horizon and this "
        "person's JF entry age: a seat must be freed for this SK before {before}, by the "
        "PPK's decision on one who stays, or the move cannot be made)",
        " (formasi baru pasti kosong pada {date}, melewati cakrawala rencana dan batas "
        "usia perpindahan ke JF pegawai ini: formasi untuk SK ini harus dikosongkan "
        "sebelum {before}, dengan keputusan PPK atas salah satu pemangku yang tetap, "
        "atau perpindahan ini tidak dapat dilakukan)",
    ),
    "bup_moves_short": (
        "BUP moves with the post, {before} → {after}: tell them before the SK",
        "BUP berubah mengikuti jabatan, {before} → {after}: beri tahu sebelum SK",
    ),
    "seat_by": (
        "Seat free by (at the latest)",
        "Formasi kosong paling lambat",
    ),
    "seat_waits_first_short": (
        "post held over formasi: {k} of the {n} SK(s) into it of officials moving in "
        "wait for an exit; this one comes first in turn and takes a free seat now (a move "
        "the person must make first, then the JPM in the post, SKP, golongan, service)",
        "jabatan melebihi formasi: {k} dari {n} SK pejabat yang pindah ke jabatan ini "
        "menunggu ada yang keluar; SK ini lebih dahulu dan menempati formasi kosong "
        "sekarang (perpindahan yang wajib lebih dahulu, lalu JPM di jabatan itu, SKP, "
        "golongan, masa kerja)",
    ),
    "seat_waits_after_short": (
        "post held over formasi: {k} of the {n} SK(s) into it of officials moving in "
        "wait for an exit, this one among them, last in turn (a move the person must make "
        "first, then the JPM in the post, SKP, golongan, service)",
        "jabatan melebihi formasi: {k} dari {n} SK pejabat yang pindah ke jabatan ini "
        "menunggu ada yang keluar, termasuk SK ini, yang terakhir menurut urutan "
        "(perpindahan yang wajib lebih dahulu, lalu JPM di jabatan itu, SKP, golongan, "
        "masa kerja)",
    ),
    "seat_waits_all_short": (
        "post held over formasi: the SK(s) of the {n} official(s) moving into it wait for "
        "an exit (see the reason in moves.csv)",
        "jabatan melebihi formasi: SK {n} pejabat yang pindah ke jabatan ini menunggu ada "
        "yang keluar (lihat alasan di moves.csv)",
    ),
    "seat_first": (
        "into a post held over formasi: takes a free seat first in turn",
        "ke jabatan yang melebihi formasi: menempati formasi kosong lebih dahulu",
    ),
    "seat_after_exit_short": (
        "post held over formasi: as many SKs into it as its surplus wait for an exit "
        "(see the reason in moves.csv)",
        "jabatan melebihi formasi: SK ke jabatan ini sebanyak kelebihannya menunggu ada "
        "yang keluar (lihat alasan di moves.csv)",
    ),
    "formasi_raised_short": (
        "formasi of the new post raised by the scenario: enact it first",
        "formasi jabatan baru dinaikkan skenario: tetapkan lebih dahulu",
    ),
    "formasi_cut_short": (
        "formasi of the post held lowered by the scenario: enact it first",
        "formasi jabatan lama diturunkan skenario: tetapkan lebih dahulu",
    ),
    "formasi_cut_raised_short": (
        "formasi of both posts changed by the scenario: enact them first",
        "formasi kedua jabatan diubah skenario: tetapkan lebih dahulu",
    ),
    "formasi_raised_sk": (
        "formasi of the new post {was} → {now} by the scenario: enacted before the SK",
        "formasi jabatan baru {was} → {now} menurut skenario: ditetapkan sebelum SK",
    ),
    "formasi_cut_sk": (
        "formasi of the post held {was} → {now} by the scenario: enacted before the SK",
        "formasi jabatan lama {was} → {now} menurut skenario: ditetapkan sebelum SK",
    ),
    "formasi_cut_raised_sk": (
        "formasi of the post held {was_held} → {now_held} and of the new post {was} → "
        "{now} by the scenario: enacted before the SK",
        "formasi jabatan lama {was_held} → {now_held} dan jabatan baru {was} → {now} "
        "menurut skenario: ditetapkan sebelum SK",
    ),
    "budget_over_sk": (
        "the receiving unit's staff cost after the plan, {after}, exceeds its budget, "
        "{budget}: check",
        "belanja pegawai unit penerima setelah rencana, {after}, melampaui anggarannya, "
        "{budget}: periksa",
    ),
    "skp_unknown_short": ("no SKP rating: check", "tanpa predikat SKP: periksa"),
    "skp_below_baik_short": ("SKP below Baik: check", "SKP di bawah Baik: periksa"),
    "skp_mutasi_short": (
        "SKP {rating}: tell the receiving OPD's head (coaching)",
        "SKP {rating}: beri tahu kepala OPD penerima (pembinaan kinerja)",
    ),
    "skp_mutasi_also_short": (
        "tell the receiving OPD's head (coaching)",
        "beri tahu kepala OPD penerima (pembinaan kinerja)",
    ),
    "skp_below_baik_sk": ("SKP {rating}: check", "SKP {rating}: periksa"),
    "skp_priority_sk": (
        "SKP {rating}, priority post: check",
        "SKP {rating}, jabatan prioritas: periksa",
    ),
    "skp_priority_short": (
        "SKP below Baik, priority post: check",
        "SKP di bawah Baik, jabatan prioritas: periksa",
    ),
    "total": ("Total", "Jumlah"),
    "headcount_need": ("Headcount (formasi)", "Kebutuhan (formasi)"),
    "difference_short": ("Difference", "Selisih"),
    "proposal_title": ("Proposed appointments", "Usulan pengangkatan dalam jabatan"),
    "sk_attachment": ("ATTACHMENT TO THE DECREE OF THE REGENT", "LAMPIRAN KEPUTUSAN BUPATI"),
    "sk_number": ("NUMBER  : ....................", "NOMOR    : ...................."),
    "sk_date": ("DATE    : ....................", "TANGGAL  : ...................."),
    "sk_about": ("ON      : ....................", "TENTANG  : ...................."),
    "sk_no": ("No", "No"),
    "sk_name": ("Name", "Nama"),
    "sk_nip": ("NIP", "NIP"),
    "sk_rank": ("Rank/Grade (Pangkat/Golongan)", "Pangkat/Golongan"),
    "sk_from_title": ("Former post", "Jabatan lama"),
    "sk_from_unit_name": ("Former unit", "Unit kerja lama"),
    "sk_to_title": ("New post", "Jabatan baru"),
    "sk_to_unit_name": ("New unit", "Unit kerja baru"),
    "sk_note": ("Remarks", "Keterangan"),
    "sk_place_date": (
        "...................., ....................",
        "...................., ....................",
    ),
    "sk_signer": ("THE REGENT,", "BUPATI,"),
    "sk_signer_name": (
        "(....................................)",
        "(....................................)",
    ),
    "sk_sheet_empty": ("None", "Tidak ada"),
    "sk_sheet_cover": ("Summary", "Ringkasan"),
    "cover_title": (
        "Summary of the proposal (not an attachment of any SK)",
        "Ringkasan usulan (bukan lampiran SK)",
    ),
    "cover_moves": (
        "Moves in the SK attachments: {n} people in {opds} OPD(s) ({rotasi} rotations "
        "within their agency, {mutasi} transfers to another; promotions among them)",
        "Perpindahan dalam lampiran SK: {n} pegawai di {opds} perangkat daerah ({rotasi} "
        "rotasi dalam perangkat daerahnya, {mutasi} mutasi ke perangkat daerah lain; "
        "promosi termasuk di dalamnya)",
    ),
    "cover_choice": (
        "Rows whose Remarks name other posts as good for the person and for the plan "
        "(ask them which): {n}",
        "Baris yang Keterangannya menyebut jabatan lain yang sama baiknya bagi pegawai dan "
        "bagi rencana (tanyakan pilihannya): {n}",
    ),
    "cover_assess": (
        "Rows whose Remarks ask to assess competencies of the new post's standard first "
        "(unassessed_after): {n}",
        "Baris yang Keterangannya meminta asesmen kompetensi standar jabatan barunya "
        "lebih dahulu (unassessed_after): {n}",
    ),
    "cover_later": (
        "Rows whose SK is dated only once a holder leaves the seat (seat_check; the date in "
        "their Remarks): {n}",
        "Baris yang SK-nya baru dapat bertanggal setelah pemangku meninggalkan formasinya "
        "(seat_check; tanggalnya pada Keterangan): {n}",
    ),
    "cover_before": (
        "What these SKs wait on (as the comparison counts it)",
        "Yang ditunggu SK-SK ini (seperti dihitung perbandingan)",
    ),
    "cover_weigh": (
        "Rows of those attachments whose Remarks ask to weigh the move before the SK: {n}",
        "Baris lampiran itu yang Keterangannya meminta perpindahan ditimbang sebelum SK: {n}",
    ),
    "cover_hear": (
        "Rows of those attachments whose Remarks ask to hear the person before the SK "
        "(a loss to them that a gain to the plan carries): {n}",
        "Baris lampiran itu yang Keterangannya meminta pendapat pegawai didengar sebelum "
        "SK (kerugian baginya yang ditutup keuntungan bagi rencana): {n}",
    ),
    "cover_asking": (
        "Those rows, to read first (each also in its OPD's attachment)",
        "Baris-baris itu, untuk dibaca lebih dahulu (masing-masing juga pada lampiran "
        "perangkat daerahnya)",
    ),
    "sk_sheet_conversion": ("Penyetaraan", "Penyetaraan"),
    "sk_sheet_conditions": ("Penyetaraan on condition", "Penyetaraan bersyarat"),
    "sk_sheet_reorganised": ("Offices reorganised", "Perangkat daerah baru"),
    "sk_about_reorganised": (
        "ON      : PLACEMENT OF OFFICIALS IN THE REORGANISED REGIONAL OFFICES",
        "TENTANG  : PENEMPATAN PEGAWAI PADA PERANGKAT DAERAH HASIL PENATAAN",
    ),
    "sk_reorganised": (
        "Officials who keep their own post in an office merged or renamed",
        "Pegawai yang tetap pada jabatannya di perangkat daerah yang digabung atau diubah namanya",
    ),
    "decision_first_short": (
        "the PPK's decision first (decisions list: {decision})",
        "keputusan PPK lebih dahulu (daftar keputusan: {decision})",
    ),
    "reorganised_short": (
        "own post, in the office as reorganised",
        "jabatan sendiri, pada perangkat daerah hasil penataan",
    ),
    "sk_about_conversion": (
        "ON      : PENYETARAAN OF ADMINISTRATIVE POSTS INTO FUNCTIONAL POSTS",
        "TENTANG  : PENYETARAAN JABATAN ADMINISTRASI KE DALAM JABATAN FUNGSIONAL",
    ),
    "sk_before_conversion": (
        "Before this SK (not checked by the plan): the peta jabatan naming these "
        "functional posts, with their formasi, enacted (Perbup); each official's income "
        "after penyetaraan (the JF's tunjangan, TPP) no lower than before (PermenPANRB "
        "17/2021).",
        "Sebelum SK ini (tidak diperiksa rencana): peta jabatan yang memuat jabatan "
        "fungsional ini beserta formasinya ditetapkan (Perbup); penghasilan setiap "
        "pejabat setelah penyetaraan (tunjangan JF, TPP) tidak lebih rendah dari "
        "sebelumnya (PermenPANRB 17/2021).",
    ),
    "sk_conversion": (
        "Officials converted in their own post (penyetaraan jabatan)",
        "Pejabat yang disetarakan di jabatannya (penyetaraan jabatan)",
    ),
    "sk_conditions": (
        "Not for this SK yet: officials whose penyetaraan asks the PPK's decision first "
        "(the decisions list, converted_on_condition: education below S1/D4, or a field "
        "of education the JF does not accept where the scenario makes it a condition), "
        "or who are kept over its formasi pending",
        "Belum untuk SK ini: pejabat yang penyetaraannya memerlukan keputusan PPK lebih "
        "dahulu (daftar keputusan, converted_on_condition: pendidikan di bawah S1/D4, "
        "atau bidang pendidikan yang tidak diterima JF bila skenario menjadikannya "
        "syarat), atau yang dipertahankan di luar "
        "formasinya menunggu keputusan",
    ),
    "conversion_short": (
        "penyetaraan ({before} → {after}), in own post",
        "penyetaraan ({before} → {after}), di jabatan sendiri",
    ),
    "conversion_education_below_minimum_short": (
        "education below S1/D4: on condition of completing it",
        "pendidikan di bawah S1/D4: dengan syarat menyelesaikannya",
    ),
    "conversion_field_outside_post_short": (
        "field of education not among the JF's: the PPK decides",
        "bidang pendidikan tidak termasuk yang diterima JF: PPK memutuskan",
    ),
    "conversion_field_outside_post_noted_short": (
        "field of education not among the JF's: noted, no condition of penyetaraan here "
        "(pengembangan kompetensi in the JF's field where needed)",
        "bidang pendidikan tidak termasuk yang diterima JF: dicatat, bukan syarat "
        "penyetaraan di sini (pengembangan kompetensi di bidang JF itu bila diperlukan)",
    ),
    "conversion_rank_below_minimum_short": (
        "golongan below the JF level's range: no condition (the level follows the post, "
        "the pangkat is kept)",
        "golongan di bawah rentang jenjang JF: bukan syarat (jenjang mengikuti jabatan, "
        "pangkat tetap)",
    ),
    "conversion_kept_pending_short": (
        "kept in it over its formasi pending the PPK's decision (decisions list): no SK "
        "of penyetaraan before it",
        "dipertahankan di jabatan itu di luar formasi menunggu keputusan PPK (daftar "
        "keputusan): belum ada SK penyetaraan sebelum keputusan itu",
    ),
    "conversion_licence_outside_profession_note_short": (
        "holds {licence}, the licence of a profession outside this JF, and a post of it at "
        "their level has a seat left in this plan: the PPK decides first whether they "
        "return to it (the decisions list, outside_profession, says what keeps them out "
        "of it); no SK of penyetaraan before it",
        "memiliki {licence}, sertifikat profesi di luar JF ini, dan jabatan profesi itu "
        "pada jenjangnya masih memiliki formasi kosong dalam rencana ini: PPK lebih dahulu "
        "memutuskan apakah ia kembali ke profesinya (daftar keputusan, outside_profession, "
        "menyebutkan apa yang menghalanginya); belum ada SK penyetaraan sebelum keputusan "
        "itu",
    ),
    "conversion_standard_short": (
        "JPM {jpm} against the JF's standard, {was} against the post as read: below "
        "{need} (Kurang Memenuhi Syarat), pengembangan kompetensi in the JF",
        "JPM {jpm} terhadap standar JF, {was} terhadap jabatan semula: di bawah {need} "
        "(Kurang Memenuhi Syarat), pengembangan kompetensi di JF itu",
    ),
    "conversion_licence_below_short": (
        "posts of it at this jenjang have a seat left ({posts}), closed to them as a move "
        "only as their golongan is above the jenjang's range, which this penyetaraan sets "
        "aside: the PPK's to weigh",
        "jabatan profesi itu pada jenjang ini memiliki formasi kosong ({posts}), tertutup "
        "baginya sebagai perpindahan hanya karena golongannya di atas rentang jenjang itu, "
        "yang dikesampingkan dalam penyetaraan ini: untuk dipertimbangkan PPK",
    ),
    "conversion_licence_note_short": (
        "holds {licence}, the licence of a profession outside this JF: no post of it at "
        "the jenjang their golongan fits has a seat left open to them in this plan (noted)",
        "memiliki {licence}, sertifikat profesi di luar JF ini: tidak ada jabatan profesi "
        "itu pada jenjang yang sesuai golongannya dengan formasi kosong yang terbuka "
        "baginya dalam rencana ini (dicatat)",
    ),
    "conversion_rank_above_range_short": (
        "golongan above the JF level's range: no condition (the level follows the post, "
        "the pangkat is kept)",
        "golongan di atas rentang jenjang JF: bukan syarat (jenjang mengikuti jabatan, "
        "pangkat tetap)",
    ),
    "sk_sheet_waits": ("Not for this SK", "Belum untuk SK"),
    "sk_sheet_hires": ("New hires", "Pegawai baru"),
    "sk_lost": (
        "Not for this SK: serving officials this plan leaves without a post (their post "
        "closed or held by another it keeps; the decisions list, without_post): the PPK "
        "decides on each before any SK of the reorganisation (the Tim Penilai Kinerja or "
        "the Pansel for a structural post, uji kompetensi for a functional one, or a "
        "transfer)",
        "Bukan untuk SK ini: pejabat yang oleh rencana ini tidak mendapat jabatan "
        "(jabatannya ditutup atau dipegang pejabat lain yang dipertahankan; daftar "
        "keputusan, without_post): PPK memutuskan masing-masing sebelum SK penataan apa "
        "pun (Tim Penilai Kinerja atau Pansel untuk jabatan struktural, uji kompetensi "
        "untuk jabatan fungsional, atau pindah instansi)",
    ),
    "sk_lost_acting": (
        "Left to the open selection (Pansel) in the offices whose head this plan leaves "
        "without a post, each needing an acting head (Plt.) named until its SK: {posts}",
        "Diserahkan kepada seleksi terbuka (Pansel) pada perangkat daerah yang kepalanya "
        "tidak mendapat jabatan dalam rencana ini, masing-masing memerlukan Pelaksana "
        "Tugas (Plt.) yang ditunjuk sampai SK-nya: {posts}",
    ),
    "sk_sheet_lost": ("Without a post", "Tanpa jabatan"),
    "sk_no_post": ("(no post in this plan)", "(tanpa jabatan dalam rencana ini)"),
    "without_post_short": (
        "left without a post: the PPK decides first",
        "tanpa jabatan: PPK memutuskan lebih dahulu",
    ),
    "sk_hires": (
        "Not for this SK: the new hires this plan places (no post today); each one's "
        "post goes into their own SK of appointment or placement (pengangkatan, "
        "penempatan), not into this attachment",
        "Bukan untuk SK ini: pegawai baru yang ditempatkan rencana ini (belum memiliki "
        "jabatan); jabatan masing-masing dimuat dalam SK pengangkatan atau "
        "penempatannya sendiri, bukan dalam lampiran ini",
    ),
    "sk_new_hire_from": ("— (new hire)", "— (pegawai baru)"),
    "plan_tie_short": (
        "worth nothing to the plan as a whole, a tie (see the reason in moves.csv): weigh",
        "tidak menambah total rencana, sama kuat (lihat alasan di moves.csv): timbang",
    ),
    "asked_short": (
        "matches their stated preference no. {rank} (a preference, no application for a transfer)",
        "sesuai preferensi yang diajukannya (pilihan ke-{rank}; bukan permohonan pindah "
        "atas permintaan sendiri)",
    ),
    "loss_short": (
        "what it gains them does not pay for the move, in the plan's terms ({points} "
        "points short of staying; a gain to the plan carries it, see the reason in "
        "moves.csv): hear them before the SK",
        "keuntungan baginya tidak menutup biaya perpindahan, menurut ukuran rencana "
        "(kurang {points} poin dibanding tetap; keuntungan bagi rencana yang menutupnya, "
        "lihat alasan di moves.csv): dengar pendapatnya sebelum SK",
    ),
    "plan_less_short": (
        "worth {points} points to the plan as a whole, less than its reason counts (see "
        "the reason in moves.csv): weigh",
        "bernilai {points} poin bagi rencana, kurang dari yang dihitung alasannya (lihat "
        "alasan di moves.csv): timbang",
    ),
    "kept_tie_short": (
        "leaves an over-filled post in a tie with one kept there, decided by the rule for "
        "ties (see the reason in moves.csv): weigh",
        "meninggalkan jabatan yang kelebihan pemangku, sama kuat dengan yang dipertahankan "
        "di sana, diputuskan menurut aturan bila sama kuat (lihat alasan di moves.csv): "
        "timbang",
    ),
    "plan_near_short": (
        "worth only {points} points to the plan as a whole (see the reason in moves.csv): weigh",
        "hanya bernilai {points} poin bagi rencana (lihat alasan di moves.csv): timbang",
    ),
    "passed_over_short": (
        "promoted with fewer seats left than those ranking above (see the reason in "
        "moves.csv): weigh",
        "promosi dengan formasi tersisa lebih sedikit dari yang berperingkat di atasnya "
        "(lihat alasan di moves.csv): timbang",
    ),
    "alike_short": (
        "{n} other post(s) as good for them and for the plan, a seat free in each ({where}; "
        "alike_posts in moves.csv): ask them which",
        "{n} jabatan lain sama baiknya baginya dan bagi rencana, masing-masing dengan "
        "formasi kosong ({where}; alike_posts di moves.csv): tanyakan pilihannya",
    ),
    "alike_shared_short": (
        "{n} other post(s) as good for them and for the plan, a seat free in each ({where}; "
        "alike_posts in moves.csv), some of those seats named for other moves too, one "
        "person each: ask them which",
        "{n} jabatan lain sama baiknya baginya dan bagi rencana, masing-masing dengan "
        "formasi kosong ({where}; alike_posts di moves.csv), sebagian formasi itu disebut "
        "juga bagi perpindahan lain, satu orang untuk setiap formasi: tanyakan pilihannya",
    ),
    "alike_more": (" and {n} more", " dan {n} lainnya"),
    "left_for_unmet_short": (
        "leaves a post whose rules they meet while {n} holder(s) who miss them keep a "
        "seat of it (see the reason in moves.csv): weigh",
        "meninggalkan jabatan yang syaratnya dipenuhinya sementara {n} pemangku yang tidak "
        "memenuhi syaratnya tetap menempati formasinya (lihat alasan di moves.csv): timbang",
    ),
    "passed_over_only_short": (
        "promoted with fewer seats left than those ranking above, into the only post "
        "besides their own that the rules open to them (see the reason in moves.csv): "
        "weigh",
        "promosi dengan formasi tersisa lebih sedikit dari yang berperingkat di atasnya, "
        "ke satu-satunya jabatan selain jabatannya sendiri yang terbuka baginya menurut "
        "aturan (lihat alasan di moves.csv): timbang",
    ),
    "passed_over_only_own_short": (
        "promoted with fewer seats left than those ranking above, into the only post "
        "besides their own that the rules open to them, their own keeping no seat for "
        "them (its holders who meet its rules come first; see the reason in moves.csv): "
        "weigh",
        "promosi dengan formasi tersisa lebih sedikit dari yang berperingkat di atasnya, "
        "ke satu-satunya jabatan selain jabatannya sendiri yang terbuka baginya menurut "
        "aturan, sementara jabatannya sendiri tidak menyisakan formasi baginya (pemangku "
        "yang memenuhi syaratnya didahulukan; lihat alasan di moves.csv): timbang",
    ),
    "licence_missing_short": (
        "no {licence} in the roster: to obtain before the SK",
        "tidak ada {licence} dalam data kepegawaian: harus dimiliki sebelum SK",
    ),
    "licence_verify_short": (
        "{licence} as the roster gives it: verify the document",
        "{licence} menurut data kepegawaian: verifikasi dokumennya",
    ),
    "passed_left_short": (
        "raised ahead of some ranking above, left where they are with seats still "
        "empty (see the reason in moves.csv): weigh",
        "dinaikkan mendahului yang berperingkat di atasnya, yang tetap di tempatnya "
        "padahal formasi masih kosong (lihat alasan di moves.csv): timbang",
    ),
    "bup_near_short": (
        "BUP {date}, {years} year(s) on: weigh a move so close to the pension",
        "BUP {date}, {years} tahun lagi: timbang perpindahan menjelang pensiun",
    ),
    "rise_gaps_short": (
        "below the new post's standard in {gaps} (level/standard): a development plan "
        "(pengembangan kompetensi) with the SK",
        "di bawah standar jabatan barunya pada {gaps} (level/standar): sertakan rencana "
        "pengembangan kompetensi pada SK",
    ),
    # review 168 L3: a competency not assessed left no mark on the SK row
    "unassessed_none_short": (
        "not assessed in any competency of the new post's standard, its JPM unknown: "
        "assess the competencies before the SK",
        "belum diases pada satu pun kompetensi standar jabatan barunya, JPM-nya belum "
        "diketahui: lakukan asesmen kompetensi sebelum SK",
    ),
    "unassessed_part_short": (
        "JPM over part of the new post's standard, not assessed in {comps} (-/standard): "
        "assess them before the SK",
        "JPM hanya atas sebagian standar jabatan barunya, belum diases pada {comps} "
        "(-/standar): lakukan asesmen sebelum SK",
    ),
    "kms_short": (
        "JPM {jpm} in it, below {need} (Kurang Memenuhi Syarat): check",
        "JPM {jpm} di jabatan itu, di bawah {need} (Kurang Memenuhi Syarat): periksa",
    ),
    "new_hire_short": (
        "own SK of appointment or placement",
        "SK pengangkatan/penempatan tersendiri",
    ),
    "sk_waits": (
        "Not for this SK: moves into posts whose seats are sure to be free only past the "
        "plan's horizon, or only past the JF entry age by which the SK is to be dated, "
        "every SK into them waiting (the PPK's decision on those kept there pending "
        "comes first; see each move's reason)",
        "Belum untuk SK ini: perpindahan ke jabatan yang formasinya baru pasti kosong "
        "setelah cakrawala rencana, atau setelah batas usia masuk JF yang menjadi batas "
        "tanggal SK-nya, semua SK ke jabatan itu menunggu (keputusan PPK atas pemangku "
        "yang dipertahankan di sana lebih dahulu; lihat alasan setiap perpindahan)",
    ),
}
