"""Assemble README.md = readme_head.md + count tables + readme_tail.md, with the source
index table inserted after the '## Source index' heading. Usage: python3 build/make_readme.py"""
import io
import os
import runpy
import sys
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
buf = io.StringIO()
with redirect_stdout(buf):
    runpy.run_path(os.path.join(HERE, "report.py"), run_name="__main__")
report = buf.getvalue()
cut = report.index("| source URL |")
tables, sources = report[:cut], report[cut:]
head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read()
tail = open(os.path.join(HERE, "readme_tail.md"), encoding="utf-8").read()
marker = "## Source index (URL → case ids)\n"
assert marker in tail
tail = tail.replace(marker, marker + "\n" + sources, 1)
out = head + "\n" + tables + tail
with open(os.path.join(os.path.dirname(HERE), "README.md"), "w", encoding="utf-8") as f:
    f.write(out)
print("README.md written,", out.count("\n"), "lines", file=sys.stderr)
