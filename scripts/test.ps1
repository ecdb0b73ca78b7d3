# Run dvc's checks on Windows: the layer contract, the translation files, then the tests.
#   powershell -ExecutionPolicy Bypass -File scripts\test.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$env:QT_QPA_PLATFORM = "offscreen"
$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { throw "no .venv: run scripts\setup.ps1 first" }

Write-Host "== layers (import-linter)"
& .venv\Scripts\lint-imports.exe
if ($LASTEXITCODE -ne 0) { exit 1 }
Write-Host "== translations"
& $py -m dvc.i18n.build --check
if ($LASTEXITCODE -ne 0) { exit 1 }
Write-Host "== tests"
& $py -m pytest @args
$rc = $LASTEXITCODE
if ($rc -eq 5) { Write-Error "pytest collected no tests: that is a failure here"; exit 1 }
exit $rc
