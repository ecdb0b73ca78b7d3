"""Plain-Python rules of a volunteer center: no Qt, no SQL."""
