"""Batch sync between the laptops and the office, by file on a USB stick. Import the
module you need; this package loads none of them.

    signing    canonical JSON, base64 and signed envelopes, for batches, acknowledgements,
               configuration packages, key files and slip codes
    format     the batch file: a signed ZIP of JSON lines, checked before any use
    records    records as JSON lines and back, table by table
    export     a laptop writes a batch of everything the office has not acknowledged
    merge      the office checks a batch, then merges it in one transaction
    checks     each chunk of a batch's records checked before anything is written
    merge_parts  how each part's records meet the office's, one chunk at a time
    import_report  what an import reports, and the batches a device has not sent
    bulk       many rows at once for the merge (arrays and COPY on PostgreSQL)
    chain      the laptops' audit chains, checked at the office
    conflicts  two records with one NIK, reviewed by a person at the office
    acks       acknowledgements: what the office holds, carried back to the laptop
"""
