#!/usr/bin/env bash
# Regenerates the committed screenshots: the 评分标准 pages (schemelang doc) and 004's score report (score --format
# html), taken by headless chromium; and the README's flow from a scheme to Excel and Word for six projects of 004
# (004-six-projects.csv, typed into the template by fill-template.py): the filled 填报模板.xlsx, the 汇总 and 统计
# sheets of 结果.xlsx, the first page of 评分标准.docx (each opened by LibreOffice, printed to PDF, rasterised by
# pdftoppm) and the batch report's summary with its charts (chromium).
# Usage: docs/pages/screenshots.sh   (needs chromium, libreoffice-calc-nogui, libreoffice-writer-nogui,
# poppler-utils, python3 and fonts-noto-cjk; run it under `flock /tmp/dotnet.lock` on a shared machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/SchemeLang.Cli -c Release -o "$work/cli" >/dev/null
schemelang() { dotnet "$work/cli/schemelang.dll" "$@"; }
# shot WIDTH,HEIGHT PAGE.html IMAGE.png: the top of a page as a browser window of that size shows it
shot() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size="$1" --screenshot="$3" "file://$2" 2>/dev/null
}
# office FILTER FILE...: each file printed to $work/pdf/NAME.pdf by LibreOffice through that PDF export filter
office() {
  local filter=$1
  shift
  soffice -env:UserInstallation="file://$work/office" --headless --convert-to "$filter" --outdir "$work/pdf" "$@" \
    >/dev/null 2>&1
}
# page_with TEXT FILE.pdf: the number of the first page whose text holds TEXT (a sheet is found by its heading)
page_with() {
  local pages page
  pages=$(pdfinfo "$2" | awk '/^Pages:/ { print $2 }')
  for ((page = 1; page <= pages; page++)); do
    if pdftotext -f "$page" -l "$page" "$2" - | grep -q "$1"; then echo "$page"; return; fi
  done
  echo "no page of $2 holds $1" >&2
  return 1
}
# raster FILE.pdf PAGE IMAGE.png [pdftoppm crop options]: one page at 110 dpi
raster() {
  local pdf=$1 page=$2 image=$3
  shift 3
  pdftoppm -png -r 110 -f "$page" -l "$page" -singlefile "$@" "$pdf" "${image%.png}"
}

for example in 001-nanchang-working-funds 004-huaning-employee-insurance 000-zhuji-outsourcing; do
  schemelang doc "examples/$example.scheme" --out "$work/$example.html" >/dev/null
  shot 1280,2600 "$work/$example.html" "$out/$example.png"
done
scheme=examples/004-huaning-employee-insurance.scheme
schemelang score "$scheme" --data examples/004-huaning-employee-insurance.data.json --format html > "$work/report.html"
shot 1280,2200 "$work/report.html" "$out/004-huaning-employee-insurance.report.png"

flow=004-huaning-employee-insurance
schemelang template "$scheme" --out "$work/填报模板.xlsx" >/dev/null
python3 "$out/fill-template.py" "$work/填报模板.xlsx" "$out/004-six-projects.csv" "$work/已填报.xlsx"
schemelang score "$scheme" --data "$work/已填报.xlsx" --format xlsx --out "$work/结果.xlsx" >/dev/null 2>&1
schemelang score "$scheme" --data "$work/已填报.xlsx" --format html --out "$work/报告.html" >/dev/null 2>&1
schemelang doc "$scheme" --format docx --out "$work/评分标准.docx" >/dev/null
# every sheet on one page of its own size, so a sheet is one picture
office 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' "$work/已填报.xlsx" "$work/结果.xlsx"
office pdf:writer_pdf_Export "$work/评分标准.docx"
# 填报: the identity columns and the first five data columns (A–H), header and the six rows
raster "$work/pdf/已填报.pdf" "$(page_with 记录编号 "$work/pdf/已填报.pdf")" "$out/$flow.template.png" -W 1300
raster "$work/pdf/结果.pdf" "$(page_with 错误数 "$work/pdf/结果.pdf")" "$out/$flow.results-summary.png"
raster "$work/pdf/结果.pdf" "$(page_with 统计项 "$work/pdf/结果.pdf")" "$out/$flow.results-statistics.png"
raster "$work/pdf/评分标准.pdf" 1 "$out/$flow.standard-docx.png"
# the batch report down to the 二级 chart: counts, grade distribution, 一级 and 二级 得分率
shot 900,1340 "$work/报告.html" "$out/$flow.batch-report.png"
