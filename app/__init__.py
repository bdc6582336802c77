"""Lindungi: offline enrollment desk for BPJS Ketenagakerjaan BPU outreach events."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lindungi")
except PackageNotFoundError:  # running from a frozen build or a bare checkout
    __version__ = "0.1.0"
