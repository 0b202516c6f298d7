#!/usr/bin/env python3
"""Writes the importer's bad-input catalogue: one file per way a sheet goes wrong, and
expected.tsv saying what the importer must answer for each (see tests/tst_import.cpp).
Registrant ids are those of `g2p-sandbox --seed 300` (deterministic demo data): 381, 368 enrolled,
351 exited in the Cash Transfer Program (1); 377, 365 individuals outside it; 380 a group."""
import io, zipfile

H = "registrant_id,program,state,enrollment_date,exit_date,exit_reason\n"
files, expected = {}, []

def csv(name, text, expect, line="", needle=""):
    files[name] = text.encode("utf-8") if isinstance(text, str) else text
    expected.append((name, expect, str(line), needle))

csv("ok_basic.csv", H + "381,Cash Transfer Program,exited,,2026-11-01,Graduated\n368,Cash Transfer Program,paused,,,\n", "ok:2")
csv("ok_enrol_new.csv", H + "377,Cash Transfer Program,,,,\n365,Cash Transfer Program,enrolled,2026-11-02,,\n", "ok:2")
csv("bom_utf8.csv", b"\xef\xbb\xbf" + (H + "368,Cash Transfer Program,paused,,,\n").encode(), "ok:1")
csv("utf16le_excel_tabs.csv", b"\xff\xfe" + (H.replace(",", "\t") + "368\tCash Transfer Program\tpaused\t\t\t\n").encode("utf-16-le"), "ok:1")
csv("windows1252.csv", (H + "381,Cash Transfer Program,exited,,2026-11-01,Déménagé à Bobo\n").encode("cp1252"), "ok:1")
csv("semicolons.csv", H.replace(",", ";") + "368;Cash Transfer Program;paused;;;\n", "ok:1")
csv("headers_case_and_spaces.csv", " Registrant ID ; PROGRAM ;Status\n 368 ; cash transfer program ; Paused \n", "ok:1")
csv("program_by_id.csv", H + "368,1,paused,,,\n", "ok:1")
csv("blank_lines.csv", H + "\n368,Cash Transfer Program,paused,,,\n\n,,,,,\n", "ok:1")
csv("bad_date_month13.csv", H + "381,Cash Transfer Program,exited,,2026-13-01,Graduated\n", "problem", 2, "not a date")
csv("bad_date_feb30.csv", H + "381,Cash Transfer Program,exited,,30/02/2026,Graduated\n", "problem", 2, "30/02/2026")
csv("ambiguous_date.csv", H + "381,Cash Transfer Program,exited,,03/04/2026,Graduated\n", "problem", 2, "could be 2026-04-03 or 2026-03-04")
csv("future_exit.csv", H + "381,Cash Transfer Program,exited,,2099-01-01,Graduated\n", "problem", 2, "future")
csv("exit_before_enrollment.csv", H + "381,Cash Transfer Program,exited,,1990-01-01,Graduated\n", "problem", 2, "before the enrollment date")
csv("exit_without_reason.csv", H + "381,Cash Transfer Program,exited,,2026-11-01,\n", "problem", 2, "reason")
csv("unknown_program.csv", H + "368,Cash Transfers,paused,,,\n", "problem", 2, "No program is named")
csv("wrong_target_type.csv", H + "380,Cash Transfer Program,enrolled,,,\n", "problem", 2, "is for individuals")
csv("transition_not_allowed.csv", H + "351,Cash Transfer Program,paused,,,\n", "problem", 2, "Exited")
# An exit for a registrant with no membership in the program: an error for that line, never an enrolment.
csv("exit_without_membership.csv", H + "377,Cash Transfer Program,exited,,2026-11-01,Moved away\n", "problem", 2,
    "has no membership in Cash Transfer Program")
csv("unknown_state.csv", H + "368,Cash Transfer Program,finished,,,\n", "problem", 2, "not a membership state")
csv("duplicate_rows.csv", H + "368,Cash Transfer Program,paused,,,\n368,Cash Transfer Program,paused,,,\n", "problem", 3, "Duplicate of line 2")
csv("ragged_extra_cells.csv", H + "368,Cash Transfer Program,paused,,,,oops\n", "problem", 2, "header only")
csv("ragged_short_row.csv", H + "368\n", "problem", 2, "No program given")
csv("formula_cell.csv", H + "381,Cash Transfer Program,exited,,2026-11-01,=HYPERLINK(\"http://x\")\n", "problem", 2, "formula")
csv("unknown_registrant.csv", H + "999999,Cash Transfer Program,enrolled,,,\n", "problem", 2, "no registrant with ID 999999")
csv("non_numeric_id.csv", H + "abc,Cash Transfer Program,enrolled,,,\n", "problem", 2, "not a registrant ID")
csv("negative_id.csv", H + "-5,Cash Transfer Program,enrolled,,,\n", "problem", 2, "not a registrant ID")
csv("id_number_not_known.csv", "id_type,id_value,program,state\nNational ID,NID-000123,Cash Transfer Program,paused\n", "problem", 2, "cannot look a registrant up by ID number")
csv("no_registrant_column.csv", "name,program\nAMINA,Cash Transfer Program\n", "mapping", "", "registrant ID")
csv("id_type_without_number.csv", "id_type,program\nNational ID,Cash Transfer Program\n", "mapping", "", "ID type and the ID number go together")
csv("empty.csv", b"", "unreadable", "", "empty")
csv("header_only.csv", H, "problem", 1, "header but no rows")
csv("unclosed_quote.csv", H + '368,"Cash Transfer Program,paused,,,\n', "unreadable", "", "never closed")
csv("not_a_workbook.xlsx", "registrant_id,program\n368,Cash Transfer Program\n", "unreadable", "", "")

def xlsx(rows):
    sheet = ['<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            ref = "ABCDEFGH"[c] + str(r)
            if isinstance(v, int):
                sheet.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v:
                sheet.append(f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>')
        sheet.append("</row>")
    sheet.append("</sheetData></worksheet>")
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", "".join(sheet))
    return b.getvalue()

good = xlsx([["registrant_id", "program", "state"], [368, "Cash Transfer Program", "paused"], [381, "Cash Transfer Program", "paused"]])
csv("ok_workbook.xlsx", good, "ok:2")
csv("truncated_workbook.xlsx", good[: len(good) // 2], "unreadable", "", "")
csv("workbook_bad_row.xlsx", xlsx([["registrant_id", "program", "state"], [368, "Cash Transfer Program", "paused"], [999999, "Cash Transfer Program", "paused"]]), "problem", 3, "no registrant with ID 999999")

for name, data in files.items():
    open(name, "wb").write(data)
with open("expected.tsv", "w") as f:
    f.write("# file\texpect (ok:CHANGES | problem | mapping | unreadable)\tline\ttext the message holds\n")
    for row in expected:
        f.write("\t".join(row) + "\n")
print(len(files), "files")
