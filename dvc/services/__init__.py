"""Use cases: the one API that the GUI, the CLI and the tests call. No Qt."""
