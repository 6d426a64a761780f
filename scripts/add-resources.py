#!/usr/bin/env python3
"""Appends interface strings to the three resource files at once: python3 scripts/add-resources.py keys.tsv
Each line of the TSV: key<TAB>english<TAB>french<TAB>spanish. Existing keys are left as they are."""
import re
import sys
from xml.sax.saxutils import escape

ROOT = "src/CoCreation.Web/Resources/"
FILES = {"en": ROOT + "SharedResource.resx", "fr": ROOT + "SharedResource.fr.resx", "es": ROOT + "SharedResource.es.resx"}

rows = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    parts = line.split("\t")
    if len(parts) != 4:
        sys.exit(f"need 4 columns: {line!r}")
    rows.append(parts)

for index, (language, path) in enumerate(FILES.items()):
    text = open(path, encoding="utf-8").read()
    existing = set(re.findall(r'<data name="([^"]+)"', text))
    added = "".join(
        f'  <data name="{row[0]}" xml:space="preserve"><value>{escape(row[index + 1])}</value></data>\n'
        for row in rows if row[0] not in existing)
    text = text.replace("</root>", added + "</root>")
    open(path, "w", encoding="utf-8").write(text)
    print(path, added.count("<data"), "added")
