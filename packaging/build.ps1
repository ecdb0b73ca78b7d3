# Build the Windows app folder dist\dvc\ with PyInstaller (recipe: packaging\dvc.spec).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1                 build dist\dvc\
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Zip            also dist\dvc-windows.zip
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Font C:\fonts\ipaexg.ttf
#                                    ship a TrueType font inside the bundle (optional: without it
#                                    dvc uses BIZ UDGothic / Yu Gothic / Meiryo from Windows); a
#                                    licence .txt beside the font file goes into the bundle with it
#
# Run it on a Windows 10/11 machine (PyInstaller builds for the system it runs on).
# dist\dvc\dvc.exe runs the commands in a console; dist\dvc\dvc-desk.exe opens the
# window without a console (for a desktop shortcut).
param([switch]$Zip, [string]$Font = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

# A machine without .venv gets what scripts\setup.ps1 installs (Python, .venv).
if (-not (Test-Path ".venv\Scripts\python.exe")) {
    & (Join-Path $PSScriptRoot "..\scripts\setup.ps1") -NoRun
}
Write-Host "== pip: installing dvc with PyInstaller"
& .venv\Scripts\python.exe -m pip install -q -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

if ($Font) {
    if (-not (Test-Path $Font)) { throw "no such font file: $Font" }
    $env:DVC_BUNDLE_FONT = (Resolve-Path $Font).Path
}

Write-Host "== PyInstaller"
$watch = [System.Diagnostics.Stopwatch]::StartNew()
& .venv\Scripts\python.exe -m PyInstaller packaging\dvc.spec --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$seconds = [int]$watch.Elapsed.TotalSeconds

Write-Host "== smoke test: the bundled dvc starts and speaks Japanese"
$env:DVC_LANG = "ja"
& dist\dvc\dvc.exe --help | Select-Object -First 1
if ($LASTEXITCODE -ne 0) { throw "the bundled dvc.exe did not start" }

$bytes = (Get-ChildItem dist\dvc -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("dist\dvc: {0:N0} MB, built in {1} s" -f ($bytes / 1MB), $seconds)
if ($Zip) {
    if (Test-Path dist\dvc-windows.zip) { Remove-Item dist\dvc-windows.zip }
    Compress-Archive -Path dist\dvc -DestinationPath dist\dvc-windows.zip
    Write-Host ("dist\dvc-windows.zip: {0:N0} MB" -f ((Get-Item dist\dvc-windows.zip).Length / 1MB))
}
