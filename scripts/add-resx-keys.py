#!/usr/bin/env python3
"""Adds interface texts to the three SharedResource files at once.

Usage: scripts/add-resx-keys.py keys.tsv   (key<TAB>English<TAB>French<TAB>Spanish per line)
A key already present is replaced in all three files, so the sets stay identical. New keys go to
their place in the ordinal order of names the files keep (so parallel branches rarely touch the same lines).
"""
import sys
import re
from xml.sax.saxutils import escape

root = __file__.rsplit('/scripts/', 1)[0] + '/src/CoCreation.Web/Resources/'
files = {'en': root + 'SharedResource.resx', 'fr': root + 'SharedResource.fr.resx', 'es': root + 'SharedResource.es.resx'}

rows = []
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    parts = line.split('\t')
    if len(parts) != 4:
        sys.exit(f'expected 4 tab-separated columns: {line!r}')
    rows.append(parts)

for index, (language, path) in enumerate(files.items(), start=1):
    text = open(path, encoding='utf-8').read()
    for row in rows:
        key, value = row[0], row[index]
        entry = f'  <data name="{key}" xml:space="preserve"><value>{escape(value)}</value></data>\n'
        pattern = re.compile(r'  <data name="' + re.escape(key) + r'" xml:space="preserve">.*?</data>\n', re.S)
        if pattern.search(text):
            text = pattern.sub(lambda _: entry, text, count=1)
        else:
            names = [(m.start(), m.group(1)) for m in re.finditer(r'^  <data name="([^"]+)"', text, re.M)]
            after = next((start for start, name in names if name > key), None)
            if after is None:
                text = text.replace('</root>', entry + '</root>', 1)
            else:
                text = text[:after] + entry + text[after:]
    open(path, 'w', encoding='utf-8').write(text)
print(f'{len(rows)} keys in {len(files)} files')
