"""Reading spreadsheets people actually send: CSV in UTF-8, UTF-8 with BOM, UTF-16 or
Windows-1252, comma or semicolon separated, and .xlsx workbooks (first sheet). Import the
module you need; this package loads none of them.

    read      `read_table`: the header and rows of a file, by the reader for its kind
    table     a spreadsheet as read (`Table`), what one may hold (`Limits`), the refusal
              (`TableError`) and the checks of a row both readers make
    csv_file  a CSV file: the rule that decides its encoding, then strict parsing
    workbook  an .xlsx workbook: its ZIP directory and XML bounded before openpyxl reads it

Files come from outside (officers' spreadsheets on a USB stick), so every read is bounded
before it costs memory, by the figures in `Limits`: a CSV by its size on disk; a workbook
by its ZIP directory (its size, the number of its parts, each part's and all parts'
declared size once unpacked, and how much a big part claims to grow) before anything in
it is unpacked. zipfile never unpacks a part past its declared size, so the declared
sizes bound what is read even when they lie. Within those sizes, XML can still cost the
tree openpyxl builds many times its size (one row of millions of empty cells, one comment
of 200 MB), so each part is first read by a streaming scan that holds nothing and refuses
such shapes (`workbook._scan_xml`). openpyxl then parses through defusedxml, which it
uses when it is installed and which refuses entity declarations ("billion laughs"), as
the scan does. Both kinds are then bounded in rows with content, columns with content and
characters in a cell, and a file past any of them is refused whole, naming the limit.
"""
