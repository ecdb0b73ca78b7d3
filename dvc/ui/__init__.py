"""The PySide6 GUI: main window, one package per desk."""
