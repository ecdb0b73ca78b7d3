"""Table models: one shape for every list (see paged.py)."""
