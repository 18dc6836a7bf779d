"""Messages in English and Bahasa Indonesia: ``key → (English template, Indonesian
template)``, ``str.format`` placeholders. Every error, warning, operation-log line and
CLI line placement writes. The Indonesian texts use the terms planners use: formasi,
bezetting, mutasi, jabatan lowong, kebutuhan pengembangan kompetensi, pegawai, unit
kerja, jabatan, golongan, jenjang pendidikan, baris, kolom, berkas, skenario. A data
catalogue (exempt from the 600-line rule); the functions that read it are in
:mod:`placement.i18n.catalogue`.
"""

#: key → (English template, Indonesian template); ``str.format`` placeholders.
MESSAGES: dict[str, tuple[str, str]] = {
    # -- generic ------------------------------------------------------------------------
    "line": ("{where}: {text}", "{where}: {text}"),
    "text": ("{text}", "{text}"),
    "and_more": (" and more", " dan lainnya"),
    "and_n_more": (" and {n} more", " dan {n} lainnya"),
    "comma_and_n_more": (", and {n} more", ", dan {n} lainnya"),
    # -- nouns --------------------------------------------------------------------------
    "noun.employee": ("employee", "pegawai"),
    "noun.position": ("position", "jabatan"),
    "noun.unit": ("unit", "unit kerja"),
    "noun.employees": ("employees", "pegawai"),
    "noun.positions": ("positions", "jabatan"),
    "noun.units": ("units", "unit kerja"),
    "noun.employees export": ("employees export", "ekspor data pegawai"),
    "noun.positions export": ("positions export", "ekspor peta jabatan"),
    "noun.table": ("table", "tabel"),
    "noun.workload": ("workload", "analisis beban kerja"),
    # -- objective terms as a reason itemises them (English: the term's own name) -------
    "term.jpm": ("jpm", "JPM"),
    # a pair without a JPM on one side (not assessed, no standard): scored, not known
    # of two people's pairs, the one whose JPM is not known: this person's (mine) or the
    # other's (theirs), e.g. a seat this person leaves to one assessed
    "term.jpm_unknown_overall_mine": (
        "jpm against this person's not known (scored as the organisation's mean)",
        "JPM dibanding milik pegawai ini yang belum diketahui (dihitung setara rata-rata "
        "organisasi)",
    ),
    "term.jpm_unknown_overall_theirs": (
        "jpm of the other not known (scored as the organisation's mean)",
        "JPM pegawai lain yang belum diketahui (dihitung setara rata-rata organisasi)",
    ),
    "term.jpm_unknown_mean_mine": (
        "jpm against this person's not known (scored as the post's mean)",
        "JPM dibanding milik pegawai ini yang belum diketahui (dihitung setara rata-rata jabatan)",
    ),
    "term.jpm_unknown_mean_theirs": (
        "jpm of the other not known (scored as the post's mean)",
        "JPM pegawai lain yang belum diketahui (dihitung setara rata-rata jabatan)",
    ),
    "term.jpm_unknown_mine": (
        "jpm against this person's not known (scored as objective.unassessed_jpm)",
        "JPM dibanding milik pegawai ini yang belum diketahui (dihitung setara "
        "objective.unassessed_jpm)",
    ),
    "term.jpm_unknown_theirs": (
        "jpm of the other not known (scored as objective.unassessed_jpm)",
        "JPM pegawai lain yang belum diketahui (dihitung setara objective.unassessed_jpm)",
    ),
    "term.jpm_unknown_overall": (
        "jpm not known (scored as the organisation's mean)",
        "JPM belum diketahui (dihitung setara rata-rata organisasi)",
    ),
    "term.jpm_unknown_mean": (
        "jpm not known (scored as the post's mean)",
        "JPM belum diketahui (dihitung setara rata-rata jabatan)",
    ),
    "term.jpm_unknown": (
        "jpm not known (scored as objective.unassessed_jpm)",
        "JPM belum diketahui (dihitung setara objective.unassessed_jpm)",
    ),
    "term.education": ("education", "pendidikan"),
    "term.education_level": ("education level", "jenjang pendidikan"),
    "term.education_field": ("field of education", "bidang pendidikan"),
    "term.continuity": ("continuity", "kesinambungan"),
    "term.stay": ("stay", "tetap"),
    "term.preference": ("preference", "preferensi"),
    "term.unplaced": ("unplaced", "tanpa jabatan"),
    "term.unplaced_serving": ("unplaced_serving", "pejabat tanpa jabatan"),
    "term.unplaced_holder": ("unplaced_holder", "pemegang yang memenuhi syarat tanpa jabatan"),
    "term.vacancy": ("vacancy", "prioritas lowong"),
    "term.training": ("training", "pengembangan kompetensi"),
    "term.career": ("career", "aturan karier"),
    "term.late_move": ("late_move", "mutasi menjelang pensiun"),
    "term.hire_level": ("hire_level", "pegawai baru di bawah jenjang pendidikannya"),
    "term.grade_rise": ("grade_rise", "kenaikan kelas jabatan"),
    # no comma inside a term's name: a reason lists the terms with commas between them
    # (review 59: "SKP below Baik, step up -6.0, SKP below Baik, seat over formasi +12.0")
    "term.skp_step": ("step up on an SKP below Baik", "kenaikan dengan SKP di bawah Baik"),
    "term.skp_seat": (
        "over-filled seat on an SKP below Baik",
        "formasi berlebih dengan SKP di bawah Baik",
    ),
    # -- locations: file, rows, column --------------------------------------------------
    "loc.rows": ("{source} {word} {shown}{more}{col}", "{source} {word} {shown}{more}{col}"),
    "loc.row_word": ("row", "baris"),
    "loc.rows_word": ("rows", "baris"),
    "loc.more": (" (and {n} more)", " (dan {n} lainnya)"),
    "loc.column": (", column {column!r}", ", kolom {column!r}"),
    "loc.found": ("{text}; found {values}", "{text}; isi sel: {values}"),
    # -- data tables (placement.model.organization) -------------------------------------
    "data.column_twice": (
        "{source}: column {column!r} appears twice; keep one",
        "{source}: kolom {column!r} muncul dua kali; pertahankan salah satu",
    ),
    "data.extra_columns": (
        "{file}: column(s) {columns} are not {table} columns placement "
        "uses; they are carried through to the outputs unchanged",
        "{file}: kolom {columns} bukan kolom tabel {table} yang dipakai "
        "placement; kolom tersebut diteruskan apa adanya ke keluaran",
    ),
    "data.missing_columns": (
        "{source}: missing required column(s) {columns}; the {table} "
        "table needs {required}; columns found: {found}{hint}",
        "{source}: kolom wajib {columns} tidak ada; tabel {table} "
        "memerlukan kolom {required}; kolom yang ditemukan: {found}"
        "{hint}",
    ),
    "data.not_number": ("not a number; write a number{fix}", "bukan angka; tulis angka{fix}"),
    "data.not_number_whole": (
        "not a number; write a whole number{fix}",
        "bukan angka; tulis bilangan bulat{fix}",
    ),
    "data.not_whole": ("not a whole number{fix}", "bukan bilangan bulat{fix}"),
    "data.at_least": ("must be at least {minimum}{fix}", "nilai minimal {minimum}{fix}"),
    "data.at_most": ("must be at most {maximum}{fix}", "nilai maksimal {maximum}{fix}"),
    "fix.grade": (" (kelas jabatan 1-17)", " (kelas jabatan 1-17)"),
    "fix.headcount": (" (0 closes the position)", " (0 berarti jabatan ditutup)"),
    "fix.comp_required": (
        " (required level 1-5, blank = not required)",
        " (level standar 1-5, kosong = tidak disyaratkan)",
    ),
    "fix.comp_assessed": (
        " (assessed level 1-5, blank = not assessed)",
        " (level hasil asesmen 1-5, kosong = belum diases)",
    ),
    "data.not_date": (
        "not a date; write YYYY-MM-DD (or DD-MM-YYYY, or an Excel date)",
        "bukan tanggal; tulis YYYY-MM-DD (atau DD-MM-YYYY, atau tanggal Excel)",
    ),
    "data.blank_id": (
        "blank {what} id; every row needs a unique id",
        "id {what} kosong; setiap baris memerlukan id yang unik",
    ),
    "data.duplicate_id": (
        "duplicate {what} id {value!r}; ids must be unique",
        "id {what} {value!r} ganda; setiap id harus unik",
    ),
    "data.parent_unknown": (
        "parent unit is not in the units table; add it or blank the cell",
        "unit induk tidak ada di tabel units; tambahkan atau kosongkan sel ini",
    ),
    "data.min_over_max_headcount": (
        "min_headcount exceeds max_headcount",
        "min_headcount melebihi max_headcount",
    ),
    "data.position_unit_blank": (
        "blank unit; add it to the units file or correct the id",
        "unit kerja kosong; tambahkan ke berkas units atau perbaiki id-nya",
    ),
    "data.position_unit_unknown": (
        "unit {unit!r} is not in the units table; add it to the units file or correct the id",
        "unit kerja {unit!r} tidak ada di tabel units; tambahkan ke "
        "berkas units atau perbaiki id-nya",
    ),
    "data.unknown_kind": (
        "unknown position kind; use one of {kinds}",
        "jenis jabatan tidak dikenal; gunakan salah satu dari {kinds}",
    ),
    "data.blank_headcount": (
        "blank headcount; write the number of seats (0 closes the position)",
        "formasi kosong; tulis jumlah formasi (0 berarti jabatan ditutup)",
    ),
    "data.min_fill_over_headcount": (
        "min_fill exceeds headcount; lower min_fill or raise headcount",
        "min_fill melebihi formasi; turunkan min_fill atau naikkan formasi (headcount)",
    ),
    "data.unknown_min_education": (
        "unknown education level; use one of {levels} (or D4)",
        "jenjang pendidikan tidak dikenal; gunakan salah satu dari {levels} (atau D4)",
    ),
    "data.unknown_min_rank": (
        "unknown rank (golongan); use I/a … IV/e",
        "golongan tidak dikenal; gunakan I/a … IV/e",
    ),
    "data.key_bool": ("use true or false", "isi dengan true atau false"),
    "data.unknown_rank": (
        "unknown rank (golongan); use I/a … IV/e, e.g. III/b",
        "golongan tidak dikenal; gunakan I/a … IV/e, misalnya III/b",
    ),
    "data.blank_rank": (
        "blank rank; every employee needs a golongan (I/a … IV/e)",
        "golongan kosong; setiap pegawai harus memiliki golongan (I/a … IV/e)",
    ),
    "data.unknown_education": (
        "unknown education level; use one of {levels} (D4 counts as S1)",
        "jenjang pendidikan tidak dikenal; gunakan salah satu dari {levels} (D4 setara S1)",
    ),
    "data.blank_education": (
        "blank education level; use one of {levels}",
        "jenjang pendidikan kosong; gunakan salah satu dari {levels}",
    ),
    "data.unknown_potential": (
        "unknown potential; use Rendah, Menengah or Tinggi, or a score from 0 to 100",
        "potensi tidak dikenal; gunakan Rendah, Menengah atau Tinggi, atau nilai 0 sampai 100",
    ),
    "data.potential_codes": (
        "holds only the numbers 1, 2 and 3: read as the potential bands 1 Rendah, 2 "
        "Menengah, 3 Tinggi (a score is read on 0 to 100; write the band names to "
        "silence this)",
        "hanya berisi angka 1, 2 dan 3: dibaca sebagai kategori potensi 1 Rendah, 2 "
        "Menengah, 3 Tinggi (nilai dibaca pada skala 0 sampai 100; tulis nama "
        "kategorinya agar pesan ini hilang)",
    ),
    "data.unknown_performance": (
        "unknown performance predicate; use one of {values}",
        "predikat kinerja tidak dikenal; gunakan salah satu dari {values}",
    ),
    "data.current_unit_unknown": (
        "unit is not in the units table; correct the id or leave blank for a new hire",
        "unit kerja tidak ada di tabel units; perbaiki id-nya atau kosongkan untuk pegawai baru",
    ),
    "data.current_position_unknown": (
        "position is not in the positions table; correct the id or leave blank for a new hire",
        "jabatan tidak ada di tabel positions; perbaiki id-nya atau kosongkan untuk pegawai baru",
    ),
    "data.current_unit_mismatch": (
        "does not match the unit of current_position; fix one of the two",
        "tidak sama dengan unit kerja dari current_position; perbaiki salah satunya",
    ),
    "data.preferences_unknown": (
        "names a position that is not in the positions table; use position ids separated by ';'",
        "menyebut jabatan yang tidak ada di tabel positions; gunakan "
        "id jabatan yang dipisahkan ';'",
    ),
    # -- reading files (placement.io.tables) --------------------------------------------
    "io.not_found": (
        "{path}: {what} file not found; check the path in the scenario file",
        "{path}: berkas {what} tidak ditemukan; periksa path di berkas skenario",
    ),
    "io.is_folder": (
        "{path}: is a folder; give the path of the {what} file",
        "{path}: merupakan folder; tuliskan path berkas {what}",
    ),
    "io.unknown_type": (
        "{path}: unknown file type {suffix!r}; use .csv, .xlsx or .parquet",
        "{path}: jenis berkas {suffix!r} tidak dikenal; gunakan .csv, .xlsx atau .parquet",
    ),
    "io.cannot_read": (
        "{path}: cannot read as {kind}: {error}",
        "{path}: tidak dapat dibaca sebagai {kind}: {error}",
    ),
    "io.empty": (
        "{path}: the file is empty; it needs a header row and data rows",
        "{path}: berkas kosong; berkas harus berisi baris judul kolom dan baris data",
    ),
    "io.no_rows": (
        "{path}: has a header row but no data rows; add one row per {row}",
        "{path}: hanya berisi baris judul kolom tanpa baris data; tambahkan satu "
        "baris untuk setiap {row}",
    ),
    "io.bad_csv": (
        "{path}: malformed CSV ({error}); check quoting and the number of columns on that line",
        "{path}: format CSV rusak ({error}); periksa tanda kutip dan jumlah kolom "
        "pada baris tersebut",
    ),
    "io.sheets": (
        "{file}: has {n} sheets ({names}); reading sheet {sheet!r}",
        "{file}: berisi {n} sheet ({names}); yang dibaca sheet {sheet!r}",
    ),
    "io.no_sheet": (
        "{path}: no sheet named {sheet!r}; sheets: {names}",
        "{path}: tidak ada sheet bernama {sheet!r}; sheet yang ada: {names}",
    ),
    "io.sheet_empty": (
        "{path} [{title}]: the sheet is empty; it needs a header row",
        "{path} [{title}]: sheet kosong; sheet harus berisi baris judul kolom",
    ),
    "io.blank_header": (
        "{path} [{title}]: header cell(s) {cells} are empty (merged header "
        "cells?); unmerge the header row and give every column its own name "
        "in row 1",
        "{path} [{title}]: sel judul kolom {cells} kosong (sel judul "
        "digabung?); pisahkan (unmerge) baris judul dan beri setiap kolom "
        "namanya sendiri di baris 1",
    ),
    "io.formulas": (
        "{path} [{title}]: cell(s) {cells}{more} hold formulas with no saved "
        "value; open and save the file in Excel, or paste the values",
        "{path} [{title}]: sel {cells}{more} berisi rumus tanpa nilai tersimpan; "
        "buka lalu simpan berkas di Excel, atau tempel sebagai nilai (paste "
        "values)",
    ),
    # -- scenario files (placement.model.scenario, placement.model.config) --------------
    "scenario.data_needs": (
        "{source}: 'data' needs at least 'employees' and 'positions' file paths",
        "{source}: 'data' memerlukan setidaknya path berkas 'employees' dan 'positions'",
    ),
    "scenario.cycle": (
        "{file}: 'extends' forms a cycle ({cycle}); remove one of the extends",
        "{file}: 'extends' membentuk siklus ({cycle}); hapus salah satu extends",
    ),
    "scenario.not_found": (
        "{path}: scenario file not found{by}; check the path",
        "{path}: berkas skenario tidak ditemukan{by}; periksa path-nya",
    ),
    "scenario.extended_by": (" (extended by {file})", " (di-extends oleh {file})"),
    "scenario.cannot_read": (
        "{path}: cannot read the scenario file ({error})",
        "{path}: berkas skenario tidak dapat dibaca ({error})",
    ),
    "scenario.yaml": (
        "{file}{at}: YAML syntax error: {what}; check the indentation and the ':' after each key",
        "{file}{at}: kesalahan sintaks YAML: {what}; periksa indentasi dan "
        "tanda ':' setelah setiap kunci",
    ),
    "scenario.yaml_at": (" line {line}, column {column}", " baris {line}, kolom {column}"),
    "scenario.not_mapping": (
        "{file}: a scenario file must be a mapping of keys (name, data, "
        "operations, ...), not a {type}",
        "{file}: berkas skenario harus berupa pemetaan kunci (name, data, "
        "operations, ...), bukan {type}",
    ),
    "scenario.extends_one": (
        "{file}: 'extends' takes one file path",
        "{file}: 'extends' hanya menerima satu path berkas",
    ),
    "scenario.operations_list": (
        "{file}: 'operations' must be a list of operations (one '- name: {{...}}' per line)",
        "{file}: 'operations' harus berupa daftar operasi (satu '- name: {{...}}' per baris)",
    ),
    "scenario.name": ("scenario {name!r}", "skenario {name!r}"),
    "config.did_you_mean": ("; did you mean {word!r}?", "; mungkin maksudnya {word!r}?"),
    "config.valid_keys": ("; valid keys: {keys}", "; kunci yang berlaku: {keys}"),
    "config.unknown_key": (
        "{source}: unknown key {path!r}{hint}",
        "{source}: kunci {path!r} tidak dikenal{hint}",
    ),
    "config.unassessed_jpm": (
        "use 'overall', 'mean' or a number from 0 to 100",
        "gunakan 'overall', 'mean' atau angka 0 sampai 100",
    ),
    "config.bad_value": (
        "{source}: key {path!r}: {error}{shown}",
        "{source}: kunci {path!r}: {error}{shown}",
    ),
    "config.got": (" (got {value!r})", " (tertulis {value!r})"),
    # -- operations (placement.model.operations) ----------------------------------------
    "op.where": ("{source}: operations[{index}]", "{source}: operations[{index}]"),
    "op.label": ("{where} ({name})", "{where} ({name})"),
    "op.set_positions_empty": (
        "{where}: set_positions changes nothing: give fields, add_fields, min_education, "
        "min_rank or priority",
        "{where}: set_positions tidak mengubah apa pun: isi fields, add_fields, "
        "min_education, min_rank atau priority",
    ),
    "op.field_comma": (
        "{where}: field {field!r} holds a comma: give each field as an item of the list "
        "(fields: [Teknik Sipil, Teknik Lingkungan])",
        "{where}: bidang {field!r} memuat koma: tulis setiap bidang sebagai butir daftar "
        "(fields: [Teknik Sipil, Teknik Lingkungan])",
    ),
    "op.select_empty": (
        "{where}: select positions with positions, units, kinds, levels, titles or all: "
        "true (except_titles only narrows a selection)",
        "{where}: pilih jabatan dengan positions, units, kinds, levels, titles atau all: "
        "true (except_titles hanya mempersempit pilihan)",
    ),
    "op.unknown_id": (
        "{where}: {what} {id!r} does not exist{hint}",
        "{where}: {what} {id!r} tidak ada{hint}",
    ),
    "op.merged_position": (
        "{where}: position {id!r} was joined into {into} by {by}; name {into}, or put "
        "this operation before the merge",
        "{where}: jabatan {id!r} telah disatukan ke {into} oleh {by}; sebut {into}, atau "
        "letakkan operasi ini sebelum penyatuan",
    ),
    "op.pairs_merged": (
        "{where}: {at}: position {id!r} (and the other ids on these rows) was joined "
        "into {into} by {by}; name the post joined, or put this operation before the merge",
        "{where}: {at}: jabatan {id!r} (dan id lain pada baris-baris ini) telah disatukan "
        "ke {into} oleh {by}; sebut jabatan hasil penyatuan, atau letakkan operasi ini "
        "sebelum penyatuan",
    ),
    "op.workload_before_merge": (
        "{by}: joins {position}, which a workload analysis (headcount_from_workload) "
        "before it analysed, into {into}; put merge_positions before the analysis, whose "
        "file may name either post",
        "{by}: menyatukan {position}, yang dianalisis beban kerjanya "
        "(headcount_from_workload) sebelumnya, ke {into}; letakkan merge_positions "
        "sebelum analisis itu, yang berkasnya boleh menyebut jabatan mana pun",
    ),
    "op.merge_positions_closed": (
        "{where}: {id} was closed by an earlier operation (formasi 0); a closed post is "
        "not joined: open it again, or leave it out of positions",
        "{where}: {id} telah ditutup oleh operasi sebelumnya (formasi 0); jabatan yang "
        "ditutup tidak disatukan: buka kembali, atau jangan sebut pada positions",
    ),
    "op.merge_positions_one": (
        "{where}: no post to join into {into}; list in positions the posts that join it",
        "{where}: tidak ada jabatan yang disatukan ke {into}; sebutkan pada positions "
        "jabatan yang disatukan ke sana",
    ),
    "op.merge_positions_unlike": (
        "{where}: {id} differs from {into} in {column} ({value}, not {into_value}); "
        "merge_positions joins posts of one unit, title, kind, level and kelas, whose "
        "holders keep the post they hold: merge their units first (merge_units), or "
        "close the post (close_positions) so that its holders are placed anew",
        "{where}: {id} berbeda dari {into} pada {column} ({value}, bukan {into_value}); "
        "merge_positions menyatukan jabatan dengan unit, nama, jenis, jenjang dan kelas "
        "yang sama, yang pemangkunya tetap memangku jabatannya: gabungkan unitnya lebih "
        "dahulu (merge_units), atau tutup jabatannya (close_positions) agar pemangkunya "
        "ditempatkan ulang",
    ),
    "op.merge_positions_kept": (
        "{where}: {id} holds more incumbents than seats, ranked by {by}; put "
        "merge_positions before keep_incumbents, so that the ranking sees the joined "
        "post's seats",
        "{where}: {id} memuat lebih banyak pemangku daripada formasinya, diurutkan oleh "
        "{by}; letakkan merge_positions sebelum keep_incumbents, agar urutan itu melihat "
        "formasi jabatan yang disatukan",
    ),
    "op.merge_positions_ban": (
        "{where}: employee {employee} is pinned to one of these posts and forbidden "
        "another, and joined they are one post, {into}; drop the pin or the forbid",
        "{where}: pegawai {employee} dikunci (pin) di salah satu jabatan ini dan dilarang "
        "menempati yang lain, padahal setelah disatukan keduanya satu jabatan, {into}; "
        "hapus pin atau larangannya",
    ),
    "warn.merge_positions_asks": (
        "the posts joined into {into} asked otherwise than it, and what {into} asks now "
        "applies to all their holders: {differ}; where the new peta jabatan asks "
        "otherwise, set it (set_positions)",
        "jabatan yang disatukan ke {into} mensyaratkan hal lain daripada jabatan itu, "
        "dan syarat {into} kini berlaku bagi semua pemangkunya: {differ}; bila peta "
        "jabatan baru mensyaratkan lain, tetapkan (set_positions)",
    ),
    "log.merge_positions": (
        "joined {n} post(s) into {into} ({title}): formasi {headcount}, {staff} holder(s) "
        "of the posts joined now hold it",
        "menyatukan {n} jabatan ke {into} ({title}): formasi {headcount}, {staff} "
        "pemangku jabatan yang disatukan kini memangkunya",
    ),
    "op.unit_exists": (
        "{where}: unit {id!r} already exists; pick a new id",
        "{where}: unit kerja {id!r} sudah ada; pilih id baru",
    ),
    "op.bad_jf_family": (
        "{where}: convert_positions jf: {key!r} needs a keyword and a family name "
        '(e.g. jf: {{Keuangan: Analis Keuangan, "*": Analis Kebijakan}})',
        "{where}: convert_positions jf: {key!r} memerlukan kata kunci dan nama rumpun "
        'jabatan fungsional (mis. jf: {{Keuangan: Analis Keuangan, "*": Analis Kebijakan}})',
    ),
    "op.bad_title": (
        "{where}: convert_positions title {title!r} cannot be filled in ({problem}); it "
        "may use {{title}}, {{level}} and {{jf}}",
        "{where}: convert_positions title {title!r} tidak dapat diisi ({problem}); "
        "gunakan {{title}}, {{level}} dan {{jf}}",
    ),
    "op.bad_min_education": (
        "{where}: min_education {value!r} is not an education level; use one of {levels}",
        "{where}: min_education {value!r} bukan jenjang pendidikan; "
        "gunakan salah satu dari {levels}",
    ),
    "op.bad_min_rank": (
        "{where}: min_rank {rank!r} for {level!r} is not a rank; use I/a … IV/e",
        "{where}: min_rank {rank!r} untuk {level!r} bukan golongan; gunakan I/a … IV/e",
    ),
    "op.position_exists": (
        "{where}: position {id!r} already exists; pick a new id",
        "{where}: jabatan {id!r} sudah ada; pilih id baru",
    ),
    "op.bad_edu_rank": (
        "{where}: unknown min_education or min_rank ({education!r}, {rank!r})",
        "{where}: min_education atau min_rank tidak dikenal ({education!r}, {rank!r})",
    ),
    "op.unknown_competency": (
        "{where}: competency {name!r} is not a column of the data{hint}",
        "{where}: kompetensi {name!r} bukan kolom pada data{hint}",
    ),
    "op.bad_levels": (
        "{where}: competency levels must be 1-5, got {bad}",
        "{where}: level kompetensi harus 1-5, tertulis {bad}",
    ),
    "op.retirement_key": (
        "{where}: ages key {key!r} names no level and no functional family of the "
        "positions table (a JF:Family key covers the families whose name starts with "
        "it){hint}",
        "{where}: kunci ages {key!r} tidak menyebut jenjang maupun rumpun jabatan "
        "fungsional pada tabel jabatan (kunci JF:Rumpun berlaku bagi jabatan yang "
        "namanya diawali kata itu){hint}",
    ),
    "op.pin_closed": (
        "{where}: position {position!r} is closed (headcount 0); open it or pin "
        "the employee elsewhere",
        "{where}: jabatan {position!r} ditutup (formasi 0); buka jabatan itu "
        "atau kunci (pin) pegawai di jabatan lain",
    ),
    "op.pin_twice": (
        "{where}: employee {employee!r} is already pinned to {position!r} by "
        "{source}; remove one of the two pins",
        "{where}: pegawai {employee!r} sudah dikunci (pin) ke {position!r} oleh "
        "{source}; hapus salah satu dari kedua pin",
    ),
    "op.pin_forbidden": (
        "{where}: employee {employee!r} is forbidden from {position!r} by an "
        "earlier forbid; remove one",
        "{where}: pegawai {employee!r} dilarang menempati {position!r} oleh "
        "forbid sebelumnya; hapus salah satunya",
    ),
    "op.forbid_pinned": (
        "{where}: employee {employee!r} is pinned to {position!r} by {source}; remove one",
        "{where}: pegawai {employee!r} dikunci (pin) ke {position!r} oleh "
        "{source}; hapus salah satunya",
    ),
    "op.pin_or_file": (
        "{where}: give either employee and position, or file",
        "{where}: isi employee dan position, atau file",
    ),
    "op.forbid_or_file": (
        "{where}: give either employee and positions, or file",
        "{where}: isi employee dan positions, atau file",
    ),
    "op.pairs_not_found": (
        "{where}: file {file!r} not found; looked for {tried}",
        "{where}: berkas {file!r} tidak ditemukan; sudah dicari di {tried}",
    ),
    "op.pairs_columns": (
        "{where}: {file} needs the column(s) {columns} (one employee id and "
        "one position id per row)",
        "{where}: {file} memerlukan kolom {columns} (satu id pegawai dan satu "
        "id jabatan per baris)",
    ),
    "op.pairs_unknown": (
        "{where}: {at}: {what} {id!r} (and the other ids on these rows) not "
        "in the data; correct the ids",
        "{where}: {at}: {what} {id!r} (dan id lain pada baris-baris ini) "
        "tidak ada di data; perbaiki id-nya",
    ),
    "op.pairs_closed": (
        "{where}: {at}: the position is closed (headcount 0); open it or pin "
        "the employee elsewhere",
        "{where}: {at}: jabatan ditutup (formasi 0); buka jabatan itu atau "
        "kunci (pin) pegawai di jabatan lain",
    ),
    "op.pairs_twice": (
        "{where}: {at}: the same employee is pinned to two positions; keep one row per employee",
        "{where}: {at}: pegawai yang sama dikunci (pin) ke dua jabatan; "
        "sisakan satu baris per pegawai",
    ),
    "op.pairs_pinned_before": (
        "{where}: {at}: already pinned elsewhere by an earlier "
        "operation (e.g. {employee!r} to {position!r} by {source}); "
        "remove one of the two pins",
        "{where}: {at}: sudah dikunci (pin) di jabatan lain oleh "
        "operasi sebelumnya (mis. {employee!r} ke {position!r} oleh "
        "{source}); hapus salah satu dari kedua pin",
    ),
    "op.pairs_forbidden": (
        "{where}: {at}: the pair is forbidden by an earlier forbid; remove one",
        "{where}: {at}: pasangan ini dilarang oleh forbid sebelumnya; hapus salah satunya",
    ),
    "op.pairs_pinned": (
        "{where}: {at}: the pair is pinned by an earlier operation (e.g. "
        "{employee!r} to {position!r} by {source}); remove one",
        "{where}: {at}: pasangan ini dikunci (pin) oleh operasi sebelumnya "
        "(mis. {employee!r} ke {position!r} oleh {source}); hapus salah "
        "satunya",
    ),
    "op.not_mapping": (
        "{where}: each operation is a mapping with one key, the operation's "
        "name, e.g. '- close_positions: {{select: ...}}'",
        "{where}: setiap operasi berupa pemetaan dengan satu kunci, yaitu nama "
        "operasinya, misalnya '- close_positions: {{select: ...}}'",
    ),
    "op.unknown": (
        "{where}: unknown operation {name!r}{hint}",
        "{where}: operasi {name!r} tidak dikenal{hint}",
    ),
    "op.no_column": (
        "{where}: the employees table has no column {column!r}{hint}",
        "{where}: tabel employees tidak memiliki kolom {column!r}{hint}",
    ),
    "op.workload_not_found": (
        "{where}: workload file {file!r} not found; looked for {tried}",
        "{where}: berkas analisis beban kerja {file!r} tidak ditemukan; sudah dicari di {tried}",
    ),
    "op.workload_position": (
        "{where}: {at}: position {position!r} is not in the positions "
        "table (after the operations before this one)",
        "{where}: {at}: jabatan {position!r} tidak ada di tabel "
        "positions (setelah operasi-operasi sebelumnya)",
    ),
    # -- operation log ("operations applied") -------------------------------------------
    "log.merge": (
        "merged {units} into {into} ({positions} positions, {staff} staff)",
        "menggabungkan {units} menjadi {into} ({positions} jabatan, {staff} pegawai)",
    ),
    "warn.merge_alike": (
        "the merged unit {unit} holds {n} title(s) in posts from more than one of the "
        "units merged into it, each post with its own formasi and holders: {posts}; an "
        "SK names one of them: if the new peta jabatan has one post of each, join them "
        "after the merge (merge_positions: {{positions: [...], into: ...}}: the formasi "
        "summed, their holders hold the one joined), which moves nobody",
        "unit gabungan {unit} memuat {n} nama jabatan pada jabatan dari lebih dari satu "
        "unit yang digabungkan ke dalamnya, masing-masing dengan formasi dan pemangkunya "
        "sendiri: {posts}; SK menyebut salah satunya: bila peta jabatan baru hanya memuat "
        "satu jabatan untuk masing-masing, satukan setelah penggabungan (merge_positions: "
        "{{positions: [...], into: ...}}: formasinya dijumlahkan, pemangkunya memangku "
        "jabatan yang disatukan), tanpa memindahkan siapa pun",
    ),
    "warn.scale_split_tie": (
        "scale_headcount (rounding: proportional) keeps the total to the factor: of {n} "
        "posts whose new formasi ends in the same fraction ({fraction:g}), {k} get the "
        "extra seat by position id ({got}) and the others do not ({others}), so posts of "
        "one size may end with different formasi; rounding: half_up rounds each post "
        "alike",
        "scale_headcount (rounding: proportional) menjaga total sesuai faktor: dari {n} "
        "jabatan yang formasi barunya berakhir dengan pecahan yang sama ({fraction:g}), "
        "{k} mendapat tambahan satu formasi menurut urutan id jabatan ({got}) dan "
        "sisanya tidak ({others}), sehingga jabatan yang sama besar dapat berakhir "
        "dengan formasi berbeda; rounding: half_up membulatkan setiap jabatan dengan "
        "cara yang sama",
    ),
    "warn.merge_drops": (
        "the merged unit {into} has no {key}: {had} had one, {without} had none, and "
        "a limit for them together is not known; give {into} one with set_unit "
        "({{unit: {into}, {key}: …}}) after this operation if it should have one",
        "unit gabungan {into} tidak memiliki {key}: {had} memilikinya, {without} "
        "tidak, dan batas untuk gabungannya tidak diketahui; tetapkan untuk {into} "
        "dengan set_unit ({{unit: {into}, {key}: …}}) sesudah operasi ini bila "
        "diperlukan",
    ),
    "log.add_unit": ("added unit {id} ({name})", "menambah unit kerja {id} ({name})"),
    "log.rename_unit": (
        "renamed unit {unit}: {old} → {new}",
        "mengganti nama unit kerja {unit}: {old} → {new}",
    ),
    "log.set_unit": ("set {keys} of unit {unit}", "mengubah {keys} unit kerja {unit}"),
    "log.move_positions": (
        "moved {n} positions ({staff} staff) to {to}",
        "memindahkan {n} jabatan ({staff} pegawai) ke {to}",
    ),
    "log.convert_standard": (
        "penyetaraan: {n} converted post(s) ask, of each competency, at least what their "
        "JF's post at their new level asks (jf_standard)",
        "penyetaraan: {n} jabatan yang disetarakan mensyaratkan, untuk setiap kompetensi, "
        "paling sedikit yang disyaratkan jabatan JF-nya pada jenjang barunya "
        "(jf_standard)",
    ),
    "log.convert_fields": (
        "penyetaraan: {n} converted post(s) also accept the fields of education their "
        "JF's other posts accept (jf_fields)",
        "penyetaraan: {n} jabatan yang disetarakan juga menerima bidang pendidikan yang "
        "diterima jabatan lain dalam JF-nya (jf_fields)",
    ),
    "log.convert": (
        "converted {n} positions to functional (penyetaraan); grades kept or "
        "raised, minimum education and rank raised to the JF level's",
        "menyetarakan {n} jabatan menjadi jabatan fungsional (penyetaraan); kelas "
        "jabatan tetap atau naik, syarat pendidikan dan golongan minimum naik ke "
        "syarat jenjang JF",
    ),
    "log.set_positions": (
        "set {keys} of {n} position(s)",
        "mengubah {keys} pada {n} jabatan",
    ),
    "log.set_headcount": (
        "set headcount of {n} positions to {headcount}",
        "menetapkan formasi {n} jabatan menjadi {headcount}",
    ),
    "log.scale_headcount": (
        "scaled headcount of {n} positions by {factor}: {old} → {new} seats",
        "mengalikan formasi {n} jabatan dengan {factor}: {old} → {new} formasi",
    ),
    "log.set_min_fill": (
        "set min_fill {min_fill} on {n} positions",
        "menetapkan min_fill {min_fill} pada {n} jabatan",
    ),
    "log.set_min_fill_met": (
        "set min_fill {min_fill} on {n} positions ({met} of them hold at least that many "
        "today: there the minimum keeps the plan from emptying them, and fills none)",
        "menetapkan min_fill {min_fill} pada {n} jabatan ({met} di antaranya saat ini "
        "diisi sekurang-kurangnya sebanyak itu: di sana batas itu mencegah rencana "
        "mengosongkannya, dan tidak mengisi satu pun)",
    ),
    "log.close": (
        "closed {n} positions ({incumbents} incumbents to re-place{released})",
        "menutup {n} jabatan ({incumbents} pemangku jabatan perlu ditempatkan ulang{released})",
    ),
    "log.pins_released": (", {n} earlier pins released", ", {n} pin sebelumnya dilepas"),
    "log.open": (
        "opened position {id} ({title}) in {unit} with {headcount} seats",
        "membuka jabatan {id} ({title}) di {unit} dengan formasi {headcount}",
    ),
    "log.pin": (
        "pinned {employee} to {position}",
        "mengunci (pin) {employee} di jabatan {position}",
    ),
    "log.pin_file": (
        "pinned {n} employee(s) from {file}",
        "mengunci (pin) {n} pegawai dari {file}",
    ),
    "log.forbid_file": (
        "forbade {n} employee–position pair(s) from {file}",
        "melarang {n} pasangan pegawai–jabatan dari {file}",
    ),
    "log.forbid": (
        "forbade {employee} from {n} position(s)",
        "melarang {employee} menempati {n} jabatan",
    ),
    "log.keep": (
        "kept {n} incumbents in {positions} positions{over}",
        "mempertahankan {n} pemangku jabatan di {positions} jabatan{over}",
    ),
    "log.keep_over": (
        " ({n} over headcount re-placed)",
        " ({n} yang melebihi formasi ditempatkan ulang)",
    ),
    "log.talent": (
        "talent box thresholds: potential {potential}, performance {performance}",
        "batas kotak talenta: potensi {potential}, kinerja {performance}",
    ),
    "log.retirements": (
        "retirements: {n} employees reach retirement age by {end} "
        "({years:g} years from {start}); {what}",
        "pensiun: {n} pegawai mencapai batas usia pensiun (BUP) sampai {end} "
        "({years:g} tahun sejak {start}); {what}",
    ),
    "log.retire_excluded": (
        "excluded from placement; their seats stay in the formasi",
        "tidak diikutkan dalam penempatan; formasinya tetap dihitung",
    ),
    "log.retire_vacate": (
        "{n} kept in their posts until retirement, posts listed as vacant from the retirement date",
        "{n} tetap di jabatannya sampai pensiun, jabatannya dicatat lowong mulai tanggal pensiun",
    ),
    "log.retire_report": ("listed only", "hanya didaftar"),
    "log.workload": (
        "headcount from workload ({file}, {place}): {n} positions, {old} → {new} "
        "seats (WKE {wke:,.0f} min, {rounding})",
        "formasi dari analisis beban kerja ({file}, {place}): {n} jabatan, "
        "{old} → {new} formasi (WKE {wke:,.0f} menit, {rounding})",
    ),
    "log.workload_priority": (
        "vacancy priorities from workload: {n} positions, EJ {low:.2f} to {high:.2f}, each "
        "times the post's own priority",
        "prioritas lowongan dari beban kerja: {n} jabatan, EJ {low:.2f} sampai {high:.2f}, "
        "masing-masing dikali prioritas jabatan itu sendiri",
    ),
    "log.penyetaraan": (
        "penyetaraan checks of the converted posts' holders, before the placement (those "
        "outside a JF level's golongan range are counted after it, in the issues table): "
        "{summary}",
        "pemeriksaan penyetaraan atas pemangku jabatan yang disetarakan, sebelum "
        "penempatan (yang di luar rentang golongan jenjang JF dihitung sesudahnya, di "
        "tabel masalah): {summary}",
    ),
    "log.penyetaraan_none": ("no violations", "tidak ada pelanggaran"),
    "log.penyetaraan_count": ("{n} {issue}", "{n} {issue}"),
    "issue.grade_would_drop": ("grade would drop", "kelas jabatan akan turun"),
    "issue.grade_unknown": ("grade unknown", "kelas jabatan tidak diketahui"),
    "issue.education_below_minimum": ("education below minimum", "pendidikan di bawah minimum"),
    "issue.field_outside_post": (
        "field outside the post's",
        "bidang di luar yang diterima jabatan",
    ),
    "issue.rank_below_minimum": ("rank below minimum", "golongan di bawah minimum"),
    "warn.seats_over_cap": (
        "the operations give {unit} ({name}) {seats} seats, above its max_headcount of"
        " {cap}: at most {cap} people can be placed there (constraints.unit_caps), so at"
        " least {short} of its seats stay empty whatever the plan; raise its"
        " max_headcount (units table, or the operation set_unit) if they are to be filled",
        "operasi memberi {unit} ({name}) {seats} kursi, di atas max_headcount-nya {cap}:"
        " paling banyak {cap} orang dapat ditempatkan di sana (constraints.unit_caps),"
        " sehingga sedikitnya {short} kursinya tetap kosong apa pun rencananya; naikkan"
        " max_headcount-nya (tabel units, atau operasi set_unit) bila kursi itu hendak diisi",
    ),
    "warn.penyetaraan": ("{n} {what}: {names}{more}", "{n} {what}: {names}{more}"),
    "warn.penyetaraan_prefix": ("penyetaraan: {text}", "penyetaraan: {text}"),
    "warn.penyetaraan.grade_would_drop": (
        "posts whose grade is above their JF level's usual grade (kept; decide)",
        "jabatan yang kelas jabatannya di atas kelas jabatan "
        "lazim jenjang JF-nya (dipertahankan; putuskan)",
    ),
    "warn.penyetaraan.grade_unknown": (
        "converted posts without a grade",
        "jabatan hasil penyetaraan tanpa kelas jabatan",
    ),
    "warn.penyetaraan.education_below_minimum": (
        "incumbents of converted posts below the minimum education S1/D4",
        "pemangku jabatan hasil penyetaraan dengan pendidikan di bawah minimum S1/D4",
    ),
    "warn.penyetaraan.field_outside_post": (
        "incumbents of converted posts whose field of education the post does not accept",
        "pemangku jabatan hasil penyetaraan yang bidang pendidikannya tidak diterima jabatan itu",
    ),
    "warn.penyetaraan.rank_below_minimum": (
        "incumbents of converted posts below the JF level's minimum golongan (no "
        "condition of penyetaraan: the level follows the post, the pangkat is kept)",
        "pemangku jabatan hasil penyetaraan dengan golongan di bawah minimum jenjang JF "
        "(bukan syarat penyetaraan: jenjang mengikuti jabatan, pangkat tetap)",
    ),
    "warn.penyetaraan.in": ("{name} ({id}) in {position}", "{name} ({id}) di {position}"),
    # -- NIP and status checks (placement.domain.nip) -----------------------------------
    "nip.invalid": (
        "18 digits but not a valid NIP (YYYYMMDD birth date, YYYYMM appointment, "
        "gender 1/2, serial); check the number (a PPPK number? set the 'status' "
        "column to PPPK)",
        "18 digit tetapi bukan NIP yang sah (tanggal lahir YYYYMMDD, TMT "
        "pengangkatan YYYYMM, jenis kelamin 1/2, nomor urut); periksa nomornya "
        "(nomor PPPK? isi kolom 'status' dengan PPPK)",
    ),
    "nip.birth_date": (
        "differs from the birth date in the NIP (column {column!r}, digits "
        "1-8); correct one of the two",
        "berbeda dengan tanggal lahir di NIP (kolom {column!r}, digit 1-8); perbaiki salah satunya",
    ),
    "nip.gender_unknown": (
        "unknown gender; use L (laki-laki) or P (perempuan)",
        "jenis kelamin tidak dikenal; gunakan L (laki-laki) atau P (perempuan)",
    ),
    "nip.gender": (
        "differs from the gender digit of the NIP (column {column!r}, digit 15: "
        "1 = L, 2 = P); correct one of the two",
        "berbeda dengan digit jenis kelamin di NIP (kolom {column!r}, digit 15: "
        "1 = L, 2 = P); perbaiki salah satunya",
    ),
    "nip.pppk_rank": (
        "a PPPK golongan (I-XVII) for a PNS NIP; PNS golongan are I/a … IV/e "
        "(set 'status' to PPPK for contract staff)",
        "golongan PPPK (I-XVII) untuk NIP PNS; golongan PNS adalah I/a … IV/e "
        "(isi 'status' dengan PPPK untuk pegawai PPPK)",
    ),
    "nip.pppk_min_rank": (
        "a PPPK golongan (I-XVII), compared as its PNS equivalent (PPPK IV "
        "≈ I/d, IX ≈ III/a); write a PNS golongan such as IV/a if that was "
        "meant",
        "golongan PPPK (I-XVII), dibandingkan dengan padanan golongan PNS-"
        "nya (PPPK IV ≈ I/d, IX ≈ III/a); tulis golongan PNS seperti IV/a "
        "jika itu yang dimaksud",
    ),
    "nip.status": (
        "unknown status; use PNS, CPNS, PPPK or PPPK Paruh Waktu",
        "status kepegawaian tidak dikenal; gunakan PNS, CPNS, PPPK atau PPPK Paruh Waktu",
    ),
    "nip.pns_rank": (
        "a PNS golongan for PPPK staff; PPPK golongan are I … XVII",
        "golongan PNS untuk pegawai PPPK; golongan PPPK adalah I … XVII",
    ),
    # -- workload tables (placement.domain.workload) ------------------------------------
    "workload.missing_columns": (
        "{file}: missing column(s) {columns}; a workload table needs {required}",
        "{file}: kolom {columns} tidak ada; tabel analisis beban kerja memerlukan kolom {required}",
    ),
    "workload.blank_position": ("blank position id", "id jabatan kosong"),
    "workload.not_number": ("not a number", "bukan angka"),
    "workload.blank": ("blank; write a number", "kosong; tulis angka"),
    "workload.negative": ("must not be negative", "tidak boleh negatif"),
    # -- objective and constraints (placement.model.compile) ----------------------------
    "compile.unknown_term": (
        "objective.weights: unknown term {term!r}{hint} (register custom "
        "terms with placement.register_term)",
        "objective.weights: komponen fungsi tujuan {term!r} tidak "
        "dikenal{hint} (daftarkan komponen sendiri dengan "
        "placement.register_term)",
    ),
    "compile.term_infinite": (
        "objective term {term!r} gave infinite scores; a term must "
        "return finite numbers (NaN counts as 0)",
        "komponen tujuan {term!r} menghasilkan skor tak hingga; komponen "
        "harus menghasilkan angka berhingga (NaN dihitung 0)",
    ),
    "compile.term_shape": (
        "objective term {term!r} returned shape {shape}; a {kind} term "
        "must return {expected} values",
        "komponen fungsi tujuan {term!r} menghasilkan bentuk {shape}; "
        "komponen {kind} harus menghasilkan {expected} nilai",
    ),
    "compile.priority_unknown": (
        "objective.priorities: unknown term {term!r}{hint}",
        "objective.priorities: komponen {term!r} tidak dikenal{hint}",
    ),
    "compile.priority_twice": (
        "objective.priorities: term {term!r} is listed twice",
        "objective.priorities: komponen {term!r} tercantum dua kali",
    ),
    "compile.priority_overflow": (
        "objective.priorities: the lexicographic levels do not fit "
        "in 64-bit integer costs; use fewer levels or smaller "
        "weights",
        "objective.priorities: tingkat leksikografis tidak muat "
        "dalam biaya bilangan bulat 64-bit; kurangi jumlah tingkat "
        "atau perkecil bobotnya",
    ),
    "compile.budget_column": (
        "constraints.budgets.weight_column: the employees table has no column {column!r}{hint}",
        "constraints.budgets.weight_column: tabel employees tidak memiliki kolom {column!r}{hint}",
    ),
    "compile.budget_blank": (
        "constraints.budgets: column {column!r} is blank or not a number for employees {ids}",
        "constraints.budgets: kolom {column!r} kosong atau bukan angka untuk pegawai {ids}",
    ),
    "compile.budget_unit": (
        "constraints.budgets.limits: unknown unit {unit!r}{hint}",
        "constraints.budgets.limits: unit kerja {unit!r} tidak dikenal{hint}",
    ),
    "compile.budget_name": ("budget of unit {unit}", "anggaran unit kerja {unit}"),
    "compile.moves_unit": (
        "constraints.max_moves_per_unit: unknown unit {unit!r}{hint}",
        "constraints.max_moves_per_unit: unit kerja {unit!r} tidak dikenal{hint}",
    ),
    # -- why the rules cannot all hold (placement.diagnose) -----------------------------
    "diag.min_fill": (
        "position {position}{unit} needs at least {need} people; only {supply} "
        "employee(s) meet its requirements{requirements}",
        "jabatan {position}{unit} memerlukan sedikitnya {need} pegawai; hanya "
        "{supply} pegawai yang memenuhi syaratnya{requirements}",
    ),
    "diag.in_unit": (" in unit {unit}", " di unit kerja {unit}"),
    "diag.requirements": (" ({parts})", " ({parts})"),
    "diag.req_education": ("education ≥ {level}", "pendidikan ≥ {level}"),
    "diag.req_field": ("field in {fields}", "bidang pendidikan salah satu dari {fields}"),
    "diag.req_rank": ("rank ≥ {rank}", "golongan ≥ {rank}"),
    "diag.unit_supply": (
        "only {n} employee(s) meet the requirements of its positions{requirements}",
        "hanya {n} pegawai yang memenuhi syarat jabatan-jabatannya{requirements}",
    ),
    "diag.unit_fields": (
        "; {count} of its {total} positions require a field in {fields}",
        "; {count} dari {total} jabatannya mensyaratkan bidang pendidikan {fields}",
    ),
    "diag.unit_seats": (
        "its positions have only {n} seat(s)",
        "formasi jabatan-jabatannya hanya {n}",
    ),
    "diag.unit_cap": ("its cap is {cap}", "batas maksimumnya {cap}"),
    "diag.unit_min": (
        "unit {unit} needs at least {need} people; {limits}",
        "unit kerja {unit} memerlukan sedikitnya {need} pegawai; {limits}",
    ),
    "diag.pins": (
        "{n} employee(s) are pinned to position {position}, which has {seats} seat(s)",
        "{n} pegawai dikunci (pin) ke jabatan {position}, yang formasinya hanya {seats}",
    ),
    "diag.pins_unit": (
        "{n} employee(s) are pinned into unit {unit}, whose cap is {cap}",
        "{n} pegawai dikunci (pin) ke unit kerja {unit}, yang batas maksimumnya {cap}",
    ),
    "diag.budget_pins": (
        "{budget} is {limit:,}, but the pinned staff alone cost {load:,}",
        "{budget} sebesar {limit:,}, tetapi pegawai yang dikunci (pin) saja "
        "sudah memerlukan {load:,}",
    ),
    "diag.budget_min_fill": (
        "{budget} is {limit:,}, but filling its positions' minimum fills costs at least {cost:,}",
        "{budget} sebesar {limit:,}, tetapi memenuhi pengisian minimum "
        "jabatan-jabatannya memerlukan sedikitnya {cost:,}",
    ),
    "diag.max_moves": (
        "at least {n} people must move (their posts are closed, over headcount "
        "or no longer open to them) but max_moves is {cap}",
        "sedikitnya {n} pegawai harus dimutasi (jabatannya ditutup, melebihi "
        "formasi atau tidak lagi terbuka bagi mereka) tetapi max_moves {cap}",
    ),
    "diag.max_moves_unit": (
        "unit {unit} must lose at least {n} people (posts closed, over "
        "headcount or no longer open to them) but max_moves_per_unit is "
        "{cap}",
        "unit kerja {unit} harus melepas sedikitnya {n} pegawai (jabatan "
        "ditutup, melebihi formasi atau tidak lagi terbuka bagi mereka) "
        "tetapi max_moves_per_unit {cap}",
    ),
    "diag.must_place": (
        "employee {employee} must be placed but is eligible for no position",
        "pegawai {employee} wajib ditempatkan tetapi tidak memenuhi syarat jabatan mana pun",
    ),
    "diag.total": (
        "the minimum fills add up to {need} people but there are only {n} employees",
        "jumlah pengisian minimum {need} pegawai, tetapi pegawai hanya ada {n}",
    ),
    "diag.shared_pool": (
        "positions {names}{more} need at least {total} people together; only "
        "{pool} employee(s) meet the requirements of any of them",
        "jabatan {names}{more} bersama-sama memerlukan sedikitnya {total} "
        "pegawai; hanya {pool} pegawai yang memenuhi syarat salah satunya",
    ),
    # -- what was relaxed (placement.relax) ---------------------------------------------
    "relax.min_fill": (
        "minimum fill of {position} ({need}): {short} seat(s) short",
        "pengisian minimum {position} ({need}): kurang {short} formasi",
    ),
    "relax.unit_min": (
        "minimum headcount of unit {unit} ({need}): {short} short",
        "jumlah minimum pegawai unit kerja {unit} ({need}): kurang {short}",
    ),
    "relax.budget": ("{budget} ({limit:,}): {over:,} over", "{budget} ({limit:,}): lebih {over:,}"),
    "relax.max_moves": (
        "max_moves ({cap}): {over} move(s) over",
        "max_moves ({cap}): lebih {over} mutasi",
    ),
    "relax.max_moves_unit": (
        "max_moves_per_unit of {unit} ({cap}): {over} move(s) over",
        "max_moves_per_unit {unit} ({cap}): lebih {over} mutasi",
    ),
    "relax.pin": (
        "pin of {employee} to {position}: not kept ({where})",
        "pin {employee} ke {position}: tidak dipertahankan ({where})",
    ),
    "relax.unplaced": ("unplaced", "tidak ditempatkan"),
    "relax.must_place": (
        "{n} employee(s) who must be placed are left unplaced",
        "{n} pegawai yang wajib ditempatkan tidak mendapat jabatan",
    ),
    "relax.done_min_fill": (
        "minimum fills and unit minimums",
        "pengisian minimum jabatan dan unit kerja",
    ),
    "relax.done_budget": ("budgets", "anggaran"),
    "relax.done_move_cap": ("move caps", "batas mutasi"),
    "relax.done_pins": ("pins and must-place", "pin dan wajib ditempatkan"),
    # -- solver choice and outcome (placement.api, placement.solvers) -------------------
    "solve.excess_unheld": (
        "eligibility.retirement_meets_cut set aside: {n} holder(s) it would keep over "
        "formasi until BUP could not be held there (a unit's cap, a budget or a minimum "
        "fill needs the room), so the plan is solved with each retiring holder in a seat "
        "of their post, as with the setting off",
        "eligibility.retirement_meets_cut dikesampingkan: {n} pemangku yang akan "
        "dipertahankan di luar formasi sampai BUP tidak dapat dipertahankan di sana "
        "(batas pegawai unit, anggaran atau pengisian minimum memerlukan tempatnya), "
        "sehingga rencana disusun dengan setiap pemangku yang akan pensiun menempati "
        "formasi jabatannya, seperti bila pengaturan itu dimatikan",
    ),
    "solve.excess_short": (
        "eligibility.retirement_meets_cut set aside: {posts}, kept closed to others for a "
        "retirement within its excess, would end below its formasi as its other holders "
        "leave, so the plan is solved with each retiring holder in a seat of their post, "
        "as with the setting off",
        "eligibility.retirement_meets_cut dikesampingkan: {posts}, yang ditutup bagi "
        "pegawai lain karena pensiun dalam kelebihannya, akan berakhir di bawah "
        "formasinya karena pemangku lainnya pindah, sehingga rencana disusun dengan "
        "setiap pemangku yang akan pensiun menempati formasi jabatannya, seperti bila "
        "pengaturan itu dimatikan",
    ),
    "solve.bad_target": (
        "solve() takes a Scenario, a Problem or a scenario path, not {type}",
        "solve() menerima Scenario, Problem atau path berkas skenario, bukan {type}",
    ),
    "solve.broken_rules": (
        "solver {solver!r} returned a placement that breaks hard rules (a "
        "bug, please report it): {broken}",
        "solver {solver!r} menghasilkan penempatan yang melanggar aturan "
        "wajib (bug, mohon dilaporkan): {broken}",
    ),
    "solve.bad_cost": (
        "solver {solver!r} reported cost {cost} but the placement costs "
        "{recomputed} (a bug, please report it)",
        "solver {solver!r} melaporkan biaya {cost} tetapi biaya penempatannya "
        "{recomputed} (bug, mohon dilaporkan)",
    ),
    "solve.names_differ": (
        "scenario names must differ to compare them: {names}",
        "nama skenario harus berbeda agar dapat dibandingkan: {names}",
    ),
    "reason.requested": ("{solver} requested", "{solver} diminta"),
    "reason.network": (
        "network problem: exact min-cost flow",
        "dihitung eksak (metode aliran biaya minimum)",
    ),
    "reason.headcount_budgets": (
        "every budget counts heads (equal weights): as headcount caps, exact min-cost flow",
        "setiap anggaran menghitung jumlah orang (bobot sama): sebagai batas jumlah "
        "pegawai, dihitung eksak (metode aliran biaya minimum)",
    ),
    "reason.relaxed": ("{reason}; relaxed: {done}", "{reason}; dilonggarkan: {done}"),
    "reason.kept_after": (
        "{reason}; solved again with {kept}: the status is that of the plan with them so kept",
        "{reason}; diselesaikan ulang dengan {kept}: status ini adalah status rencana "
        "dengan mereka dipertahankan demikian",
    ),
    "reason.kept_after_pending": (
        "{n} holder(s) the plan had no seat for kept in their own post pending the PPK "
        "(keep_displaced_holders; the decisions list names them{kinds})",
        "{n} pemegang jabatan yang tidak mendapat formasi dipertahankan di jabatannya "
        "sendiri menunggu keputusan PPK (keep_displaced_holders; daftar keputusan "
        "menyebutkan mereka{kinds})",
    ),
    "reason.kept_after_kinds": (
        ": {over} over their post's formasi, kept_over_formasi, and {seat} in a seat of "
        "it that asks a licence they lack, kept_without_licence",
        ": {over} di luar formasi jabatannya, kept_over_formasi, dan {seat} pada formasi "
        "yang mensyaratkan sertifikat profesi yang tidak mereka miliki, "
        "kept_without_licence",
    ),
    "reason.kept_after_within": (
        "{n} holder(s) the plan had no seat for kept in their own post "
        "(keep_displaced_holders) and back within its formasi, others of its holders "
        "moving elsewhere (no decision pending: `placement explain` says whom)",
        "{n} pemegang jabatan yang tidak mendapat formasi dipertahankan di jabatannya "
        "sendiri (keep_displaced_holders) dan kembali dalam formasinya karena pemegang "
        "lain pindah (tidak ada keputusan yang tertunda: `placement explain` menyebutkan "
        "siapa)",
    ),
    "reason.kept_after_seated": (
        "{n} in a seat of their post that another's move would have taken (that "
        "one's reason names them)",
        "{n} pada formasi jabatannya yang akan terisi oleh perpindahan pegawai lain "
        "(alasan pegawai itu menyebutkan mereka)",
    ),
    "reason.kept_after_late": (
        "{n} official(s) a move of whose was left out, as it would have waited for a "
        "seat until they were past the age a rule sets (max_age_to_enter_jf: entering a "
        "JF; `placement explain` says which)",
        "{n} pejabat yang satu perpindahannya ditiadakan, karena akan menunggu formasi "
        "sampai usianya melewati batas yang ditetapkan aturan (max_age_to_enter_jf: "
        "masuk JF; `placement explain` menyebutkan yang mana)",
    ),
    "reason.kept_after_and": ("{first}, and {then}", "{first}, dan {then}"),
    "reason.side": (
        "side constraints ({constraints}): {text}",
        "kendala tambahan ({constraints}): {text}",
    ),
    "reason.lag_infeasible": (
        "proven infeasible before any search: {message}",
        "terbukti tidak layak sebelum pencarian: {message}",
    ),
    "reason.lag_optimal": (
        "Lagrangian pricing into min-cost flow; its repaired placement "
        "meets the Lagrangian bound (proven optimal)",
        "pricing Lagrange ke min-cost flow; penempatan hasil perbaikannya "
        "mencapai batas Lagrange (terbukti optimal)",
    ),
    "reason.lag_lns": (
        "Lagrangian pricing into min-cost flow, repair and CP-SAT neighbourhood "
        "search ({edges:,} edges: above the {limit:,} of a full CP-SAT "
        "model){found}",
        "pricing Lagrange ke min-cost flow, perbaikan dan pencarian lingkungan "
        "CP-SAT ({edges:,} pasangan: di atas {limit:,} untuk model CP-SAT "
        "penuh){found}",
    ),
    "reason.none_found": ("; no placement found", "; tidak ditemukan penempatan"),
    "reason.lag_no_time": (
        "Lagrangian pricing into min-cost flow (no time left for CP-SAT)",
        "pricing Lagrange ke min-cost flow (tidak ada sisa waktu untuk CP-SAT)",
    ),
    "reason.stage": (
        "Lagrangian pricing into min-cost flow ({status}), then CP-SAT on the "
        "full model hinted with {origin}; {outcome}",
        "pricing Lagrange ke min-cost flow ({status}), lalu CP-SAT pada model "
        "penuh dengan petunjuk {origin}; {outcome}",
    ),
    "reason.no_placement": ("no placement found", "tidak ditemukan penempatan"),
    "reason.stage_lns": (
        "Lagrangian pricing into min-cost flow ({status}), then its CP-SAT neighbourhood "
        "search on the {edges:,} edges its bound leaves open (above the {limit:,} "
        "CP-SAT is given whole); {outcome}",
        "pricing Lagrange ke min-cost flow ({status}), lalu pencarian lingkungan "
        "CP-SAT pada {edges:,} pasangan yang masih terbuka menurut batasnya (di atas "
        "{limit:,} yang diberikan utuh kepada CP-SAT); {outcome}",
    ),
    "reason.kept_lns": (
        "kept the neighbourhood search's placement",
        "memakai penempatan pencarian lingkungan",
    ),
    "reason.kept_lns_better": (
        "kept the neighbourhood search's placement (better)",
        "memakai penempatan pencarian lingkungan (lebih baik)",
    ),
    "reason.kept_lns_same": (
        "kept the neighbourhood search's placement (same cost)",
        "memakai penempatan pencarian lingkungan (biaya sama)",
    ),
    "reason.kept_lag_lns": (
        "kept the Lagrangian placement (the neighbourhood search found none better)",
        "memakai penempatan Lagrange (pencarian lingkungan tidak menemukan yang lebih baik)",
    ),
    "reason.kept_cp": ("kept CP-SAT's placement", "memakai penempatan CP-SAT"),
    "reason.kept_cp_better": (
        "kept CP-SAT's placement (better)",
        "memakai penempatan CP-SAT (lebih baik)",
    ),
    "reason.kept_cp_same": (
        "kept CP-SAT's placement (same cost)",
        "memakai penempatan CP-SAT (biaya sama)",
    ),
    "reason.kept_relink": (
        "stopped CP-SAT with its gap still wide and kept the better placement of the "
        "path relinking that followed",
        "menghentikan CP-SAT karena selisihnya masih lebar dan memakai penempatan path "
        "relinking sesudahnya yang lebih baik",
    ),
    "reason.kept_lag": (
        "kept the Lagrangian placement (CP-SAT found none better)",
        "memakai penempatan Lagrange (CP-SAT tidak menemukan yang lebih baik)",
    ),
    "reason.proof": ("{kept} and proved it optimal", "{kept} dan membuktikannya optimal"),
    "hint.lagrange": ("the Lagrangian placement", "penempatan Lagrange"),
    "hint.greedy": ("a greedy placement", "penempatan greedy"),
    "hint.flow": (
        "the flow optimum without side constraints",
        "optimum flow tanpa kendala tambahan",
    ),
    "hint.none": ("no hint", "tanpa petunjuk"),
    "lag.moves": (
        "at least {n} incumbents must move (posts closed, ineligible or over "
        "headcount, or people pinned elsewhere) but max_moves is {cap}",
        "sedikitnya {n} pemangku jabatan harus dimutasi (jabatan ditutup, tidak "
        "memenuhi syarat atau melebihi formasi, atau pegawai dikunci (pin) di jabatan "
        "lain) tetapi max_moves {cap}",
    ),
    "lag.moves_unit": (
        "at least {n} incumbents of {unit} must move (posts closed, ineligible "
        "or over headcount, or people pinned elsewhere) but its "
        "max_moves_per_unit is {cap}",
        "sedikitnya {n} pemangku jabatan {unit} harus dimutasi (jabatan "
        "ditutup, tidak memenuhi syarat atau melebihi formasi, atau pegawai "
        "dikunci (pin) di jabatan lain) tetapi max_moves_per_unit-nya {cap}",
    ),
    "lag.none": (
        "no placement within the side constraints was found",
        "tidak ditemukan penempatan yang memenuhi kendala tambahan",
    ),
    "solver.unknown": (
        "unknown solver {solver!r}; known solvers: {known}",
        "solver {solver!r} tidak dikenal; solver yang tersedia: {known}",
    ),
    "solver.not_installed": (
        "solver {solver!r} is not installed on this machine",
        "solver {solver!r} tidak terpasang di komputer ini",
    ),
    "solver.unsupported": (
        "solver {solver!r} cannot express {names}; use solver={able!r} (or "
        "'auto'), or drop those constraints from the scenario",
        "solver {solver!r} tidak dapat menangani {names}; gunakan "
        "solver={able!r} (atau 'auto'), atau hapus kendala tersebut dari "
        "skenario",
    ),
    "cpsat.rejected": ("CP-SAT rejected the model: {reason}", "CP-SAT menolak model: {reason}"),
    "cpsat.interrupted": (
        "interrupted: the best placement found so far, not proven optimal",
        "dihentikan: penempatan terbaik sejauh ini, belum terbukti optimal",
    ),
    "cpsat.infeasible": (
        "CP-SAT proved that the hard rules cannot all hold",
        "CP-SAT membuktikan bahwa aturan wajib tidak dapat dipenuhi semuanya",
    ),
    "cpsat.time_limit": (
        "time limit reached before CP-SAT found a placement",
        "batas waktu tercapai sebelum CP-SAT menemukan penempatan",
    ),
    "cpsat.big_costs": (
        "CP-SAT cannot take costs of magnitude 2**62 or more",
        "CP-SAT tidak dapat menerima biaya sebesar 2**62 atau lebih",
    ),
    "flow.pin_not_allowed": (
        "{employee} is pinned to {position}, which is not an allowed pair",
        "{employee} dikunci (pin) ke {position}, padahal pasangan itu tidak diperbolehkan",
    ),
    "flow.unit_cap": (
        "{unit} needs at least {need} people but its cap is {cap}",
        "{unit} memerlukan sedikitnya {need} pegawai tetapi batas maksimumnya {cap}",
    ),
    "flow.must_place": (
        "not every employee that must be placed can be placed within the headcounts and unit caps",
        "tidak semua pegawai yang wajib ditempatkan dapat ditempatkan dalam "
        "formasi dan batas maksimum unit kerja",
    ),
    "flow.failed": ("min-cost flow failed ({name})", "min-cost flow gagal ({name})"),
    "flow.min_fills": (
        "minimum fills cannot all be met: a placement that meets them as far as "
        "possible still leaves {n} unmet: {parts}",
        "pengisian minimum tidak dapat dipenuhi semuanya: penempatan yang memenuhinya "
        "sejauh mungkin masih menyisakan {n} yang tidak terpenuhi: {parts}",
    ),
    "flow.min_fill_part": (
        "{position} {can} of min_fill {need}",
        "{position} terisi {can} dari minimum {need}",
    ),
    "flow.unit_min_part": (
        "{unit} {can} of min_headcount {need}",
        "{unit} terisi {can} dari minimum {need}",
    ),
    "greedy.pin_not_allowed": (
        "a pinned pair is not allowed",
        "pasangan yang dikunci (pin) tidak diperbolehkan",
    ),
    "greedy.pins_exceed": (
        "pinned employees alone exceed a headcount, unit cap or budget",
        "pegawai yang dikunci (pin) saja sudah melebihi formasi, batas "
        "maksimum unit kerja atau anggaran",
    ),
    "greedy.must_place": (
        "greedy left {n} employee(s) who must be placed without a position",
        "greedy menyisakan {n} pegawai wajib ditempatkan tanpa jabatan",
    ),
    "greedy.max_moves": ("greedy exceeded max_moves", "greedy melampaui max_moves"),
    "greedy.max_moves_unit": (
        "greedy exceeded max_moves_per_unit",
        "greedy melampaui max_moves_per_unit",
    ),
    "greedy.min_fill": (
        "greedy could not meet every minimum fill",
        "greedy tidak dapat memenuhi semua pengisian minimum",
    ),
    "greedy.unit_min": (
        "greedy could not meet every unit minimum headcount",
        "greedy tidak dapat memenuhi semua jumlah minimum pegawai unit kerja",
    ),
    # -- explain (placement.explain) ----------------------------------------------------
    "explain.needs_placement": (
        "explain needs a solved scenario with a placement",
        "explain memerlukan skenario yang sudah diselesaikan dan memiliki penempatan",
    ),
    "explain.unknown_employee": (
        "employee {employee!r} is not in the scenario{hint}",
        "pegawai {employee!r} tidak ada di skenario{hint}",
    ),
    "explain.unknown_position": (
        "position {position!r} does not exist{hint}",
        "jabatan {position!r} tidak ada{hint}",
    ),
    "explain.new_hire": ("none (new hire)", "tidak ada (pegawai baru)"),
    "explain.head": ("{who} — currently: {current}", "{who} — saat ini: {current}"),
    "explain.unplaced": ("Result: unplaced — {reason}.", "Hasil: tidak ditempatkan — {reason}."),
    "explain.no_eligible": (
        "no eligible position under the hard requirements",
        "tidak ada jabatan yang memenuhi syarat wajib",
    ),
    "explain.outcompeted": (
        "every eligible position was given to someone who fits it better",
        "setiap jabatan yang memenuhi syarat diberikan kepada pegawai yang lebih sesuai",
    ),
    "explain.result": (
        "Result: {position} {title} (score {score:.1f}{parts})",
        "Hasil: {position} {title} (skor {score:.1f}{parts})",
    ),
    "explain.why_moved": ("Why: {reason}.", "Alasan: {reason}."),
    "explain.kept_within": (
        "Result: stays in {position} {title}, in a seat of its formasi: the placement "
        "before had no seat for them within the rules ({reason}); the plan keeps them "
        "in their post (keep_displaced_holders), and {n} of its holders who meet its "
        "rules move to other posts in this plan ({left}), so they are within its formasi "
        "and no decision of the PPK is pending.",
        "Hasil: tetap di {position} {title}, dalam formasinya: penempatan sebelumnya "
        "tidak mendapatkan formasi sesuai aturan baginya ({reason}); rencana "
        "mempertahankannya di jabatannya (keep_displaced_holders), dan {n} pemegangnya "
        "yang memenuhi syaratnya pindah ke jabatan lain ({left}), sehingga ia berada "
        "dalam formasi dan tidak ada keputusan PPK yang tertunda.",
    ),
    "explain.kept_within_plain": (
        "Result: stays in {position} {title}, in a seat of its formasi: the placement "
        "before had no seat for them within the rules ({reason}); the plan keeps them "
        "in their post (keep_displaced_holders), and its formasi has a seat for them in "
        "this plan, so no decision of the PPK is pending.",
        "Hasil: tetap di {position} {title}, dalam formasinya: penempatan sebelumnya "
        "tidak mendapatkan formasi sesuai aturan baginya ({reason}); rencana "
        "mempertahankannya di jabatannya (keep_displaced_holders), dan formasinya "
        "memiliki tempat baginya dalam rencana ini, sehingga tidak ada keputusan PPK yang "
        "tertunda.",
    ),
    "explain.kept_pending": (
        "Result: kept in {position} {title} over its formasi, pending a decision "
        "(keep_displaced_holders); the plan has no seat for them within the rules: "
        "{reason}.",
        "Hasil: dipertahankan di {position} {title} di luar formasinya, menunggu keputusan "
        "(keep_displaced_holders); rencana tidak mendapatkan formasi sesuai aturan "
        "baginya: {reason}.",
    ),
    "explain.eligible": (
        "Eligible positions: {n}. Scores are objective points (higher is "
        "better for this person); Δ is relative to the result.",
        "Jabatan yang memenuhi syarat: {n}. Skor adalah poin fungsi tujuan "
        "(makin tinggi makin baik bagi pegawai ini); Δ relatif terhadap "
        "hasil.",
    ),
    "explain.held_over_formasi": (
        "{holders}(+{n} over formasi)",
        "{holders}(+{n} di luar formasi)",
    ),
    "explain.eligible_kept": (
        "Eligible positions in that placement: {n}. Scores are objective points (higher "
        "is better for this person); Δ is relative to being without a post there.",
        "Jabatan yang memenuhi syarat dalam penempatan itu: {n}. Skor adalah poin fungsi "
        "tujuan (makin tinggi makin baik bagi pegawai ini); Δ relatif terhadap tanpa "
        "jabatan di sana.",
    ),
    "explain.here": (
        "{position} is where this employee was placed.",
        "{position} adalah jabatan tempat pegawai ini ditempatkan.",
    ),
    "explain.not_eligible": (
        "Not eligible for {position}: {reasons}",
        "Tidak memenuhi syarat untuk {position}: {reasons}",
    ),
    "explain.closed": (
        "{position} is closed in this scenario (headcount 0).",
        "{position} ditutup dalam skenario ini (formasi 0).",
    ),
    "explain.held": (
        "{position} has {seats} seat(s), held by: {holders}.",
        "{position} memiliki formasi {seats}, diisi oleh: {holders}.",
    ),
    "explain.there": (
        "Their score in {position}: {score:.1f} ({parts}).",
        "Skornya di {position}: {score:.1f} ({parts}).",
    ),
    "explain.nobody": ("nobody", "tidak ada"),
    "explain.pinned_elsewhere": (
        "This employee is pinned elsewhere by the scenario.",
        "Pegawai ini dikunci (pin) di jabatan lain oleh skenario.",
    ),
    "explain.impossible": (
        "Placing the employee there makes the rules impossible ({status}).",
        "Menempatkan pegawai di sana membuat aturan tidak dapat dipenuhi ({status}).",
    ),
    "explain.pin_cost": (
        "Pinning the employee to {position} and re-solving costs {delta:.2f} "
        "objective points overall and changes {n} other placement(s){first}, in this "
        "plan's last problem: those it keeps in their post pending the PPK or in a seat "
        "of it kept so (a scenario run again with the pin may keep others).",
        "Mengunci (pin) pegawai ke {position} lalu menyelesaikan ulang "
        "mengubah nilai fungsi tujuan sebesar {delta:.2f} poin dan mengubah "
        "{n} penempatan lain{first}, pada persoalan terakhir rencana ini: yang "
        "dipertahankannya di jabatannya menunggu keputusan PPK atau pada formasinya tetap "
        "demikian (skenario yang dijalankan ulang dengan pin itu dapat mempertahankan "
        "pegawai lain).",
    ),
    "explain.first": (" (first: {ids})", " (pertama: {ids})"),
    "explain.why_closed": ("the position is closed (headcount 0)", "jabatan ditutup (formasi 0)"),
    "explain.why_education": (
        "education {level} is below the minimum {need}",
        "pendidikan {level} di bawah minimum {need}",
    ),
    "explain.why_rank": (
        "rank {rank} is below the minimum {need}",
        "golongan {rank} di bawah minimum {need}",
    ),
    "explain.why_field": (
        "field {field!r} is not among the accepted fields ({fields})",
        "bidang pendidikan {field!r} tidak termasuk bidang yang diterima ({fields})",
    ),
    "explain.why_competency": (
        "a competency is {gap} level(s) below the standard (tolerated: {tol})",
        "ada kompetensi yang {gap} level di bawah standar (toleransi: {tol})",
    ),
    "explain.why_grade": (
        "grade {grade:.0f} is outside the allowed change from the current "
        "grade {now:.0f} (max_grade_drop {drop}, max_grade_rise {rise})",
        "kelas jabatan {grade:.0f} di luar perubahan yang diizinkan dari "
        "kelas jabatan saat ini {now:.0f} (max_grade_drop {drop}, "
        "max_grade_rise {rise})",
    ),
    "explain.why_banned": ("the scenario forbids this pair", "skenario melarang pasangan ini"),
    "explain.why_scope": (
        "it is outside the employee's scope ({scope})",
        "jabatan berada di luar cakupan pegawai ({scope})",
    ),
    "explain.why_staying": (
        "meets the rules of their own post {own}, which has a seat for them, and a move "
        "to this post, of their kelas or lower, is worth less than staying, the move's "
        "cost included (eligibility.qualified_holders_stay: they do not leave their seat "
        "for another's gain)",
        "memenuhi syarat jabatannya sendiri {own}, yang memiliki formasi baginya, dan "
        "pindah ke jabatan ini, pada kelasnya atau lebih rendah, bernilai lebih kecil "
        "daripada tetap, biaya perpindahan termasuk (eligibility.qualified_holders_stay: "
        "ia tidak melepas formasinya demi keuntungan orang lain)",
    ),
    "explain.why_seated": (
        "kept in a seat of their own post {own}, which another's move would have taken "
        "(keep_displaced_holders): a holder keeps a seat of their post before anyone "
        "moves into it",
        "dipertahankan pada formasi jabatannya sendiri {own}, yang akan terisi oleh "
        "perpindahan pegawai lain (keep_displaced_holders): pemegang mempertahankan "
        "formasinya sebelum pegawai lain dipindahkan ke sana",
    ),
    "explain.why_over_cut": (
        "the scenario cut this post's formasi below its holders who keep it, and the "
        "retirement of {n} of them, kept there until BUP, meets the cut "
        "(retirement_meets_cut): it takes nobody in before then",
        "skenario mengurangi formasi jabatan ini di bawah jumlah pemangku yang tetap di "
        "sana, dan pensiun {n} di antaranya, yang dipertahankan sampai BUP, memenuhi "
        "pengurangan itu (retirement_meets_cut): jabatan ini tidak menerima siapa pun "
        "sebelum itu",
    ),
    "explain.why_over_read": (
        "this post's holders who keep it exceed its formasi already in the data, and the "
        "retirement of {n} of them, kept there until BUP, meets as much of that excess "
        "(retirement_meets_cut): it takes nobody in before then",
        "pemangku jabatan ini yang tetap di sana sudah melebihi formasinya menurut data, "
        "dan pensiun {n} di antaranya, yang dipertahankan sampai BUP, memenuhi sebanyak "
        "itu dari kelebihan tersebut (retirement_meets_cut): jabatan ini tidak menerima "
        "siapa pun sebelum itu",
    ),
    "explain.why_over_cut_until": (
        "the scenario cut this post's formasi below its holders who keep it, and the "
        "retirement of {n} of them, kept there until BUP, meets the cut "
        "(retirement_meets_cut): it takes nobody in before {date}, the last of those "
        "BUPs",
        "skenario mengurangi formasi jabatan ini di bawah jumlah pemangku yang tetap di "
        "sana, dan pensiun {n} di antaranya, yang dipertahankan sampai BUP, memenuhi "
        "pengurangan itu (retirement_meets_cut): jabatan ini tidak menerima siapa pun "
        "sebelum {date}, BUP terakhir dari mereka",
    ),
    "explain.why_over_read_until": (
        "this post's holders who keep it exceed its formasi already in the data, and the "
        "retirement of {n} of them, kept there until BUP, meets as much of that excess "
        "(retirement_meets_cut): it takes nobody in before {date}, the last of those "
        "BUPs",
        "pemangku jabatan ini yang tetap di sana sudah melebihi formasinya menurut data, "
        "dan pensiun {n} di antaranya, yang dipertahankan sampai BUP, memenuhi sebanyak "
        "itu dari kelebihan tersebut (retirement_meets_cut): jabatan ini tidak menerima "
        "siapa pun sebelum {date}, BUP terakhir dari mereka",
    ),
    "explain.why_late": (
        "a move into it would wait for a seat sure to be free only once they are past "
        "the age of entering a functional post (max_age_to_enter_jf), so it is left out "
        "and the plan solved again; the decisions list gives the day that seat is sure, "
        "the day their SK would have to be dated before and those kept in it pending the "
        "PPK's decision, whose seat a decision frees (left_out_past_entry_age)",
        "perpindahan ke jabatan itu akan menunggu formasi yang pasti kosong baru setelah "
        "usianya melewati batas masuk jabatan fungsional (max_age_to_enter_jf), sehingga "
        "ditiadakan dan rencana diselesaikan ulang; daftar keputusan menyebutkan tanggal "
        "formasi itu pasti kosong, tanggal sebelum SK-nya harus ditetapkan, dan pemangku "
        "yang dipertahankan di sana menunggu keputusan PPK, yang formasinya kosong bila "
        "diputuskan (left_out_past_entry_age)",
    ),
    "explain.why_seated_late": (
        "kept in a seat of their own post {own}, as their move into {late} would have "
        "waited for a seat until they were past the age of entering a functional post "
        "(max_age_to_enter_jf), and leaving that move out alone moved others",
        "dipertahankan pada formasi jabatannya sendiri {own}, karena perpindahannya ke "
        "{late} akan menunggu formasi sampai usianya melewati batas masuk jabatan "
        "fungsional (max_age_to_enter_jf), dan meniadakan perpindahan itu saja "
        "memindahkan pegawai lain",
    ),
    "explain.why_other": (
        "excluded by an eligibility rule of the scenario that states no reason",
        "dikecualikan oleh aturan kelayakan skenario yang tidak menyebutkan alasannya",
    ),
    "explain.why_min_jpm": (
        "JPM {jpm:.1f} there is below the minimum {need:g} (rule min_jpm)",
        "JPM {jpm:.1f} di sana di bawah minimum {need:g} (aturan min_jpm)",
    ),
    "explain.why_min_category": (
        "JPM {jpm:.1f} there is below the category {category} (JPM {need:g} or more; "
        "rule min_jpm_category)",
        "JPM {jpm:.1f} di sana di bawah kategori {category} (JPM {need:g} ke atas; "
        "aturan min_jpm_category)",
    ),
    "explain.why_talent_box": (
        "a key post, for talent boxes {boxes} only; their box is {box} ({potential}; "
        "rule talent_boxes_for_key)",
        "jabatan kunci, hanya untuk kotak talenta {boxes}; kotaknya {box} ({potential}; "
        "aturan talent_boxes_for_key)",
    ),
    "explain.why_past_bup_in_post": (
        "they have reached the post's retirement age, {age}, by the reference date "
        "(aged {years}): its BUP is past for them",
        "mereka telah mencapai batas usia pensiun jabatan itu, {age}, pada tanggal acuan "
        "(usia {years}): BUP-nya telah lewat bagi mereka",
    ),
    "explain.why_near_retirement": (
        "retires in {years:.1f} year(s) (BUP); within {limit:g} year(s) of retirement "
        "people keep their post (rule no_move_within_years_of_retirement)",
        "pensiun dalam {years:.1f} tahun (BUP); dalam {limit:g} tahun sebelum pensiun "
        "pegawai tetap pada jabatannya (aturan no_move_within_years_of_retirement)",
    ),
    "stability.reference_missing": (
        "{source}: stability.reference {path} is not a file; "
        "name a scenario file (relative to this one)",
        "{source}: stability.reference {path} bukan berkas; "
        "sebutkan berkas skenario (relatif terhadap berkas ini)",
    ),
    "stability.reference_self": (
        "{source}: stability.reference names this scenario itself; "
        "name another scenario (e.g. the baseline)",
        "{source}: stability.reference menunjuk skenario ini sendiri; "
        "sebutkan skenario lain (misalnya baseline)",
    ),
    "stability.reference_cycle": (
        "{source}: stability.reference {path} leads back to this "
        "scenario; references must not form a cycle",
        "{source}: stability.reference {path} kembali ke skenario "
        "ini; rujukan tidak boleh melingkar",
    ),
    # -- reasons for a move or no post (placement.model.reasons) ------------------------
    "compile.pin_breaks": (
        "{where}: pin of {employee} into {position} breaks a hard rule: "
        "{rules}; fix the data or the pin, or add 'force: true' to the pin "
        "to keep it anyway",
        "{where}: penguncian {employee} ke {position} melanggar aturan "
        "wajib: {rules}; perbaiki data atau penguncian, atau tambahkan "
        "'force: true' pada penguncian untuk tetap memakainya",
    ),
    "compile.pin_forced": (
        "{where}: pin of {employee} into {position} breaks a hard rule: "
        "{rules}; kept because the pin says 'force: true'",
        "{where}: penguncian {employee} ke {position} melanggar aturan "
        "wajib: {rules}; tetap dipakai karena penguncian berisi "
        "'force: true'",
    ),
    "reason.excluded": ("not placeable: {why}", "tidak dapat ditempatkan: {why}"),
    "retire.pins_dropped": (
        "of them, {n} kept in or pinned to a post by the operations above, which they "
        "therefore do not take: {who}",
        "di antaranya {n} yang dipertahankan atau ditetapkan di suatu jabatan oleh operasi "
        "di atas, sehingga tidak menempatinya: {who}",
    ),
    "retire.pins_dropped_all": (
        "all of them kept in or pinned to a post by the operations above, which they "
        "therefore do not take",
        "semuanya dipertahankan atau ditetapkan di suatu jabatan oleh operasi di atas, "
        "sehingga tidak menempatinya",
    ),
    "exclusion.past_bup": ("past retirement age (BUP)", "melewati batas usia pensiun (BUP)"),
    "reason.part": ("{term} {points:+.1f}", "{term} {points:+.1f}"),
    "reason.post_closed_data": (
        "own post {position} has no seat (formasi 0 in the data already, though they hold "
        "it: no scenario closed it; verify the peta jabatan before the SK)",
        "jabatan sendiri {position} tidak memiliki formasi (formasi 0 sejak data awal, "
        "padahal mereka memangkunya: tidak ditutup oleh skenario; periksa peta jabatan "
        "sebelum SK)",
    ),
    "reason.post_closed": (
        "own post {position} is closed in this scenario (formasi 0)",
        "jabatan sendiri {position} ditutup dalam skenario ini (formasi 0)",
    ),
    "reason.pinned_elsewhere": (
        "pinned by the scenario to {position}",
        "dikunci oleh skenario ke {position}",
    ),
    "reason.qualified_first_full": (
        "holds own post {position} without meeting its rules ({rules}); its {meeting} "
        "holder(s) who meet them come first for its {seats} seat(s)",
        "memegang jabatan sendiri {position} tanpa memenuhi syaratnya ({rules}); "
        "{meeting} pemegangnya yang memenuhi syarat didahulukan untuk {seats} formasinya",
    ),
    "reason.qualified_first_unlicensed": (
        "holds own post {position} without meeting its rules ({rules}) and without the "
        "licence its profession asks for ({licence}): a seat of it goes to one who "
        "holds the licence, not to a holder who cannot practise it (licence_to_hold); "
        "its {meeting} holder(s) who meet its rules come first for its {seats} seat(s)",
        "memegang jabatan sendiri {position} tanpa memenuhi syaratnya ({rules}) dan "
        "tanpa izin yang disyaratkan profesinya ({licence}): formasinya diberikan "
        "kepada pemegang izin, bukan kepada pemegang jabatan yang tidak dapat "
        "menjalankan profesi itu (licence_to_hold); {meeting} pemegangnya yang memenuhi "
        "syarat didahulukan untuk {seats} formasinya",
    ),
    "reason.unlicensed_seats": (
        "; {empty}one who lacks the licence and misses its rules keeps a seat of it where "
        "a pin or a rule holds them in it, or the plan has no other post for them "
        "(keep_displaced_holders){kept}, and the rules open {n} other post(s) to this holder",
        "; {empty}pegawai yang tidak memiliki izin itu dan tidak memenuhi syaratnya "
        "mempertahankan formasinya bila dikunci atau dipertahankan suatu aturan di sana, "
        "atau bila rencana tidak memiliki jabatan lain baginya (keep_displaced_holders)"
        "{kept}, dan syarat membuka {n} jabatan lain bagi pemegang ini",
    ),
    "reason.unlicensed_seats_off": (
        "; {empty}one who lacks the licence and misses its rules keeps a seat of it only "
        "where a pin or a rule holds them in it (keep_displaced_holders is off){kept}, and "
        "the rules open {n} other post(s) to this holder",
        "; {empty}pegawai yang tidak memiliki izin itu dan tidak memenuhi syaratnya hanya "
        "mempertahankan formasinya bila dikunci atau dipertahankan suatu aturan di sana "
        "(keep_displaced_holders tidak aktif){kept}, dan syarat membuka {n} jabatan lain "
        "bagi pemegang ini",
    ),
    "reason.unlicensed_seats_empty": (
        "{empty} of its seat(s) stay empty in this plan: ",
        "{empty} formasinya tetap kosong dalam rencana ini: ",
    ),
    "reason.unlicensed_seats_kept": (
        ", as {k} of its holders do ({who})",
        ", seperti {k} pemegangnya ({who})",
    ),
    "reason.unlicensed_seats_none": (
        ", as none of its holders does",
        ", dan tidak ada pemegangnya yang demikian",
    ),
    "reason.qualified_first_unlicensed_lenient": (
        "holds own post {position} without meeting its rules ({rules}) and without the "
        "licence its profession asks for ({licence}): no seat of it is kept for a holder "
        "who cannot practise it (licence_to_hold), though under career: lenient one "
        "coming in may lack the licence too (the placements' licence_check names them); "
        "its {meeting} holder(s) who meet its rules come first for its {seats} seat(s)",
        "memegang jabatan sendiri {position} tanpa memenuhi syaratnya ({rules}) dan "
        "tanpa izin yang disyaratkan profesinya ({licence}): formasinya tidak "
        "dipertahankan untuk pemegang jabatan yang tidak dapat menjalankan profesi itu "
        "(licence_to_hold), walaupun dengan career: lenient pegawai yang masuk pun dapat "
        "belum memiliki izin itu (kolom licence_check pada penempatan menyebutkannya); "
        "{meeting} pemegangnya yang memenuhi syarat didahulukan untuk {seats} formasinya",
    ),
    "reason.qualified_first": (
        "holds own post {position} without meeting its rules ({rules}); its {meeting} "
        "holder(s) who meet them come first for its {seats} seat(s), and {left} "
        "may go to holders who miss them too, pinned there first, then those a rule keeps "
        "in their post, then those the rules open no other post to, then those who miss "
        "fewer of its requirements (education, field, golongan), then by their JPM "
        "there (to one decimal), then SKP rating (a holder without one ranked as Baik), "
        "then golongan, "
        "then years of service, then age (as the DUK), then NIP: {kept}; "
        "this holder's JPM "
        "there: {jpm}{elsewhere}",
        "memegang jabatan sendiri {position} tanpa memenuhi syaratnya ({rules}); "
        "{meeting} pemegangnya yang memenuhi syarat didahulukan untuk {seats} "
        "formasinya, dan {left} dapat diisi pemegang yang juga tidak memenuhi "
        "syarat, yang dikunci di sana lebih dulu, lalu yang dipertahankan di jabatannya "
        "oleh suatu aturan, lalu yang tidak memenuhi syarat "
        "jabatan lain mana pun, lalu yang lebih sedikit tidak memenuhi persyaratannya "
        "(pendidikan, bidang, golongan), lalu menurut JPM mereka di jabatan itu (satu "
        "desimal), "
        "lalu predikat SKP (tanpa predikat dihitung Baik), lalu golongan, lalu masa "
        "kerja, lalu usia (seperti DUK), lalu NIP: {kept}; JPM pemegang ini di sana: "
        "{jpm}{elsewhere}",
    ),
    "reason.seats_left_others": (
        "; of those seats, {k} are kept by its holders who miss its rules; of the others, {rest}",
        "; dari formasi itu, {k} tetap diisi pemegangnya yang tidak memenuhi syarat; dari "
        "sisanya, {rest}",
    ),
    "reason.seats_left_came": (
        "{n} went to people who did not hold it ({who})",
        "{n} diisi pegawai yang sebelumnya tidak memegangnya ({who})",
    ),
    "reason.seats_beyond_came": (
        "; of its {left} seat(s) beyond them, {rest}",
        "; dari {left} formasi selebihnya, {rest}",
    ),
    "reason.seats_left_empty": (
        "{n} stay empty in this plan",
        "{n} tetap kosong dalam rencana ini",
    ),
    "reason.seats_left": ("{left} more seat(s)", "{left} formasi lagi"),
    "reason.bup_later": (
        "the retirement date (BUP) moves with the post, later: {before} → {after}; tell "
        "them before the SK",
        "batas usia pensiun (BUP) berubah mengikuti jabatan, lebih lambat: {before} → "
        "{after}; sampaikan kepada yang bersangkutan sebelum SK",
    ),
    "reason.bup_near": (
        "retires on {date} (BUP), {years:.1f} year(s) after the reference date {ref}: a "
        "move this close to the pension buys little that lasts; weigh it before the SK, "
        "and tell them",
        "pensiun pada {date} (BUP), {years:.1f} tahun setelah tanggal acuan {ref}: "
        "perpindahan sedekat ini dengan pensiun hanya sebentar manfaatnya; timbang "
        "sebelum SK, dan sampaikan kepada yang bersangkutan",
    ),
    "reason.bup_earlier": (
        "the retirement date (BUP) moves with the post, earlier: {before} → {after}; "
        "tell them before the SK",
        "batas usia pensiun (BUP) berubah mengikuti jabatan, lebih awal: {before} → "
        "{after}; sampaikan kepada yang bersangkutan sebelum SK",
    ),
    "reason.nip_decided": (
        "this holder and {who} are alike in JPM, SKP rating and golongan, and the data "
        "do not tell their TMT CPNS or birth date apart: the NIP decided, a choice to "
        "weigh before the SK",
        "pemegang ini dan {who} setara dalam JPM, predikat SKP, dan golongan, dan data "
        "tidak membedakan TMT CPNS atau tanggal lahir mereka: NIP yang menentukan, "
        "pilihan yang perlu dipertimbangkan sebelum SK",
    ),
    "reason.service_missing": (
        "this holder and {who} are alike in JPM, SKP rating and golongan; the data give "
        "the TMT CPNS of only one of them (column tmt_cpns, or an NIP), and an unknown "
        "service ranks last: check it before the SK",
        "pemegang ini dan {who} setara dalam JPM, predikat SKP, dan golongan; data hanya "
        "memuat TMT CPNS salah satunya (kolom tmt_cpns, atau NIP), dan masa kerja yang "
        "tidak diketahui diurutkan terakhir: periksa sebelum SK",
    ),
    "reason.birth_missing": (
        "this holder and {who} are alike in JPM, SKP rating, golongan and TMT CPNS; the "
        "data give the birth date of only one of them, and an unknown age ranks last: "
        "check it before the SK",
        "pemegang ini dan {who} setara dalam JPM, predikat SKP, golongan, dan TMT CPNS; "
        "data hanya memuat tanggal lahir salah satunya, dan usia yang tidak diketahui "
        "diurutkan terakhir: periksa sebelum SK",
    ),
    "reason.age_decided_no_tmt": (
        "this holder and {who} are alike in JPM, SKP rating and golongan, and the data "
        "give neither one's TMT CPNS: the older decided, as in the DUK (born {theirs} "
        "against this holder's {own_birth})",
        "pemegang ini dan {who} setara dalam JPM, predikat SKP, dan golongan, dan data "
        "tidak memuat TMT CPNS keduanya: yang lebih tua menentukan, seperti dalam DUK "
        "(lahir {theirs}, pemegang ini {own_birth})",
    ),
    "reason.service_decided": (
        "this holder and {who} are alike in JPM, SKP rating and golongan: the longer "
        "service decided, as in the DUK (TMT CPNS {theirs} against this holder's {own})",
        "pemegang ini dan {who} setara dalam JPM, predikat SKP, dan golongan: masa kerja "
        "yang lebih lama menentukan, seperti dalam DUK (TMT CPNS {theirs}, pemegang ini "
        "{own})",
    ),
    "reason.age_decided": (
        "this holder and {who} are alike in JPM, SKP rating, golongan and TMT CPNS "
        "({own}): the older decided, as in the DUK (born {theirs} against this holder's "
        "{own_birth})",
        "pemegang ini dan {who} setara dalam JPM, predikat SKP, golongan, dan TMT CPNS "
        "({own}): yang lebih tua menentukan, seperti dalam DUK (lahir {theirs}, pemegang "
        "ini {own_birth})",
    ),
    "reason.seats_left_back": (
        "{left} more seat(s), and {back} left empty by a holder who moved on,",
        "{left} formasi lagi, serta {back} yang ditinggalkan kosong oleh pemegang yang pindah,",
    ),
    "reason.kept_pinned": ("{who} (pinned there)", "{who} (dikunci di sana)"),
    "reason.not_over_formasi": (
        "not kept over formasi until BUP: the cap of {unit} is needed by the holders who "
        "meet their posts' rules (or the scenario's budgets)",
        "tidak dipertahankan di luar formasi sampai BUP: batas pegawai {unit} diperlukan "
        "bagi pemegang jabatan yang memenuhi syarat (atau anggaran skenario)",
    ),
    "reason.kept_pending": (
        "{who} (no seat within the rules, kept in their post over its formasi pending a "
        "decision: keep_displaced_holders)",
        "{who} (tanpa formasi sesuai aturan, dipertahankan di jabatannya di luar formasi "
        "menunggu keputusan: keep_displaced_holders)",
    ),
    "decision.kept": (
        "kept in their post over its formasi for now",
        "dipertahankan di jabatannya di luar formasi untuk sementara",
    ),
    "decision.kept_seat_unlicensed": (
        "kept in their post for now, in a seat of its formasi no holder of its licence "
        "took: the seat is for one who holds it, when one comes (licence_to_hold)",
        "dipertahankan di jabatannya untuk sementara, pada formasi yang tidak diisi "
        "pemegang izinnya: formasi itu untuk pemegang izin, bila ada (licence_to_hold)",
    ),
    "decision.kept_sks_waiting_more": (
        "the SK of {n} official(s) this plan moves into this post waits for a seat of it "
        "while it holds {held} over its formasi ({who}): the first waits until {need} of "
        "them have left, this person among them (the PPK's decision on them is one such "
        "exit); without the PPK's decisions, the post is back within its formasi by {date} "
        "at the latest",
        "SK {n} pejabat yang dipindahkan rencana ini ke jabatan ini menunggu formasinya "
        "selama jabatan itu melebihi formasinya dengan {held} pegawai ({who}): yang "
        "pertama menunggu sampai {need} di antaranya keluar, termasuk pegawai ini "
        "(keputusan PPK atasnya adalah salah satunya); tanpa keputusan PPK, jabatan itu "
        "kembali dalam formasinya paling lambat {date}",
    ),
    "decision.kept_sks_waiting_more_undated": (
        "the SK of {n} official(s) this plan moves into this post waits for a seat of it "
        "while it holds {held} over its formasi ({who}): the first waits until {need} of "
        "them have left, this person among them (the PPK's decision on them is one such "
        "exit)",
        "SK {n} pejabat yang dipindahkan rencana ini ke jabatan ini menunggu formasinya "
        "selama jabatan itu melebihi formasinya dengan {held} pegawai ({who}): yang "
        "pertama menunggu sampai {need} di antaranya keluar, termasuk pegawai ini "
        "(keputusan PPK atasnya adalah salah satunya)",
    ),
    "decision.kept_sks_waiting": (
        "the SK of {n} official(s) this plan moves into this post waits for a seat of it "
        "while it holds people over its formasi ({who}): the PPK's decision on this "
        "person frees one at once; without it, the post is back within its formasi by "
        "{date} at the latest",
        "SK {n} pejabat yang dipindahkan rencana ini ke jabatan ini menunggu formasinya "
        "selama jabatan itu melebihi formasi ({who}): keputusan PPK atas pegawai ini "
        "langsung membebaskan satu formasi; tanpa keputusan itu, jabatan itu kembali "
        "dalam formasinya paling lambat {date}",
    ),
    "decision.kept_sks_waiting_undated": (
        "the SK of {n} official(s) this plan moves into this post waits for a seat of it "
        "while it holds people over its formasi ({who}): the PPK's decision on this "
        "person frees one at once",
        "SK {n} pejabat yang dipindahkan rencana ini ke jabatan ini menunggu formasinya "
        "selama jabatan itu melebihi formasi ({who}): keputusan PPK atas pegawai ini "
        "langsung membebaskan satu formasi",
    ),
    "decision.kept_seat_unlicensed_waited": (
        "kept in their post for now, in a seat of its formasi that is a licence holder's "
        "(licence_to_hold): this plan brings {n} holding its licence into it ({who}), {k} "
        "of whose seats wait for an exit while the post holds people over its formasi, "
        "so the PPK's decision on this person frees one",
        "dipertahankan di jabatannya untuk sementara, pada formasi yang menjadi hak "
        "pemegang izin (licence_to_hold): rencana ini membawa {n} pegawai pemegang "
        "izinnya ke jabatan itu ({who}), {k} di antaranya menunggu ada yang keluar "
        "selama jabatan itu melebihi formasi, sehingga keputusan PPK atas pegawai ini "
        "mengosongkan satu formasi",
    ),
    "decision.kept_unlicensed": (
        "their certifications in the roster show no '{licence}', which the post's "
        "profession asks for: check it before the SK, and until they hold it give them "
        "duties that do not need it",
        "sertifikasi mereka dalam data kepegawaian tidak memuat '{licence}' yang "
        "disyaratkan profesi jabatan itu: periksa sebelum SK, dan sampai memilikinya "
        "berikan tugas yang tidak memerlukannya",
    ),
    "decision.kept_unlicensed_below_education": (
        "their certifications in the roster show no '{licence}', which the post's "
        "profession asks for, and their education ({education}) is below the least any "
        "post of that profession asks ({minimum}): a profession's licence asks for its "
        "degree, so it is not open to them on this education; give them duties that do "
        "not need it until the PPK decides",
        "sertifikasi mereka dalam data kepegawaian tidak memuat '{licence}' yang "
        "disyaratkan profesi jabatan itu, dan pendidikan mereka ({education}) di bawah "
        "pendidikan terendah yang disyaratkan jabatan profesi itu ({minimum}): sertifikat "
        "profesi mensyaratkan ijazah profesinya, sehingga tidak terbuka bagi mereka "
        "dengan pendidikan ini; berikan tugas yang tidak memerlukannya sampai PPK "
        "memutuskan",
    ),
    "decision.licence_would_open": (
        "with the licence {licence}, {position} of the profession their field of "
        "education is for would open to them ({n} of its seats left empty in this plan): "
        "check whether they hold it before the SK",
        "dengan izin {licence}, {position} pada profesi sesuai bidang pendidikannya "
        "terbuka baginya ({n} formasinya tetap kosong dalam rencana ini): periksa apakah "
        "ia memilikinya sebelum SK",
    ),
    "decision.licence_would_open_lower": (
        "with the licence {licence} and their consent to a lower kelas ({kelas} against "
        "{own}), {position} of the profession their field of education is for would open "
        "to them ({n} of its seats left empty in this plan): check whether they hold it "
        "before the SK",
        "dengan izin {licence} dan persetujuannya atas kelas jabatan lebih rendah ({kelas} "
        "dibanding {own}), {position} pada profesi sesuai bidang pendidikannya terbuka "
        "baginya ({n} formasinya tetap kosong dalam rencana ini): periksa apakah ia "
        "memilikinya sebelum SK",
    ),
    "decision.kept_unlicensed_field": (
        "their certifications in the roster show no '{licence}', which the post's "
        "profession asks for, and no post of that profession accepts their field of "
        "education ({field}): a profession's licence asks for its degree, so it is not "
        "open to them; they cannot serve in this post as its profession asks, so the "
        "PPK's decision is where they go; give them duties that do not need it until then",
        "sertifikasi mereka dalam data kepegawaian tidak memuat '{licence}' yang "
        "disyaratkan profesi jabatan itu, dan tidak ada jabatan profesi itu yang menerima "
        "bidang pendidikan mereka ({field}): sertifikat profesi mensyaratkan ijazah "
        "profesinya, sehingga tidak terbuka bagi mereka; mereka tidak dapat menjalankan "
        "jabatan ini sebagaimana disyaratkan profesinya, sehingga keputusan PPK adalah ke "
        "mana mereka ditempatkan; berikan tugas yang tidak memerlukannya sampai saat itu",
    ),
    "decision.kept_unlicensed_unqualified": (
        "their certifications in the roster show no '{licence}', which the post's "
        "profession asks for, and they miss the post's education or field as well (the "
        "reason says which): check whether that licence is open to them at all before "
        "planning for it, and give them duties that do not need it until the PPK decides",
        "sertifikasi mereka dalam data kepegawaian tidak memuat '{licence}' yang "
        "disyaratkan profesi jabatan itu, dan mereka juga tidak memenuhi pendidikan atau "
        "bidang jabatan itu (alasan menyebutkannya): periksa apakah sertifikat itu dapat "
        "mereka peroleh sebelum merencanakannya, dan berikan tugas yang tidak "
        "memerlukannya sampai PPK memutuskan",
    ),
    "decision.kept_unlicensed_unqualified_str": (
        "their certifications in the roster show no '{licence}', which the post's "
        "profession asks for, and they miss the post's education or field as well (the "
        "reason says which): check whether that licence is open to them at all (a "
        "health profession's STR asks for its degree) before planning for it, and give "
        "them duties that do not need it until the PPK decides",
        "sertifikasi mereka dalam data kepegawaian tidak memuat '{licence}' yang "
        "disyaratkan profesi jabatan itu, dan mereka juga tidak memenuhi pendidikan atau "
        "bidang jabatan itu (alasan menyebutkannya): periksa apakah sertifikat itu dapat "
        "mereka peroleh (STR profesi kesehatan mensyaratkan ijazah profesinya) sebelum "
        "merencanakannya, dan berikan tugas yang tidak memerlukannya sampai PPK memutuskan",
    ),
    "decision.also": ("also: {reason}", "juga: {reason}"),
    "decision.choices": (
        "the PPK decides before the SK: {ways}, or {last}",
        "PPK memutuskan sebelum SK: {ways}, atau {last}",
    ),
    "decision.choice_one": (
        "the PPK decides before the SK; the scenario's rules leave open only {last}, "
        "which asks for the consent of the PPK releasing them and of the PPK receiving "
        "them; every other way is closed by a rule or a requirement named next (a "
        "scenario that relaxes a rule shows what it opens)",
        "PPK memutuskan sebelum SK; aturan skenario hanya membuka {last}, yang memerlukan "
        "persetujuan PPK yang melepas dan PPK yang menerima; setiap jalan lain tertutup "
        "oleh aturan atau persyaratan yang disebut berikut (skenario yang melonggarkan "
        "suatu aturan menunjukkan apa yang dibukanya)",
    ),
    "decision.way_next_seat_on": (
        "the post's next seat that opens (the first holder of one of its seats to retire: "
        "{who}, on {date}; sooner if one moves{queue})",
        "formasi jabatan itu yang berikutnya kosong (pemegang formasi pertama yang pensiun: "
        "{who}, pada {date}; lebih cepat bila ada yang pindah{queue})",
    ),
    "decision.way_next_seat_far": (
        "the post's next seat that opens (the first holder of one of its seats to retire: "
        "{who}, on {date}, more than {years} years on, kept over formasi till then unless "
        "one moves{queue})",
        "formasi jabatan itu yang berikutnya kosong (pemegang formasi pertama yang pensiun: "
        "{who}, pada {date}, lebih dari {years} tahun lagi, tetap di luar formasi sampai "
        "saat itu kecuali ada yang pindah{queue})",
    ),
    "decision.ruled_unlicensed": (
        "holds own post {position} without meeting its rules and without the licence its "
        "profession asks for ({licence}), kept in it by rule {rule}: no rule of the plan "
        "takes the post from them, but they cannot practise it (licence_to_hold)",
        "memangku jabatan sendiri {position} tanpa memenuhi syaratnya dan tanpa sertifikat "
        "profesinya ({licence}), dipertahankan di sana oleh aturan {rule}: tidak ada "
        "aturan rencana yang mencabut jabatannya, tetapi ia tidak dapat menjalankan "
        "profesinya (licence_to_hold)",
    ),
    "decision.pinned_unlicensed": (
        "holds own post {position} without meeting its rules and without the licence its "
        "profession asks for ({licence}), pinned in it by {rule}: no rule of the plan "
        "takes the post from them, but they cannot practise it (licence_to_hold)",
        "memangku jabatan sendiri {position} tanpa memenuhi syaratnya dan tanpa sertifikat "
        "profesinya ({licence}), dikunci di sana oleh {rule}: tidak ada aturan rencana "
        "yang mencabut jabatannya, tetapi ia tidak dapat menjalankan profesinya "
        "(licence_to_hold)",
    ),
    "decision.kept_pinned_unlicensed": (
        "kept in their post as the scenario pins it ({source}); a plan that re-places "
        "them keeps them in it only in a seat no holder of its licence takes "
        "(licence_to_hold, kept_without_licence)",
        "dipertahankan di jabatannya karena skenario menguncinya ({source}); rencana yang "
        "menempatkan ulang mempertahankannya di sana hanya pada formasi yang tidak diambil "
        "pemegang sertifikat profesinya (licence_to_hold, kept_without_licence)",
    ),
    "decision.counterpart": (
        "the post of the same title in their unit as the scenario has it, {position}, "
        "is held by {who} (golongan {rank}, SKP {skp}, JPM there {their}), whom the plan "
        "keeps in it; this official's JPM there is {mine} (golongan {my_rank}, SKP "
        "{my_skp}): which of the two holds it is the Tim Penilai Kinerja's to consider "
        "(structural_appointments: selection)",
        "jabatan dengan nama yang sama di unit kerjanya menurut skenario ini, {position}, "
        "dipegang {who} (golongan {rank}, SKP {skp}, JPM di sana {their}), yang "
        "dipertahankan rencana di jabatan itu; JPM pejabat ini di sana {mine} (golongan "
        "{my_rank}, SKP {my_skp}): siapa di antara keduanya yang memegangnya menjadi "
        "pertimbangan Tim Penilai Kinerja (structural_appointments: selection)",
    ),
    "decision.counterpart_pansel": (
        "the post of the same title in their unit as the scenario has it, {position}, "
        "is held by {who} (golongan {rank}, SKP {skp}, JPM there {their}), whom the plan "
        "keeps in it; this official's JPM there is {mine} (golongan {my_rank}, SKP "
        "{my_skp}): a JPT seat, whether it is filled anew is for the Pansel (an open "
        "selection) and the PPK, not the plan (structural_appointments: selection)",
        "jabatan dengan nama yang sama di unit kerjanya menurut skenario ini, {position}, "
        "dipegang {who} (golongan {rank}, SKP {skp}, JPM di sana {their}), yang "
        "dipertahankan rencana di jabatan itu; JPM pejabat ini di sana {mine} (golongan "
        "{my_rank}, SKP {my_skp}): jabatan JPT, pengisiannya kembali menjadi wewenang "
        "Pansel (seleksi terbuka) dan PPK, bukan rencana (structural_appointments: "
        "selection)",
    ),
    "decision.held_by_misfits": (
        "Administrator or Pengawas posts (the Tim Penilai Kinerja's) at their kelas or "
        "up to max_offer_drop below whose requirements they meet, each held by an "
        "official who does not meet them and whom the plan keeps there, the nearest "
        "first: {posts}: whether this official takes one of them is the Tim Penilai "
        "Kinerja's to consider (structural_appointments: selection)",
        "jabatan Administrator atau Pengawas (pertimbangan Tim Penilai Kinerja) di kelas "
        "jabatannya atau paling banyak max_offer_drop di bawahnya yang persyaratannya "
        "dipenuhi pejabat ini, masing-masing dipegang pejabat yang tidak memenuhinya dan "
        "dipertahankan rencana di sana, yang terdekat lebih dahulu: {posts}: apakah "
        "pejabat ini menempati salah satunya menjadi pertimbangan Tim Penilai Kinerja "
        "(structural_appointments: selection)",
    ),
    "decision.held_by_misfit": (
        "{position}, kelas {grade}{lower}, held by {who} (golongan {rank}, SKP {skp}, JPM "
        "there {their}; does not meet its {missed}), this official's JPM there {mine} "
        "(golongan {my_rank}, SKP {my_skp})",
        "{position}, kelas {grade}{lower}, dipegang {who} (golongan {rank}, SKP {skp}, JPM "
        "di sana {their}; tidak memenuhi syarat {missed}), JPM pejabat ini di sana {mine} "
        "(golongan {my_rank}, SKP {my_skp})",
    ),
    "decision.held_by_lower": (
        " (below theirs: only with their consent)",
        " (di bawah kelas jabatannya: hanya dengan persetujuannya)",
    ),
    "decision.misses_education": ("minimum education", "pendidikan minimum"),
    "decision.misses_rank": ("minimum golongan", "golongan minimum"),
    "decision.misses_field": ("fields (theirs: {field})", "bidang (bidangnya: {field})"),
    "decision.kept_by_rule_unlicensed": (
        "kept in their post by the rule until it lets go of them",
        "dipertahankan di jabatannya oleh aturan itu sampai aturan itu melepasnya",
    ),
    "decision.kept_by_rule_unlicensed_bup": (
        "kept in their post by the rule until it lets go of them, at their BUP on {date} "
        "at the latest",
        "dipertahankan di jabatannya oleh aturan itu sampai aturan itu melepasnya, paling "
        "lambat pada BUP-nya, {date}",
    ),
    "decision.way_next_seat_taken": (
        "; this plan brings {n} into it from elsewhere ({who}), {k} of whose seats wait "
        "for the same exits: the PPK chooses between them and this person",
        "; rencana ini membawa {n} pegawai dari jabatan lain ke jabatan itu ({who}), {k} "
        "di antaranya menunggu pemangku yang sama keluar: PPK memilih di antara mereka "
        "dan pegawai ini",
    ),
    "decision.way_next_seat_taken_licence": (
        "; this plan brings {n} into it from elsewhere ({who}), {k} of whose seats wait "
        "for the same exits: theirs come first, as this person lacks its licence",
        "; rencana ini membawa {n} pegawai dari jabatan lain ke jabatan itu ({who}), {k} "
        "di antaranya menunggu pemangku yang sama keluar: mereka didahulukan, karena "
        "pegawai ini tidak memiliki sertifikat profesinya",
    ),
    "decision.way_next_seat_queue": (
        "; {n} other(s) kept over its formasi wait for a seat of it too",
        "; {n} pegawai lain yang dipertahankan di luar formasinya juga menunggu formasi itu",
    ),
    "decision.way_next_seat_late": (
        "the post's next seat that opens by a holder moving (no holder of one of its seats "
        "retires before this person's own BUP, {own}; one kept over its formasi frees "
        "none by retiring)",
        "formasi jabatan itu yang berikutnya kosong karena pemegang pindah (tidak ada "
        "pemegang formasinya yang pensiun sebelum BUP pegawai ini sendiri, {own}; yang "
        "dipertahankan di luar formasi tidak mengosongkan formasi saat pensiun)",
    ),
    "decision.way_peta_jabatan": (
        "a seat of the post once the peta jabatan is verified (the data gives it formasi "
        "0 though they hold it: an error, or a post to close with another post for them)",
        "formasi jabatan itu setelah peta jabatan diperiksa (data memberinya formasi 0 "
        "padahal mereka memangkunya: kekeliruan data, atau jabatan yang ditutup dengan "
        "jabatan lain bagi mereka)",
    ),
    "decision.way_seat_misfits": (
        "; {k} of its holders miss its rules ({who}): a seat the PPK may free by moving one",
        "; {k} pemegangnya tidak memenuhi syaratnya ({who}): formasi yang dapat "
        "dikosongkan PPK dengan memindahkan salah satunya",
    ),
    "decision.way_seat_elsewhere": (
        "a seat of {position}, the post elsewhere open to them that fits them "
        "best, once one opens (a holder retiring or moving)",
        "formasi {position}, jabatan lain yang terbuka bagi mereka dan paling sesuai "
        "bagi mereka, bila ada yang kosong (pemegang pensiun atau pindah)",
    ),
    "decision.way_seat_elsewhere_on": (
        "a seat of {position}, the post elsewhere open to them that fits them "
        "best, once one opens (the first holder of one of its seats to retire: {who}, on "
        "{date}; sooner if one moves{queue})",
        "formasi {position}, jabatan lain yang terbuka bagi mereka dan paling sesuai "
        "bagi mereka, bila ada yang kosong (pemegang formasi pertama yang pensiun: {who}, "
        "pada {date}; lebih cepat bila ada yang pindah{queue})",
    ),
    "decision.way_seat_elsewhere_far": (
        "a seat of {position}, the post elsewhere open to them that fits them "
        "best, once one opens (the first holder of one of its seats to retire: {who}, on "
        "{date}, more than {years} years on, unless one moves{queue})",
        "formasi {position}, jabatan lain yang terbuka bagi mereka dan paling sesuai "
        "bagi mereka, bila ada yang kosong (pemegang formasi pertama yang pensiun: {who}, "
        "pada {date}, lebih dari {years} tahun lagi, kecuali ada yang pindah{queue})",
    ),
    "decision.way_seat_elsewhere_late": (
        "a seat of {position}, the post elsewhere open to them that fits them "
        "best, once a holder of it moves (none of its holders retires before this "
        "person's own BUP, {own})",
        "formasi {position}, jabatan lain yang terbuka bagi mereka dan paling sesuai "
        "bagi mereka, bila ada pemegangnya yang pindah (tidak ada pemegangnya yang "
        "pensiun sebelum BUP pegawai ini sendiri, {own})",
    ),
    "decision.way_next_seat": (
        "the post's next seat that opens (a holder retiring or moving)",
        "formasi jabatan itu yang berikutnya kosong (pemegang pensiun atau pindah)",
    ),
    "decision.way_lower": (
        "a post of a lower kelas with their consent",
        "jabatan dengan kelas lebih rendah atas persetujuannya",
    ),
    "decision.way_lower_when_open": (
        "a post of a lower kelas with their consent once a seat of one opens (none is "
        "empty for them in this plan)",
        "jabatan dengan kelas lebih rendah atas persetujuannya setelah ada formasi yang "
        "terbuka (tidak ada yang kosong untuknya dalam rencana ini)",
    ),
    "decision.way_lower_offered": (
        "a post of a lower kelas with their consent ({position}, with an empty seat "
        "offered to them alone: offer_position)",
        "jabatan dengan kelas lebih rendah atas persetujuannya ({position}, formasi "
        "kosong yang hanya ditawarkan kepadanya: offer_position)",
    ),
    "decision.demosi": (
        " (a demosi: with their written consent only; imposed, a lower jabatan or release "
        "from their jabatan to a pelaksana post is a heavy disciplinary penalty, PP "
        "94/2021 Pasal 8 ayat (4))",
        " (sebuah demosi: hanya dengan persetujuan tertulisnya; bila dijatuhkan, penurunan "
        "jabatan atau pembebasan dari jabatannya menjadi jabatan pelaksana adalah hukuman "
        "disiplin berat, PP 94/2021 Pasal 8 ayat (4))",
    ),
    "decision.no_lower": (
        "no post of a lower kelas{within}: none meets their other requirements "
        "(education, field, golongan, the career rules, the scenario's other rules such "
        "as structural_appointments)",
        "bukan jabatan dengan kelas lebih rendah{within}: tidak ada yang memenuhi "
        "syarat lainnya (pendidikan, bidang, golongan, aturan karier, aturan skenario "
        "lainnya seperti structural_appointments)",
    ),
    "decision.way_jf": (
        "a functional post through penyetaraan or uji kompetensi",
        "jabatan fungsional melalui penyetaraan atau uji kompetensi",
    ),
    "decision.way_jf_uji": (
        "a functional post through uji kompetensi",
        "jabatan fungsional melalui uji kompetensi",
    ),
    "decision.way_transfer": (
        "a transfer to another instansi",
        "pindah antarinstansi",
    ),
    "decision.way_structural": (
        "the Tim Penilai Kinerja or the Pansel for a structural post",
        "Tim Penilai Kinerja atau Pansel untuk jabatan struktural",
    ),
    "decision.no_jf_education": (
        "not a functional post: every open one asks more education than theirs ({edu})",
        "bukan jabatan fungsional: setiap jabatan fungsional yang terbuka mensyaratkan "
        "pendidikan lebih tinggi dari pendidikannya ({edu})",
    ),
    "decision.no_structural_minimums": (
        "not a structural post: every open one asks more education or a higher golongan "
        "than theirs ({edu}, {rank})",
        "bukan jabatan struktural: setiap jabatan struktural yang terbuka mensyaratkan "
        "pendidikan atau golongan lebih tinggi dari miliknya ({edu}, {rank})",
    ),
    "decision.no_jf_skp": (
        "not a functional post of another family: entering one asks for an SKP rating "
        "of at least {need}, theirs is {rating} (min_performance_to_enter_jf)",
        "bukan jabatan fungsional rumpun lain: perpindahan ke sana mensyaratkan predikat "
        "SKP paling rendah {need}, predikatnya {rating} (min_performance_to_enter_jf)",
    ),
    "decision.no_jf_age": (
        "not a functional post of another family: at {age} they are past the "
        "perpindahan age of every JF level their golongan fits (max_age_to_enter_jf)",
        "bukan jabatan fungsional rumpun lain: pada usia {age} tahun batas usia "
        "perpindahan setiap jenjang JF yang sesuai golongannya sudah terlampaui "
        "(max_age_to_enter_jf)",
    ),
    "decision.no_jf_rank": (
        "not a functional post of another family: no JF level's golongan range holds "
        "theirs ({rank}) (jf_rank_ranges, rule jf_rank_range)",
        "bukan jabatan fungsional rumpun lain: tidak ada jenjang JF yang rentang "
        "golongannya mencakup golongannya ({rank}) (jf_rank_ranges, aturan jf_rank_range)",
    ),
    "decision.no_structural_skp": (
        "not a structural post: an appointment asks for an SKP rating of at least "
        "{need}, theirs is {rating} (min_performance_for_structural)",
        "bukan jabatan struktural: pengangkatan mensyaratkan predikat SKP paling rendah "
        "{need}, predikatnya {rating} (min_performance_for_structural)",
    ),
    "decision.option_off": (
        "not kept in their post over formasi: eligibility.keep_displaced_holders is off",
        "tidak dipertahankan di jabatannya di luar formasi: "
        "eligibility.keep_displaced_holders tidak aktif",
    ),
    "decision.post_closed": (
        "not kept in their post over formasi: the post is closed (formasi 0)",
        "tidak dipertahankan di jabatannya di luar formasi: jabatan itu ditutup (formasi 0)",
    ),
    "decision.jpt_tenure_unknown": (
        "a JPT may not be replaced within two years of their appointment (UU 5/2014 "
        "Pasal 116): the data holds no TMT jabatan for them, so check it before the SK",
        "pejabat pimpinan tinggi tidak boleh diganti dalam dua tahun sejak pelantikannya "
        "(UU 5/2014 Pasal 116): data tidak memuat TMT jabatannya, periksa sebelum SK",
    ),
    "decision.jpt_tenure": (
        "a JPT may not be replaced within two years of their appointment (UU 5/2014 "
        "Pasal 116): their TMT jabatan in the data is {tmt}",
        "pejabat pimpinan tinggi tidak boleh diganti dalam dua tahun sejak pelantikannya "
        "(UU 5/2014 Pasal 116): TMT jabatannya dalam data {tmt}",
    ),
    "decision.structural": (
        "not kept in their post over formasi: a structural post has one holder at a time",
        "tidak dipertahankan di jabatannya di luar formasi: jabatan struktural dipegang "
        "satu orang pada satu waktu",
    ),
    "decision.budgets": (
        "not kept in their post over formasi: the scenario's budgets would pay for them",
        "tidak dipertahankan di jabatannya di luar formasi: anggaran skenario harus menanggungnya",
    ),
    "decision.unit_cap": (
        "not kept in their post over formasi: {unit} is at its cap (max_headcount)",
        "tidak dipertahankan di jabatannya di luar formasi: {unit} sudah mencapai batas "
        "pegawainya (max_headcount)",
    ),
    "reason.kept_over_formasi": (
        "{who} (kept in their post until BUP by rule {rule}, over its formasi: no seat "
        "of it taken)",
        "{who} (dipertahankan di jabatannya sampai BUP oleh aturan {rule}, di luar "
        "formasinya: tidak memakai formasi)",
    ),
    "reason.kept_rule": (
        "{who} (kept in their post by rule {rule})",
        "{who} (dipertahankan di jabatannya oleh aturan {rule})",
    ),
    "reason.kept_jpm": ("{who} (JPM {jpm})", "{who} (dengan JPM {jpm})"),
    "reason.kept_missed": (
        "{who} (misses {theirs} of its requirements, this holder {mine})",
        "{who} (tidak memenuhi {theirs} persyaratannya, pemegang ini {mine})",
    ),
    "reason.kept_alone": (
        "{who} (no other post open to them)",
        "{who} (tidak ada jabatan lain yang terbuka baginya)",
    ),
    "reason.posts_elsewhere": (
        "; the rules open {n} other post(s) to this holder",
        "; syarat membuka {n} jabatan lain bagi pemegang ini",
    ),
    "reason.kept_back": (
        "{who} (JPM {jpm}; next in turn for a seat left empty)",
        "{who} (dengan JPM {jpm}; berikutnya untuk formasi yang ditinggalkan kosong)",
    ),
    "reason.jpm_golongan": (
        "{jpm}, SKP {rating}, golongan {rank}",
        "{jpm}, predikat SKP {rating}, golongan {rank}",
    ),
    "reason.no_jpm": ("none", "tidak ada"),
    "reason.fails_own_post": (
        "no longer meets the rules of own post {position}: {rules}",
        "tidak lagi memenuhi syarat jabatan sendiri {position}: {rules}",
    ),
    "reason.holders": ("{n} holders", "{n} orang"),
    "reason.holders_besides": (
        "{n} holders (besides {k} not placeable: past BUP or not active)",
        "{n} orang (di luar {k} yang tidak dapat ditempatkan: lewat BUP atau tidak aktif)",
    ),
    "reason.over_formasi": (
        "own post {position} has {holders} for {seats} seat(s); kept, with a higher score: {kept}",
        "jabatan sendiri {position} diisi {holders} untuk {seats} "
        "formasi; yang tetap, dengan skor lebih tinggi: {kept}",
    ),
    "warn.yielded_seat_free": (
        "{n} holder(s) who miss their functional post's rules gave it up to its holders "
        "who meet them, yet a seat of it stayed empty (its holder left for another "
        "post, and the rounds that give such seats back did not fill it): {people}; "
        "pin them there, or set "
        "eligibility.qualified_holders_first: none, to keep them",
        "{n} pemegang jabatan fungsional yang tidak memenuhi syaratnya melepaskannya "
        "untuk pemegang yang memenuhi syarat, tetapi satu formasinya tetap kosong "
        "(pemegangnya pindah ke jabatan lain, dan putaran pengembalian formasi tidak "
        "mengisinya): {people}; kunci (pin) mereka di sana, "
        "atau atur eligibility.qualified_holders_first: none, untuk mempertahankannya",
    ),
    "warn.yielded_one": ("{who} in {position}", "{who} di {position}"),
    "reason.own_footing": (
        "this holder scores {mine} there (JPM {jpm}, SKP {skp}); the least of those kept, "
        "{who}, {least} (JPM {their_jpm}, SKP {their_skp})",
        "pegawai ini berskor {mine} di sana (JPM {jpm}, predikat SKP {skp}); yang tetap "
        "dengan skor terendah, {who}, {least} (JPM {their_jpm}, predikat SKP {their_skp})",
    ),
    "reason.own_footing_one": (
        "this holder scores {mine} there (JPM {jpm}, SKP {skp}), the one kept {least}",
        "pegawai ini berskor {mine} di sana (JPM {jpm}, predikat SKP {skp}), yang tetap "
        "berskor {least}",
    ),
    "reason.skp_step": (
        "a post of a higher priority than their own ({to:g} against {own:g}) for one rated "
        "{skp}: of the {n} other serving officials rated Baik or better whom the rules open "
        "it to (not counting its holders), {parts}",
        "jabatan dengan prioritas lebih tinggi daripada jabatannya sendiri ({to:g} "
        "terhadap {own:g}) bagi pegawai dengan predikat SKP {skp}: dari {n} pegawai lain "
        "dengan predikat Baik atau lebih yang memenuhi syarat jabatan ini (tidak termasuk "
        "pemangkunya), {parts}",
    ),
    "reason.skp_step_alone": (
        "a post of a higher priority than their own ({to:g} against {own:g}) for one rated "
        "{skp}: the rules open it to no other serving official rated Baik or better (not "
        "counting its holders)",
        "jabatan dengan prioritas lebih tinggi daripada jabatannya sendiri ({to:g} "
        "terhadap {own:g}) bagi pegawai dengan predikat SKP {skp}: tidak ada pejabat lain "
        "dengan predikat Baik atau lebih yang memenuhi syarat jabatan ini (tidak termasuk "
        "pemangkunya)",
    ),
    "reason.skp_step_hire": (
        "a post of priority {to:g} for a new hire rated {skp}: of the {n} serving "
        "officials rated Baik or better whom the rules open it to (not counting its "
        "holders), {parts}",
        "jabatan dengan prioritas {to:g} bagi pegawai baru dengan predikat SKP {skp}: dari "
        "{n} pegawai dengan predikat Baik atau lebih yang memenuhi syarat jabatan ini "
        "(tidak termasuk pemangkunya), {parts}",
    ),
    "reason.skp_step_alone_hire": (
        "a post of priority {to:g} for a new hire rated {skp}: the rules open it to no "
        "serving official rated Baik or better (not counting its holders)",
        "jabatan dengan prioritas {to:g} bagi pegawai baru dengan predikat SKP {skp}: "
        "tidak ada pejabat dengan predikat Baik atau lebih yang memenuhi syarat jabatan "
        "ini (tidak termasuk pemangkunya)",
    ),
    "reason.skp_step_into": ("{k} take its other seats", "{k} mengisi formasi lainnya"),
    "reason.skp_step_stay": ("{k} keep their own post", "{k} tetap pada jabatannya sendiri"),
    "reason.skp_step_stay_pinned": (
        "{k} keep their own post ({pinned} of them pinned there by the scenario)",
        "{k} tetap pada jabatannya sendiri ({pinned} di antaranya dikunci skenario di sana)",
    ),
    "reason.skp_step_across": (
        "{k} move to a post of the same or a higher priority",
        "{k} pindah ke jabatan dengan prioritas sama atau lebih tinggi",
    ),
    "reason.skp_step_lower": (
        "{k} move to a post of a lower priority than this one (the lowest: {who}, to "
        "{post}, priority {priority:g}): to weigh before the SK",
        "{k} pindah ke jabatan dengan prioritas lebih rendah daripada jabatan ini "
        "(terendah: {who}, ke {post}, prioritas {priority:g}): perlu ditimbang sebelum SK",
    ),
    "reason.skp_step_unplaced": ("{k} are left without a post", "{k} tidak mendapat jabatan"),
    "reason.skp_step_elsewhere": (
        "{k} are placed in other posts",
        "{k} ditempatkan pada jabatan lain",
    ),
    "reason.skp_step_hires": (
        "; {n} new hire(s) rated Baik or better may take it too: {parts}",
        "; {n} pegawai baru dengan predikat Baik atau lebih juga memenuhi syaratnya: {parts}",
    ),
    "reason.skp_step_off": (
        "; keeping this person out of every post of a higher priority than their own "
        "would cost the plan {points:.2f} points{parts}, the rest re-optimised: {went}",
        "; menjauhkan pegawai ini dari setiap jabatan dengan prioritas lebih tinggi "
        "daripada jabatannya sendiri menurunkan total rencana {points:.2f} poin{parts}, "
        "sisanya dioptimalkan ulang: {went}",
    ),
    "reason.skp_step_off_tie": (
        "; keeping this person out of every post of a higher priority than their own "
        "would cost the plan nothing, the rest re-optimised (a tie: to weigh before the "
        "SK): {went}",
        "; menjauhkan pegawai ini dari setiap jabatan dengan prioritas lebih tinggi "
        "daripada jabatannya sendiri tidak menurunkan total rencana, sisanya dioptimalkan "
        "ulang (seri: perlu ditimbang sebelum SK): {went}",
    ),
    "reason.skp_step_off_hire": (
        "; keeping this person out of every post of a priority above 1 would cost the "
        "plan {points:.2f} points{parts}, the rest re-optimised: {went}",
        "; menjauhkan pegawai ini dari setiap jabatan dengan prioritas di atas 1 "
        "menurunkan total rencana {points:.2f} poin{parts}, sisanya dioptimalkan ulang: "
        "{went}",
    ),
    "reason.skp_step_off_tie_hire": (
        "; keeping this person out of every post of a priority above 1 would cost the "
        "plan nothing, the rest re-optimised (a tie: to weigh before the SK): {went}",
        "; menjauhkan pegawai ini dari setiap jabatan dengan prioritas di atas 1 tidak "
        "menurunkan total rencana, sisanya dioptimalkan ulang (seri: perlu ditimbang "
        "sebelum SK): {went}",
    ),
    "reason.skp_step_off_terms": (
        " (the plan's score by term: {parts})",
        " (skor rencana per unsur: {parts})",
    ),
    "reason.skp_step_off_went": (
        "this person would go to {post} (priority {priority:g}) and {seat}",
        "pegawai ini akan ke {post} (prioritas {priority:g}) dan {seat}",
    ),
    "reason.skp_step_off_stays": (
        "this person would keep their own post and {seat}",
        "pegawai ini akan tetap pada jabatannya sendiri dan {seat}",
    ),
    "reason.skp_step_off_taker": (
        "the seat would go to {who} (SKP {skp}; {where}){again}",
        "formasinya akan diisi {who} (predikat SKP {skp}; {where}){again}",
    ),
    "reason.skp_step_off_holder": (
        "its holder now, whom this plan moves to {post}",
        "pemangkunya sekarang, yang dipindahkan rencana ini ke {post}",
    ),
    "reason.skp_step_off_holder_out": (
        "its holder now, whom this plan leaves without a post",
        "pemangkunya sekarang, yang tidak mendapat jabatan dalam rencana ini",
    ),
    "reason.skp_step_off_hire_to": (
        "a new hire this plan places in {post}",
        "pegawai baru yang ditempatkan rencana ini di {post}",
    ),
    "reason.skp_step_off_hire_out": (
        "a new hire this plan leaves without a post",
        "pegawai baru yang tidak mendapat jabatan dalam rencana ini",
    ),
    "reason.skp_step_off_keeps": (
        "who keeps {own} in this plan",
        "yang tetap pada {own} dalam rencana ini",
    ),
    "reason.skp_step_off_moved": (
        "who holds {own} now and whom this plan moves to {post}",
        "yang kini memangku {own} dan dipindahkan rencana ini ke {post}",
    ),
    "reason.skp_step_off_moved_out": (
        "who holds {own} now and whom this plan leaves without a post",
        "yang kini memangku {own} dan tidak mendapat jabatan dalam rencana ini",
    ),
    "reason.skp_step_off_again": (
        ", the one named for {n} such seats of this plan, for one of them at a time",
        ", yang disebut untuk {n} formasi seperti ini dalam rencana ini, satu per satu",
    ),
    "reason.skp_step_off_empty": (
        "the seat would stay empty",
        "formasinya akan tetap kosong",
    ),
    "reason.skp_step_empty": (
        "; {n} of its seats stay empty in this plan",
        "; {n} formasinya tetap kosong dalam rencana ini",
    ),
    "reason.held_over": (
        "; {position} holds {n} over its formasi in this plan, so the seat this move takes "
        "is free only once they leave: {people}",
        "; dalam rencana ini {position} diisi {n} pegawai di luar formasinya, sehingga "
        "formasi yang diisi perpindahan ini baru kosong setelah mereka keluar: {people}",
    ),
    "reason.held_over_some": (
        "; {position} holds {n} over its formasi in this plan, so {n} of the {m} "
        "officials this plan moves into it can take their seat only once they leave (date "
        "the last of their SKs after that): {people}",
        "; dalam rencana ini {position} diisi {n} pegawai di luar formasinya, sehingga "
        "{n} dari {m} pejabat yang dipindahkan rencana ini ke jabatan tersebut baru dapat "
        "menempati formasinya setelah mereka keluar (tetapkan SK yang terakhir sesudahnya): "
        "{people}",
    ),
    "reason.held_over_each": (
        "; {position} holds {n} over its formasi in this plan, so the {m} officials this "
        "plan moves into it take their seats one per exit, as those who stay in it leave "
        "(date each SK at an exit): {people}",
        "; dalam rencana ini {position} diisi {n} pegawai di luar formasinya, sehingga "
        "{m} pejabat yang dipindahkan rencana ini ke jabatan tersebut menempati "
        "formasinya satu per satu setiap ada pemangku yang keluar (tetapkan setiap SK "
        "saat itu): {people}",
    ),
    "reason.held_over_exit_each": (
        "; {position} holds {n} over its formasi in this plan ({people}), so the {m} "
        "officials this plan moves into it take their seats one per exit, as those who "
        "stay in it leave, whoever they are (date each SK at an exit; the last of them){by}",
        "; dalam rencana ini {position} diisi {n} pegawai di luar formasinya ({people}), "
        "sehingga {m} pejabat yang dipindahkan rencana ini ke jabatan tersebut "
        "menempati formasinya satu per satu setiap ada pemangku yang tetap di sana "
        "keluar, siapa pun mereka (tetapkan setiap SK saat itu; yang terakhir di antaranya){by}",
    ),
    "reason.held_over_hires": (
        "; the {h} new hire(s) it takes are appointed to its free seats first (a CPNS "
        "takes a vacant formasi and cannot wait for one), so the seats that wait are "
        "those of the officials moving in",
        "; {h} pegawai baru (CPNS) yang diterimanya diangkat lebih dahulu pada formasi "
        "yang kosong (CPNS menempati formasi lowong dan tidak dapat menunggu), sehingga "
        "formasi yang menunggu adalah milik pejabat yang pindah ke sana",
    ),
    "reason.held_over_hires_short": (
        "; it takes {h} new hire(s) for {f} free seat(s): a CPNS takes a vacant formasi "
        "and cannot wait for one, so the PPK's decision on those over it comes before "
        "their appointment",
        "; jabatan itu menerima {h} pegawai baru (CPNS) untuk {f} formasi kosong: CPNS "
        "menempati formasi lowong dan tidak dapat menunggu, sehingga keputusan PPK atas "
        "pemangku di luar formasi harus mendahului pengangkatan mereka",
    ),
    "reason.held_over_exit": (
        "; {position} holds {n} over its formasi in this plan ({people}), so the seat "
        "this move takes is free only once {n} of those who stay in it have left, whoever "
        "they are (date its SK then){by}",
        "; dalam rencana ini {position} diisi {n} pegawai di luar formasinya ({people}), "
        "sehingga formasi yang diisi perpindahan ini baru kosong setelah {n} pemangku yang "
        "tetap di sana keluar, siapa pun mereka (tetapkan SK-nya saat itu){by}",
    ),
    "reason.held_over_exit_some": (
        "; {position} holds {n} over its formasi in this plan ({people}), so {n} of the "
        "{m} officials this plan moves into it can take their seat only once {n} of those "
        "who stay in it have left, whoever they are (date the last of their SKs then){by}",
        "; dalam rencana ini {position} diisi {n} pegawai di luar formasinya ({people}), "
        "sehingga {n} dari {m} pejabat yang dipindahkan rencana ini ke jabatan tersebut "
        "baru dapat menempati formasinya setelah {n} pemangku yang tetap di sana keluar, "
        "siapa pun mereka (tetapkan SK yang terakhir saat itu){by}",
    ),
    "reason.alike_posts": (
        "as good for them and for the plan: {posts}, each with a seat of its formasi "
        "empty in this plan (every term of their score the same there, nobody else "
        "placed otherwise, and alike under the rule for ties up to its last step, a fixed "
        "order of the ids, which chose this post): the PPK may place them in one of these "
        "instead",
        "sama baiknya bagi pegawai ini dan bagi rencana: {posts}, masing-masing dengan "
        "formasi kosong dalam rencana ini (setiap unsur nilainya sama di sana, tidak ada "
        "pegawai lain yang ditempatkan berbeda, dan sama menurut aturan bila sama kuat hingga "
        "langkah terakhirnya, urutan tetap ID, yang memilih jabatan ini): PPK dapat "
        "menempatkannya di salah satu jabatan itu",
    ),
    "reason.alike_shared": (
        "{position} ({seats} seat(s) free, which the decisions list does not offer, "
        "named so in the reasons of {n} moves: each seat takes only one of them)",
        "{position} ({seats} formasi kosong, yang tidak ditawarkan daftar keputusan, "
        "disebut demikian dalam alasan {n} perpindahan: setiap formasi hanya untuk satu "
        "di antaranya)",
    ),
    "reason.alike_budget_within": (
        "their new unit, {unit}, ends {over:,.0f} over its budget in this plan (not a rule "
        "of this scenario): placing them in {position} instead, in a unit with room for "
        "their cost ({cost:,.0f} a month), brings it within its budget",
        "unit barunya, {unit}, melampaui anggarannya sebesar {over:,.0f} dalam rencana ini "
        "(bukan aturan skenario ini): menempatkannya di {position}, pada unit yang masih "
        "cukup untuk biayanya ({cost:,.0f} sebulan), membuat unit itu kembali dalam "
        "anggarannya",
    ),
    "reason.alike_budget_less": (
        "their new unit, {unit}, ends {over:,.0f} over its budget in this plan (not a rule "
        "of this scenario): placing them in {position} instead, in a unit with room for "
        "their cost, lowers that by {cost:,.0f} a month",
        "unit barunya, {unit}, melampaui anggarannya sebesar {over:,.0f} dalam rencana ini "
        "(bukan aturan skenario ini): menempatkannya di {position}, pada unit yang masih "
        "cukup untuk biayanya, mengurangi kelebihan itu sebesar {cost:,.0f} sebulan",
    ),
    "reason.alike_posts_any": (
        "as good for them and for the plan: {posts}, each with a seat of its formasi "
        "empty in this plan (every term of their score the same there, nobody else "
        "placed otherwise): the PPK may place them in one of these instead",
        "sama baiknya bagi pegawai ini dan bagi rencana: {posts}, masing-masing dengan "
        "formasi kosong dalam rencana ini (setiap unsur nilainya sama di sana, tidak ada "
        "pegawai lain yang ditempatkan berbeda): PPK dapat menempatkannya di salah satu "
        "jabatan itu",
    ),
    "reason.hire_held_over": (
        "{position} holds {n} over its formasi in this plan ({people}): {filled} people for "
        "{seats} seat(s); this CPNS takes a seat within its formasi, which those over it "
        "do not hold, so their exits bring the post back within it",
        "dalam rencana ini {position} diisi {n} pegawai di luar formasinya ({people}): "
        "{filled} pegawai untuk {seats} formasi; CPNS ini menempati formasi, yang tidak "
        "ditempati pegawai di luar formasi itu, sehingga keluarnya mereka mengembalikan "
        "jabatan itu ke dalam formasinya",
    ),
    "reason.hire_held_over_pending": (
        "{position} holds {n} over its formasi in this plan ({people}): {filled} people for "
        "{seats} seat(s); this CPNS takes a seat within its formasi, which those over it "
        "do not hold: the PPK's decision on those kept pending comes with this appointment",
        "dalam rencana ini {position} diisi {n} pegawai di luar formasinya ({people}): "
        "{filled} pegawai untuk {seats} formasi; CPNS ini menempati formasi, yang tidak "
        "ditempati pegawai di luar formasi itu: keputusan PPK atas pegawai yang menunggu "
        "keputusan diambil bersama pengangkatan ini",
    ),
    "reason.turn_first": (
        "; this official's SK takes a free seat now (seat_first): a move the person must "
        "make comes first, then the higher JPM there, the better SKP rating, the higher "
        "golongan, the longer service",
        "; SK pejabat ini menempati formasi yang kosong sekarang (seat_first): perpindahan "
        "yang wajib bagi pegawai didahulukan, lalu JPM yang lebih tinggi di sana, predikat "
        "SKP yang lebih baik, golongan yang lebih tinggi, masa kerja yang lebih lama",
    ),
    "reason.turn_after": (
        "; this official's SK is one that waits (seat_after_exit): of the officials moving "
        "in, the free seats go first to {first} (a move the person must make first, then "
        "the higher JPM there, the better SKP rating, the higher golongan, the longer "
        "service)",
        "; SK pejabat ini termasuk yang menunggu (seat_after_exit): di antara pejabat yang "
        "pindah ke sana, formasi yang kosong lebih dahulu diberikan kepada {first} "
        "(perpindahan yang wajib bagi pegawai "
        "didahulukan, lalu JPM yang lebih tinggi di sana, predikat SKP yang lebih baik, "
        "golongan yang lebih tinggi, masa kerja yang lebih lama)",
    ),
    "reason.held_over_by": (
        ": by {date} at the latest, when {who} retires (by then {n} of them have reached "
        "BUP); sooner if one leaves before, as the PPK's decision on one kept pending may "
        "have them do at once",
        ": paling lambat {date}, saat {who} pensiun (pada saat itu {n} dari mereka telah "
        "mencapai BUP); lebih cepat bila ada yang keluar sebelumnya, sebagaimana "
        "keputusan PPK atas pegawai yang menunggu dapat membuatnya keluar segera",
    ),
    "reason.over_formasi_pending": (
        "{n} holder(s) kept in {position} over its formasi pending the PPK's decision, "
        "with no seat for them within the rules in this plan (decisions.csv): {who}",
        "{n} pemangku tetap di {position} di luar formasinya menunggu keputusan PPK, "
        "karena rencana ini tidak mendapatkan formasi sesuai aturan bagi mereka "
        "(decisions.csv): {who}",
    ),
    "reason.held_over_unlicensed": (
        "; {n} of those who stay hold a seat of it without its licence ({licence}), "
        "pending the PPK's decision: {who}; their seats are a licence holder's, so the "
        "PPK's decision on them frees one",
        "; {n} dari pemangku yang tetap menempati formasinya tanpa sertifikat profesinya "
        "({licence}), menunggu keputusan PPK: {who}; formasi mereka milik pemegang "
        "sertifikat, sehingga keputusan PPK atas mereka mengosongkannya",
    ),
    "reason.held_over_until": (
        "{who}, kept there until BUP on {date}",
        "{who}, tetap di sana sampai BUP pada {date}",
    ),
    "reason.held_over_pending": (
        "{who}, kept there pending the PPK's decision",
        "{who}, tetap di sana menunggu keputusan PPK",
    ),
    "reason.held_over_rule": (
        "{who}, kept there by rule {rule}",
        "{who}, tetap di sana karena aturan {rule}",
    ),
    "reason.over_formasi_kept": (
        "own post {position} has {holders} for {seats} seat(s); kept: {kept}",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; yang tetap: {kept}",
    ),
    "reason.outcompeted_less": (
        "all {n} eligible post(s) are full; the best, {position}, went to {who}, who "
        "scores {points:.1f} points less there",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "diberikan kepada {who} yang skornya {points:.1f} poin lebih rendah di sana",
    ),
    "reason.over_formasi_pinned": (
        "own post {position} has {holders} for {seats} seat(s); the scenario "
        "pins those kept there (e.g. keep_incumbents: those a rule keeps in their post "
        "first, then holders who meet the post's requirements, then those the rules open "
        "no other post to, then the better SKP rating, then the highest golongan): {kept}",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; "
        "skenario mengunci yang tetap di sana (misalnya keep_incumbents: yang "
        "dipertahankan aturan di jabatannya lebih dulu, lalu pemegang yang memenuhi "
        "syarat jabatan, lalu yang tidak punya jabatan lain yang terbuka menurut aturan, "
        "lalu predikat SKP terbaik, lalu golongan tertinggi): {kept}",
    ),
    "reason.over_formasi_pinned_rule": (
        "own post {position} has {holders} for {seats} seat(s); the scenario "
        "pins those kept there, or a rule keeps them in their post (e.g. keep_incumbents: "
        "those a rule keeps in their post first, then holders who meet the post's "
        "requirements, then those the rules open no other post to, then the better SKP "
        "rating, then the highest golongan): {kept}",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; "
        "skenario mengunci yang tetap di sana, atau aturan mempertahankan mereka di "
        "jabatannya (misalnya keep_incumbents: yang dipertahankan aturan di jabatannya "
        "lebih dulu, lalu pemegang yang memenuhi syarat jabatan, lalu yang tidak punya "
        "jabatan lain yang terbuka menurut aturan, lalu predikat SKP terbaik, lalu golongan "
        "tertinggi): {kept}",
    ),
    "reason.over_formasi_pinned_some": (
        "own post {position} has {holders} for {seats} seat(s); kept: {kept}, "
        "pinned there by the scenario (e.g. keep_incumbents), and {higher}, with a "
        "higher score",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; yang "
        "tetap: {kept}, dikunci di sana oleh skenario (misalnya keep_incumbents), dan "
        "{higher}, dengan skor lebih tinggi",
    ),
    "reason.over_formasi_pinned_some_rule": (
        "own post {position} has {holders} for {seats} seat(s); kept: {kept}, "
        "pinned there by the scenario (e.g. keep_incumbents) or kept there by a rule, "
        "and {higher}, with a higher score",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; yang "
        "tetap: {kept}, dikunci di sana oleh skenario (misalnya keep_incumbents) atau "
        "dipertahankan di sana oleh aturan, dan {higher}, dengan skor lebih tinggi",
    ),
    "reason.over_formasi_ruled_some": (
        "own post {position} has {holders} for {seats} seat(s); kept: {kept}, each by the "
        "rule named, and {higher}, with a higher score",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; yang "
        "tetap: {kept}, masing-masing oleh aturan yang disebut, dan {higher}, dengan skor "
        "lebih tinggi",
    ),
    "reason.over_formasi_even": (
        "own post {position} has {holders} for {seats} seat(s); those kept "
        "({kept}) score no more there than this holder: keeping this holder instead "
        "would not raise the plan's total (the change by this holder's leaving, {points}, "
        "is no more than keeping them would cost the others)",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; yang "
        "tetap ({kept}) tidak berskor lebih tinggi di sana daripada pegawai ini: "
        "mempertahankan pegawai ini tidak menaikkan total rencana (perubahan karena "
        "pegawai ini meninggalkan jabatan, {points}, tidak melebihi kerugian "
        "pegawai lain bila ia dipertahankan)",
    ),
    "reason.over_formasi_plan": (
        "own post {position} has {holders} for {seats} seat(s); kept: {kept}; "
        "not on score alone (no higher score there: {level}): keeping this holder instead "
        "would not raise the plan's total (the change by this holder's leaving, {points}, "
        "is no more than keeping them would cost the others)",
        "jabatan sendiri {position} diisi {holders} untuk {seats} formasi; yang "
        "tetap: {kept}; bukan karena skor saja (tidak berskor lebih tinggi di sana: "
        "{level}): mempertahankan pegawai ini tidak menaikkan total rencana (perubahan "
        "karena pegawai ini meninggalkan jabatan, {points}, tidak melebihi kerugian "
        "pegawai lain bila ia dipertahankan)",
    ),
    "reason.skp_seat_decided": (
        "their SKP rating weighs in it: a seat over the formasi kept by one rated {skp} "
        "costs the plan {points:.1f} points (skp_seat), so of holders alike the weaker "
        "rated leave first",
        "predikat SKP ikut menentukan: formasi berlebih yang dipertahankan bagi pegawai "
        "dengan predikat {skp} mengurangi total rencana {points:.1f} poin (skp_seat), "
        "sehingga di antara pemangku yang setara, yang predikatnya lebih rendah pindah "
        "lebih dulu",
    ),
    "reason.only_one_may_go": (
        "the rules open no other post to any of the {n} kept who score no more there: of "
        "those alike, this holder is the only one who can go elsewhere",
        "aturan tidak membuka jabatan lain bagi seorang pun dari {n} pemegang yang tetap "
        "dan tidak berskor lebih tinggi di sana: di antara yang setara, hanya pegawai ini "
        "yang dapat ditempatkan di tempat lain",
    ),
    "reason.person_rated": ("{who} ({skp})", "{who} ({skp})"),
    "reason.kept_weaker": (
        "of those kept who score no more there, {n} rated below Baik, whom the rules "
        "open no other post to, keep a seat ({who}): leaving one of them without a seat, "
        "kept over its formasi pending the PPK's decision, weighs at least {points} "
        "points in this plan (the unplaced terms); the PPK may weigh keeping this holder "
        "and deciding theirs instead",
        "di antara yang tetap dan tidak berskor lebih tinggi di sana, {n} pegawai "
        "berpredikat di bawah Baik, yang tidak memiliki jabatan lain yang terbuka menurut "
        "aturan, tetap mendapat formasi ({who}): melepas salah satunya dari formasi, "
        "dipertahankan di luar formasi menunggu keputusan PPK, bernilai sedikitnya "
        "{points} poin dalam rencana ini (unsur tanpa penempatan); PPK dapat menimbang "
        "mempertahankan pegawai ini dan memutuskan nasib mereka sebagai gantinya",
    ),
    "reason.kept_weaker_more": (
        "of those kept who score no more there, {n} rated below Baik, whom the rules "
        "open no other post to, keep a seat ({who}): leaving one of them without a seat, "
        "kept over its formasi pending the PPK's decision, weighs at least {points} "
        "points in this plan (the unplaced terms), more than this move costs; the PPK "
        "may weigh keeping this holder and deciding theirs instead",
        "di antara yang tetap dan tidak berskor lebih tinggi di sana, {n} pegawai "
        "berpredikat di bawah Baik, yang tidak memiliki jabatan lain yang terbuka menurut "
        "aturan, tetap mendapat formasi ({who}): melepas salah satunya dari formasi, "
        "dipertahankan di luar formasi menunggu keputusan PPK, bernilai sedikitnya "
        "{points} poin dalam rencana ini (unsur tanpa penempatan), lebih besar dari "
        "biaya perpindahan ini; PPK dapat menimbang mempertahankan pegawai ini dan "
        "memutuskan nasib mereka sebagai gantinya",
    ),
    "reason.over_formasi_newcomers": (
        "{n} seat(s) went to people who did not hold it: {who}",
        "{n} formasi diisi pegawai yang sebelumnya tidak memegangnya: {who}",
    ),
    "reason.newcomer_more": (
        "{who} (scores {points:.1f} points more there)",
        "{who} (skornya {points:.1f} poin lebih tinggi di sana)",
    ),
    "reason.newcomer_less": (
        "{who} (scores {points:.1f} points less there)",
        "{who} (skornya {points:.1f} poin lebih rendah di sana)",
    ),
    "reason.newcomer_even": (
        "{who} (the same score there)",
        "{who} (skornya sama di sana)",
    ),
    "reason.kept_least": (
        "of those kept, {who} scores least there ({score} points, all objective terms "
        "together); in this holder's new post or a post with a free seat, that one would "
        "score at most {best}, the move cost included",
        "dari yang tetap, {who} berskor terendah di sana ({score} poin, semua unsur fungsi "
        "tujuan); di jabatan baru pegawai ini atau jabatan yang masih memiliki formasi "
        "kosong, skor orang itu paling tinggi {best}, biaya perpindahan termasuk",
    ),
    "reason.kept_tie_unplaced": (
        "keeping this holder and leaving {who} without a post instead would leave the "
        "plan's total as it is (a tie)",
        "mempertahankan pegawai ini dan melepas {who} tanpa jabatan sebagai gantinya "
        "tidak mengubah total rencana (sama kuat)",
    ),
    "reason.kept_least_tie": (
        "of those kept, {who} scores least there ({score} points, all objective terms "
        "together); in this holder's new post or a post with a free seat, that one would "
        "score at most {best}, the move cost included: moving that one instead would leave "
        "the plan's total as it is (a tie)",
        "dari yang tetap, {who} berskor terendah di sana ({score} poin, semua unsur fungsi "
        "tujuan); di jabatan baru pegawai ini atau jabatan yang masih memiliki formasi "
        "kosong, skor orang itu paling tinggi {best}, biaya perpindahan termasuk: "
        "memindahkan orang itu sebagai gantinya tidak mengubah total rencana (sama kuat)",
    ),
    "reason.kept_other_tie": (
        "{who}, kept there ({score} points there, all objective terms together), "
        "would score at most {best} in {where} (this holder's new post or one with a free "
        "seat), the move cost included: moving that one instead would leave the plan's "
        "total as it is (a tie)",
        "{who}, yang tetap di sana ({score} poin di sana, semua unsur fungsi tujuan), "
        "skornya paling tinggi {best} di {where} (jabatan baru pegawai ini atau jabatan "
        "yang masih memiliki formasi kosong), biaya perpindahan termasuk: memindahkan orang "
        "itu sebagai gantinya tidak mengubah total rencana (sama kuat)",
    ),
    "reason.plan_tie": (
        "worth nothing to the plan as a whole: keeping this person in own post, {who} could "
        "take {position} instead{more} (one of the ways{shared}), at the same total (a tie, "
        "broken by the rule for ties: the fewest changes, then a seat free now, then a rise "
        "in kelas, then SKP rating, golongan, TMT CPNS and age (the one ahead keeps their "
        "post, or takes a step up), then a fixed arbitrary order)",
        "tidak menambah total rencana: bila pegawai ini tetap di jabatannya, {who} dapat "
        "menempati {position}{more} (salah satu cara{shared}) dengan total yang sama (sama "
        "kuat, diputuskan menurut aturan: perubahan paling sedikit, lalu formasi yang kosong "
        "sekarang, lalu kenaikan kelas jabatan, lalu predikat SKP, golongan, TMT CPNS dan "
        "usia (yang lebih dahulu tetap di jabatannya, atau naik), lalu urutan tetap yang "
        "sewenang-wenang)",
    ),
    "reason.plan_tie_empty": (
        "worth nothing to the plan as a whole: keeping this person in own post, a seat of "
        "{position} would stay empty{more}, at the same total (a tie, broken by the rule for "
        "ties: the fewest changes, then a seat free now, then a rise in kelas, then SKP "
        "rating, golongan, TMT CPNS and age (the one ahead keeps their post, or takes a step "
        "up), then a fixed arbitrary order)",
        "tidak menambah total rencana: bila pegawai ini tetap di jabatannya, satu formasi "
        "{position} tetap kosong{more} dengan total yang sama (sama kuat, diputuskan menurut "
        "aturan: perubahan paling sedikit, lalu formasi yang kosong sekarang, lalu kenaikan "
        "kelas jabatan, lalu predikat SKP, golongan, TMT CPNS dan usia (yang lebih dahulu "
        "tetap di jabatannya, atau naik), lalu urutan tetap yang sewenang-wenang)",
    ),
    "reason.plan_worth": (
        "worth {points:.2f} points to the plan as a whole: keeping this person in own "
        "post, {who} could take {position} instead{more} (one of the ways{shared})",
        "bernilai {points:.2f} poin bagi total rencana: bila pegawai ini tetap di "
        "jabatannya, {who} dapat menempati {position}{more} (salah satu cara{shared})",
    ),
    "reason.plan_worth_stay": (
        "worth {points:.2f} points to the plan as a whole: keeping this person in own "
        "post, {who} could stay in {position}, their own post, instead{more} (one of the "
        "ways{shared})",
        "bernilai {points:.2f} poin bagi total rencana: bila pegawai ini tetap di "
        "jabatannya, {who} dapat tetap di {position}, jabatannya sendiri{more} (salah satu "
        "cara{shared})",
    ),
    "reason.plan_tie_stay": (
        "worth nothing to the plan as a whole: keeping this person in own post, {who} could "
        "stay in {position}, their own post, instead{more} (one of the ways{shared}), at the "
        "same total (a tie, broken by the rule for ties: the fewest changes, then a seat free "
        "now, then a rise in kelas, then SKP rating, golongan, TMT CPNS and age (the one "
        "ahead keeps their post, or takes a step up), then a fixed arbitrary order)",
        "tidak menambah total rencana: bila pegawai ini tetap di jabatannya, {who} dapat "
        "tetap di {position}, jabatannya sendiri{more} (salah satu cara{shared}) dengan total "
        "yang sama (sama kuat, diputuskan menurut aturan: perubahan paling sedikit, lalu "
        "formasi yang kosong sekarang, lalu kenaikan kelas jabatan, lalu predikat SKP, "
        "golongan, TMT CPNS dan usia (yang lebih dahulu tetap di jabatannya, atau naik), lalu "
        "urutan tetap yang sewenang-wenang)",
    ),
    "reason.plan_worth_empty": (
        "worth {points:.2f} points to the plan as a whole: keeping this person in own "
        "post, a seat of {position} would stay empty{more}",
        "bernilai {points:.2f} poin bagi total rencana: bila pegawai ini tetap di "
        "jabatannya, satu formasi {position} tetap kosong{more}",
    ),
    "reason.plan_who_moved": (
        "{who} (whom this plan moves to {position})",
        "{who} (yang dalam rencana ini dipindahkan ke {position})",
    ),
    "reason.plan_who_placed": (
        "{who} (whom this plan places in {position})",
        "{who} (yang dalam rencana ini ditempatkan di {position})",
    ),
    "reason.plan_who_none": (
        "{who} (without a post in this plan)",
        "{who} (tanpa jabatan dalam rencana ini)",
    ),
    "reason.plan_shared": (
        "; the next in line for {n} of the plan's moves, for one of them at a time",
        "; orang berikutnya untuk {n} perpindahan dalam rencana ini, satu per satu",
    ),
    "reason.plan_more": (
        " ({n} more would move)",
        " ({n} pegawai lain ikut berpindah)",
    ),
    "reason.plan_more_placed": (
        " ({n} more would take another post than this plan gives them, with no more "
        "changes of post in all)",
        " ({n} pegawai lain menempati jabatan lain daripada dalam rencana ini, tanpa "
        "tambahan perubahan jabatan secara keseluruhan)",
    ),
    "reason.tie_ratings": (
        "SKP rating: this person {mine}, the other {theirs}; golongan: this person "
        "{my_rank}, the other {their_rank}{tmt} (on a tie, in this order: the way in which "
        "the one who moves rises in kelas first; then a step up to a post of a higher kelas "
        "or priority goes to the better rated, the higher golongan, the longer serving, the "
        "older; otherwise that one keeps their post)",
        "predikat SKP: pegawai ini {mine}, yang lain {theirs}; golongan: pegawai ini "
        "{my_rank}, yang lain {their_rank}{tmt} (bila sama kuat, menurut urutan ini: "
        "cara yang menaikkan kelas jabatan orang yang pindah didahulukan; lalu "
        "jabatan dengan kelas atau prioritas lebih tinggi diberikan kepada yang "
        "predikatnya lebih baik, golongannya lebih tinggi, masa kerjanya lebih lama, "
        "usianya lebih tua; selain itu orang itulah yang tetap di jabatannya)",
    ),
    "reason.tie_decided": ("decided by {by}", "diputuskan oleh {by}"),
    "reason.tie_by_changes": (
        "the fewest changes (the other way makes more changes of post)",
        "perubahan paling sedikit (cara lain membuat lebih banyak perubahan jabatan)",
    ),
    "reason.tie_by_kelas": (
        "the rise in kelas (of those who leave their post, more rise in kelas this way, and "
        "their merit alone would not have chosen it)",
        "kenaikan kelas jabatan (dari yang meninggalkan jabatannya, lebih banyak yang naik "
        "kelas dengan cara ini, dan urutan merit saja tidak akan memilihnya)",
    ),
    "reason.tie_by_waits": (
        "a seat free now (the other way brings one more into a post that holds people "
        "over its formasi, whose seat is free only once one of them leaves)",
        "formasi yang kosong sekarang (cara lain membawa satu orang lagi ke jabatan yang "
        "memuat pegawai melebihi formasinya, yang formasinya baru kosong setelah salah "
        "satunya keluar)",
    ),
    "reason.tie_by_skp": ("the SKP rating", "predikat SKP"),
    "reason.tie_by_golongan": ("the golongan", "golongan"),
    "reason.tie_by_tmt": ("the TMT CPNS", "TMT CPNS"),
    "reason.tie_by_age": ("the age", "usia"),
    "reason.tie_by_order": (
        "the fixed arbitrary order (alike in all of these)",
        "urutan tetap yang sewenang-wenang (sama dalam semua hal ini)",
    ),
    "reason.tie_tmt": (
        "; TMT CPNS: this person {mine}, the other {theirs}",
        "; TMT CPNS: pegawai ini {mine}, yang lain {theirs}",
    ),
    "reason.rating_none": ("not given", "tidak ada"),
    "reason.kept_least_alone": (
        "of those kept, {who} scores least there ({score} points, all objective terms "
        "together); the rules open that one neither this holder's new post nor any post "
        "with a free seat",
        "dari yang tetap, {who} berskor terendah di sana ({score} poin, semua unsur fungsi "
        "tujuan); aturan tidak membuka bagi orang itu jabatan baru pegawai ini maupun "
        "jabatan yang masih memiliki formasi kosong",
    ),
    "reason.plan_total": (
        "keeping this holder instead would not raise the plan's total",
        "mempertahankan pegawai ini tidak menaikkan total rencana",
    ),
    "reason.displaced_by_pin": (
        "own seat in {position} is taken by the pin of {who}",
        "formasi di {position} diisi {who} yang dikunci oleh skenario",
    ),
    "reason.better_fit": (
        "fits {position} better: +{points:.1f} points over staying in own "
        "post, the move cost included ({parts})",
        "lebih sesuai di {position}: +{points:.1f} poin dibanding tetap di "
        "jabatan sendiri, biaya perpindahan sudah dihitung ({parts})",
    ),
    "reason.better_fit_vacancy": (
        "fits {position} better: +{rest:.1f} points over staying in own post, the move "
        "cost included, and +{vac:.1f} more for the vacancy's weight ({parts})",
        "lebih sesuai di {position}: +{rest:.1f} poin dibanding tetap di jabatan sendiri, "
        "biaya perpindahan sudah dihitung, ditambah +{vac:.1f} dari bobot formasi kosong "
        "({parts})",
    ),
    "reason.vacancy_waits": (
        "the plan counts the vacancy's weight, +{vac:.1f}, as of now, though the seat is "
        "free for this person only once one leaves (below): until then the move fills no "
        "vacancy",
        "rencana menghitung bobot lowongannya, +{vac:.1f}, sejak sekarang, padahal "
        "formasinya baru kosong bagi pegawai ini setelah ada yang keluar (di bawah): "
        "sampai saat itu perpindahan ini tidak mengisi lowongan",
    ),
    "reason.fills_vacancy": (
        "fills {position}, a vacancy that weighs more ({weighs})",
        "mengisi {position}, jabatan lowong yang lebih diprioritaskan ({weighs})",
    ),
    "reason.fills_vacancy_waits": (
        "takes a seat of {position} once one is free (none is free for this person now: "
        "see below), a post whose vacancy weighs more ({weighs})",
        "menempati formasi {position} setelah ada yang kosong (kini tidak ada yang kosong "
        "baginya: lihat di bawah), jabatan yang lowongnya lebih diprioritaskan ({weighs})",
    ),
    "reason.priority_vacancy": (
        "{fills}, with no loss of fit: "
        "to this person {rest:+.1f} points against staying in own post, the move cost "
        "included, and +{vac:.1f} to the plan for the vacancy's weight ({parts})",
        "{fills}, tanpa "
        "penurunan kesesuaian: bagi pegawai ini {rest:+.1f} poin dibanding tetap di "
        "jabatan sendiri, biaya perpindahan sudah dihitung, dan +{vac:.1f} bagi rencana "
        "untuk bobot lowongannya ({parts})",
    ),
    "reason.priority_vacancy_even": (
        "{fills}, where the fit lost on "
        "some terms is made up on others: to this person {rest:+.1f} points against "
        "staying in own post, the move cost included, and +{vac:.1f} to the plan for the "
        "vacancy's weight ({parts})",
        "{fills}; "
        "kesesuaian yang turun pada sebagian unsur tertutup oleh unsur lain: bagi pegawai "
        "ini {rest:+.1f} poin dibanding tetap di jabatan sendiri, biaya perpindahan sudah "
        "dihitung, dan +{vac:.1f} bagi rencana untuk bobot lowongannya ({parts})",
    ),
    "reason.gain_short": ("does not pay for the move", "tidak menutup biaya perpindahan"),
    "reason.gain_even": (
        "pays for the move and no more",
        "hanya tepat menutup biaya perpindahan",
    ),
    "reason.priority_vacancy_carried": (
        "{fills}: what it gains them, "
        "{gained:.1f} points, {short}: to this person it is "
        "{rest:.1f} points against staying in own post, the move cost included; the "
        "vacancy's weight, +{vac:.1f}, a gain to the plan, not to them, carries it "
        "({parts})",
        "{fills}: yang diperolehnya, "
        "{gained:.1f} poin, {short}: bagi "
        "pegawai ini {rest:.1f} poin dibanding tetap di jabatan sendiri, biaya perpindahan "
        "sudah dihitung; bobot lowongannya, +{vac:.1f}, keuntungan bagi rencana, bukan "
        "baginya, yang menutupnya ({parts})",
    ),
    "reason.priority_vacancy_carried_skp": (
        "{fills}: what it gains them, "
        "{gained:.1f} points, {short}: to this person it is "
        "{rest:.1f} points against staying in own post, the move cost included; the "
        "plan's terms, +{plan:.1f}, a gain to the plan, not to them, carry it: the "
        "vacancy's weight, +{vac:.1f}, and their SKP rating, {skp:+.1f} (a seat over its "
        "post's formasi kept by one rated below Baik costs the plan, and so does a step up "
        "taken by one: skp_seat, skp_step) ({parts})",
        "{fills}: yang diperolehnya, "
        "{gained:.1f} poin, {short}: bagi "
        "pegawai ini {rest:.1f} poin dibanding tetap di jabatan sendiri, biaya perpindahan "
        "sudah dihitung; unsur rencana, +{plan:.1f}, keuntungan bagi rencana, bukan "
        "baginya, yang menutupnya: bobot lowongannya, +{vac:.1f}, dan predikat SKP-nya, "
        "{skp:+.1f} (formasi di luar kebutuhan jabatan yang ditempati pegawai berpredikat "
        "di bawah Baik membebani rencana, demikian pula kenaikan bagi pegawai tersebut: "
        "skp_seat, skp_step) ({parts})",
    ),
    "reason.own_rules_missed": (
        "they hold their own post {position} without meeting its rules ({rules})",
        "pegawai ini memegang jabatan sendiri {position} tanpa memenuhi syaratnya ({rules})",
    ),
    "reason.room_first_left": (
        "own post {position} had {holders} holders for {seats} seat(s), {meeting} of them "
        "meeting its rules, who come first for its seats (qualified_holders_first): this "
        "person meets them, and leaves it while {n} who miss them keep a seat of it: "
        "{who}",
        "jabatan sendiri {position} semula diisi {holders} pemangku untuk {seats} "
        "formasi, {meeting} di antaranya memenuhi syaratnya dan didahulukan "
        "(qualified_holders_first): pegawai ini memenuhinya, dan pindah sementara {n} "
        "pemangku yang tidak memenuhi syaratnya tetap menempati formasinya: {who}",
    ),
    "reason.pinned_decided": (
        "of those kept, the one ranked last by that order (not the names' order above), "
        "{who}, is ahead of this holder on {ground}",
        "dari yang dipertahankan, yang berperingkat terakhir menurut urutan itu (bukan "
        "urutan nama di atas), {who}, mendahului "
        "pemegang ini karena {ground}",
    ),
    "reason.kept_ahead_on": (
        "kept ahead of this holder on {ground}, though on the SKP rating, golongan and "
        "service this holder comes before them: {who}",
        "dipertahankan mendahului pemegang ini karena {ground}, meskipun menurut predikat "
        "SKP, golongan, dan masa kerjanya pemegang ini lebih dahulu: {who}",
    ),
    "reason.ground_pin": (
        "a pin of the scenario that keeps them there, though that order puts this holder first",
        "penetapan (pin) skenario yang mempertahankannya di sana, meskipun urutan itu "
        "mendahulukan pemegang ini",
    ),
    "reason.ground_rule": (
        "a rule keeping them in their post ({rule})",
        "aturan yang mempertahankannya di jabatannya ({rule})",
    ),
    "reason.ground_meets": (
        "meeting the post's requirements, which this holder misses",
        "memenuhi syarat jabatan, yang tidak dipenuhi pemegang ini",
    ),
    "reason.ground_alone": (
        "the rules opening no other post to them, and some to this holder",
        "aturan tidak membuka jabatan lain baginya, sedangkan bagi pemegang ini ada",
    ),
    "reason.ground_skp": (
        "the better SKP rating ({theirs} against this holder's {mine})",
        "predikat SKP yang lebih baik ({theirs}, pemegang ini {mine})",
    ),
    "reason.ground_golongan": (
        "the higher golongan ({theirs} against this holder's {mine})",
        "golongan yang lebih tinggi ({theirs}, pemegang ini {mine})",
    ),
    "reason.ground_service": (
        "the longer service (TMT CPNS {theirs} against this holder's {mine})",
        "masa kerja yang lebih lama (TMT CPNS {theirs}, pemegang ini {mine})",
    ),
    "reason.ground_order": (
        "the fixed order after the ratings and service (their NIP)",
        "urutan tetap setelah predikat dan masa kerja (NIP)",
    ),
    "reason.skp_part_apart": (
        "their SKP rating's {skp:+.1f} is the plan's too, not theirs (a seat over "
        "formasi kept, or a step up taken, by one rated below Baik: skp_seat, skp_step)",
        "bagian predikat SKP-nya, {skp:+.1f}, juga milik rencana, bukan miliknya "
        "(formasi di luar kebutuhan yang ditempati, atau kenaikan yang diambil, oleh "
        "pegawai berpredikat di bawah Baik: skp_seat, skp_step)",
    ),
    "reason.priority_vacancy_loss": (
        "{fills}, at a loss of fit of "
        "{loss} points: to this person {rest:+.1f} points against staying in own post, "
        "the move cost included, and +{vac:.1f} to the plan for the vacancy's weight "
        "({parts})",
        "{fills}, dengan "
        "kesesuaian turun {loss} poin: bagi pegawai ini {rest:+.1f} poin dibanding tetap "
        "di jabatan sendiri, biaya perpindahan sudah dihitung, dan +{vac:.1f} bagi "
        "rencana untuk bobot lowongannya ({parts})",
    ),
    "reason.seat_for_better": (
        "own seat in {position} goes to {who}, who scores {points:.1f} points more "
        "there{parts}{misses}",
        "formasi di {position} diberikan kepada {who} yang skornya "
        "{points:.1f} poin lebih tinggi di sana{parts}{misses}",
    ),
    "reason.parts": (" ({parts})", " ({parts})"),
    "reason.promotion": (
        "a promotion: kelas jabatan {grade} → {to}",
        "promosi: kelas jabatan {grade} → {to}",
    ),
    "reason.promotion_jpm": (
        "a promotion: kelas jabatan {grade} → {to}, JPM {jpm:.1f} there",
        "promosi: kelas jabatan {grade} → {to}, JPM {jpm:.1f} di sana",
    ),
    "reason.band_exempt": (
        "{step} kelas up, past max_grade_rise {rise}: the jenjang their golongan {rank}"
        " fits in the profession whose licence they hold (rise_into_own_profession)",
        "naik {step} kelas, melampaui max_grade_rise {rise}: jenjang yang sesuai golongannya"
        " {rank} dalam profesi yang sertifikatnya mereka miliki (rise_into_own_profession)",
    ),
    # the rule of placement.domain.pansel, said by the reasons of the model (a last read:
    # registered by the domain, the model's reasons named a key it alone knew)
    "reason.band_exempt_pansel": (
        "{step} kelas up, past max_grade_rise {rise}: a JPT Pratama post open to those "
        "holding a post of {levels} (jpt_pratama_from; the Pansel verifies their two "
        "years in it and their age)",
        "naik {step} kelas, melampaui max_grade_rise {rise}: jabatan JPT Pratama yang "
        "terbuka bagi pemangku jabatan {levels} (jpt_pratama_from; Pansel memeriksa "
        "dua tahun masa jabatannya dan usianya)",
    ),
    "reason.kelas_up": (
        "a higher kelas at the same level of post: kelas jabatan {grade} → {to}",
        "kelas jabatan naik pada jenjang yang sama: kelas jabatan {grade} → {to}",
    ),
    "reason.kelas_up_jpm": (
        "a higher kelas at the same level of post: kelas jabatan {grade} → {to}, JPM "
        "{jpm:.1f} there",
        "kelas jabatan naik pada jenjang yang sama: kelas jabatan {grade} → {to}, JPM "
        "{jpm:.1f} di sana",
    ),
    "reason.rise_unscored": (
        "a rise the points said to this person leave out: they count no gain for the kelas itself",
        "kenaikan yang tidak dihitung dalam poin bagi pegawai ini: poin itu tidak "
        "menghitung keuntungan dari kenaikan kelas itu sendiri",
    ),
    "reason.rivals_alone": (
        "no other serving official at a lower kelas may take this post under the rules",
        "tidak ada pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat jabatan ini",
    ),
    "reason.rivals_none": (
        "no other serving official at a lower kelas whom the rules open this post to is "
        "left outside it ({held} other(s) hold its seats)",
        "tidak ada pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini di luar jabatan itu ({held} pegawai lain mengisi formasinya)",
    ),
    "reason.rivals_unassessed": (
        "{n} other serving official(s) at a lower kelas may take this post under the "
        "rules; this person has no JPM there (not assessed, or the post has no "
        "standard), so the fit cannot be compared",
        "{n} pejabat lain dari kelas jabatan lebih rendah memenuhi syarat jabatan ini; "
        "pegawai ini tidak memiliki JPM di sana (belum dinilai, atau jabatan tanpa "
        "standar), sehingga kesesuaiannya tidak dapat dibandingkan",
    ),
    "reason.rivals_alone_pins": (
        "no other serving official at a lower kelas may take this post: the rules open it "
        "to {pinned} more, whom the scenario pins to their posts (e.g. keep_incumbents)",
        "tidak ada pejabat lain dari kelas jabatan lebih rendah yang dapat menempati "
        "jabatan ini: aturan membukanya bagi {pinned} pejabat lagi, yang dikunci skenario "
        "di jabatannya (misalnya keep_incumbents)",
    ),
    "reason.rivals_pinned": (
        "; {n} more whom the rules open it to are pinned to their posts by the scenario "
        "(e.g. keep_incumbents)",
        "; {n} pejabat lain yang memenuhi syaratnya dikunci skenario di jabatannya "
        "(misalnya keep_incumbents)",
    ),
    "reason.rivals_best_tied": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, none has a higher JPM there, and {t} have the same: the choice among "
        "them is to weigh before the SK",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, tidak ada yang JPM-nya lebih tinggi di sana, dan {t} sama: pilihan "
        "di antara mereka perlu ditimbang sebelum SK",
    ),
    "reason.rivals_best_tied_merit": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, none has a higher JPM there, and {t} have the same; of those, {k} rank "
        "above this person by merit (SKP rating, then golongan, service and age; the first: "
        "{who}, SKP {skp}, {rank}): the choice among them is to weigh before the SK",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, tidak ada yang JPM-nya lebih tinggi di sana, dan {t} sama; dari "
        "mereka, {k} berperingkat di atas pegawai ini menurut merit (predikat SKP, lalu "
        "golongan, masa kerja dan usia; yang pertama: {who}, predikat SKP {skp}, {rank}): "
        "pilihan di antara mereka perlu ditimbang sebelum SK",
    ),
    "reason.rivals_best_tied_merit_risen": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, none has a higher JPM there, and {t} have the same; of those, {k} rank "
        "above this person by merit (SKP rating, then golongan, service and age), {r} of "
        "them rising to another post of a higher kelas in this plan; the first of the "
        "other {o}: {who}, SKP {skp}, {rank}: the choice among them is to weigh before the "
        "SK",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, tidak ada yang JPM-nya lebih tinggi di sana, dan {t} sama; dari "
        "mereka, {k} berperingkat di atas pegawai ini menurut merit (predikat SKP, lalu "
        "golongan, masa kerja dan usia), {r} di antaranya naik ke jabatan lain dengan kelas "
        "lebih tinggi dalam rencana ini; yang pertama dari {o} lainnya: {who}, predikat SKP "
        "{skp}, {rank}: pilihan di antara mereka perlu ditimbang sebelum SK",
    ),
    "reason.rivals_best_tied_merit_risen_all": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, none has a higher JPM there, and {t} have the same; of those, {k} rank "
        "above this person by merit (SKP rating, then golongan, service and age), every "
        "one of them rising to another post of a higher kelas in this plan (the first: "
        "{who}, SKP {skp}, {rank})",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, tidak ada yang JPM-nya lebih tinggi di sana, dan {t} sama; dari "
        "mereka, {k} berperingkat di atas pegawai ini menurut merit (predikat SKP, lalu "
        "golongan, masa kerja dan usia), semuanya naik ke jabatan lain dengan kelas lebih "
        "tinggi dalam rencana ini (yang pertama: {who}, predikat SKP {skp}, {rank})",
    ),
    "reason.rivals_best_tied_first": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, none has a higher JPM there, and {t} have the same, none of them ranking "
        "above this person by merit (SKP rating, then golongan, service and age)",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, tidak ada yang JPM-nya lebih tinggi di sana, dan {t} sama, tidak "
        "satu pun berperingkat di atas pegawai ini menurut merit (predikat SKP, lalu "
        "golongan, masa kerja dan usia)",
    ),
    "reason.rivals_rose_apart": (
        " (counted apart from the {n} other(s) from a lower kelas this plan also promotes into it)",
        " (di luar {n} pejabat lain dari kelas jabatan lebih rendah yang juga dipromosikan "
        "rencana ini ke jabatan itu)",
    ),
    "reason.rivals_best": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, none has a higher JPM there",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, tidak ada yang JPM-nya lebih tinggi di sana",
    ),
    "reason.rivals_more_proven": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, {k} have a higher JPM there (the highest: {who}, JPM {jpm:.1f}); the "
        "plan chose this person for its total over all its moves (no plan placing one of "
        "them here scores more in total; the optimum is proven), not for the best fit in "
        "this post: the choice is to weigh before the SK",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, {k} memiliki JPM lebih tinggi di sana (tertinggi: {who}, JPM "
        "{jpm:.1f}); rencana memilih pegawai ini demi total skor seluruh perpindahannya "
        "(tidak ada rencana yang menempatkan salah satu dari mereka di sini dengan total "
        "lebih tinggi; optimum terbukti), bukan karena paling sesuai di jabatan ini: "
        "pilihan ini perlu ditimbang sebelum SK",
    ),
    "reason.rise_room_jf": (
        "; this plan leaves {e} of its seats empty: those ranking above may still be "
        "promoted into them (their angka kredit and uji kompetensi decide), the plan "
        "proposes no such move of theirs, and this promotion keeps none of them out",
        "; rencana ini membiarkan {e} formasinya kosong: mereka yang berperingkat di atas "
        "masih dapat naik ke formasi itu (angka kredit dan uji kompetensinya yang "
        "menentukan), rencana ini tidak mengusulkan perpindahan mereka, dan kenaikan ini "
        "tidak menghalangi seorang pun dari mereka",
    ),
    "reason.rise_room_jf_also": (
        "; this plan leaves {e} of its seats empty: those ranking above may still be "
        "promoted into them (their angka kredit and uji kompetensi decide), and this "
        "promotion keeps none of them out; besides this one, the plan promotes {n} into "
        "it ({who}); of them, ranking above this one: {above}",
        "; rencana ini membiarkan {e} formasinya kosong: mereka yang berperingkat di atas "
        "masih dapat naik ke formasi itu (angka kredit dan uji kompetensinya yang "
        "menentukan), dan kenaikan ini tidak menghalangi seorang pun dari mereka; selain "
        "pegawai ini, rencana menaikkan {n} pegawai ke jabatan ini ({who}); di antara "
        "mereka, yang berperingkat di atas pegawai ini: {above}",
    ),
    "reason.rise_room_also": (
        "; this plan leaves {e} of its seats empty: those ranking above may still be "
        "moved into them, and this rise keeps none of them out; besides this one, the "
        "plan moves {n} into it from a lower kelas ({who}); of them, ranking above this "
        "one: {above}",
        "; rencana ini membiarkan {e} formasinya kosong: mereka yang berperingkat di atas "
        "masih dapat dipindahkan ke formasi itu, dan kenaikan ini tidak menghalangi "
        "seorang pun dari mereka; selain pegawai ini, rencana memindahkan {n} pegawai "
        "dari kelas lebih rendah ke jabatan ini ({who}); di antara mereka, yang "
        "berperingkat di atas pegawai ini: {above}",
    ),
    "reason.rise_room_jf_short": (
        "; this plan leaves {e} of its seats empty, fewer than the {n} ranking above this "
        "one whom it leaves where they are ({who}): this promotion takes a seat one of "
        "them could have had (their angka kredit and uji kompetensi decide), a choice to "
        "weigh before the SK",
        "; rencana ini membiarkan {e} formasinya kosong, lebih sedikit dari {n} pegawai "
        "berperingkat di atas pegawai ini yang tetap di tempatnya ({who}): kenaikan ini "
        "mengambil formasi yang dapat diisi salah satu dari mereka (angka kredit dan uji "
        "kompetensinya yang menentukan), pilihan yang perlu ditimbang sebelum SK",
    ),
    "reason.rise_room_short": (
        "; this plan leaves {e} of its seats empty, fewer than the {n} ranking above this "
        "one whom it leaves where they are ({who}): this rise takes a seat one of them "
        "could have had, a choice to weigh before the SK",
        "; rencana ini membiarkan {e} formasinya kosong, lebih sedikit dari {n} pegawai "
        "berperingkat di atas pegawai ini yang tetap di tempatnya ({who}): kenaikan ini "
        "mengambil formasi yang dapat diisi salah satu dari mereka, pilihan yang perlu "
        "ditimbang sebelum SK",
    ),
    "reason.rise_room_jf_some": (
        "; this plan leaves {e} of its seats empty, fewer than the {k} ranking above by "
        "the rule's count (some of whom this plan may place in it or promote elsewhere): "
        "those of them it leaves where they are may still be promoted into them (their "
        "angka kredit and uji kompetensi decide); the plan proposes no such move of theirs",
        "; rencana ini membiarkan {e} formasinya kosong, lebih sedikit dari {k} pegawai "
        "yang berperingkat di atas menurut hitungan aturan (sebagian mungkin ditempatkan "
        "di sana atau naik ke jabatan lain oleh rencana ini): yang tetap di tempatnya "
        "masih dapat naik ke formasi itu (angka kredit dan uji kompetensinya yang "
        "menentukan); rencana ini tidak mengusulkan perpindahan mereka",
    ),
    "reason.rise_room_some": (
        "; this plan leaves {e} of its seats empty, fewer than the {k} ranking above by "
        "the rule's count (some of whom this plan may place in it or promote elsewhere): "
        "those of them it leaves where they are may still be moved into them; the plan "
        "proposes no such move of theirs",
        "; rencana ini membiarkan {e} formasinya kosong, lebih sedikit dari {k} pegawai "
        "yang berperingkat di atas menurut hitungan aturan (sebagian mungkin ditempatkan "
        "di sana atau naik ke jabatan lain oleh rencana ini): yang tetap di tempatnya "
        "masih dapat dipindahkan ke formasi itu; rencana ini tidak mengusulkan "
        "perpindahan mereka",
    ),
    "reason.rise_room": (
        "; this plan leaves {e} of its seats empty: those ranking above may still be "
        "moved into them, the plan proposes no such move of theirs, and this rise keeps "
        "none of them out",
        "; rencana ini membiarkan {e} formasinya kosong: mereka yang berperingkat di atas "
        "masih dapat dipindahkan ke formasi itu, rencana ini tidak mengusulkan perpindahan "
        "mereka, dan kenaikan ini tidak menghalangi seorang pun dari mereka",
    ),
    "reason.rise_none_above": ("none", "tidak ada"),
    "reason.rise_above_left": (
        "; ranking above this one and left where they are: {who}",
        "; berperingkat di atas pegawai ini dan tetap di tempatnya: {who}",
    ),
    "reason.rivals_room": (
        "; {e} of its seats stay empty in this plan, so this promotion keeps none of them "
        "out of it",
        "; {e} formasinya tetap kosong dalam rencana ini, sehingga kenaikan ini tidak "
        "menghalangi seorang pun dari mereka",
    ),
    "reason.room_short_pool": (
        "; {e} of its seats stay empty in this plan, fewer than those {k}: this "
        "promotion may take a seat one of them could have had, a choice to weigh before "
        "the SK",
        "; {e} formasinya tetap kosong dalam rencana ini, lebih sedikit dari {k} pegawai "
        "itu: kenaikan ini mungkin mengambil formasi yang dapat diisi salah satu dari "
        "mereka, pilihan yang perlu ditimbang sebelum SK",
    ),
    "reason.room_short": (
        "; {e} of its seats stay empty in this plan, fewer than the {k} ranking above: "
        "this promotion takes a seat one of them could have had, a choice to weigh "
        "before the SK",
        "; {e} formasinya tetap kosong dalam rencana ini, lebih sedikit dari {k} pegawai "
        "yang berperingkat di atas: kenaikan ini mengambil formasi yang dapat diisi salah "
        "satu dari mereka, pilihan yang perlu ditimbang sebelum SK",
    ),
    "reason.priority_weighs": (
        "priority {to:g} against {own:g} of their own post{source}",
        "prioritas {to:g} dibanding {own:g} pada jabatannya sendiri{source}",
    ),
    "reason.priority_from_workload": (
        "; {to:g} is its own priority, {own:g}, times its EJ today, {ej:g}, in the "
        "workload analysis (ABK) of the scenario",
        "; {to:g} adalah prioritasnya sendiri, {own:g}, dikali EJ-nya saat ini, {ej:g}, "
        "menurut analisis beban kerja (ABK) skenario",
    ),
    "reason.formasi_raised": (
        "the scenario raises the formasi of {position} from {was} to {now}, and this plan "
        "seats {placed} in it (those kept over it aside): its seats beyond {was} exist by "
        "that change alone",
        "skenario menaikkan formasi {position} dari {was} menjadi {now}, dan rencana ini "
        "menempatkan {placed} orang dalam formasinya (di luar yang dipertahankan melebihi "
        "formasi): formasi di atas {was} ada hanya karena perubahan itu",
    ),
    "reason.formasi_cut": (
        "the scenario lowers the formasi of their own post, {position}, from {was} to {now}",
        "skenario menurunkan formasi jabatannya sendiri, {position}, dari {was} menjadi {now}",
    ),
    "reason.excess_met": (
        "of the holders of {position} beyond its formasi, {n} are kept there by a rule "
        "until BUP and stay over it, their retirement meeting as many of those seats "
        "(retirement_meets_cut): the others beyond it are why holders leave it now",
        "dari pemangku {position} di luar formasinya, {n} dipertahankan suatu aturan di "
        "sana sampai BUP dan tetap di luar formasi, pensiunnya memenuhi sebanyak itu dari "
        "kelebihan tersebut (retirement_meets_cut): sisanya itulah sebab pemangku "
        "meninggalkannya sekarang",
    ),
    "reason.priority_from_workload_empty": (
        "; {to:g} is its own priority, {own:g}, times the highest EJ today of the posts "
        "in the workload analysis (ABK) of the scenario, {ej:g}, as this one has no "
        "holder today",
        "; {to:g} adalah prioritasnya sendiri, {own:g}, dikali EJ tertinggi saat ini dari "
        "jabatan dalam analisis beban kerja (ABK) skenario, {ej:g}, karena jabatan ini "
        "belum memiliki pemangku",
    ),
    "reason.asked_for": (
        "the post is no. {rank} of the preferences they stated",
        "jabatan ini pilihan ke-{rank} dari preferensi yang diajukannya",
    ),
    "reason.pref_closed": (
        "of the posts they asked for, no. {rank}, {position}, is not open to them: {rules}",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, tidak terbuka "
        "baginya: {rules}",
    ),
    "reason.pref_over": (
        " and {n} more kept in it beyond its formasi",
        " dan {n} lainnya dipertahankan di sana di luar formasinya",
    ),
    "reason.pref_cap": (
        ", though its unit, {unit}, is at its headcount cap ({cap})",
        ", meskipun unitnya, {unit}, sudah mencapai batas jumlah pegawainya ({cap})",
    ),
    "reason.pref_full_cost": (
        "of the posts they asked for, no. {rank}, {position}, has every seat filled by "
        "others in this plan{over}; placing them there instead, the others placed again, "
        "costs the plan {cost:.2f} points (`placement explain` with --employee {who} "
        "--position {post} shows who else would move)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, seluruh formasinya "
        "diisi pegawai lain dalam rencana ini{over}; menempatkannya di sana, pegawai lain "
        "ditempatkan ulang, mengurangi total rencana {cost:.2f} poin (`placement explain` "
        "dengan --employee {who} --position {post} menunjukkan siapa lagi yang berpindah)",
    ),
    "reason.pref_full_tie": (
        "of the posts they asked for, no. {rank}, {position}, has every seat filled by "
        "others in this plan{over}; placing them there instead, the others placed again, "
        "is as good for the plan (a tie, which the rule for ties decided): the PPK may "
        "choose it (`placement explain` with --employee {who} --position {post} shows who "
        "else would move)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, seluruh formasinya "
        "diisi pegawai lain dalam rencana ini{over}; menempatkannya di sana, pegawai lain "
        "ditempatkan ulang, sama baiknya bagi rencana (sama kuat, diputuskan aturan untuk "
        "hasil sama kuat): PPK dapat memilihnya (`placement explain` dengan --employee "
        "{who} --position {post} menunjukkan siapa lagi yang berpindah)",
    ),
    "reason.pref_full_none": (
        "of the posts they asked for, no. {rank}, {position}, has every seat filled by "
        "others in this plan{over}; the plan has no way to place them there within its "
        "rules, the others placed again, for less than {most:,.0f} points (`placement "
        "explain` with --employee {who} --position {post} says why)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, seluruh formasinya "
        "diisi pegawai lain dalam rencana ini{over}; rencana tidak dapat menempatkannya di "
        "sana menurut aturannya, pegawai lain ditempatkan ulang, dengan biaya kurang dari "
        "{most:,.0f} poin (`placement explain` dengan --employee {who} --position {post} "
        "menjelaskan sebabnya)",
    ),
    "reason.pref_free_none": (
        "of the posts they asked for, no. {rank}, {position}, has a seat left in this "
        "plan{cap}; the plan has no way to place them there within its rules, the others "
        "placed again, for less than {most:,.0f} points (`placement explain` with "
        "--employee {who} --position {post} says why)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, masih memiliki "
        "formasi kosong dalam rencana ini{cap}; rencana tidak dapat menempatkannya di sana "
        "menurut aturannya, pegawai lain ditempatkan ulang, dengan biaya kurang dari "
        "{most:,.0f} poin (`placement explain` dengan --employee {who} --position {post} "
        "menjelaskan sebabnya)",
    ),
    "reason.pref_full": (
        "of the posts they asked for, no. {rank}, {position}, has every seat filled by "
        "others in this plan{over} (there they would score {score:.1f} points against "
        "{mine:.1f} where they go, the pair's own terms with each post's priority weight; "
        "what placing them there costs the plan, the others placed again: `placement "
        "explain` with --employee {who} --position {post})",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, seluruh formasinya "
        "diisi pegawai lain dalam rencana ini{over} (di sana skornya {score:.1f} poin "
        "dibanding {mine:.1f} di tujuannya, unsur pasangan itu sendiri dengan bobot "
        "prioritas tiap jabatan; biaya menempatkannya di sana bagi rencana, pegawai lain "
        "ditempatkan ulang: `placement explain` dengan --employee {who} --position {post})",
    ),
    "reason.pref_free_cost": (
        "of the posts they asked for, no. {rank}, {position}, has a seat left in this "
        "plan{cap}; placing them there instead, the others placed again, costs the plan "
        "{cost:.2f} points (`placement explain` with --employee {who} --position {post} "
        "shows who else would move)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, masih memiliki "
        "formasi kosong dalam rencana ini{cap}; menempatkannya di sana, pegawai lain "
        "ditempatkan ulang, mengurangi total rencana {cost:.2f} poin (`placement explain` "
        "dengan --employee {who} --position {post} menunjukkan siapa lagi yang berpindah)",
    ),
    "reason.pref_free_tie": (
        "of the posts they asked for, no. {rank}, {position}, has a seat left in this "
        "plan{cap}; placing them there instead, the others placed again, is as good for "
        "the plan (a tie, which the rule for ties decided): the PPK may place them there "
        "(`placement explain` with --employee {who} --position {post} shows who else "
        "would move)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, masih memiliki "
        "formasi kosong dalam rencana ini{cap}; menempatkannya di sana, pegawai lain "
        "ditempatkan ulang, sama baiknya bagi rencana (sama kuat, diputuskan aturan untuk "
        "hasil sama kuat): PPK dapat menempatkannya di sana (`placement explain` dengan "
        "--employee {who} --position {post} menunjukkan siapa lagi yang berpindah)",
    ),
    "reason.pref_free": (
        "of the posts they asked for, no. {rank}, {position}, has a seat left in this "
        "plan, where they would score {score:.1f} points against {mine:.1f} where they go "
        "(the pair's own terms with each post's priority weight): the PPK may place them "
        "there instead (`placement explain` with --employee {who} --position {post} gives "
        "what that costs the plan, the others placed again)",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, masih memiliki "
        "formasi kosong dalam rencana ini, dengan skor {score:.1f} poin dibanding "
        "{mine:.1f} di tujuannya (unsur pasangan itu sendiri dengan bobot prioritas tiap "
        "jabatan): PPK dapat menempatkannya di sana (`placement explain` dengan --employee "
        "{who} --position {post} memberi biayanya bagi rencana, pegawai lain ditempatkan "
        "ulang)",
    ),
    "reason.pref_full_left": (
        "of the posts they asked for, no. {rank}, {position}, has every seat filled by "
        "others in this plan{over} (there they would score {score:.1f} points, the pair's "
        "own terms with the post's priority weight; what placing them there costs the "
        "plan, the others placed again: `placement explain` with --employee {who} "
        "--position {post})",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, seluruh formasinya "
        "diisi pegawai lain dalam rencana ini{over} (nilainya di sana {score:.1f} poin, "
        "unsur pasangan itu sendiri dengan bobot prioritas jabatan; biaya menempatkannya "
        "di sana bagi rencana, pegawai lain ditempatkan ulang: `placement explain` dengan "
        "--employee {who} --position {post})",
    ),
    "reason.pref_free_left": (
        "of the posts they asked for, no. {rank}, {position}, has a seat left in this "
        "plan{cap} (there they would score {score:.1f} points, the pair's own terms with "
        "the post's priority weight; what keeps them out of it, and what placing them "
        "there costs the plan, the others placed again: `placement explain` with "
        "--employee {who} --position {post})",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, masih memiliki "
        "formasi kosong dalam rencana ini{cap} (nilainya di sana {score:.1f} poin, unsur "
        "pasangan itu sendiri dengan bobot prioritas jabatan; apa yang menghalanginya, dan "
        "biaya menempatkannya di sana bagi rencana, pegawai lain ditempatkan ulang: "
        "`placement explain` dengan --employee {who} --position {post})",
    ),
    "reason.pref_unit_cap": (
        "of the posts they asked for, no. {rank}, {position}, has a seat left in this "
        "plan{cap}: placing them there, the others as they are, breaks it",
        "dari jabatan yang diajukannya, pilihan ke-{rank}, {position}, masih memiliki "
        "formasi kosong dalam rencana ini{cap}: menempatkannya di sana, pegawai lain "
        "tetap, melanggarnya",
    ),
    "reason.rivals_more_risen_all": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, {k} have a higher JPM there (the highest: {who}, JPM {jpm:.1f}), each "
        "of them rising to another post of a higher kelas in this plan: none is passed "
        "over for this person",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, {k} memiliki JPM lebih tinggi di sana (tertinggi: {who}, JPM "
        "{jpm:.1f}), masing-masing naik ke jabatan lain dengan kelas lebih tinggi dalam "
        "rencana ini: tidak seorang pun dilewati demi pegawai ini",
    ),
    "reason.rivals_more_risen": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, {k} have a higher JPM there, {r} of them rising to another post of a "
        "higher kelas in this plan; the highest of the other {o}: {who}, JPM {jpm:.1f}",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, {k} memiliki JPM lebih tinggi di sana, {r} di antaranya naik ke "
        "jabatan lain dengan kelas lebih tinggi dalam rencana ini; tertinggi dari {o} "
        "lainnya: {who}, JPM {jpm:.1f}",
    ),
    "reason.rivals_more_proven_risen": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, {k} have a higher JPM there, {r} of them rising to another post of a "
        "higher kelas in this plan; the highest of the other {o}: {who}, JPM {jpm:.1f}; "
        "the plan chose this person for its total over all its moves (no plan placing one "
        "of them here scores more in total; the optimum is proven), not for the best fit "
        "in this post: the choice is to weigh before the SK",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, {k} memiliki JPM lebih tinggi di sana, {r} di antaranya naik ke "
        "jabatan lain dengan kelas lebih tinggi dalam rencana ini; tertinggi dari {o} "
        "lainnya: {who}, JPM {jpm:.1f}; rencana memilih pegawai ini demi total skor "
        "seluruh perpindahannya (tidak ada rencana yang menempatkan salah satu dari mereka "
        "di sini dengan total lebih tinggi; optimum terbukti), bukan karena paling sesuai "
        "di jabatan ini: pilihan ini perlu ditimbang sebelum SK",
    ),
    "reason.rivals_more": (
        "of the {n} other serving official(s) at a lower kelas whom the rules open this "
        "post to, {k} have a higher JPM there (the highest: {who}, JPM {jpm:.1f})",
        "dari {n} pejabat lain dari kelas jabatan lebih rendah yang memenuhi syarat "
        "jabatan ini, {k} memiliki JPM lebih tinggi di sana (tertinggi: {who}, JPM "
        "{jpm:.1f})",
    ),
    "reason.misses_own_post": (
        " (this holder misses the post's rules: {rules})",
        " (pemegang ini tidak memenuhi syarat jabatan itu: {rules})",
    ),
    "reason.tie": (
        "own seat in {position} goes to {who}, who scores as much there, and the move "
        "costs this holder nothing{misses}",
        "formasi di {position} diberikan kepada {who} yang skornya sama di sana, dan "
        "perpindahan ini tidak merugikan pemegang ini{misses}",
    ),
    "reason.unit_cap": (
        "unit {unit} is over its cap ({before} people, at most {cap})",
        "unit kerja {unit} melebihi batasnya ({before} orang, paling banyak {cap})",
    ),
    "reason.min_fill": (
        "moved to fill the minimum of {position} ({need} required)",
        "dipindahkan untuk memenuhi isian minimum {position} (wajib {need})",
    ),
    "reason.chain": (
        "part of a chain of moves made for the plan's total score (own "
        "change {points:+.1f} points{parts}; own seat taken by {who})",
        "bagian dari rangkaian perpindahan demi skor total rencana "
        "(perubahan sendiri {points:+.1f} poin{parts}; formasinya diisi {who})",
    ),
    # the mover's own terms; a seat's own value (vacancy) stays with the seat, filled
    "reason.chain_parts": (": {parts}", ": {parts}"),
    "reason.chain_misses": (
        "; this holder misses their own post's rules ({rules})",
        "; pegawai ini tidak memenuhi syarat jabatannya sendiri ({rules})",
    ),
    "reason.chain_for": (
        "the chain makes room for {who}, {why}",
        "rangkaian ini memberi tempat bagi {who}, {why}",
    ),
    "reason.chain_new_hire": ("a new hire", "pegawai baru"),
    "reason.chain_qualified_first": (
        "who yields own post {position} to its holders who meet its rules",
        "yang melepas jabatannya sendiri, {position}, kepada pemegang yang memenuhi syaratnya",
    ),
    "reason.chain_post_closed": (
        "whose own post {position} is closed",
        "yang jabatannya sendiri, {position}, ditutup",
    ),
    "reason.chain_over_formasi": (
        "who leaves over-filled {position}",
        "yang meninggalkan {position} yang melebihi formasi",
    ),
    "reason.chain_fails_own_post": (
        "who misses the rules of own post {position}",
        "yang tidak memenuhi syarat jabatannya sendiri, {position}",
    ),
    "reason.chain_pinned": (
        "whom the scenario pins to {position}",
        "yang dikunci (pin) skenario ke {position}",
    ),
    "reason.chain_move": (
        "whose move to {position} begins it",
        "yang perpindahannya ke {position} mengawali rangkaian ini",
    ),
    "reason.no_open_post": (
        "no open post in this scenario",
        "tidak ada jabatan terbuka dalam skenario ini",
    ),
    "reason.no_other_post": (
        "no other open post meets their requirements; nearest is {position}: {rules}{also}{lower}",
        "tidak ada jabatan terbuka lain yang syaratnya terpenuhi; yang terdekat "
        "{position}: {rules}{also}{lower}",
    ),
    "reason.no_other_post_selection": (
        "no other open post is one the plan may give them; nearest is {position}, whose "
        "requirements they meet: {rules}{also}{lower}",
        "tidak ada jabatan terbuka lain yang dapat diberikan rencana kepadanya; yang "
        "terdekat {position}, yang syaratnya terpenuhi: {rules}{also}{lower}",
    ),
    "reason.no_other_post_selection_full": (
        "no other open post is one the plan may give them; nearest is {position}, whose "
        "requirements they meet, every seat of it held in this plan: {rules}{also}{lower}",
        "tidak ada jabatan terbuka lain yang dapat diberikan rencana kepadanya; yang "
        "terdekat {position}, yang syaratnya terpenuhi, semua formasinya terisi dalam "
        "rencana ini: {rules}{also}{lower}",
    ),
    "reason.no_eligible_post_selection_full": (
        "no open post is one the plan may give them; nearest is {position}, whose "
        "requirements they meet, every seat of it held in this plan: {rules}{also}{lower}",
        "tidak ada jabatan terbuka yang dapat diberikan rencana kepadanya; yang terdekat "
        "{position}, yang syaratnya terpenuhi, semua formasinya terisi dalam rencana ini: "
        "{rules}{also}{lower}",
    ),
    "reason.no_eligible_post_selection": (
        "no open post is one the plan may give them; nearest is {position}, whose "
        "requirements they meet: {rules}{also}{lower}",
        "tidak ada jabatan terbuka yang dapat diberikan rencana kepadanya; yang terdekat "
        "{position}, yang syaratnya terpenuhi: {rules}{also}{lower}",
    ),
    "reason.dest_best": (
        "to {position}: of the {n} post(s) besides their own that the rules open to "
        "them, one where placing them scores most for the plan ({score:.1f} points, all "
        "objective terms together, each post's priority weight included)",
        "ke {position}: dari {n} jabatan selain jabatannya sendiri yang terbuka "
        "baginya menurut aturan, salah satu tempat penempatannya memberi skor tertinggi "
        "bagi rencana ({score:.1f} poin, semua komponen tujuan, termasuk bobot prioritas "
        "tiap jabatan)",
    ),
    "reason.dest_only": (
        "to {position}: the only post besides their own that the rules open to them "
        "({score:.1f} points for the plan there, all objective terms together)",
        "ke {position}: satu-satunya jabatan selain jabatannya sendiri yang terbuka "
        "baginya menurut aturan ({score:.1f} poin bagi rencana di sana, semua komponen "
        "tujuan)",
    ),
    "reason.dest_full": (
        "to {position}, where placing them scores {score:.1f} points for the plan (all "
        "objective terms together, each post's priority weight included), against "
        "{best_score:.1f} in {best}, every seat of which the plan fills with others",
        "ke {position}, tempat penempatannya memberi skor {score:.1f} poin bagi rencana "
        "(semua komponen tujuan, termasuk bobot prioritas tiap jabatan), dibanding "
        "{best_score:.1f} di {best}, yang seluruh formasinya diisi rencana dengan "
        "pegawai lain",
    ),
    "reason.dest_plan": (
        "to {position}, where placing them scores {score:.1f} points for the plan (all "
        "objective terms together, each post's priority weight included), against "
        "{best_score:.1f} in {best}, a seat of which the plan leaves empty: a rule on "
        "the posts or their units (a cap, a minimum fill, a budget, a cap on moves) keeps "
        "them from it",
        "ke {position}, tempat penempatannya memberi skor {score:.1f} poin bagi rencana "
        "(semua komponen tujuan, termasuk bobot prioritas tiap jabatan), dibanding "
        "{best_score:.1f} di {best}, yang salah satu formasinya dibiarkan kosong: aturan "
        "pada jabatan atau unitnya (batas, pengisian minimum, anggaran, batas "
        "perpindahan) menghalanginya",
    ),
    "reason.no_eligible_post": (
        "no open post meets the requirements; nearest is {position}: {rules}{also}{lower}",
        "tidak ada jabatan terbuka yang syaratnya terpenuhi; yang terdekat {position}: "
        "{rules}{also}{lower}",
    ),
    "reason.own_profession_near": (
        "; of the functional posts that accept their field, nearest is {position}: {rules}",
        "; dari jabatan fungsional yang menerima bidangnya, yang terdekat adalah "
        "{position}: {rules}",
    ),
    "reason.as_near": (
        "; as near, on other grounds: {position}: {rules}",
        "; sama dekat, dengan alasan lain: {position}: {rules}",
    ),
    "reason.as_near_full": (
        "; as near, on other grounds: {position}, every seat of it held in this plan: {rules}",
        "; sama dekat, dengan alasan lain: {position}, semua formasinya terisi dalam "
        "rencana ini: {rules}",
    ),
    "reason.within_offer": (" ({parts})", " ({parts})"),
    "reason.within_offer_drop": (
        "at most {cap} kelas below their own: max_offer_drop {cap}",
        "paling banyak {cap} kelas di bawah kelasnya: max_offer_drop {cap}",
    ),
    "reason.within_offer_education": (
        "none asking less than {edu} of one who has it: offer_min_education {edu}",
        "tidak ada yang mensyaratkan kurang dari {edu} bagi yang memilikinya: "
        "offer_min_education {edu}",
    ),
    "reason.lower_grade_posts": (
        "; {n} post(s) of a lower kelas jabatan{within} meet every other requirement "
        "({seats} seat(s) of them empty in this plan), but max_grade_drop {drop} rules out a move "
        "down",
        "; {n} jabatan dengan kelas jabatan lebih rendah{within} memenuhi semua syarat "
        "lainnya ({seats} formasi di antaranya kosong dalam rencana ini), tetapi max_grade_drop "
        "{drop} tidak mengizinkan penurunan",
    ),
    "reason.lower_grade_posts_named": (
        "; {n} post(s) of a lower kelas jabatan{within} meet every other requirement "
        "({seats} seat(s) of them empty in this plan; the highest kelas with one left for them: "
        "{position}, kelas {grade}), but max_grade_drop {drop} rules out a move down",
        "; {n} jabatan dengan kelas jabatan lebih rendah{within} memenuhi semua syarat "
        "lainnya ({seats} formasi di antaranya kosong dalam rencana ini; yang kelasnya tertinggi "
        "dengan formasi kosong yang tersisa untuknya: {position}, kelas {grade}), tetapi "
        "max_grade_drop {drop} tidak mengizinkan penurunan",
    ),
    "reason.lower_grade_posts_taken": (
        "; {n} post(s) of a lower kelas jabatan{within} meet every other requirement "
        "({seats} seat(s) of them empty in this plan, each named for a colleague before them by "
        "SKP rating, golongan and service), "
        "but max_grade_drop {drop} rules out a move down",
        "; {n} jabatan dengan kelas jabatan lebih rendah{within} memenuhi semua syarat "
        "lainnya ({seats} formasi di antaranya kosong dalam rencana ini, masing-masing sudah "
        "disebut untuk rekan yang lebih dahulu menurut predikat SKP, golongan dan masa "
        "kerja), tetapi max_grade_drop {drop} tidak "
        "mengizinkan penurunan",
    ),
    "reason.outcompeted": (
        "all {n} eligible post(s) are full; the best, {position}, went to "
        "{who}, who scores {points:.1f} points more there{parts}",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, "
        "{position}, diberikan kepada {who} yang skornya {points:.1f} poin "
        "lebih tinggi di sana{parts}",
    ),
    "reason.outcompeted_plan": (
        "all {n} eligible post(s) are full; the best, {position}, went to {who}, who "
        "scores {points:.1f} points less there: the plan's total is higher that way (the "
        "options of the people involved, their cost of staying unplaced, the minimums)",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "diberikan kepada {who} yang skornya {points:.1f} poin lebih rendah di sana: "
        "total rencana lebih tinggi dengan cara itu (pilihan lain para pegawai yang "
        "terlibat, biaya tidak ditempatkan, isian minimum)",
    ),
    "reason.outcompeted_serving": (
        "all {n} eligible post(s) are full; the best, {position}, went to {who}, who "
        "scores {points:.1f} points less there but holds a post today: leaving a serving "
        "employee without a post costs the plan {extra:.1f} points more than leaving a "
        "new hire without one (objective term unplaced_serving), so serving staff come "
        "first for the seats available",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "diberikan kepada {who} yang skornya {points:.1f} poin lebih rendah di sana "
        "tetapi saat ini menjabat: pegawai yang menjabat yang dibiarkan tanpa jabatan "
        "membebani rencana {extra:.1f} poin lebih besar daripada pegawai baru (suku "
        "tujuan unplaced_serving), sehingga formasi yang ada diberikan lebih dahulu "
        "kepada pegawai yang menjabat",
    ),
    "reason.outcompeted_holder": (
        "all {n} eligible post(s) are full; the best, {position}, went to {who}, who "
        "scores {points:.1f} points less there but holds a post whose rules they meet: "
        "leaving them without a post costs the plan {extra:.1f} points more than leaving "
        "this employee without one (objective terms {terms}), so such a holder keeps a "
        "post before others are placed",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "diberikan kepada {who} yang skornya {points:.1f} poin lebih rendah di sana "
        "tetapi memegang jabatan yang syaratnya ia penuhi: membiarkannya tanpa jabatan "
        "membebani rencana {extra:.1f} poin lebih besar daripada pegawai ini (suku tujuan "
        "{terms}), sehingga pemegang seperti itu didahulukan",
    ),
    "reason.elsewhere": ("elsewhere: {why}", "di tempat lain: {why}"),
    "reason.outcompeted_seated_for": (
        "all {n} eligible post(s) are full; the best, {position}, is kept by {who}, a "
        "holder of it who would have been left without a seat of it (kept over its "
        "formasi) had this employee moved in: a holder keeps a seat of their post before "
        "anyone moves into it (keep_displaced_holders)",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "tetap dipegang {who}, pemegangnya, yang akan kehilangan formasinya (dipertahankan "
        "di luar formasi) bila pegawai ini masuk: pemegang mempertahankan kedudukannya di "
        "jabatan itu sebelum pegawai lain dipindahkan ke sana (keep_displaced_holders)",
    ),
    "reason.outcompeted_seated_late": (
        "all {n} eligible post(s) are full; the best, {position}, is kept by {who}, a "
        "holder of it whose move elsewhere would have waited for a seat until they were "
        "past the age of entering a functional post (max_age_to_enter_jf): they keep "
        "their seat (keep_displaced_holders)",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "tetap dipegang {who}, pemegangnya, yang perpindahannya ke jabatan lain akan "
        "menunggu formasi sampai usianya melewati batas masuk jabatan fungsional "
        "(max_age_to_enter_jf): ia mempertahankan formasinya (keep_displaced_holders)",
    ),
    "reason.outcompeted_seated": (
        "all {n} eligible post(s) are full; the best, {position}, is kept by {who}, a "
        "holder of it: a holder keeps a seat of their post before anyone moves into it "
        "(keep_displaced_holders)",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang terbaik, {position}, "
        "tetap dipegang {who}, pemegangnya: pemegang mempertahankan kedudukannya di "
        "jabatan itu sebelum pegawai lain dipindahkan ke sana (keep_displaced_holders)",
    ),
    "reason.seated_less": (
        ", though {who} scores {points:.1f} points less there",
        ", meskipun skor {who} {points:.1f} poin lebih rendah di sana",
    ),
    "reason.outcompeted_pin": (
        "all {n} eligible post(s) are full; the best, {position}, is held by the pin of {who}",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; yang "
        "terbaik, {position}, diisi {who} yang dikunci oleh skenario",
    ),
    "reason.tie_unplaced": (
        "all {n} eligible post(s) are full; equal score for the best, "
        "{position}: the tie was broken toward {who} (status quo first, "
        "then the canonical order by ids)",
        "semua {n} jabatan yang memenuhi syarat sudah penuh; skor sama "
        "untuk yang terbaik, {position}: diputuskan untuk {who} (status "
        "quo lebih dulu, lalu urutan baku menurut id)",
    ),
    "reason.unplaced_rule": (
        "an eligible post ({position}) has a free seat, but a rule of the "
        "scenario (unit cap, minimum fill elsewhere) keeps them out",
        "ada jabatan yang memenuhi syarat ({position}) dengan formasi "
        "kosong, tetapi aturan skenario (batas unit, isian minimum di "
        "tempat lain) mencegahnya",
    ),
    "reason.free_seat_unit_cap": (
        "an eligible post ({position}) has a free seat, but its unit {unit} is at its "
        "cap ({cap} people)",
        "ada jabatan yang memenuhi syarat ({position}) dengan formasi kosong, tetapi "
        "unit kerjanya {unit} sudah mencapai batasnya ({cap} orang)",
    ),
    "reason.free_seat_budget": (
        "an eligible post ({position}) has a free seat, but placing them there (weight "
        "{weight}) would go over {budget} (limit {limit})",
        "ada jabatan yang memenuhi syarat ({position}) dengan formasi kosong, tetapi "
        "menempatkannya di sana (bobot {weight}) akan melampaui {budget} (batas {limit})",
    ),
    "reason.own_points": ("{points} points", "{points} poin"),
    "reason.own_change": ("{points} points: {parts}", "{points} poin: {parts}"),
    "reason.own_change_seat": (
        "{points} points: {parts}; to this holder {mine:+.1f}, the rest, {seat:+.1f}, the "
        "plan's ({plans})",
        "{points} poin: {parts}; bagi pegawai ini {mine:+.1f}, sisanya, {seat:+.1f}, milik "
        "rencana ({plans})",
    ),
    "reason.free_seat_total": (
        "an eligible post ({position}) has a free seat, but placing them there would not "
        "raise the plan's total (own change {points} points against no post)",
        "ada jabatan yang memenuhi syarat ({position}) dengan formasi kosong, tetapi "
        "menempatkannya di sana tidak menaikkan total rencana (perubahan sendiri "
        "{points} poin dibanding tanpa jabatan)",
    ),
    # -- career rules of functional posts (placement.domain.career) ----------------------
    "hire_jf.empty": (
        "hire_jf_levels: an empty list would bar every new hire from every functional "
        "post; name the levels they may enter at (some of {levels}), true for Ahli "
        "Pertama, Ahli Muda, Pemula and Terampil, or null for no rule",
        "hire_jf_levels: daftar kosong akan menutup semua jabatan fungsional bagi pegawai "
        "baru; sebutkan jenjang pengangkatannya (beberapa dari {levels}), true untuk Ahli "
        "Pertama, Ahli Muda, Pemula dan Terampil, atau null tanpa aturan",
    ),
    "hire_jf.bad_level": (
        "hire_jf_levels: {level!r} is not a JF level; use some of {levels}",
        "hire_jf_levels: {level!r} bukan jenjang JF; gunakan beberapa dari {levels}",
    ),
    "jf_entry.bad_level": (
        "max_age_to_enter_jf: {level!r} is not a JF level; use one of {levels}",
        "max_age_to_enter_jf: {level!r} bukan jenjang JF; gunakan salah satu dari {levels}",
    ),
    "career.bad_range_rank": (
        "{level}: golongan {rank!r} unknown; use I/a … IV/e",
        "{level}: golongan {rank!r} tidak dikenal; gunakan I/a … IV/e",
    ),
    "config.level_unknown": (
        "'{value}' is not a level of the jabatan ladder (Pelaksana, Pengawas, "
        "Administrator, Ahli Pertama … Ahli Utama, Pemula … Penyelia, Pratama, Madya, "
        "Utama){hint}",
        "'{value}' bukan jenjang jabatan (Pelaksana, Pengawas, Administrator, Ahli "
        "Pertama … Ahli Utama, Pemula … Penyelia, Pratama, Madya, Utama){hint}",
    ),
    "config.education_unknown": (
        "'{value}' is not an education level (SD, SMP, SMA, D1, D2, D3, S1, S2, S3){hint}",
        "'{value}' bukan jenjang pendidikan (SD, SMP, SMA, D1, D2, D3, S1, S2, S3){hint}",
    ),
    "career.hold_unknown": (
        "'{family}' is not a licensed family (licensed_families){hint}",
        "'{family}' bukan keluarga jabatan berizin (licensed_families){hint}",
    ),
    "career.range_reversed": (
        "{level}: lowest golongan {lo} is above the highest {hi}",
        "{level}: golongan terendah {lo} di atas yang tertinggi {hi}",
    ),
    "career.req_licence": (
        "{family} licence {certificate!r}",
        "izin profesi {family} {certificate!r}",
    ),
    "career.req_family": ("in or certified for {family}", "dari atau bersertifikat {family}"),
    "career.req_rank_range": ("golongan range {lo}–{hi}", "rentang golongan {lo}–{hi}"),
    "career.no_family": ("no functional family", "tidak dalam rumpun jabatan fungsional"),
    "career.why_licence": (
        "{family} is a licensed profession and needs the certificate {certificate!r} in "
        "'certifications' (rule jf_licence)",
        "{family} adalah profesi berizin dan memerlukan sertifikat {certificate!r} di "
        "kolom 'certifications' (aturan jf_licence)",
    ),
    "career.why_step_back": (
        "{current} is a career step up from {family}: its members do not go back unless "
        "they ask for the post in their 'preferences' (rule jf_step_back)",
        "{current} adalah jenjang karier di atas {family}: pejabatnya tidak kembali ke "
        "sana kecuali memintanya di kolom 'preferences' (aturan jf_step_back)",
    ),
    "career.why_family": (
        "entering the functional family {family} (from: {current}) needs a certification "
        "naming it (e.g. 'Uji Kompetensi {family}') in 'certifications' (rule jf_family)",
        "masuk ke jabatan fungsional {family} (dari: {current}) memerlukan sertifikat "
        "yang menyebutnya (mis. 'Uji Kompetensi {family}') di kolom 'certifications' "
        "(aturan jf_family)",
    ),
    "career.why_rank_range": (
        "golongan {rank} is outside the {level} range {lo}–{hi} (rule jf_rank_range)",
        "golongan {rank} di luar rentang {level} {lo}–{hi} (aturan jf_rank_range)",
    ),
    "career.why_licensed_to_ja": (
        "{family} is a shortage profession; its members do not take administrative (JA) "
        "posts (rule licensed_to_ja)",
        "{family} adalah profesi yang kekurangan tenaga; pemangkunya tidak ditempatkan "
        "di jabatan administrasi (JA) (aturan licensed_to_ja)",
    ),
    "career.why_licence_to_ja": (
        "holds the licence {certificate!r} of {family}, a shortage profession; its "
        "holders do not take administrative (JA) posts (rule licensed_to_ja)",
        "memiliki izin {certificate!r} untuk {family}, profesi yang kekurangan tenaga; "
        "pemegangnya tidak ditempatkan di jabatan administrasi (JA) (aturan licensed_to_ja)",
    ),
    # -- HR exports (placement.io.hr_export) --------------------------------------------
    "hr.unknown_kind": (
        "unknown export kind {kind!r}; use employees or positions",
        "jenis ekspor {kind!r} tidak dikenal; gunakan employees atau positions",
    ),
    "hr.map_no_column": (
        "{file}: mapping {src!r}={dst!r}: no column {src!r} in the file; columns: {columns}",
        "{file}: pemetaan {src!r}={dst!r}: tidak ada kolom {src!r} di "
        "berkas; kolom yang ada: {columns}",
    ),
    "hr.map_bad_target": (
        "{file}: mapping {src!r}={dst!r}: unknown target column {dst!r}; "
        "use one of {valid} or comp:<Name>",
        "{file}: pemetaan {src!r}={dst!r}: kolom tujuan {dst!r} tidak "
        "dikenal; gunakan salah satu dari {valid} atau comp:<Nama>",
    ),
    "hr.no_column": (
        "{file}: no column for {what} (project column {target!r}); columns "
        "found: {columns}; name it with a mapping, e.g. --map 'Your "
        "Header={target}'",
        "{file}: tidak ada kolom untuk {what} (kolom proyek {target!r}); kolom "
        "yang ditemukan: {columns}; tunjuk kolomnya dengan pemetaan, misalnya "
        "--map 'Judul Kolom Anda={target}'",
    ),
    "hr.need.id": ("the NIP (e.g. 'NIP Baru')", "NIP (misalnya 'NIP Baru')"),
    "hr.need.rank": ("the golongan ('Golongan')", "golongan ('Golongan')"),
    "hr.need.education": (
        "the education level ('Tk Pendidikan')",
        "jenjang pendidikan ('Tk Pendidikan')",
    ),
    "hr.need._title": ("the position title ('Nama Jabatan')", "nama jabatan ('Nama Jabatan')"),
    "hr.need.headcount": (
        "the headcount ('Kebutuhan' / 'Formasi')",
        "formasi ('Kebutuhan' / 'Formasi')",
    ),
    "hr.need.unit": (
        "the unit ('Nama Unor' / 'Unit Kerja' / 'Satuan Kerja')",
        "unit kerja ('Nama Unor' / 'Unit Kerja' / 'Satuan Kerja')",
    ),
    "hr.not_date": (
        "not a date; write dd-mm-yyyy or yyyy-mm-dd (or an Excel date)",
        "bukan tanggal; tulis dd-mm-yyyy atau yyyy-mm-dd (atau tanggal Excel)",
    ),
    "hr.nip_scientific": (
        "the NIP was stored as a number in scientific notation and has lost "
        "digits; format the column as text in the spreadsheet and export "
        "again",
        "NIP tersimpan sebagai angka dalam notasi ilmiah dan sebagian "
        "digitnya hilang; format kolomnya sebagai teks di spreadsheet lalu "
        "ekspor ulang",
    ),
    "hr.blank_nip": (
        "blank NIP; every employee needs one",
        "NIP kosong; setiap pegawai harus memiliki NIP",
    ),
    "hr.blank_unit": (
        "blank unit; every position belongs to a unit",
        "unit kerja kosong; setiap jabatan harus berada di satu unit kerja",
    ),
    "hr.blank_title": ("blank position title and no id", "nama jabatan kosong dan tanpa id"),
    "hr.duplicate_position": (
        "the same position appears more than once (id {id!r} from unit "
        "and title); merge the rows or give each an id column ('Kode "
        "Jabatan')",
        "jabatan yang sama muncul lebih dari sekali (id {id!r} dari unit "
        "kerja dan nama jabatan); gabungkan barisnya atau beri kolom id "
        "untuk masing-masing ('Kode Jabatan')",
    ),
    # -- output folders and files -------------------------------------------------------
    "out.holds_input": (
        "{out}: the output folder holds the input file {path}; choose another --out folder",
        "{out}: folder keluaran berisi berkas masukan {path}; pilih folder --out lain",
    ),
    "out.not_folder": (
        "{out}: exists and is not a folder; choose another --out",
        "{out}: sudah ada dan bukan folder; pilih --out lain",
    ),
    "out.not_empty": (
        "{out}: folder is not empty and holds no earlier placement output; "
        "choose an empty folder or pass --force",
        "{out}: folder tidak kosong dan bukan berisi keluaran placement "
        "sebelumnya; pilih folder kosong atau tambahkan --force",
    ),
    "out.unknown_format": (
        "unknown output format(s) {formats}; choose from {valid}",
        "format keluaran {formats} tidak dikenal; pilih dari {valid}",
    ),
    "out.input_file": (
        "{path}: refusing to overwrite an input file; choose another --out folder",
        "{path}: berkas masukan tidak akan ditimpa; pilih folder --out lain",
    ),
    "lang.unsupported": (
        "report language {lang!r} is not supported; use one of {langs}",
        "bahasa laporan {lang!r} tidak didukung; gunakan salah satu dari {langs}",
    ),
    # -- command line (placement.cli, placement.cli_import) -----------------------------
    "cli.summary": (
        "{name}: {status} ({solver}{gap}) in {seconds:.1f}s — {reason}",
        "{name}: {status} ({solver}{gap}) dalam {seconds:.1f} detik — {reason}",
    ),
    "cli.gap": (", gap {gap:.2%}", ", gap {gap:.2%}"),
    "cli.indent": ("  {text}", "  {text}"),
    "cli.item": ("    - {text}", "    - {text}"),
    "cli.no_placement": ("no placement found", "tidak ditemukan penempatan"),
    "cli.conflicts": (
        "  rules that cannot all hold:",
        "  aturan yang tidak dapat dipenuhi bersamaan:",
    ),
    "cli.no_single_rule": (
        "  no single rule explains it; rerun with --relax to see which "
        "rules give way and by how much",
        "  tidak ada satu aturan pun yang menjelaskannya; jalankan ulang "
        "dengan --relax untuk melihat aturan mana yang dilonggarkan dan "
        "seberapa banyak",
    ),
    "cli.relaxed": (
        "  relaxed (conflicting rules turned into penalties):",
        "  dilonggarkan (aturan yang bertentangan dijadikan penalti):",
    ),
    "cli.kpi": ("{label} {value}", "{label} {value}"),
    "cli.written": ("  written to {out}/ ({files})", "  ditulis ke {out}/ ({files})"),
    "cli.compared": (
        "compared {n} scenarios; written to {out}/ ({files}, one folder per scenario)",
        "{n} skenario dibandingkan; ditulis ke {out}/ ({files}, satu folder per skenario)",
    ),
    "cli.validate_ok": (
        "{scenario}: ok — {employees} employees, {positions} positions, "
        "{pairs} eligible pairs; {operations} operations",
        "{scenario}: ok — {employees} pegawai, {positions} jabatan, {pairs} "
        "pasangan pegawai–jabatan yang memenuhi syarat; {operations} operasi",
    ),
    "cli.error": ("error: {text}", "error: {text}"),
    "cli.warning": ("warning: {text}", "warning: {text}"),
    "cli.warning_all": (
        "warning (every scenario): {text}",
        "warning (semua skenario): {text}",
    ),
    "cli.warning_in": ("warning ({names}): {text}", "warning ({names}): {text}"),
    "cli.interrupted": ("interrupted", "dihentikan"),
    "cli.wrote": ("wrote {path}", "menulis {path}"),
    "cli.shortlist_selection": (
        "the scenario leaves structural appointments to the Tim Penilai Kinerja and the "
        "Pansel (structural_appointments: selection): the shortlist reads it without "
        "that rule, so officials a move up would bring are candidates, and a JPT "
        "Pratama post is open to those holding a post of {pool} whatever max_grade_rise "
        "(jpt_pratama_from; PP 11/2017 Pasal 107: their two years in it and their age "
        "are the Pansel's to verify). * and the costs refer to that plan, which may "
        "appoint them, not to the scenario's own placement",
        "skenario menyerahkan pengangkatan struktural kepada Tim Penilai Kinerja dan "
        "Pansel (structural_appointments: selection): daftar calon membacanya tanpa "
        "aturan itu, sehingga pejabat yang akan naik menjadi calon, dan jabatan JPT "
        "Pratama terbuka bagi pemangku jabatan {pool} berapa pun max_grade_rise "
        "(jpt_pratama_from; PP 11/2017 Pasal 107: dua tahun masa jabatannya dan usianya "
        "diperiksa Pansel). * dan biayanya mengacu pada rencana itu, yang dapat "
        "mengangkat mereka, bukan pada penempatan skenario sendiri",
    ),
    "cli.shortlist_selection_band": (
        "the scenario leaves structural appointments to the Tim Penilai Kinerja and the "
        "Pansel (structural_appointments: selection): the shortlist reads it without "
        "that rule, so officials a move up would bring are candidates; its own "
        "jpt_pratama_from is empty, so max_grade_rise bars a JPT post to those more "
        "kelas below it. * and the costs refer to that plan, which may appoint them, "
        "not to the scenario's own placement",
        "skenario menyerahkan pengangkatan struktural kepada Tim Penilai Kinerja dan "
        "Pansel (structural_appointments: selection): daftar calon membacanya tanpa "
        "aturan itu, sehingga pejabat yang akan naik menjadi calon; jpt_pratama_from "
        "skenario itu kosong, sehingga max_grade_rise menutup jabatan JPT bagi yang "
        "kelasnya lebih jauh di bawahnya. * dan biayanya mengacu pada rencana itu, yang "
        "dapat mengangkat mereka, bukan pada penempatan skenario sendiri",
    ),
    "gen.exists": (
        "refusing to overwrite {paths} (pass overwrite=True)",
        "{paths} tidak akan ditimpa (berikan overwrite=True, atau --force di baris perintah)",
    ),
    "cli.templates_exist": (
        "{path} exists; choose an empty folder for templates",
        "{path} sudah ada; pilih folder kosong untuk templat",
    ),
    "import.read": ("read {n} rows from {file}", "membaca {n} baris dari {file}"),
    "import.wrote": ("wrote {n} {what} to {path}", "menulis {n} {what} ke {path}"),
    "import.dropped": (
        "left out {n} column(s) ({why}): {cols}",
        "{n} kolom tidak diimpor ({why}): {cols}",
    ),
    "import.next": (
        "check the tables with: placement validate <scenario.yaml>",
        "periksa tabel dengan: placement validate <skenario.yaml>",
    ),
    "import.bad_map": (
        "--map {map!r}: write SOURCE=TARGET, e.g. --map 'Gol Ruang=rank'",
        "--map {map!r}: tulis SUMBER=TUJUAN, misalnya --map 'Gol Ruang=rank'",
    ),
    "import.unknown_type": (
        "{path}: unknown output type {suffix!r}; use {types}",
        "{path}: jenis berkas keluaran {suffix!r} tidak dikenal; gunakan {types}",
    ),
    "import.exists": (
        "{path}: the file exists; add --force to replace it",
        "{path}: berkas sudah ada; tambahkan --force untuk menimpanya",
    ),
    "import.positions_out": (
        "--positions-out derives positions from an employee export; use "
        "--kind employees (a peta jabatan goes to --out)",
        "--positions-out menurunkan jabatan dari ekspor data pegawai; "
        "gunakan --kind employees (peta jabatan ditulis ke --out)",
    ),
    "import.same_files": (
        "--out, --units-out and --positions-out must be different files",
        "--out, --units-out dan --positions-out harus berkas yang berbeda",
    ),
    "import.not_found": (
        "{file}: file not found; check the path",
        "{file}: berkas tidak ditemukan; periksa path-nya",
    ),
    # -- national ASN export, input checks, one validation pass (issue 11) --------------
    "import.became": ("  {src!r} → {target}", "  {src!r} → {target}"),
    "import.warning": ("warning: {text}", "warning: {text}"),
    "hr.became._title_front": ("name (degree in front)", "name (gelar depan)"),
    "hr.became._title_back": ("name (degree after)", "name (gelar belakang)"),
    "hr.became._title": (
        "the current post's title (post id = unit + title)",
        "nama jabatan saat ini (id jabatan = unit kerja + nama jabatan)",
    ),
    "hr.became._unor": ("the unit (UNOR)", "unit kerja (UNOR)"),
    "hr.became._satker": ("the OPD (the unit's parent)", "perangkat daerah (induk unit kerja)"),
    "hr.became._kind": ("the post's kind (JPT / JA / JF)", "jenis jabatan (JPT / JA / JF)"),
    "hr.became._eselon": ("the post's level (from the eselon)", "jenjang jabatan (dari eselon)"),
    "hr.became._level": ("the post's level", "jenjang jabatan"),
    "hr.became._jenis_pegawai": (
        "status (PNS / PPPK / PPPK Paruh Waktu)",
        "status kepegawaian (PNS / PPPK / PPPK Paruh Waktu)",
    ),
    "hr.became._grade": ("the post's grade (kelas jabatan)", "kelas jabatan"),
    "hr.left.personal": (
        "personal data placement does not need",
        "data pribadi yang tidak diperlukan placement",
    ),
    "hr.left.regency": (
        "the regency itself, the same on every row: not a unit",
        "pemerintah daerah itu sendiri, sama di setiap baris: bukan unit kerja",
    ),
    "hr.left.kind_of_post": (
        "the kind of post, shared by every office: post ids are made from unit and title",
        "jenis jabatan, sama di semua kantor: id jabatan dibentuk dari unit kerja dan nama jabatan",
    ),
    "hr.left.unit_id": (
        "unit ids are made from the OPD and UNOR names",
        "id unit kerja dibentuk dari nama perangkat daerah dan UNOR",
    ),
    "hr.left.decree": (
        "decree numbers and dates, not used for placement",
        "nomor dan tanggal SK, tidak dipakai untuk penempatan",
    ),
    "hr.left.other_id": ("another identifier; the NIP is the id", "identitas lain; NIP menjadi id"),
    "hr.left.first_rank": (
        "the first golongan; the last one is used",
        "golongan awal; golongan akhir yang dipakai",
    ),
    "hr.left.bup": (
        "the retirement age; the retirement date is used when given",
        "batas usia pensiun; tanggal pensiun dipakai bila ada",
    ),
    "hr.left.code": ("a code whose name column is used", "kode yang kolom namanya dipakai"),
    "hr.left.unused": ("not used by placement", "tidak dipakai placement"),
    "hr.eselon_inferred": (
        "no eselon for {n} {what} in structural posts: levels read from "
        "the title: {rules}; add an 'ESELON NAMA' column (or check them)",
        "{n} {what} di jabatan struktural tanpa eselon: jenjang dibaca dari "
        "nama jabatan: {rules}; tambahkan kolom 'ESELON NAMA' (atau "
        "periksa hasilnya)",
    ),
    "data.id_number": (
        "{what} id stored as a number, which keeps only 15 digits (an "
        "18-digit NIP loses its last ones); format the id column as Text in "
        "Excel and type the ids again",
        "id {what} tersimpan sebagai angka, yang hanya menyimpan 15 digit (NIP "
        "18 digit kehilangan digit terakhirnya); format kolom id sebagai Teks "
        "di Excel lalu ketik ulang id-nya",
    ),
    "data.comma_list": (
        "a comma inside a ';' list; separate the items with ';' (e.g. {fixed!r})",
        "ada koma di dalam daftar ';'; pisahkan butirnya dengan ';' (misalnya {fixed!r})",
    ),
    "data.python_value": (
        "a Python list or dict in a cell; only the ';' list columns "
        "({lists}) take lists: write text or a number",
        "ada list atau dict Python di dalam sel; hanya kolom daftar ';' "
        "({lists}) yang menerima list: tulis teks atau angka",
    ),
    "data.not_a_table": (
        "the {table} table must be a DataFrame, a dict of columns or a list of records ({error})",
        "tabel {table} harus berupa DataFrame, dict kolom, atau list baris ({error})",
    ),
    "data.import_hint.employees": (
        "; these look like HR export headers: convert the file "
        "with 'placement import {file} --out employees.csv' (add "
        "--map 'Header=column' for headers it does not know)",
        "; ini tampaknya judul kolom ekspor data kepegawaian: "
        "ubah berkasnya dengan 'placement import {file} --out "
        "employees.csv' (tambahkan --map 'Judul=kolom' untuk judul "
        "yang tidak dikenal)",
    ),
    "data.import_hint.positions": (
        "; these look like peta jabatan headers: convert the file "
        "with 'placement import {file} --kind positions --out "
        "positions.csv' (add --map 'Header=column' for headers it "
        "does not know)",
        "; ini tampaknya judul kolom peta jabatan: ubah berkasnya "
        "dengan 'placement import {file} --kind positions --out "
        "positions.csv' (tambahkan --map 'Judul=kolom' untuk judul "
        "yang tidak dikenal)",
    ),
    "explain.no_employee": (
        "no employee with id or name {employee!r}; close matches: {matches}{more}",
        "tidak ada pegawai dengan id atau nama {employee!r}; yang mirip: {matches}{more}",
    ),
    "explain.several_employees": (
        "several employees are named {employee!r}: {matches}{more}; give the id (NIP)",
        "beberapa pegawai bernama {employee!r}: {matches}{more}; berikan id-nya (NIP)",
    ),
    "legal.not_active": (
        "{n} employee(s) not in active legal status ({values}) are not "
        "placed; they are listed as unplaced with the reason",
        "{n} pegawai dengan kedudukan hukum tidak aktif ({values}) tidak "
        "ditempatkan; mereka tercantum sebagai tidak ditempatkan beserta "
        "alasannya",
    ),
    "legal.reason": (
        "legal status {value!r} (KEDUDUKAN HUKUM): not in active service",
        "kedudukan hukum {value!r}: tidak dalam status aktif",
    ),
    "explain.why_performance_rise": (
        "a promosi (kelas {now} → {grade}) on an SKP rating of {rating}; a higher post "
        "asks for {need} or better (rule min_performance_to_rise)",
        "promosi (kelas {now} → {grade}) dengan predikat kinerja {rating}; jabatan yang "
        "lebih tinggi memerlukan minimal {need} (aturan min_performance_to_rise)",
    ),
    "explain.why_years_in_post": (
        "{years:.1f} year(s) in the current post (TMT JABATAN); moves need at least {need:g}",
        "{years:.1f} tahun dalam jabatan saat ini (TMT JABATAN); "
        "mutasi memerlukan minimal {need:g}",
    ),
    # -- limits: numbers, work, structure (placement.limits; issue 13) -------------------
    "limits.objective_range": (
        "objective term {term!r} (weight {weight:g}) gives scores "
        "beyond the solvers' integer range on this roster; lower its "
        "weight or the priorities",
        "komponen tujuan {term!r} (bobot {weight:g}) menghasilkan skor "
        "di luar rentang bilangan bulat solver pada data ini; turunkan "
        "bobot atau prioritasnya",
    ),
    "cli.usage": (
        "error: {text} (see '{command} --help')",
        "error: {text} (lihat '{command} --help')",
    ),
    "limits.not_finite": ("not a finite number{fix}", "bukan angka terhingga{fix}"),
    "limits.workload_huge": (
        "too large (at most 1e12 per cell)",
        "terlalu besar (maksimal 1e12 per sel)",
    ),
    "limits.op_headcount": (
        "{where}: position {position!r} would get a headcount of "
        "{value:,.0f}; at most {maximum:,} per position",
        "{where}: jabatan {position!r} akan mendapat formasi {value:,.0f}; "
        "maksimal {maximum:,} per jabatan",
    ),
    "limits.budget_weight": (
        "budget weight column {column!r} of employees {ids}: must be a "
        "number from 0 to {maximum:,}",
        "kolom bobot anggaran {column!r} pegawai {ids}: harus angka 0 sampai {maximum:,}",
    ),
    "limits.option": (
        "command line: {option} {value}: {error}",
        "baris perintah: {option} {value}: {error}",
    ),
    "limits.file_size": (
        "{path}: {size:,} MB{what}, more than the {limit:,} MB allowed; "
        "raise the limit with the environment variable {var}",
        "{path}: {size:,} MB{what}, melebihi batas {limit:,} MB; naikkan "
        "batasnya dengan variabel lingkungan {var}",
    ),
    "limits.unpacked": (" unpacked", " setelah diekstrak"),
    "limits.rows": (
        "{path}: {n:,} rows, more than the {limit:,} allowed; raise the limit "
        "with the environment variable {var}",
        "{path}: {n:,} baris, melebihi batas {limit:,}; naikkan batasnya dengan "
        "variabel lingkungan {var}",
    ),
    "limits.columns": (
        "{path}: {n:,} columns, more than the {limit:,} allowed; raise the "
        "limit with the environment variable {var}",
        "{path}: {n:,} kolom, melebihi batas {limit:,}; naikkan batasnya "
        "dengan variabel lingkungan {var}",
    ),
    "limits.yaml_depth": (
        "{file}: nested more than {limit} levels deep; flatten it, or raise "
        "the limit with the environment variable {var}",
        "{file}: bersarang lebih dari {limit} tingkat; ratakan, atau naikkan "
        "batasnya dengan variabel lingkungan {var}",
    ),
    "limits.extends": (
        "{file}: 'extends' chain longer than {limit} files; shorten it, or "
        "raise the limit with the environment variable {var}",
        "{file}: rantai 'extends' lebih dari {limit} berkas; perpendek, atau "
        "naikkan batasnya dengan variabel lingkungan {var}",
    ),
    "limits.not_regular": (
        "{path}: not a regular file (a device, pipe or socket); give the path of a file",
        "{path}: bukan berkas biasa (perangkat, pipa atau soket); berikan path sebuah berkas",
    ),
    "limits.date_range": (
        "date outside 1900-01-01 … 2100-12-31",
        "tanggal di luar 1900-01-01 … 2100-12-31",
    ),
    "limits.duplicate_header": (
        "{path}: column {column!r} appears more than once in the header; rename or remove the copy",
        "{path}: kolom {column!r} muncul lebih dari sekali di baris "
        "judul; ganti nama atau hapus salinannya",
    ),
    "limits.control_chars": (
        "holds control characters (tab, line break or other invisible characters); retype the id",
        "berisi karakter kendali (tab, ganti baris atau karakter tak "
        "terlihat lain); ketik ulang id-nya",
    ),
    "limits.self_parent": (
        "a unit cannot be its own parent",
        "unit kerja tidak dapat menjadi induk dirinya sendiri",
    ),
    "limits.parent_cycle": (
        "parent units form a cycle ({cycle}); one of them must be a top-level unit",
        "unit induk membentuk siklus ({cycle}); salah satunya harus unit tingkat atas",
    ),
    "limits.merge_into": (
        "{where}: 'into' unit {id!r} is not an existing unit (to create a "
        "new unit give it a 'name' too){hint}",
        "{where}: unit 'into' {id!r} bukan unit yang ada (untuk membuat unit "
        "baru beri juga 'name'){hint}",
    ),
    "limits.utf16": (
        "{path}: the file is UTF-16 text; save it as CSV UTF-8 (Excel: Save As → CSV UTF-8)",
        "{path}: berkas berupa teks UTF-16; simpan sebagai CSV UTF-8 (Excel: Save As → CSV UTF-8)",
    ),
    # -- decision makers' report (placement.report.decision, proposal, shortlist) -------
    "sum.people": (
        "Of {employees} employees, {stays} stay in their post{pending} and {changes} "
        "change post: {rotasi} by rotation within their agency (OPD) and {mutasi} "
        "by transfer (mutasi) to another agency.",
        "Dari {employees} pegawai, {stays} tetap di jabatannya{pending} dan {changes} "
        "berpindah jabatan: {rotasi} rotasi di dalam OPD dan {mutasi} mutasi ke "
        "OPD lain.",
    ),
    "sum.people_pending": (
        ", {n} more are kept in it over its formasi pending the PPK's decision",
        ", {n} lainnya dipertahankan di jabatannya di luar formasi menunggu keputusan PPK",
    ),
    "sum.reorganised": (
        "Of those who keep their post, {n} serve in an office the scenario merges or "
        "renames ({units}): no move, but each needs an SK into the new organisation "
        "before it takes effect.",
        "Dari yang tetap di jabatannya, {n} bertugas di perangkat daerah yang digabung "
        "atau diganti namanya oleh skenario ini ({units}): bukan mutasi, tetapi "
        "masing-masing memerlukan SK ke organisasi baru sebelum berlaku.",
    ),
    "sum.reorganised_tpk": (
        "Of them, {n} ({who}) hold a structural post whose seat the plan's notes put to "
        "the Tim Penilai Kinerja (the decisions list, a move's reason), against an "
        "official whose post the scenario closes: their SK into the new organisation "
        "waits on it.",
        "Di antaranya, {n} ({who}) memegang jabatan struktural yang formasinya oleh "
        "catatan rencana (daftar keputusan, alasan perpindahan) diserahkan kepada Tim "
        "Penilai Kinerja, berhadapan dengan pejabat yang jabatannya ditutup skenario ini: "
        "SK-nya ke organisasi baru menunggu pertimbangan itu.",
    ),
    "sum.reorganised_tpk_movers": (
        "So does the move of {n} of the officials weighed against them, whom the plan "
        "places in another post meanwhile ({who}): signed first, it would settle by "
        "default what the Tim Penilai Kinerja is to weigh; date it after its decision.",
        "Demikian pula perpindahan {n} pejabat yang ditimbang berhadapan dengan mereka, "
        "yang sementara itu ditempatkan rencana di jabatan lain ({who}): bila "
        "ditandatangani lebih dahulu, SK itu dengan sendirinya memutus apa yang harus "
        "ditimbang Tim Penilai Kinerja; tetapkan sesudah keputusannya.",
    ),
    "sum.reorganised_unit": ("{before} → {after}: {n}", "{before} → {after}: {n}"),
    "sum.grades": (
        "Of those, {promosi} move to a higher jabatan (promotion) and {demosi} to "
        "a lower one (demotion).",
        "Di antaranya {promosi} pindah ke jabatan yang lebih tinggi (promosi) dan "
        "{demosi} ke jabatan yang lebih rendah (demosi).",
    ),
    "sum.kelas": (
        "{up} move to a higher kelas jabatan at the same level of post (Pelaksana to "
        "Pelaksana or to a JF Terampil, Pengawas to Pengawas or to a JF Ahli Muda …) and "
        "{down} to a lower one: another kelas, not a promotion or a demotion.",
        "{up} pindah ke kelas jabatan yang lebih tinggi pada jenjang jabatan yang sama "
        "(Pelaksana ke Pelaksana atau ke JF Terampil, Pengawas ke Pengawas atau ke JF "
        "Ahli Muda …) dan {down} ke kelas yang lebih rendah: kelas jabatan berubah, bukan "
        "promosi atau demosi.",
    ),
    "sum.review_tpk": (
        "Administrator or Pengawas posts among the new posts: {n}. The Tim Penilai "
        "Kinerja considers these appointments before the SK.",
        "Jabatan Administrator atau Pengawas di antara jabatan baru: {n}. Pengangkatan "
        "ini dipertimbangkan Tim Penilai Kinerja sebelum SK.",
    ),
    "sum.review_pansel": (
        "JPT posts among the new posts: {n}. A JPT post is filled only by open "
        "selection (Pansel): for these the plan can only propose a candidate.",
        "JPT di antara jabatan baru: {n}. JPT hanya diisi melalui seleksi terbuka "
        "(Pansel): untuk jabatan ini rencana hanya dapat mengusulkan calon.",
    ),
    "sum.review_skp_check": (
        "Moves to a higher kelas jabatan (promotions or kelas steps) or into a JF from "
        "outside it of people whose SKP rating is below Baik: {n}. A higher kelas asks "
        "for an SKP of at least Baik in the last two years, an entry into a JF "
        "(perpindahan) at least Baik in the last year, which one rating in the roster "
        "cannot show: check these before the SK.",
        "Perpindahan ke kelas jabatan yang lebih tinggi (promosi atau kenaikan kelas) "
        "atau ke dalam JF dari luar JF itu, pegawai dengan predikat SKP di bawah Baik: "
        "{n}. Kelas jabatan yang lebih tinggi mensyaratkan SKP paling rendah Baik dalam "
        "dua tahun terakhir, perpindahan ke dalam JF paling rendah Baik dalam satu tahun "
        "terakhir, yang tidak terlihat dari satu predikat dalam data: periksa sebelum SK.",
    ),
    "sum.review_skp_unknown": (
        "Moves to a higher kelas jabatan (promotions or kelas steps) or into a JF from "
        "outside it of people without an SKP rating in the roster: {n}. Both ask for an "
        "SKP of at least Baik (a higher kelas in the last two years, an entry into a JF "
        "in the last year): check these before the SK.",
        "Perpindahan ke kelas jabatan yang lebih tinggi (promosi atau kenaikan kelas) "
        "atau ke dalam JF dari luar JF itu, pegawai tanpa predikat SKP dalam data: {n}. "
        "Keduanya mensyaratkan SKP paling rendah Baik (kelas yang lebih tinggi dalam "
        "dua tahun terakhir, perpindahan ke dalam JF dalam satu tahun terakhir): "
        "periksa sebelum SK.",
    ),
    "sum.review_skp_mutasi": (
        "Officials rated below Baik (SKP) whom this plan moves to another post: {n} of "
        "the {moves} moves; {across} of them into another OPD, {k} OPD(s) in all (the "
        "most: {opds}). No rule asks an SKP for a mutasi as such (the checks above name "
        "the moves that ask one), but the receiving OPD takes on their coaching "
        "(pembinaan kinerja): tell its head before the SK.",
        "Pejabat dengan predikat SKP di bawah Baik yang dipindahkan rencana ini ke "
        "jabatan lain: {n} dari {moves} perpindahan; {across} di antaranya ke OPD lain, "
        "seluruhnya {k} OPD (terbanyak: {opds}). Tidak ada aturan yang mensyaratkan SKP "
        "untuk mutasi itu sendiri (pemeriksaan di atas menyebut perpindahan yang "
        "mensyaratkannya), tetapi OPD penerima meneruskan pembinaan kinerjanya: "
        "sampaikan kepada kepalanya sebelum SK.",
    ),
    "sum.review_skp_mutasi_even": (
        "Officials rated below Baik (SKP) whom this plan moves to another post: {n} of "
        "the {moves} moves; {across} of them into another OPD, {k} OPD(s) in all, as many "
        "into each. No rule asks an SKP for a mutasi as such (the checks above name the "
        "moves that ask one), but the receiving OPD takes on their coaching (pembinaan "
        "kinerja): tell its head before the SK.",
        "Pejabat dengan predikat SKP di bawah Baik yang dipindahkan rencana ini ke "
        "jabatan lain: {n} dari {moves} perpindahan; {across} di antaranya ke OPD lain, "
        "seluruhnya {k} OPD, sama banyak ke masing-masing. Tidak ada aturan yang "
        "mensyaratkan SKP untuk mutasi itu sendiri (pemeriksaan di atas menyebut "
        "perpindahan yang mensyaratkannya), tetapi OPD penerima meneruskan pembinaan "
        "kinerjanya: sampaikan kepada kepalanya sebelum SK.",
    ),
    "sum.review_skp_weak_moves": (
        "Officials rated below Baik (SKP) whom this plan moves to another post: {n} of "
        "the {moves} moves, none of them into another OPD.",
        "Pejabat dengan predikat SKP di bawah Baik yang dipindahkan rencana ini ke "
        "jabatan lain: {n} dari {moves} perpindahan, tidak satu pun ke OPD lain.",
    ),
    "sum.opd_count": ("{opd} {n}", "{opd} {n}"),
    "sum.review_skp_priority": (
        "Moves of people rated below Baik into a post of a higher priority than their own (a "
        "priority below 1, of a post with less work than staff by its ABK, EJ below 1, read "
        "as 1: a move out of one is no step up): {n}; people rated below Baik without a post "
        "of their own (new hires) placed in a post of priority above 1: {hires}. No rule asks "
        "for an SKP there, but a post the plan needs more is better given to a colleague "
        "rated Baik or better (the objective weighs it where the term skp_step is on): check "
        "these before the SK.",
        "Perpindahan pegawai dengan predikat SKP di bawah Baik ke jabatan dengan prioritas "
        "lebih tinggi daripada jabatannya (prioritas di bawah 1, dari jabatan yang menurut "
        "ABK-nya bebannya lebih kecil daripada pegawainya, EJ di bawah 1, dibaca 1: "
        "perpindahan darinya bukan kenaikan): {n}; pegawai dengan predikat di bawah Baik "
        "tanpa jabatan sendiri (pegawai baru) yang ditempatkan di jabatan dengan prioritas di "
        "atas 1: {hires}. Tidak ada aturan yang mensyaratkan SKP di sana, tetapi jabatan yang "
        "lebih dibutuhkan rencana lebih baik diberikan kepada rekan dengan predikat Baik atau "
        "lebih (fungsi tujuan menimbangnya bila unsur skp_step aktif): periksa sebelum SK.",
    ),
    "sum.licence_missing": (
        "People in a licensed post without its certificate in the roster: {n} ({which}). "
        "They keep their own post (no rule takes it from them); a licensed profession "
        "needs its certificate: obtain it, or plan for it (licence_check in the "
        "placements; listed by name below).",
        "Pegawai yang menduduki jabatan berizin tanpa sertifikatnya dalam data: {n} "
        "({which}). Mereka tetap pada jabatannya (tidak ada aturan yang mencabutnya); "
        "profesi berizin memerlukan sertifikatnya: lengkapi, atau rencanakan "
        "(licence_check pada daftar penempatan; rinciannya di bawah).",
    ),
    "sum.licence_missing_placed": (
        "People in a licensed post without its certificate in the roster: {n} ({which}); "
        "{kept} of them keep their own post and {placed} are placed there by this plan "
        "(the career rules are lenient or off). A licensed profession needs its "
        "certificate: obtain it, or plan for it (licence_check in the placements; "
        "listed by name below).",
        "Pegawai yang menduduki jabatan berizin tanpa sertifikatnya dalam data: {n} "
        "({which}); {kept} di antaranya tetap pada jabatannya dan {placed} ditempatkan "
        "di sana oleh rencana ini (aturan karier lenient atau off). Profesi berizin "
        "memerlukan sertifikatnya: lengkapi, atau rencanakan (licence_check pada daftar "
        "penempatan; rinciannya di bawah).",
    ),
    "sum.licence_missing_listed": (
        "People in a licensed post without its certificate in the roster: {n} ({which}). "
        "{listed} of them are on the decisions list, for the PPK to decide (decisions."
        "csv); the other {rest} keep their own post, which no rule of this scenario takes "
        "from them. A licensed profession needs its certificate: obtain it, or plan for "
        "it (licence_check in the placements; listed by name below).",
        "Pegawai yang menduduki jabatan berizin tanpa sertifikatnya dalam data: {n} "
        "({which}). {listed} di antaranya ada dalam daftar keputusan, untuk diputuskan "
        "PPK (decisions.csv); {rest} lainnya tetap pada jabatannya, yang tidak dicabut "
        "aturan skenario ini. Profesi berizin memerlukan sertifikatnya: lengkapi, atau "
        "rencanakan (licence_check pada daftar penempatan; rinciannya di bawah).",
    ),
    "sum.licence_missing_all_listed": (
        "People in a licensed post without its certificate in the roster: {n} ({which}). "
        "All of them are on the decisions list, for the PPK to decide (decisions.csv). A "
        "licensed profession needs its certificate: obtain it, or plan for it "
        "(licence_check in the placements; listed by name below).",
        "Pegawai yang menduduki jabatan berizin tanpa sertifikatnya dalam data: {n} "
        "({which}). Semuanya ada dalam daftar keputusan, untuk diputuskan PPK "
        "(decisions.csv). Profesi berizin memerlukan sertifikatnya: lengkapi, atau "
        "rencanakan (licence_check pada daftar penempatan; rinciannya di bawah).",
    ),
    "sum.licence_missing_placed_listed": (
        "People in a licensed post without its certificate in the roster: {n} ({which}). "
        "{listed} of them are on the decisions list, for the PPK to decide (decisions."
        "csv); {rest} keep their own post, which no rule of this scenario takes from "
        "them, and {placed} are placed there by this plan (the career rules are lenient "
        "or off). A licensed profession needs its certificate: obtain it, or plan for it "
        "(licence_check in the placements; listed by name below).",
        "Pegawai yang menduduki jabatan berizin tanpa sertifikatnya dalam data: {n} "
        "({which}). {listed} di antaranya ada dalam daftar keputusan, untuk diputuskan "
        "PPK (decisions.csv); {rest} tetap pada jabatannya, yang tidak dicabut aturan "
        "skenario ini, dan {placed} ditempatkan di sana oleh rencana ini (aturan karier "
        "lenient atau off). Profesi berizin memerlukan sertifikatnya: lengkapi, atau "
        "rencanakan (licence_check pada daftar penempatan; rinciannya di bawah).",
    ),
    "sum.review_jf_track": (
        "Moves that go through uji kompetensi: {n} (a level up in the same JF, from "
        "the skilled track of a JF to its expert track, Terampil to Ahli Pertama, or "
        "into a JF family from another post, a perpindahan, whether or not a licence "
        "opens the family): check it before the SK.",
        "Perpindahan yang melalui uji kompetensi: {n} (naik jenjang dalam JF yang sama, "
        "dari jenjang keterampilan ke jenjang keahlian jabatan fungsional, Terampil ke "
        "Ahli Pertama, atau ke rumpun jabatan fungsional dari jabatan lain, perpindahan "
        "jabatan, baik rumpun itu dibuka oleh izin maupun tidak): periksa sebelum SK.",
    ),
    "sum.review_jf_leave": (
        "Moves out of a functional post into a post of another kind (JA, JPT) or JF "
        "family: {n}. Each asks for the pemberhentian from the JF with the SK (jf_leave), "
        "beside the checks of a family it enters.",
        "Perpindahan dari jabatan fungsional ke jabatan jenis lain (JA, JPT) atau rumpun "
        "JF lain: {n}. Masing-masing memerlukan pemberhentian dari JF bersama SK "
        "(jf_leave), selain pemeriksaan rumpun yang dimasukinya.",
    ),
    "sum.seat_far": (
        "Of those, {n} go into posts whose seats that wait are sure to be free only past "
        "the plan's horizon ({end}): as many of their SKs as such a post holds over "
        "formasi are none to sign until a holder leaves (the PPK's decision on one kept "
        "pending may have them do so): {who}.",
        "Di antaranya, {n} masuk ke jabatan yang formasinya yang ditunggu baru pasti "
        "kosong setelah cakrawala rencana ({end}): SK sebanyak kelebihan formasi jabatan "
        "itu belum dapat ditandatangani sampai ada pemangku yang keluar (keputusan PPK "
        "atas pemangku yang menunggu dapat membuatnya keluar): {who}.",
    ),
    "sum.left_out_age": (
        "{n} official(s) are not moved into a functional post whose seat would have been "
        "sure to be free only once they are past the age of entering it from another post "
        "(max_age_to_enter_jf): the plan left that move out and placed them otherwise. "
        "The decisions list gives the post, the day their SK would have to be dated "
        "before and any holders of it kept pending the PPK's decision, whose seat a "
        "decision frees (decisions.csv: left_out_past_entry_age): {who}.",
        "{n} pejabat tidak dipindahkan ke jabatan fungsional yang formasinya baru pasti "
        "kosong setelah usianya melewati batas perpindahan dari jabatan lain "
        "(max_age_to_enter_jf): rencana tidak memasukkan perpindahan itu dan "
        "menempatkan mereka di tempat lain. Daftar keputusan menyebutkan jabatan itu, "
        "tanggal sebelum SK mereka harus ditetapkan, dan pemangkunya yang menunggu "
        "keputusan PPK bila ada, yang formasinya kosong bila diputuskan (decisions.csv: "
        "left_out_past_entry_age): {who}.",
    ),
    "sum.seat_age": (
        "Of the moves into posts held over formasi, {n} go into a functional post whose "
        "seat is sure to be free only once "
        "the person is past the age of entering it from another post "
        "(max_age_to_enter_jf): their SK is to be dated before then, so a seat must be "
        "freed for them first (the PPK's decision on one who stays), or the move cannot "
        "be made (each reason and the SK list give the day): {who}.",
        "Dari perpindahan ke jabatan yang diisi di luar formasinya, {n} masuk ke jabatan "
        "fungsional yang formasinya baru pasti kosong "
        "setelah pegawainya melewati batas usia perpindahan ke jabatan itu dari jabatan "
        "lain (max_age_to_enter_jf): SK-nya harus bertanggal sebelum itu, sehingga "
        "formasi harus dikosongkan lebih dahulu untuknya (keputusan PPK atas pemangku "
        "yang tetap), atau perpindahan itu tidak dapat dilakukan (setiap alasan dan "
        "daftar SK menyebut tanggalnya): {who}.",
    ),
    "sum.review_seat_check": (
        "Moves into a post that holds people over its formasi whom the plan keeps there "
        "(until their BUP, or pending the PPK's decision): {n}. {wait} of them take a "
        "seat only once as many leave (as many as the post holds over formasi): date "
        "those SKs after the exits (seat_check seat_after_exit; each move's reason names "
        "those kept, how many wait, and by when the post is back within its formasi).{first}",
        "Perpindahan ke jabatan yang diisi pegawai di luar formasinya yang tetap di sana "
        "(sampai BUP, atau menunggu keputusan PPK): {n}. {wait} di antaranya baru "
        "menempati formasi setelah sebanyak itu keluar (sebanyak pegawai di luar formasi "
        "jabatan itu): TMT SK-nya ditetapkan sesudahnya (seat_check seat_after_exit; "
        "alasan setiap perpindahan menyebut yang dipertahankan, berapa yang menunggu, dan "
        "kapan jabatan itu kembali sesuai formasinya).{first}",
    ),
    "sum.review_seat_first": (
        " The other {n} take(s) a seat free now, first in turn (seat_first).",
        " {n} lainnya menempati formasi yang kosong sekarang, lebih dahulu (seat_first).",
    ),
    "sum.review_jf_track_held": (
        "Moves into a JF family whose uji kompetensi the person has passed (their "
        "certifications name it): {n}: verify the certificate before the SK.",
        "Perpindahan ke rumpun jabatan fungsional yang uji kompetensinya sudah dilulusi "
        "pegawai (tercantum dalam sertifikasinya): {n}: verifikasi sertifikatnya sebelum SK.",
    ),
    "sum.review_jf_check": (
        "Moves to a functional level that rests on the angka kredit (a level up in the "
        "same JF, or entry into a JF at Ahli Muda, Mahir or above): {n}. The roster "
        "holds no angka kredit: check it before the SK.",
        "Perpindahan ke jenjang jabatan fungsional yang bergantung pada angka kredit "
        "(naik jenjang dalam JF yang sama, atau masuk ke JF pada jenjang Ahli Muda, "
        "Mahir atau lebih tinggi): {n}. Data tidak memuat angka kredit: periksa sebelum "
        "SK.",
    ),
    "sum.new": (
        "{placed} of {total} new hires are placed.",
        "{placed} dari {total} pegawai baru ditempatkan.",
    ),
    "sum.no_post": (
        "{lost} current officials are left without a post{paid}; {unplaced} people in "
        "all have no post after placement (listed below).",
        "{lost} pemangku jabatan tidak lagi mendapat jabatan{paid}; seluruhnya "
        "{unplaced} pegawai tanpa jabatan setelah penempatan (lihat daftar di "
        "bawah).",
    ),
    "sum.no_post_paid": (
        " (their pay, {cost} a month, stays on the payroll until the PPK decides on "
        "them; the units' monthly cost after the plan leaves it out: "
        "monthly_cost_without_post)",
        " (gajinya, {cost} sebulan, tetap dibayar sampai PPK memutuskan; biaya bulanan "
        "unit setelah rencana tidak memuatnya: monthly_cost_without_post)",
    ),
    "sum.selection": (
        "Left open for the appointing bodies (structural_appointments: selection): "
        "{tpk} Administrator or Pengawas post(s) for the Tim Penilai Kinerja and "
        "{pansel} JPT post(s) for the Pansel (column selection of the vacancies); the "
        "plan moves nobody into them but across from another structural post, and then "
        "only one whose own post has no seat for them: no sitting official is moved "
        "aside or rotated. "
        "placement shortlist SCENARIO --position ID lists a post's candidates by merit, "
        "with what each appointment would cost a plan free to make it.",
        "Dibiarkan terbuka bagi pejabat yang berwenang (structural_appointments: "
        "selection): {tpk} jabatan Administrator atau Pengawas untuk Tim Penilai Kinerja "
        "dan {pansel} jabatan JPT untuk Pansel (kolom selection pada daftar lowongan); "
        "rencana ini tidak memindahkan siapa pun ke jabatan itu kecuali secara setara "
        "dari jabatan struktural lain, dan hanya pejabat yang jabatannya tidak lagi "
        "tersedia untuknya: tidak ada pejabat yang menjabat digeser atau dirotasi. "
        "placement shortlist SCENARIO --position ID memuat "
        "calon suatu jabatan menurut merit, dengan biaya tiap pengangkatan bagi rencana "
        "yang boleh melakukannya.",
    ),
    "sum.jpt_no_post": (
        "Of them, JPT officials (eselon II): {n} ({who}). {seats}; this plan cannot "
        "decide for the regional head: each JPT seat "
        "goes through the Pansel (a shortlist of at least three: placement shortlist "
        "SCENARIO --kind JPT), and the SK must name each one's new post (another JPT "
        "post, or a functional one) before it is signed.",
        "Di antaranya pejabat pimpinan tinggi (eselon II): {n} ({who}). {seats}; rencana "
        "ini tidak dapat memutuskannya bagi kepala daerah: setiap jabatan JPT melalui "
        "Pansel (daftar calon "
        "paling sedikit tiga orang: placement shortlist SCENARIO --kind JPT), dan SK "
        "harus menyebut jabatan baru masing-masing (JPT lain, atau jabatan fungsional) "
        "sebelum ditandatangani.",
    ),
    "sum.jpt_seats": (
        "JPT seats the plan leaves empty for the Pansel: {n} ({posts})",
        "Formasi JPT yang dibiarkan kosong untuk Pansel: {n} ({posts})",
    ),
    "sum.jpt_seats_fewer": (
        "JPT seats the plan leaves empty for the Pansel: {n}, fewer than those heads ({posts})",
        "Formasi JPT yang dibiarkan kosong untuk Pansel: {n}, lebih sedikit daripada "
        "pejabat itu ({posts})",
    ),
    "sum.jpt_seats_none": (
        "The plan leaves no JPT seat empty for them: the {n} need another JPT post "
        "elsewhere or a functional one",
        "Rencana tidak menyisakan formasi JPT yang kosong bagi mereka: {n} pejabat itu "
        "memerlukan jabatan JPT lain atau jabatan fungsional",
    ),
    "sum.jpt_seat": (
        "{position}, {n} seat(s), whose education, golongan and field {who}",
        "{position}, {n} formasi, yang pendidikan, golongan dan bidangnya {who}",
    ),
    "sum.jpt_seat_all": ("each of them meets", "dipenuhi masing-masing dari mereka"),
    "sum.jpt_seat_some": ("{who} meet(s) ({missed})", "dipenuhi {who} ({missed})"),
    "sum.jpt_seat_none": (
        "none of them meets in full ({missed})",
        "tidak dipenuhi sepenuhnya oleh seorang pun dari mereka ({missed})",
    ),
    "sum.jpt_misses": ("{who} misses its {rules}", "{who} tidak memenuhi {rules}"),
    "sum.jpt_rule_education": ("education", "pendidikannya"),
    "sum.jpt_rule_rank": ("golongan", "golongannya"),
    "sum.jpt_rule_field": ("field", "bidangnya"),
    "sum.vacant": (
        "{seats} of {total} seats of the formasi stay vacant, in {posts} posts.",
        "{seats} dari {total} formasi tetap lowong, pada {posts} jabatan.",
    ),
    "sum.unlicensed_seats": (
        "{n} more seat(s), in {posts} post(s), are held for now by holders without the "
        "post's licence who miss its rules (licence_to_hold): not vacant, but a holder of "
        "the licence is still needed for each (column kept_without_licence of the "
        "vacancies; the decisions list names them).",
        "{n} formasi lagi, pada {posts} jabatan, untuk sementara ditempati pemegang tanpa "
        "sertifikat profesi jabatan itu yang tidak memenuhi syaratnya (licence_to_hold): "
        "tidak lowong, tetapi tetap dibutuhkan pemegang sertifikat untuk masing-masing "
        "(kolom kept_without_licence pada daftar lowongan; daftar keputusan menyebut "
        "namanya).",
    ),
    "sum.outside_profession": (
        "{n} official(s) holding the licence of a profession (a teacher's Sertifikat "
        "Pendidik, an STR) are placed outside it while its posts at their level keep "
        "seats this plan leaves empty, or that one kept in them without the licence holds "
        "for now: {who}. The decisions list names the post and what "
        "keeps each out of it (decisions.csv: outside_profession as the row's decision, "
        "or among its also_decisions where another decision heads the row).",
        "{n} pejabat pemegang sertifikat profesi (Sertifikat Pendidik guru, STR) "
        "ditempatkan di luar profesinya, sementara jabatan profesi itu pada jenjangnya "
        "masih memiliki kursi yang dibiarkan kosong oleh rencana ini, atau yang untuk "
        "sementara diduduki pegawai tanpa sertifikat profesinya: {who}. Daftar "
        "keputusan menyebutkan jabatan itu dan apa yang menghalangi masing-masing "
        "(decisions.csv: outside_profession sebagai keputusan baris itu, atau di antara "
        "also_decisions bila keputusan lain berada di depannya).",
    ),
    "sum.outside_profession_aged": (
        "Of them, {n} are past the age of a perpindahan into every post of it named, "
        "which no rule of the scenario lifts: the PPK records it rather than plans their "
        "return (their rows say so).",
        "Di antaranya, {n} pejabat telah melewati batas usia perpindahan ke setiap "
        "jabatan profesi yang disebut, yang tidak dilonggarkan aturan skenario mana pun: "
        "PPK mencatatnya alih-alih merencanakan kepulangannya (barisnya menyebutkan hal "
        "itu).",
    ),
    "sum.no_level_post": (
        "{n} official(s) holding the licence of a profession serve in a clerk's post "
        "(Pelaksana) while the peta jabatan has no post of it at the level their "
        "golongan fits that is open to their education and field ({licences}): {who}. "
        "No move returns them to it; a post of that level is a question for the formasi "
        "(the ABK), before any SK.",
        "{n} pejabat pemegang sertifikat profesi bertugas di jabatan pelaksana, sementara "
        "peta jabatan tidak memiliki jabatan profesi itu pada jenjang yang sesuai "
        "golongannya dan terbuka bagi pendidikan dan bidangnya ({licences}): {who}. "
        "Tidak ada perpindahan yang mengembalikan mereka ke profesinya; jabatan pada "
        "jenjang itu adalah persoalan formasi (ABK), sebelum SK apa pun.",
    ),
    "sum.other_decisions": (
        "{n} official(s) kept in their own post on a condition need a decision of the "
        "PPK before the SK: {who}. The decisions list says which and why (decisions.csv; "
        "penyetaraan: a holder below the converted post's education, or outside its "
        "accepted fields where the scenario makes that a condition (field_condition), or "
        "one holding the licence of another profession whose post at their level has a "
        "seat left; a golongan outside the JF level's range or below its minimum is no condition "
        "of it, only noted: the conversions' rank_check).",
        "{n} pejabat yang tetap di jabatannya dengan syarat memerlukan keputusan PPK "
        "sebelum SK: {who}. Daftar keputusan menyebutkan keputusan dan alasannya "
        "(decisions.csv; penyetaraan: pemegang jabatan yang disetarakan di bawah "
        "pendidikan jabatan itu, atau di luar bidang yang diterimanya bila skenario "
        "menjadikannya syarat (field_condition), atau pemilik sertifikat profesi lain "
        "yang jabatan profesinya pada jenjangnya masih memiliki formasi kosong; golongan di luar "
        "rentang jenjang JF atau di bawah minimumnya bukan syarat penyetaraan, hanya "
        "dicatat: rank_check pada tabel penyetaraan).",
    ),
    "sum.kept_pending": (
        "{n} serving official(s) for whom the plan has no seat within the rules keep "
        "their own post over its formasi, pending a decision "
        "(eligibility.keep_displaced_holders): {who}. An SK cannot leave them without a "
        "jabatan; decide for each before the SK: a post of a lower kelas with their "
        "consent, training toward their post's requirements, a transfer to another "
        "instansi, or the next seat of their post to fall vacant. The decisions list "
        "says why the plan had none (decisions.csv).",
        "{n} pejabat aktif yang tidak mendapat formasi sesuai aturan tetap di jabatannya "
        "di luar formasi, menunggu keputusan (eligibility.keep_displaced_holders): {who}. "
        "SK tidak dapat membiarkan mereka tanpa jabatan; putuskan masing-masing sebelum "
        "SK: jabatan dengan kelas lebih rendah atas persetujuannya, pengembangan "
        "kompetensi menuju syarat jabatannya, mutasi ke instansi lain, atau formasi "
        "jabatannya yang berikutnya lowong. Daftar keputusan memuat alasan rencana tidak "
        "mendapatkannya (decisions.csv).",
    ),
    "sum.over_cut": (
        "{n} holder(s) whom a rule keeps in their post until BUP ({rules}) stay in it over "
        "its formasi, in {posts} post(s) whose holders who meet their rules exceed it by "
        "{seats} seat(s){cut}: their retirement meets {n} of those seats, so as many "
        "fewer colleagues need a seat elsewhere now, moved or kept over it pending the "
        "PPK (retirement_meets_cut; column supernumerary of the vacancies): {who}.",
        "{n} pemangku jabatan yang dipertahankan suatu aturan di jabatannya sampai BUP "
        "({rules}) tetap di sana di luar formasi, pada {posts} jabatan yang pemangkunya "
        "yang memenuhi syaratnya melebihi formasi sebanyak {seats}{cut}: pensiunnya "
        "memenuhi {n} dari kelebihan itu, sehingga sebanyak itu pula lebih sedikit rekan "
        "yang memerlukan formasi di tempat lain sekarang, dipindahkan atau dipertahankan "
        "di luar formasi menunggu keputusan PPK (retirement_meets_cut; kolom "
        "supernumerary pada daftar lowongan): {who}.",
    ),
    "sum.over_cut_cut": (
        " (the scenario cut the formasi of {k} of them)",
        " ({k} di antaranya formasinya dikurangi skenario)",
    ),
    "sum.supernumerary": (
        "{n} holder(s) whom a rule keeps in their post ({rules}) and who miss its rules "
        "stay in it over its formasi until BUP: they take no seat of it; its seats go to "
        "those the rules open it to, filled by the plan or counted among the vacancies "
        "above (column supernumerary of the vacancies), and a move into such a post waits "
        "for their exit (seat_check): {who}.",
        "{n} pemangku jabatan yang dipertahankan suatu aturan di jabatannya ({rules}) dan "
        "tidak memenuhi syarat jabatan itu tetap di sana di luar formasinya sampai BUP: "
        "mereka tidak memakai formasi; formasinya terbuka bagi yang memenuhi syarat, diisi "
        "rencana atau dihitung dalam lowongan di atas (kolom supernumerary pada daftar "
        "lowongan), dan perpindahan ke jabatan itu menunggu mereka keluar (seat_check): "
        "{who}.",
    ),
    "sum.cap_below_formasi": (
        "{n} agency(ies) have more seats in their formasi than their headcount cap "
        "(max_headcount of the units) lets the plan fill: {seats} seat(s) that no "
        "placement can fill count among the vacancies above: {who}. Raise the cap or "
        "lower the formasi before asking for these seats.",
        "{n} perangkat daerah memiliki formasi lebih banyak daripada batas jumlah "
        "pegawainya (max_headcount unit): {seats} formasi yang tidak dapat diisi oleh "
        "penempatan mana pun terhitung dalam lowongan di atas: {who}. Naikkan batasnya "
        "atau kurangi formasinya sebelum mengusulkan formasi ini.",
    ),
    "compare.opd_there": (
        "here {name}, {before} before",
        "di sini {name}, {before} sebelum",
    ),
    "sum.over_budget": (
        "{n} unit(s) cost more after this plan than their budget (the units file's "
        "budget, against the monthly_cost of those placed in them as the roster gives it, "
        "new hires included: what a change of kelas or of allowance adds, the TPP or a "
        "JF's tunjangan, is not priced), "
        "which this scenario does not hold as a rule: {who}. Find the money, or price "
        "placing elsewhere one of those the plan brings into it (`placement explain "
        "--employee … --position …`), or compare a scenario with constraints.budgets (the "
        "budgets then held as a rule, nobody is kept over formasi pending the PPK: a "
        "serving official the plan has no seat for is left without a post).",
        "{n} unit kerja berbiaya lebih besar setelah rencana ini daripada anggarannya "
        "(kolom budget berkas unit, dibandingkan dengan monthly_cost pegawai yang "
        "ditempatkan menurut data, termasuk pegawai baru: perubahan karena kelas jabatan "
        "atau tunjangan, TPP atau tunjangan JF, tidak dihitung), yang "
        "tidak dijadikan aturan dalam skenario ini: {who}. Sediakan anggarannya, atau "
        "hitung biaya menempatkan di tempat lain salah satu pegawai yang dibawa masuk "
        "(`placement explain --employee … --position …`), atau bandingkan dengan skenario "
        "yang memakai constraints.budgets (bila anggaran dijadikan aturan, tidak ada yang "
        "dipertahankan di luar formasi menunggu keputusan PPK: pejabat yang tidak "
        "mendapat formasi dalam rencana menjadi tanpa jabatan).",
    ),
    "sum.over_budget_held": (
        "{n} unit(s) cost more after this plan than their budget, which the scenario "
        "holds as a rule: the run broke it (see the rules relaxed): {who}.",
        "{n} unit kerja berbiaya lebih besar setelah rencana ini daripada anggarannya, "
        "yang dijadikan aturan dalam skenario: aturan itu dilanggar dalam penyelesaian "
        "ini (lihat aturan yang dilonggarkan): {who}.",
    ),
    "sum.budget_fixes": (
        "Of the plan's equally good ways (the alike posts the reasons name: as good for "
        "them and for the plan, their unit within its budget, a seat free that the "
        "decisions list does not offer, which other moves' reasons may name too): {fixes}",
        "Dari cara-cara rencana yang sama baiknya (jabatan setara yang disebut dalam "
        "alasan: sama baik bagi pegawai dan bagi rencana, unitnya dalam anggaran, formasi "
        "kosong yang tidak ditawarkan daftar keputusan, yang mungkin juga disebut dalam "
        "alasan perpindahan lain): {fixes}",
    ),
    "sum.budget_fix": (
        "placing {who} instead brings {unit} within its budget.",
        "menempatkan {who} sebagai gantinya membuat {unit} berada dalam anggarannya.",
    ),
    "sum.budget_no_fix": (
        "None of them brings {units} within its budget: there, find the money or price "
        "placing elsewhere one of those the plan brings in (`placement explain`), as "
        "above.",
        "Tidak satu pun membuat {units} berada dalam anggarannya: di sana, sediakan "
        "anggarannya atau hitung biaya menempatkan di tempat lain salah satu pegawai yang "
        "dibawa masuk (`placement explain`), seperti di atas.",
    ),
    "sum.budget_no_fix_held": (
        "None of them brings {units} within its budget.",
        "Tidak satu pun membuat {units} berada dalam anggarannya.",
    ),
    "sum.budget_fix_one": ("{who} in {post} ({title})", "{who} di {post} ({title})"),
    "sum.budget_unit": (
        "{unit} ({before:,.0f} today, {after:,.0f} after, budget {budget:,.0f}: {pct:.1f} % over)",
        "{unit} ({before:,.0f} saat ini, {after:,.0f} sesudah, anggaran {budget:,.0f}: "
        "lebih {pct:.1f} %)",
    ),
    "sum.cap_unit": (
        "{unit} (formasi {seats}, cap {cap})",
        "{unit} (formasi {seats}, batas {cap})",
    ),
    "sum.jpm": (
        "Competency fit (mean JPM) of the current officials: {before} before → "
        "{after} after{movers}; {mean} for everyone placed ({assessed} people with a JPM).",
        "Kesesuaian kompetensi (rata-rata JPM) pemangku jabatan: {before} sebelum → "
        "{after} sesudah{movers}; {mean} untuk seluruh pegawai yang ditempatkan ({assessed} "
        "pegawai dengan JPM).",
    ),
    "sum.jpm_movers": (
        " (of the {n} who change post, with a JPM in both: {before} in their own post → "
        "{after} in the new one)",
        " (dari {n} pegawai yang berpindah jabatan, dengan JPM di keduanya: {before} di "
        "jabatan sendiri → {after} di jabatan baru)",
    ),
    "sum.training": (
        "{people} people need competency development to meet their post's "
        "standard ({levels} levels in all).",
        "{people} pegawai memerlukan pengembangan kompetensi untuk memenuhi "
        "standar jabatannya (total {levels} level).",
    ),
    "sum.training_unknown": (
        "Of those placed, {n} are assessed in none of their post's standard: their need "
        "is unknown, not nil, and counted in neither figure; assess them first.",
        "Dari yang ditempatkan, {n} pegawai belum diases pada satu pun kompetensi standar "
        "jabatannya: kebutuhannya belum diketahui, bukan nol, dan tidak terhitung dalam "
        "kedua angka itu; lakukan asesmen lebih dahulu.",
    ),
    "sum.retire": (
        "{n} people reach retirement age (BUP) within the planning horizon.",
        "{n} pegawai mencapai batas usia pensiun (BUP) dalam horizon perencanaan.",
    ),
    "sum.retire_by": (
        "{n} people reach retirement age (BUP) by {end}, the planning horizon.",
        "{n} pegawai mencapai batas usia pensiun (BUP) sampai {end}, horizon perencanaan.",
    ),
    "sum.retire_by_past": (
        "{n} people reach retirement age (BUP) by {end}, the planning horizon; {past} "
        "of them were past it on the reference date and are not placed.",
        "{n} pegawai mencapai batas usia pensiun (BUP) sampai {end}, horizon "
        "perencanaan; {past} di antaranya telah melewatinya pada tanggal acuan dan "
        "tidak ditempatkan.",
    ),
    "sum.kms_moves": (
        "Moves into a post where the person's JPM there is below {at} (Kurang Memenuhi "
        "Syarat, a fit a selection would not pass): {n}, the lowest first: {who}. Weigh "
        "each before the SK, with the development its gaps ask for (column gaps_after).",
        "Perpindahan ke jabatan dengan JPM pegawainya di sana di bawah {at} (Kurang "
        "Memenuhi Syarat, kesesuaian yang tidak lolos seleksi): {n}, mulai dari yang "
        "terendah: {who}. Timbang masing-masing sebelum SK, beserta pengembangan "
        "kompetensi yang diperlukan (kolom gaps_after).",
    ),
    "sum.unassessed_moves": (
        "Moves into a post whose standard holds competencies not assessed for the person: "
        "{n}, {k} of them assessed in none (their JPM unknown, scored as "
        "objective.unassessed_jpm says), those first: {who}. Assess each before the SK "
        "(column unassessed_after).",
        "Perpindahan ke jabatan yang standarnya memuat kompetensi yang belum diases bagi "
        "pegawainya: {n}, {k} di antaranya belum diases sama sekali (JPM-nya belum "
        "diketahui, dihitung setara objective.unassessed_jpm), yang belum diases sama "
        "sekali disebut lebih dahulu: {who}. Lakukan asesmen sebelum SK masing-masing "
        "(kolom unassessed_after).",
    ),
    "sum.unassessed_moves_part": (
        "Moves into a post whose standard holds competencies not assessed for the person "
        "(their JPM over the rest of it): {n}, the most not assessed first: {who}. Assess "
        "each before the SK (column unassessed_after).",
        "Perpindahan ke jabatan yang standarnya memuat kompetensi yang belum diases bagi "
        "pegawainya (JPM-nya atas sisa standar itu): {n}, mulai dari yang terbanyak belum "
        "diases: {who}. Lakukan asesmen sebelum SK masing-masing (kolom unassessed_after).",
    ),
    "sum.rise_gaps": (
        "Of the {up} moves to a higher jabatan or kelas, {n} land below the new post's "
        "standard in a competency, the most gaps first: {who}. Give each SK a development "
        "plan (pengembangan kompetensi) for them (column gaps_after: level/standard).",
        "Dari {up} perpindahan ke jabatan atau kelas jabatan yang lebih tinggi, {n} berada "
        "di bawah standar jabatan barunya pada suatu kompetensi, mulai dari yang "
        "kesenjangannya terbanyak: {who}. Sertakan rencana pengembangan kompetensi pada "
        "SK masing-masing (kolom gaps_after: level/standar).",
    ),
    "sum.plan_near": (
        "Of the {less} worth less to the plan than their reasons count, {n} are worth "
        "under 1 point to the plan as a whole, next to a tie: weigh them first, the least "
        "worth first: {who}.",
        "Dari {less} perpindahan yang nilainya bagi rencana lebih kecil daripada yang "
        "dihitung alasannya, {n} bernilai kurang dari 1 poin bagi rencana secara "
        "keseluruhan, hampir setara: timbang lebih dahulu, mulai dari yang nilainya "
        "paling kecil: {who}.",
    ),
    "sum.plan_worth": (
        "Moves worth nothing to the plan as a whole: {ties}; were the person kept in their "
        "post, another could take the post at the same total (a tie, broken by the fewest "
        "changes, then a seat free now, then a rise in kelas, then SKP rating, golongan, TMT "
        "CPNS and age (the one ahead keeps their post, or takes a step up), then a fixed "
        "arbitrary order): where another could take it, the choice is who takes the post, not "
        "whether it is filled. Moves worth less to the plan as a whole than their reasons "
        "count (what the person gains, or, for a priority vacancy, its weight, which the plan "
        "gains, not the person): {less} more. Each reason says what keeping the person in "
        "their post would change (one who could take the post instead, of the equally good "
        "ways, or a seat left empty; column plan_points of the moves): weigh them before the "
        "SK.",
        "Perpindahan yang tidak menambah total rencana: {ties}; bila pegawainya tetap di "
        "jabatannya, pegawai lain dapat menempati jabatan itu dengan total yang sama (sama "
        "kuat, diputuskan menurut perubahan paling sedikit, lalu formasi yang kosong "
        "sekarang, lalu kenaikan kelas jabatan, lalu predikat SKP, golongan, TMT CPNS dan "
        "usia (yang lebih dahulu tetap di jabatannya, atau naik), lalu urutan tetap yang "
        "sewenang-wenang): bila pegawai lain dapat menempatinya, pilihannya siapa yang "
        "menempati jabatan itu, bukan apakah jabatan itu diisi. Perpindahan yang bernilai "
        "lebih kecil bagi rencana secara keseluruhan daripada yang dihitung alasannya (yang "
        "diperoleh pegawainya, atau, untuk lowongan prioritas, bobotnya, yang diperoleh "
        "rencana, bukan pegawainya): {less} lagi. Setiap alasan menyebut apa yang berubah "
        "bila pegawainya tetap di jabatannya (pegawai lain yang dapat menempati jabatan itu, "
        "dari cara-cara yang sama baiknya, atau formasi yang tetap kosong; kolom plan_points "
        "pada daftar mutasi): timbang sebelum SK.",
    ),
    "sum.plan_worth_less": (
        "No move is worth nothing to the plan as a whole (none that another could make "
        "in the person's stead at the same total). Moves worth less to the plan as a "
        "whole than their reasons count (what the person gains, or, for a priority "
        "vacancy, its weight, which the plan gains, not the person): {less}. Each "
        "reason says what keeping the person in their post would change (one who could "
        "take the post instead, or a seat left empty; column plan_points of the moves): "
        "weigh them before the SK.",
        "Tidak ada perpindahan yang tidak menambah total rencana (tidak ada yang dapat "
        "digantikan pegawai lain dengan total yang sama). Perpindahan yang bernilai "
        "lebih kecil bagi rencana secara keseluruhan daripada yang dihitung alasannya "
        "(yang diperoleh pegawainya, atau, untuk lowongan prioritas, bobotnya, yang "
        "diperoleh rencana, bukan pegawainya): {less}. Setiap alasan menyebut apa yang "
        "berubah bila pegawainya tetap di jabatannya (pegawai lain yang dapat menempati "
        "jabatan itu, atau formasi yang tetap kosong; kolom plan_points pada daftar "
        "mutasi): timbang sebelum SK.",
    ),
    "sum.formasi_added": (
        "The scenario's operations add {added} seat(s) to the formasi as read, in {raised} "
        "post(s): this plan fills {filled} of them and leaves {empty} empty (to recruit, "
        "appoint or fill later: the vacancies above).",
        "Operasi skenario menambah {added} formasi pada formasi menurut data, di {raised} "
        "jabatan: rencana ini mengisi {filled} di antaranya dan {empty} tetap kosong "
        "(untuk direkrut, diangkat, atau diisi kemudian: lowongan di atas).",
    ),
    "sum.formasi_taken": (
        "The scenario's operations take {cut} seat(s) from the formasi as read of "
        "{lowered} post(s) (closed posts included).",
        "Operasi skenario mengurangi {cut} formasi dari formasi menurut data pada "
        "{lowered} jabatan (termasuk jabatan yang ditutup).",
    ),
    "sum.formasi_cut_moves": (
        "Moves whose reasons rest on a formasi the scenario lowers: {n}: {who}. Confirm "
        "that change (the new peta jabatan, or the workload analysis it rests on) before "
        "these SKs{over}.",
        "Perpindahan yang alasannya bertumpu pada formasi yang diturunkan oleh skenario: "
        "{n}: {who}. Pastikan perubahan itu (peta jabatan baru, atau analisis beban kerja "
        "yang mendasarinya) sebelum SK-SK ini{over}.",
    ),
    "sum.formasi_raised_moves": (
        "Moves into a post the scenario raises, more seated in it than its formasi as "
        "read: {n}{who}{hires}. Confirm that change (the new peta jabatan) before these "
        "SKs.",
        "Perpindahan ke jabatan yang formasinya dinaikkan skenario, dengan lebih banyak "
        "orang dalam formasinya daripada formasi menurut data: {n}{who}{hires}. Pastikan "
        "perubahan itu (peta jabatan baru) sebelum SK-SK ini.",
    ),
    "sum.formasi_raised_hires": (
        "; and {k} new hire(s) into such posts",
        "; serta {k} pegawai baru ke jabatan tersebut",
    ),
    "sum.formasi_cut_over": (
        "; {k} of them leave a post already over its formasi before the change, which "
        "would lose holders without it too",
        "; {k} di antaranya meninggalkan jabatan yang sebelum perubahan itu pun sudah "
        "melebihi formasinya, yang tanpa perubahan itu juga akan kehilangan pemangku",
    ),
    "sum.leaver_ties": (
        "Holders who leave an over-filled post where keeping them instead of one kept there "
        "would leave the plan's total as it is (a tie, decided by the rule for ties: the "
        "fewest changes, then a seat free now, then a rise in kelas, then SKP rating, "
        "golongan, TMT CPNS and age): {n}: {who}. Each reason names the one kept and what "
        "decided: weigh them before the SK.",
        "Pemangku yang meninggalkan jabatan yang formasinya berlebih padahal "
        "mempertahankannya sebagai ganti salah satu yang tetap tidak mengubah total rencana "
        "(sama kuat, diputuskan menurut aturan: perubahan paling sedikit, lalu formasi yang "
        "kosong sekarang, lalu kenaikan kelas jabatan, lalu predikat SKP, golongan, TMT CPNS "
        "dan usia): {n}: {who}. Setiap alasan menyebut yang tetap dan apa yang memutuskan: "
        "timbang sebelum SK.",
    ),
    "sum.plan_unvalued_model": (
        "What each move is worth to the plan as a whole (whether another could take the "
        "post at the same total) is not computed for this plan: it is read off a proven "
        "optimum of a network problem, and this plan has side constraints (budgets, move "
        "caps), lexicographic priorities, or no proof of optimality. For one move, "
        "placement explain SCENARIO --employee ID --position OWN_POST re-solves with the "
        "person kept in their own post.",
        "Nilai setiap perpindahan bagi total rencana (apakah pegawai lain dapat menempati "
        "jabatan itu dengan total yang sama) tidak dihitung untuk rencana ini: nilai itu "
        "dibaca dari optimum terbukti suatu masalah jaringan, sedangkan rencana ini "
        "memiliki batasan tambahan (anggaran, batas mutasi), prioritas leksikografis, "
        "atau tidak terbukti optimal. Untuk satu perpindahan, placement explain SKENARIO "
        "--employee ID --position JABATAN_SENDIRI menghitung ulang dengan pegawai itu "
        "tetap di jabatannya.",
    ),
    "sum.plan_unvalued_size": (
        "What each move is worth to the plan as a whole (whether another could take the "
        "post at the same total) is not computed for {n} people: above {limit} it would "
        "take minutes. For one move, placement explain SCENARIO --employee ID --position "
        "OWN_POST "
        "re-solves with the person kept in their own post.",
        "Nilai setiap perpindahan bagi total rencana (apakah pegawai lain dapat menempati "
        "jabatan itu dengan total yang sama) tidak dihitung untuk {n} pegawai: di atas "
        "{limit} perhitungannya memakan waktu beberapa menit. Untuk satu perpindahan, "
        "placement explain SKENARIO --employee ID --position JABATAN_SENDIRI menghitung ulang "
        "dengan pegawai itu tetap di jabatannya.",
    ),
    "sum.bup_shift": (
        "A move changes the retirement date (BUP) of {later} people to later and of "
        "{earlier} to earlier: the new post has another retirement age (columns "
        "retirement_before and retirement_after of the moves).",
        "Perpindahan mengubah tanggal pensiun (BUP) {later} pegawai menjadi lebih lambat "
        "dan {earlier} pegawai menjadi lebih cepat: jabatan barunya memiliki batas usia "
        "pensiun lain (kolom retirement_before dan retirement_after pada daftar mutasi).",
    ),
    "sum.timing_checked": (
        "Not checked: the 6 months after a regional head's inauguration and the "
        "pre-election window, when officials may not be replaced (UU 10/2016 Pasal 71 "
        "and 162): date the SK outside them.",
        "Tidak diperiksa: 6 bulan setelah pelantikan kepala daerah dan masa menjelang "
        "pemilihan, saat pejabat tidak boleh diganti (UU 10/2016 Pasal 71 dan 162): "
        "tetapkan SK di luar masa itu.",
    ),
    "sum.timing_off": (
        "Not checked: time in post (eligibility.min_years_in_post is not set; a JPT "
        "may not be replaced within 2 years of appointment, UU 5/2014 Pasal 116), and "
        "the 6 months after a regional head's inauguration and the pre-election window "
        "(UU 10/2016 Pasal 71 and 162): check these before the SK.",
        "Tidak diperiksa: masa jabatan (eligibility.min_years_in_post tidak diatur; "
        "JPT tidak boleh diganti dalam 2 tahun sejak pelantikan, UU 5/2014 Pasal 116), "
        "serta 6 bulan setelah pelantikan kepala daerah dan masa menjelang pemilihan "
        "(UU 10/2016 Pasal 71 dan 162): periksa sebelum SK.",
    ),
    "sum.timing_no_data": (
        "Not checked: time in post (the data has no TMT jabatan, column tmt_jabatan; a "
        "JPT may not be replaced within 2 years of appointment, UU 5/2014 Pasal 116), "
        "and the 6 months after a regional head's inauguration and the pre-election "
        "window (UU 10/2016 Pasal 71 and 162): check these before the SK.",
        "Tidak diperiksa: masa jabatan (data tidak memuat TMT jabatan, kolom "
        "tmt_jabatan; JPT tidak boleh diganti dalam 2 tahun sejak pelantikan, UU "
        "5/2014 Pasal 116), serta 6 bulan setelah pelantikan kepala daerah dan masa "
        "menjelang pemilihan (UU 10/2016 Pasal 71 dan 162): periksa sebelum SK.",
    ),
    "sum.optimal": (
        "This is the best placement under the scenario's rules (proven).",
        "Ini adalah penempatan terbaik menurut aturan skenario (terbukti).",
    ),
    "sum.optimal_kept": (
        "This is the best placement under the scenario's rules with the holders it has no "
        "seat for kept in their posts (proven for the plan with them so kept; the "
        "technical details say how many).",
        "Ini adalah penempatan terbaik menurut aturan skenario dengan pemegang jabatan "
        "yang tidak mendapat formasi dipertahankan di jabatannya (terbukti untuk rencana "
        "dengan mereka dipertahankan demikian; rincian teknis menyebutkan jumlahnya).",
    ),
    "sum.feasible": (
        "This is a good placement under the scenario's rules, not proven to be "
        "the best (see the technical details).",
        "Ini adalah penempatan yang baik menurut aturan skenario, tetapi belum "
        "terbukti terbaik (lihat rincian teknis).",
    ),
    "sum.infeasible": (
        "The scenario's rules cannot all hold at once: there is no placement.",
        "Aturan skenario tidak dapat dipenuhi bersamaan: tidak ada penempatan.",
    ),
    "sum.no_solution": (
        "No placement was found within the time limit.",
        "Tidak ditemukan penempatan dalam batas waktu.",
    ),
    "sum.relaxed": (
        "{n} rule(s) had to give way to find a placement (see the technical details).",
        "{n} aturan harus dilonggarkan agar penempatan ditemukan (lihat rincian teknis).",
    ),
    "sum.relax_hint": (
        "To see how far each rule must give way, run the scenario again with "
        "--relax (placement solve SCENARIO --relax; in Python "
        "placement.solve(..., relax=True)): the conflicting rules become "
        "penalties and the report lists what was relaxed.",
        "Untuk melihat seberapa jauh setiap aturan harus dilonggarkan, "
        "jalankan ulang skenario dengan --relax (placement solve SKENARIO "
        "--relax; di Python placement.solve(..., relax=True)): aturan yang "
        "bertentangan dijadikan penalti dan laporan mencantumkan apa yang "
        "dilonggarkan.",
    ),
    "sum.no_single_rule": (
        "No single rule explains it.",
        "Tidak ada satu aturan pun yang menjelaskannya.",
    ),
    "sum.shown": (
        "Showing {shown} of {total} rows; the full list is in {file}.",
        "Menampilkan {shown} dari {total} baris; daftar lengkap ada di {file}.",
    ),
    "proposal.needs_placement": (
        "the proposal lists need a solved scenario with a placement",
        "daftar usulan memerlukan skenario yang sudah diselesaikan dan memiliki penempatan",
    ),
    "proposal.draft_plain": (
        "Draft from the placement engine, scenario {scenario}, {date}; to be "
        "checked before signing.",
        "Konsep dari mesin penempatan, skenario {scenario}, {date}; diperiksa "
        "sebelum ditandatangani.",
    ),
    "proposal.draft": (
        "Draft from the placement engine, scenario {scenario}, {date}; ages and years "
        "(in post, to BUP) counted at {at}; to be checked before signing.",
        "Konsep dari mesin penempatan, skenario {scenario}, {date}; usia, masa dalam "
        "jabatan, dan sisa masa sampai BUP dihitung per {at}; diperiksa sebelum "
        "ditandatangani.",
    ),
    "proposal.unknown_scenario": (
        "no scenario named {name!r} in this comparison; choose one of {names}",
        "tidak ada skenario bernama {name!r} dalam perbandingan ini; pilih salah satu dari {names}",
    ),
    "proposal.after_tpk": (
        "date the SK after the Tim Penilai Kinerja's decision on {post}, for which it "
        "weighs this official",
        "SK ditetapkan sesudah keputusan Tim Penilai Kinerja atas {post}, yang "
        "menimbang pejabat ini",
    ),
    "cli.proposal_written": (
        "  proposal lists of {n} people in {opds} OPD(s){conversions}, and apart {hires} "
        "new hire(s) for their own SK and {waits} move(s) not yet for an SK{lost}, "
        "written to {out}/ (proposal.xlsx, proposal.html)",
        "  daftar usulan {n} pegawai di {opds} OPD{conversions}, dan terpisah {hires} "
        "pegawai baru untuk SK-nya sendiri serta {waits} perpindahan yang belum untuk "
        "SK{lost}, ditulis ke {out}/ (proposal.xlsx, proposal.html)",
    ),
    "cli.proposal_lost": (
        ", and {n} official(s) left without a post, for the PPK",
        ", serta {n} pejabat tanpa jabatan, untuk keputusan PPK",
    ),
    "cli.proposal_reorganised": (
        ", the SK into the reorganised offices of {n} official(s) in their own post",
        ", SK penempatan pada perangkat daerah hasil penataan bagi {n} pegawai di jabatannya",
    ),
    "cli.proposal_conversions": (
        ", the penyetaraan of {n} official(s) in their own post ({k} more on condition, apart)",
        ", penyetaraan {n} pejabat di jabatannya ({k} lagi bersyarat, terpisah)",
    ),
    "shortlist.position_or_kind": (
        "give either a position (--position ID) or a kind of post (--kind JPT), not both",
        "berikan jabatan (--position ID) atau jenis jabatan (--kind JPT), tidak keduanya",
    ),
    "shortlist.no_posts": (
        "no open post of kind or level {kind!r}; use a kind (JPT, JA, JF) "
        "or a level (Pratama, Administrator, Pengawas, …)",
        "tidak ada jabatan terbuka berjenis atau berjenjang {kind!r}; "
        "gunakan jenis (JPT, JA, JF) atau jenjang (Pratama, Administrator, "
        "Pengawas, …)",
    ),
    "shortlist.selection_result": (
        "this result leaves structural appointments to the Tim Penilai Kinerja and the "
        "Pansel (structural_appointments: selection), so its pairs hold no move up: "
        "shortlist the scenario itself (a path or a Scenario), which is read without "
        "that rule",
        "hasil ini menyerahkan pengangkatan struktural kepada Tim Penilai Kinerja dan "
        "Pansel (structural_appointments: selection), sehingga pasangannya tidak memuat "
        "kenaikan: buat daftar calon dari skenarionya (path atau Scenario), yang dibaca "
        "tanpa aturan itu",
    ),
    "shortlist.needs_placement": (
        "a shortlist needs a solved scenario with a placement",
        "daftar calon memerlukan skenario yang sudah diselesaikan dan memiliki penempatan",
    ),
    "shortlist.bad_top": ("--top must be at least 1, not {top}", "--top minimal 1, bukan {top}"),
    "shortlist.legend": (
        "Order: JPM (highest first; over the standard's competencies assessed, one "
        "assessed in none last), competencies not assessed (fewest first), competencies "
        "below standard (fewest first), SKP "
        "rating (best first; one without a rating ranked as Baik), then as the Daftar Urut "
        "Kepangkatan: golongan, years of service, age. "
        "* the scenario's placement puts them there (listed at their rank even below "
        "the top). Cost: change of the objective if appointed (re-solved with the pin; "
        "0 = the scenario's placement, higher = worse for the placement as a whole).",
        "Urutan: JPM (tertinggi dahulu; atas kompetensi standar yang sudah diases, yang "
        "belum diases sama sekali terakhir), kompetensi yang belum diases (paling sedikit "
        "dahulu), kompetensi di bawah standar (paling sedikit "
        "dahulu), predikat kinerja SKP (terbaik dahulu; tanpa predikat dihitung Baik), "
        "lalu menurut Daftar Urut Kepangkatan: golongan, masa kerja, usia. "
        "* ditempatkan di sini oleh penempatan skenario (dicantumkan pada peringkatnya "
        "meskipun di luar daftar teratas). Biaya: perubahan nilai fungsi tujuan bila "
        "diangkat (dihitung ulang dengan pin; 0 = penempatan skenario, makin tinggi "
        "makin buruk bagi penempatan secara keseluruhan).",
    ),
    "shortlist.over_age": (
        "! older than {limit} at the plan's date: above the age limit of a JPT Pratama "
        "post's open selection (PP 11/2017 Pasal 107); listed at their rank, the Pansel "
        "reads the age at registration",
        "! berusia lebih dari {limit} tahun pada tanggal rencana: di atas batas usia "
        "seleksi terbuka JPT Pratama (PP 11/2017 Pasal 107); dicantumkan pada "
        "peringkatnya, Pansel membaca usia pada saat pendaftaran",
    ),
    "shortlist.without_post": (
        "† a serving official the plan leaves without a post (listed at their rank even "
        "below the top where their own post is in this post's unit).",
        "† pejabat yang tidak mendapat jabatan dalam rencana (dicantumkan pada "
        "peringkatnya meskipun di luar daftar teratas bila jabatannya sendiri di unit "
        "jabatan ini).",
    ),
    "shortlist.legend_relaxed": (
        "Order: JPM (highest first; over the standard's competencies assessed, one "
        "assessed in none last), competencies not assessed (fewest first), competencies "
        "below standard (fewest first), SKP "
        "rating (best first; one without a rating ranked as Baik), then as the Daftar Urut "
        "Kepangkatan: golongan, years of service, age. "
        "* the plan the shortlist reads (below) puts them there (listed at their rank even below "
        "the top). Cost: change of the objective if appointed (re-solved with the pin; "
        "0 = that plan's placement, higher = worse for the placement as a whole).",
        "Urutan: JPM (tertinggi dahulu; atas kompetensi standar yang sudah diases, yang "
        "belum diases sama sekali terakhir), kompetensi yang belum diases (paling sedikit "
        "dahulu), kompetensi di bawah standar (paling sedikit "
        "dahulu), predikat kinerja SKP (terbaik dahulu; tanpa predikat dihitung Baik), "
        "lalu menurut Daftar Urut Kepangkatan: golongan, masa kerja, usia. "
        "* ditempatkan di sini oleh rencana yang dibaca daftar calon (di bawah) "
        "(dicantumkan pada peringkatnya meskipun di luar daftar teratas). Biaya: "
        "perubahan nilai fungsi tujuan bila "
        "diangkat (dihitung ulang dengan pin; 0 = penempatan rencana itu, makin tinggi "
        "makin buruk bagi penempatan secara keseluruhan).",
    ),
    # a value named in both languages (e.g. an objective term); ":.0" prints nothing
    "bilingual": ("{en}{id:.0}", "{id}{en:.0}"),
    "explain.part": ("{term} {points:+.1f}", "{term} {points:+.1f}"),
    "explain.parts": (": {parts}", ": {parts}"),
    # -- templates (placement.templates, placement init) -------------------------------
    "tpl.units.id": ("unique unit id (required)", "id unit kerja yang unik (wajib)"),
    "tpl.units.name": ("unit name", "nama unit kerja"),
    "tpl.units.type": (
        "one of: sekretariat / dinas / badan / kecamatan / inspektorat",
        "salah satu dari: sekretariat / dinas / badan / kecamatan / inspektorat",
    ),
    "tpl.units.parent": ("id of a parent unit (optional)", "id unit induk (opsional)"),
    "tpl.units.max_headcount": (
        "most staff the unit may hold (optional)",
        "jumlah pegawai paling banyak di unit ini (opsional)",
    ),
    "tpl.units.min_headcount": (
        "fewest staff the unit must hold (optional)",
        "jumlah pegawai paling sedikit di unit ini (opsional)",
    ),
    "tpl.units.budget": (
        "personnel budget for budget constraints (optional)",
        "anggaran pegawai untuk batasan anggaran (opsional)",
    ),
    "tpl.positions.id": ("unique position id (required)", "id jabatan yang unik (wajib)"),
    "tpl.positions.title": ("position title (nama jabatan)", "nama jabatan"),
    "tpl.positions.unit": ("unit id (required)", "id unit kerja (wajib)"),
    "tpl.positions.kind": ("JPT, JA or JF", "JPT, JA atau JF"),
    "tpl.positions.level": (
        "e.g. Pratama, Administrator, Pengawas, Pelaksana, Ahli Muda",
        "mis. Pratama, Administrator, Pengawas, Pelaksana, Ahli Muda",
    ),
    "tpl.positions.grade": ("kelas jabatan 1-17", "kelas jabatan 1-17"),
    "tpl.positions.headcount": (
        "formasi: number of seats, 0 closes the post (required)",
        "formasi: jumlah kebutuhan, 0 berarti jabatan ditutup (wajib)",
    ),
    "tpl.positions.min_fill": (
        "seats that must be filled (optional)",
        "formasi yang wajib terisi (opsional)",
    ),
    "tpl.positions.min_education": (
        "one of: SD, SMP, SMA, D1, D2, D3, D4/S1, S2, S3",
        "salah satu dari: SD, SMP, SMA, D1, D2, D3, D4/S1, S2, S3",
    ),
    "tpl.positions.fields": (
        "accepted fields of study separated by ';' (blank = any)",
        "bidang pendidikan yang diterima, dipisah ';' (kosong = semua)",
    ),
    "tpl.positions.min_rank": (
        "lowest golongan, e.g. III/a (optional)",
        "golongan terendah, mis. III/a (opsional)",
    ),
    "tpl.positions.priority": (
        "weight of a vacancy here (default 1)",
        "bobot kekosongan jabatan ini (bawaan 1)",
    ),
    "tpl.positions.key": ("true for key posts", "true untuk jabatan kunci"),
    "tpl.positions.jf": (
        "functional family of a JF post (blank = the title without its level)",
        "rumpun jabatan fungsional (kosong = nama jabatan tanpa jenjangnya)",
    ),
    "tpl.positions.comp:Integritas": (
        "required level 1-5 of a competency (blank = not required); "
        "one comp:<name> column per competency",
        "level standar 1-5 suatu kompetensi (kosong = tidak "
        "disyaratkan); satu kolom comp:<nama> per kompetensi",
    ),
    "tpl.positions.comp:Pengelolaan Keuangan": (
        "required level of a technical competency",
        "level standar suatu kompetensi teknis",
    ),
    "tpl.employees.id": (
        "unique id: NIP or any string (required)",
        "id unik: NIP atau teks apa pun (wajib)",
    ),
    "tpl.employees.name": ("name", "nama"),
    "tpl.employees.rank": ("golongan I/a … IV/e (required)", "golongan I/a … IV/e (wajib)"),
    "tpl.employees.education": ("SD … S3 (required)", "SD … S3 (wajib)"),
    "tpl.employees.field": ("field of study", "bidang pendidikan"),
    "tpl.employees.current_unit": (
        "unit id now (blank for new hires)",
        "id unit kerja saat ini (kosong untuk pegawai baru)",
    ),
    "tpl.employees.current_position": (
        "position id now (blank for new hires)",
        "id jabatan saat ini (kosong untuk pegawai baru)",
    ),
    "tpl.employees.performance": (
        "one of: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang",
        "salah satu dari: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang",
    ),
    "tpl.employees.preferences": (
        "wished position ids in order, separated by ';'",
        "id jabatan yang diinginkan berurutan, dipisah ';'",
    ),
    "tpl.employees.birth_date": ("YYYY-MM-DD (optional)", "YYYY-MM-DD (opsional)"),
    "tpl.employees.certifications": (
        "certificates separated by ';': STR <profession>, "
        "Sertifikat Pendidik, Uji Kompetensi <functional family> "
        "(career rules)",
        "sertifikat dipisah ';': STR <profesi>, Sertifikat "
        "Pendidik, Uji Kompetensi <rumpun jabatan fungsional> "
        "(aturan karier)",
    ),
    "tpl.employees.monthly_cost": (
        "cost for budget constraints (optional; any column name)",
        "biaya untuk batasan anggaran (opsional; nama kolom bebas)",
    ),
    "tpl.employees.comp:Integritas": (
        "assessed level 1-5 (one column per competency; blank = not assessed)",
        "level hasil asesmen 1-5 (satu kolom per kompetensi; kosong = belum diases)",
    ),
    "tpl.employees.comp:Pengelolaan Keuangan": (
        "assessed level 1-5 (blank = not assessed)",
        "level hasil asesmen 1-5 (kosong = belum diases)",
    ),
    "tpl.table": ("table", "tabel"),
    "tpl.column": ("column", "kolom"),
    "tpl.description": ("description", "keterangan"),
    # -- issue 10: assessments with gaps, reference date --------------------------------
    "scenario.yaml_value": (
        "{file}: a value is not valid: {what}; write dates as YYYY-MM-DD "
        "(e.g. reference_date: 2026-12-01)",
        "{file}: ada nilai yang tidak sah: {what}; tulis tanggal sebagai "
        "YYYY-MM-DD (mis. reference_date: 2026-12-01)",
    ),
    "person": ("{name} ({id})", "{name} ({id})"),
    "retire.past_bup": (
        "{n} employees are past retirement age (BUP) on the reference date "
        "{date} and are not placed: {ids}{more} (set reference_date in the "
        "scenario to plan for another date)",
        "{n} pegawai telah melewati batas usia pensiun (BUP) pada tanggal "
        "acuan {date} dan tidak ditempatkan: {ids}{more} (atur reference_date "
        "di skenario untuk merencanakan tanggal lain)",
    ),
    # -- sweeps, frontier, many organisations (placement.scale, issue 14) ---------------
    "sweep.bad_vary": (
        "--vary '{text}': expected KEY=VALUES, e.g. "
        "objective.weights.continuity=0,5,10 or constraints.max_moves=0:400:50",
        "--vary '{text}': seharusnya KUNCI=NILAI, mis. "
        "objective.weights.continuity=0,5,10 atau constraints.max_moves=0:400:50",
    ),
    "sweep.bad_range": (
        "--vary {key}={values}: a range is start:stop:step with step > 0 and stop >= start",
        "--vary {key}={values}: rentang ditulis awal:akhir:langkah dengan "
        "langkah > 0 dan akhir >= awal",
    ),
    "sweep.too_many": (
        "the grid makes {n} variants; at most {limit}: use fewer values",
        "grid menghasilkan {n} varian; paling banyak {limit}: kurangi nilainya",
    ),
    "sweep.duplicate_key": (
        "--vary {key} is given twice; give its values once",
        "--vary {key} diberikan dua kali; tulis nilainya sekali saja",
    ),
    "sweep.zip_lengths": (
        "--zip needs lists of the same length ({lengths})",
        "--zip memerlukan daftar yang sama panjang ({lengths})",
    ),
    "sweep.no_operation": (
        "{source}: --vary {key}: the scenario has {n} operations (indexes from 0)",
        "{source}: --vary {key}: skenario memiliki {n} operasi (indeks mulai 0)",
    ),
    "sweep.bad_op_key": (
        "--vary {key}: an operation parameter is written "
        "operations[INDEX].PARAMETER, e.g. operations[2].factor",
        "--vary {key}: parameter operasi ditulis operations[INDEKS].PARAMETER, "
        "mis. operations[2].factor",
    ),
    "sweep.bad_key": (
        "{source}: --vary {key}: unknown setting{hint}",
        "{source}: --vary {key}: pengaturan tidak dikenal{hint}",
    ),
    "sweep.variant": ("variant {index} ({settings})", "varian {index} ({settings})"),
    "sweep.no_scheduler": (
        "cannot reach the Dask scheduler at {address}: {error}; check the "
        "address (tcp://HOST:PORT) and that `dask scheduler` runs",
        "penjadwal Dask di {address} tidak dapat dihubungi: {error}; periksa "
        "alamatnya (tcp://HOST:PORT) dan bahwa `dask scheduler` berjalan",
    ),
    "compare.against_base": (
        "{name} against {base}: {n} people placed differently",
        "{name} dibanding {base}: {n} pegawai ditempatkan berbeda",
    ),
    "compare.better": ("Better in: {items}", "Lebih baik pada: {items}"),
    "compare.worse": ("Worse in: {items}", "Lebih buruk pada: {items}"),
    "compare.other": (
        "Also different (neither better nor worse in itself): {items}",
        "Juga berbeda (tidak lebih baik atau buruk dengan sendirinya): {items}",
    ),
    "compare.versus": ("{kpi} {value} against {base}", "{kpi} {value} dibanding {base}"),
    "compare.same_placement": (
        "{a} and {b} place every employee in the same post (nobody placed differently): "
        "what sets the two scenarios apart moves nobody here; their figures differ only "
        "where the posts themselves differ (formasi, kind, kelas: a post one of them "
        "converts changes its holder's jabatan in place, as that scenario's report says)",
        "{a} dan {b} menempatkan setiap pegawai di jabatan yang sama (tidak ada yang "
        "ditempatkan berbeda): perbedaan kedua skenario tidak memindahkan siapa pun di "
        "sini; angkanya hanya berbeda bila jabatannya sendiri berbeda (formasi, jenis, "
        "kelas: jabatan yang disetarakan salah satunya mengubah jabatan pemangkunya di "
        "tempat, sebagaimana laporan skenario itu menyebutkan)",
    ),
    "compare.worker_died": (
        "scenario {name}: its process ended without a result (out of memory?); "
        "run again with --jobs 1 to solve one scenario at a time in this process "
        "instead of {n} at once",
        "skenario {name}: prosesnya berhenti tanpa hasil (kehabisan memori?); "
        "jalankan lagi dengan --jobs 1 agar skenario diselesaikan satu per satu di "
        "proses ini, bukan {n} sekaligus",
    ),
    "compare.bad_jobs": (
        "--jobs must be at least 1, not {n}",
        "--jobs paling sedikit 1, bukan {n}",
    ),
    "sweep.bad_workers": (
        "--workers must be at least 1, not {n}",
        "--workers paling sedikit 1, bukan {n}",
    ),
    "sweep.cluster": (
        "Dask cluster {address}: {workers} workers; dashboard {link}",
        "Klaster Dask {address}: {workers} worker; dasbor {link}",
    ),
    "sweep.no_files": (
        "no scenario file matches {pattern}; check the pattern (quote it: 'DIR/*/scenario.yaml')",
        "tidak ada berkas skenario yang cocok dengan {pattern}; periksa polanya "
        "(beri tanda kutip: 'DIR/*/scenario.yaml')",
    ),
    "sweep.need_scenario": (
        "give a SCENARIO file or --each 'PATTERN', not both",
        "berikan berkas SKENARIO atau --each 'POLA', tidak keduanya",
    ),
    "sweep.bad_chart": (
        "--chart '{value}': expected two KPI names, e.g. moves,mean_jpm",
        "--chart '{value}': seharusnya dua nama indikator, mis. moves,mean_jpm",
    ),
    "sweep.done": (
        "{done}/{total} variants solved ({errors} errors) → {out} (sweep.csv, "
        "sweep.parquet, kpis.json, report.html)",
        "{done}/{total} varian diselesaikan ({errors} galat) → {out} (sweep.csv, "
        "sweep.parquet, kpis.json, report.html)",
    ),
    "sweep.partial": (
        "interrupted: {done} of {total} variants done, written as a partial sweep",
        "dihentikan: {done} dari {total} varian selesai, ditulis sebagai sweep parsial",
    ),
    "sweep.best": (
        "best objective {objective} (variant {index})",
        "fungsi tujuan terbaik {objective} (varian {index})",
    ),
    "sweep.row_error": ("{label}: {message}", "{label}: {message}"),
    "frontier.failed": (
        "a frontier solve ended {status}: {message}",
        "satu penyelesaian frontier berakhir {status}: {message}",
    ),
    "frontier.max_points": (
        "stopped refining after {n} supported points ({segments} segments "
        "left unrefined; raise --max-points)",
        "penyempurnaan berhenti setelah {n} titik pendukung ({segments} "
        "segmen belum disempurnakan; naikkan --max-points)",
    ),
    "frontier.rounded": (
        "the tie weight between {a} and {b} moves was rounded (very large "
        "problem): a corner there may show as a capped point only",
        "bobot seri antara {a} dan {b} mutasi dibulatkan (masalah sangat "
        "besar): sudut di sana mungkin hanya tampil sebagai titik berbatas",
    ),
    "frontier.bad_bound": (
        "max_moves={k}: the bound reported by {solver} is contradicted by a "
        "placement found with fewer moves (so it is not a bound); the bound "
        "shown comes from the exact points",
        "max_moves={k}: batas dari {solver} bertentangan dengan penempatan "
        "yang ditemukan dengan mutasi lebih sedikit (jadi bukan batas); "
        "batas yang ditampilkan berasal dari titik eksak",
    ),
    "frontier.kept_pending": (
        "the frontier counts a serving holder without a seat within the rules as a move "
        "(a post lost); placement solve keeps them in their post over formasi pending a "
        "decision (eligibility.keep_displaced_holders), so a point shows more moves than "
        "the scenario's own solve at the same weights",
        "frontier menghitung pemegang jabatan aktif tanpa formasi sesuai aturan sebagai "
        "perpindahan (kehilangan jabatan); placement solve mempertahankannya di jabatannya "
        "di luar formasi menunggu keputusan (eligibility.keep_displaced_holders), sehingga "
        "satu titik menampilkan lebih banyak perpindahan daripada penyelesaian skenario itu "
        "sendiri dengan bobot yang sama",
    ),
    "frontier.yielded": (
        "{n} of the {solves} solves left empty a seat of a post that holders "
        "who miss its rules had yielded to its holders who meet them "
        "(qualified_holders_first): placement solve gives such seats back "
        "(eligibility.give_back_rounds), the frontier does not, so a point can show more "
        "moves than the scenario's own solve at the same weights",
        "{n} dari {solves} penyelesaian membiarkan kosong formasi jabatan yang "
        "telah dilepas pemegang yang tidak memenuhi syaratnya kepada pemegang yang "
        "memenuhinya (qualified_holders_first): placement solve mengembalikan formasi itu "
        "(eligibility.give_back_rounds), frontier tidak, sehingga satu titik dapat "
        "menunjukkan lebih banyak mutasi daripada penyelesaian skenario itu sendiri pada "
        "bobot yang sama",
    ),
    "frontier.done": (
        "{supported} supported points, {between} in between, {solves} solves "
        "→ {out} (frontier.csv, frontier.parquet, kpis.json, report.html)",
        "{supported} titik pendukung, {between} di antaranya, {solves} "
        "penyelesaian → {out} (frontier.csv, frontier.parquet, kpis.json, "
        "report.html)",
    ),
}
