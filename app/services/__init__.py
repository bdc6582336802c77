"""Use cases over a Session: set-up, accounts, events, groups, members, import, audit.
No Qt; ReportLab only in the pdf package."""
