"""Where dvc's files live: the per-user data folder, the databases' default paths, a packaged app's own folder.
Below services and printing (both need it); plain Python, no database."""
