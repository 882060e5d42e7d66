"""Limits shared by the layers that read input files (kept here, below all of them)."""

MAX_FILE_BYTES = 200 * 1024 * 1024     # larger inputs are refused with a clear 'too-large' error
