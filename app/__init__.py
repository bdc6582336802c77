"""Lindungi: offline enrollment desk for BPJS Ketenagakerjaan BPU outreach events."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"
