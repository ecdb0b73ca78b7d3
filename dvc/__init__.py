"""dvc: desk software for a disaster volunteer center (災害ボランティアセンター)."""

__version__ = "0.1.0"
