#!/usr/bin/env python3
"""Fails when a translations/*.ts file is out of date with the sources (a string added, changed or
removed since the last `cmake --build build --target update_translations`) or has a message that is
not finished. Run by CTest as `translations_uptodate`.
  uptodate.py SOURCE_DIR [LUPDATE]"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

src = sys.argv[1]
lupdate = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/qt6/bin/lupdate"
dirs = ["ui", "models", "app/desk", "app/credentials", "api", "store"]
ts_dir = os.path.join(src, "translations")
files = sorted(f for f in os.listdir(ts_dir) if f.endswith(".ts"))
failed = False
with tempfile.TemporaryDirectory() as tmp:
    for f in files:
        copy = os.path.join(tmp, f)
        shutil.copy(os.path.join(ts_dir, f), copy)
        out = subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *[os.path.join(src, d) for d in dirs],
                              "-ts", copy], capture_output=True, text=True).stdout
        new = re.search(r"\((\d+) new", out)
        removed = re.search(r"Removed (\d+) obsolete", out)
        n_new = int(new.group(1)) if new else 0
        n_removed = int(removed.group(1)) if removed else 0
        if n_new or n_removed:
            failed = True
            print(f"{f}: {n_new} new and {n_removed} removed source text(s): run "
                  "`cmake --build build --target update_translations` and translate them")
check = subprocess.run([sys.executable, os.path.join(ts_dir, "tools", "check_ts.py"),
                        *[os.path.join(ts_dir, f) for f in files]])
sys.exit(1 if failed or check.returncode else 0)
