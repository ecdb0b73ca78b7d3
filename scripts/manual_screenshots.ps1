# Regenerate the manual's screenshots (manual\images\, manual\images\en\); see scripts/manual_screenshots.py.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
& .venv\Scripts\python.exe scripts\manual_screenshots.py @args
exit $LASTEXITCODE
