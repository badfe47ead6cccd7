#!/usr/bin/env python3
"""Insert the counts table printed by check.py into README.md (between the COUNTS markers)."""
import os
import subprocess
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = subprocess.run([sys.executable, os.path.join(here, "check.py")], capture_output=True, text=True).stdout
readme = os.path.join(here, "README.md")
text = open(readme, encoding="utf-8").read()
start = text.index("<!-- COUNTS -->")
end = text.index("<!-- /COUNTS -->") + len("<!-- /COUNTS -->") if "<!-- /COUNTS -->" in text else start + len("<!-- COUNTS -->")
block = "<!-- COUNTS -->\n```\n" + out.strip() + "\n```\n<!-- /COUNTS -->"
open(readme, "w", encoding="utf-8").write(text[:start] + block + text[end:])
