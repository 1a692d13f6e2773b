#!/bin/sh
# Writes N evaluation records for examples/004-huaning-employee-insurance.scheme to stdout, as a JSON array
# (one record per line) or as CSV with a header row. The values vary with the record's number, so that records
# land in different bands, steps and grades; every record is valid, so scoring them all exits 0.
#
#   bench/score-memory/generate-004-data.sh 1000000 json > /tmp/004-1m.json
#   bench/score-memory/generate-004-data.sh 1000000 csv  > /tmp/004-1m.csv
set -eu
count=${1:?usage: generate-004-data.sh COUNT json|csv}
format=${2:?usage: generate-004-data.sh COUNT json|csv}
case "$format" in json|csv) ;; *) echo "format must be json or csv" >&2; exit 2 ;; esac

exec awk -v n="$count" -v format="$format" '
BEGIN {
  split("综合参保率 单位缴费基数总额 在职职工参保人数 当地全口径月社平工资 基金征缴率 预算收入 决算收入 预算支出 决算支出 回收问卷数 有帮助问卷数 参保人员满意度 A11 A21.1 A21.2 A21.3 B11.1 B11.2 B11.3 B21.1 B21.2 B21.3 B21.4 B31.1 B41.1 B41.2 B41.3 B51.1 B51.2 C41 C51.1 D21", names, " ")
  fields = 32
  if (format == "csv") {
    header = "id"
    for (f = 1; f <= fields; f++) header = header "," names[f]
    print header
  } else {
    print "["
  }
  for (i = 1; i <= n; i++) {
    v[1]  = sprintf("%.2f%%", 85 + (i * 7) % 2100 / 100)          # 综合参保率 85.00% .. 105.99%
    v[2]  = sprintf("%d元", 700000000 + (i * 7919) % 150000000)   # 单位缴费基数总额
    v[3]  = 11000 + i % 1500                                       # 在职职工参保人数
    v[4]  = "6906元"
    v[5]  = sprintf("%.2f%%", 90 + (i * 13) % 1500 / 100)          # 基金征缴率 90.00% .. 104.99%
    v[6]  = "94767246.66元"
    v[7]  = sprintf("%.2f元", 80000000 + (i * 104729) % 20000000)  # 决算收入
    v[8]  = "104100094.66元"
    v[9]  = sprintf("%.2f元", 85000000 + (i * 15485863) % 25000000) # 决算支出
    v[10] = 437
    v[11] = (i * 31) % 438                                         # 有帮助问卷数 0 .. 437
    v[12] = sprintf("%.2f%%", 50 + (i * 17) % 5001 / 100)          # 参保人员满意度 50.00% .. 100.00%
    for (f = 13; f <= 23; f++) v[f] = ((i + f) % 7 == 0) ? "否" : "是"
    for (f = 24; f <= 29; f++) v[f] = (i + f) % 4 == 0 ? 1 : 0
    v[30] = (i % 5 == 0) ? "否" : "是"
    v[31] = i % 3
    v[32] = (i % 9 == 0) ? "否" : "是"
    if (format == "csv") {
      line = "r" i
      for (f = 1; f <= fields; f++) line = line "," v[f]
      print line
    } else {
      line = "{\"id\":\"r" i "\""
      for (f = 1; f <= fields; f++) {
        value = (f == 3 || f == 10 || f == 11 || (f >= 24 && f <= 29) || f == 31) ? v[f] : "\"" v[f] "\""
        line = line ",\"" names[f] "\":" value
      }
      print line "}" (i < n ? "," : "")
    }
  }
  if (format == "json") print "]"
}'
