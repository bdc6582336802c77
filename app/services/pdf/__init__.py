"""Everything that draws a PDF, and the only place ReportLab may be imported
(scripts/check_layers.py): membership slips in every format, the recap, a group's bill,
a consent proof and the printer test page.

- formats.py: the one table of slip formats (loads no ReportLab: the command line, the
  desk and the slip numbers read it)
- slips.py: `render_slips`, which hands the slips to the renderer the table names:
  card.py, a4.py, thermal.py
- slip_parts.py: what every slip shows alike (QR code, preview stamp, copy stamp,
  benefits); style.py: fonts, colours, paragraph styles; document.py: the A4 document
- recap.py, group_bill.py, consent.py, printer_page.py: one document each

This package file imports nothing, so that reading the table loads no ReportLab.
"""
