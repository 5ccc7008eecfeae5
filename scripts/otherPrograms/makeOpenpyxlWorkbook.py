"""
A panel workbook written by openpyxl (Debian's python3-openpyxl, python3-pil for the image), carrying
what officers' workbooks carry on the very sheets a scan writes into: notes, an internal link, a
drop-down, conditional formats of every kind openpyxl writes, a table, frozen panes, print titles,
sheet and workbook protection, defined names (workbook and sheet), custom properties, an image and a
chart. Usage: python3 makeOpenpyxlWorkbook.py OUT.xlsx

Called by scripts/makeOtherProgramsFixtures.js (committed fixtures) and scripts/checkOtherReaders.js (CI,
fresh from the installed versions). Made-up people and figures.
"""
import datetime
import io
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import (
    CellIsRule,
    ColorScaleRule,
    DataBarRule,
    FormulaRule,
    IconSetRule,
    Rule,
)
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.workbook.defined_name import DefinedName

out = sys.argv[1]
wb = Workbook()
red = DifferentialStyle(fill=PatternFill(bgColor="FFC7CE"), font=Font(color="9C0006"))

# --- Members: the sheet a scan writes Status and Reason into --------------------------------------
members = wb.active
members.title = "Members"
members.append(["Name", "Group", "Role", "Start date", "Training %", "Tenant"])
rows = [
    ("Pat Jones", "Tenants' Forum", "Chair", datetime.date(2024, 9, 1), 100, "Y"),
    ("Amir Khan", "Tenants' Forum", None, datetime.date(2025, 1, 15), 90, "Y"),
    ("Chen Wei", "General", None, datetime.date(2025, 9, 1), 60, "Y"),
    ("Doris Smith", "Silver Service Forum", None, datetime.date(2023, 9, 1), 85, "Y"),
    ("George Evans", "Deputy", None, datetime.date(2026, 2, 1), 40, "Y"),
]
for row in rows:
    members.append(list(row))
for r in range(2, len(rows) + 2):
    members.cell(r, 4).number_format = "dd/mm/yyyy"
members["A2"].comment = Comment("Chair since September 2024", "Panel officer")
members["A3"].hyperlink = "#'KPI - Rent'!A1"
members["A3"].style = "Hyperlink"
groups = DataValidation(
    type="list",
    formula1='"Tenants\' Forum,Silver Service Forum,General,Deputy,Co-optee"',
    allow_blank=True,
)
members.add_data_validation(groups)
groups.add("B2:B50")
members.conditional_formatting.add("E2:E50", CellIsRule(operator="lessThan", formula=["80"], fill=PatternFill(bgColor="FFEB9C")))
members.conditional_formatting.add("E2:E50", ColorScaleRule(start_type="min", start_color="F8696B", end_type="max", end_color="63BE7B"))
members.conditional_formatting.add("E2:E50", DataBarRule(start_type="min", end_type="max", color="638EC6"))
members.conditional_formatting.add("E2:E50", IconSetRule("3TrafficLights1", "percent", [0, 33, 67]))
members.conditional_formatting.add("A2:A50", FormulaRule(formula=['ISBLANK($B2)'], fill=PatternFill(bgColor="D9D9D9")))
members.conditional_formatting.add("A2:A50", Rule(type="duplicateValues", dxf=red))
members.conditional_formatting.add("C2:C50", Rule(type="containsText", operator="containsText", text="Chair", dxf=red, formula=['NOT(ISERROR(SEARCH("Chair",C2)))']))
members.conditional_formatting.add("D2:D50", Rule(type="timePeriod", timePeriod="lastMonth", dxf=red))
members.conditional_formatting.add("E2:E50", Rule(type="top10", rank=2, dxf=red))
members.conditional_formatting.add("E2:E50", Rule(type="aboveAverage", aboveAverage=False, dxf=red))
table = Table(displayName="PanelMembers", ref="A1:F6")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
members.add_table(table)
members.freeze_panes = "B2"
members.print_title_rows = "1:1"
members.protection.sheet = True
members.protection.formatColumns = False
members.column_dimensions["A"].width = 22

# --- Attendance and Meetings ------------------------------------------------------------------------
attendance = wb.create_sheet("Attendance")
dates = [datetime.date(2026, 9, 8), datetime.date(2026, 10, 13), datetime.date(2026, 11, 10)]
attendance.append(["Member"] + dates)
for c in range(2, 5):
    attendance.cell(1, c).number_format = "dd/mm/yyyy"
marks = {"Pat Jones": "PPP", "Amir Khan": "PAP", "Chen Wei": "AAP", "Doris Smith": "PRP", "George Evans": "P-P"}
for name, row in marks.items():
    attendance.append([name] + list(row))
attendance.conditional_formatting.add("B2:D50", CellIsRule(operator="equal", formula=['"A"'], fill=PatternFill(bgColor="FFC7CE")))
attendance["A1"].comment = Comment("P present, A absent, R reason given", "Panel officer")

meetings = wb.create_sheet("Meetings")
meetings.append(["Date", "Type", "Notes"])
for d in dates:
    meetings.append([d, "Main", "Held at the civic centre"])
for r in range(2, 5):
    meetings.cell(r, 1).number_format = "dd/mm/yyyy"
meetings.merge_cells("C6:E6")
meetings["C6"] = "Next year's dates to follow"

# --- A KPI sheet with a chart and an image ---------------------------------------------------------
kpi = wb.create_sheet("KPI - Rent")
kpi.append(["Indicator", "Code", "Period", "Actual", "Target", "Polarity"])
for month, actual in zip(range(4, 10), [96.1, 96.4, 95.8, 97.2, 96.9, 95.5]):
    kpi.append(["Rent collected (%)", "RENT-COLLECTED", datetime.date(2026, month, 1), actual, 97, "Higher is better"])
for r in range(2, 8):
    kpi.cell(r, 3).number_format = "mmm yyyy"
chart = BarChart()
chart.title = "Rent collected"
chart.add_data(Reference(kpi, min_col=4, min_row=1, max_row=7), titles_from_data=True)
chart.set_categories(Reference(kpi, min_col=3, min_row=2, max_row=7))
kpi.add_chart(chart, "H2")
try:
    from openpyxl.drawing.image import Image
    from PIL import Image as PilImage

    buffer = io.BytesIO()
    PilImage.new("RGB", (40, 20), (31, 78, 121)).save(buffer, format="PNG")
    buffer.seek(0)
    kpi.add_image(Image(buffer), "H20")
except ImportError:
    pass  # without python3-pil the workbook has no image

# --- Names, protection, properties -------------------------------------------------------------------
wb.defined_names.append(DefinedName("RentTarget", attr_text="'KPI - Rent'!$E$2"))
scoped = DefinedName("Roll", attr_text="Members!$A$2:$A$6", localSheetId=0)
wb.defined_names.append(scoped)
wb.security.lockStructure = False
wb.properties.creator = "Panel officer"
wb.properties.title = "Tenants' panel workbook"
wb.save(out)
