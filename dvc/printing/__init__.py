"""Printed forms: ReportLab rendering of forms/, fonts, QR. No Qt."""
