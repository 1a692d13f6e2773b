#!/usr/bin/env python3
"""Fills the 填报 sheet of a template made by `schemelang template` with the rows of a CSV whose header is the
template's, as an evaluator typing them in would: each cell takes its column's style (percent, money, whole number,
text), a "95%" becomes the number 0.95 shown as a percentage, other numbers become numbers, the rest text.
Usage: fill-template.py TEMPLATE.xlsx DATA.csv FILLED.xlsx   (only for docs/pages/screenshots.sh)"""
import csv
from decimal import Decimal
import re
import sys
import zipfile
from xml.sax.saxutils import escape

template, data, filled = sys.argv[1:4]
sheet = "xl/worksheets/sheet1.xml"
with zipfile.ZipFile(template) as z:
    parts = {name: z.read(name) for name in z.namelist()}
xml = parts[sheet].decode("utf-8")
styles = {int(m.group(1)): m.group(2) for m in re.finditer(r'<x:col min="(\d+)" max="\d+"[^>]*? style="(\d+)"', xml)}


def letter(index):
    name = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell(ref, style, text):
    number = re.fullmatch(r"-?\d+(\.\d+)?(%?)", text)
    if number and number.group(2):
        return f'<x:c r="{ref}" s="{style}"><x:v>{Decimal(text[:-1]) / 100}</x:v></x:c>'
    if number:
        return f'<x:c r="{ref}" s="{style}"><x:v>{text}</x:v></x:c>'
    return f'<x:c r="{ref}" s="{style}" t="inlineStr"><x:is><x:t>{escape(text)}</x:t></x:is></x:c>'


with open(data, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))[1:]
added = "".join(
    f'<x:row r="{r}">' + "".join(cell(f"{letter(c)}{r}", styles.get(c, "0"), v) for c, v in enumerate(row, 1) if v) + "</x:row>"
    for r, row in enumerate(rows, 2))
parts[sheet] = xml.replace("</x:row></x:sheetData>", "</x:row>" + added + "</x:sheetData>", 1).encode("utf-8")
with zipfile.ZipFile(filled, "w", zipfile.ZIP_DEFLATED) as z:
    for name, content in parts.items():
        z.writestr(name, content)
