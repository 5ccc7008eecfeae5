"""
A panel workbook written by openpyxl that is sparse where it looks huge: one stray value in XFD1048576
(the last cell of a sheet), a drop-down and a conditional format over whole columns of Attendance.
Excel's used range for it is the whole sheet; what it holds is a dozen cells. Usage:
python3 makeSparseWorkbook.py OUT.xlsx (called by scripts/otherPrograms/makeFixtures.js).
"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

wb = Workbook()
members = wb.active
members.title = "Members"
members.append(["Name", "Group"])
members.append(["Pat Jones", "Tenants' Forum"])
members.append(["Amir Khan", "General"])
members["XFD1048576"] = "stray note"

attendance = wb.create_sheet("Attendance")
attendance.append(["Member", datetime.date(2026, 9, 8), datetime.date(2026, 10, 13)])
attendance.cell(1, 2).number_format = "dd/mm/yyyy"
attendance.cell(1, 3).number_format = "dd/mm/yyyy"
attendance.append(["Pat Jones", "P", "P"])
attendance.append(["Amir Khan", "A", "P"])
marks = DataValidation(type="list", formula1='"P,A,R,-"', allow_blank=True)
attendance.add_data_validation(marks)
marks.add("B2:Z1048576")
attendance.conditional_formatting.add(
    "A1:Z1048576", CellIsRule(operator="equal", formula=['"A"'], fill=PatternFill(bgColor="FFC7CE"))
)
wb.save(sys.argv[1])
