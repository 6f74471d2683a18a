#!/usr/bin/env python3
"""Fills a .ts file's unfinished messages from a glossary (glossary file: source<TAB>translation per line, \\n for a line break).
Plural messages (%n) take 'singular|plural'. Messages missing from the glossary stay unfinished, so
lrelease falls back to English for them; run this after `update_translations`."""
import sys
import xml.etree.ElementTree as ET

ts_path, glossary_path = sys.argv[1], sys.argv[2]
glossary = {}
with open(glossary_path, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if line and not line.startswith("# "):  # "#<TAB>…" is the message "#"
            source, translation = line.split("\t", 1)
            # "\n" in the glossary stands for a line break in the message.
            glossary[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")

tree = ET.parse(ts_path)
# Messages whose source text is gone from the code are dropped rather than kept as "vanished".
for context in tree.iter("context"):
    for message in list(context.findall("message")):
        if message.find("translation") is not None and message.find("translation").get("type") in ("vanished", "obsolete"):
            context.remove(message)
filled = 0
for message in tree.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if source not in glossary or translation is None:
        continue
    text = glossary[source]
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        # lupdate writes as many forms as the language has (Qt's plural rules); a glossary that gives fewer
        # (Filipino nouns hardly change with the number) repeats its last form.
        needed = max(len(translation.findall("numerusform")), 1)
        forms = text.split("|")
        forms += [forms[-1]] * (needed - len(forms))
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text
    filled += 1
with open(ts_path, "wb") as f:
    f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(f, encoding="utf-8", xml_declaration=False)
print(f"{ts_path}: {filled} messages translated")
