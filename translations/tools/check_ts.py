#!/usr/bin/env python3
"""Checks translations/*.ts: every message finished (no "unfinished", "vanished" or "obsolete"),
the same %1..%9 placeholders as the source, numerus messages with the language's plural forms, and
no source missing after lupdate (run by the translations_uptodate test).
  check_ts.py FILE.ts..."""
import re
import sys
import xml.etree.ElementTree as ET

FORMS = {"fr": 2, "es": 2, "ar": 6, "en": 2}
problems = []
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    lang = root.get("language", "")
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            src = m.findtext("source") or ""
            tr = m.find("translation")
            where = f"{path}: {name}: {src[:60]!r}"
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.findall("numerusform")]
                want = FORMS.get(lang.split("_")[0], 2)
                if len(forms) != want or any(not f.strip() for f in forms):
                    problems.append(f"{where}: {len(forms)} plural forms, {want} needed")
            else:
                forms = [tr.text or ""]
                if not forms[0].strip():
                    problems.append(f"{where}: empty translation")
            wanted = set(re.findall(r"%[1-9]", src))
            for f in forms:
                if set(re.findall(r"%[1-9]", f)) != wanted:
                    problems.append(f"{where}: placeholders {sorted(set(re.findall(r'%[1-9]', f)))} != {sorted(wanted)}")
for p in problems:
    print(p)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
