# Set up dvc on Windows 10/11 and open it on the drill database.
#
#   powershell -ExecutionPolicy Bypass -File scripts\setup.ps1           install, then open the app
#   powershell -ExecutionPolicy Bypass -File scripts\setup.ps1 -NoRun    install only
#
# Needs Python 3.11 or newer: if the "py" launcher is missing it is installed
# with winget. Windows already has Japanese fonts (Yu Gothic, MS Gothic, BIZ UD).
param([switch]$NoRun)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Find-Python {
    foreach ($v in @("3.13", "3.12", "3.11")) {
        & py "-$v" -c "import sys" 2>$null
        if ($LASTEXITCODE -eq 0) { return @("py", "-$v") }
    }
    return $null
}

$py = $null
if (Get-Command py -ErrorAction SilentlyContinue) { $py = Find-Python }
if (-not $py) {
    Write-Host "== installing Python 3.12 with winget"
    winget install --id Python.Python.3.12 -e --silent --accept-source-agreements --accept-package-agreements
    $env:Path = [System.Environment]::GetEnvironmentVariable("Path", "Machine") + ";" + [System.Environment]::GetEnvironmentVariable("Path", "User")
    $py = Find-Python
    if (-not $py) { throw "Python 3.11+ was not found after installing it; open a new terminal and run this script again." }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    Write-Host "== creating .venv"
    & $py[0] $py[1] -m venv .venv
    if ($LASTEXITCODE -ne 0) { throw "could not create .venv" }
}
Write-Host "== pip: installing dvc and its test tools"
& .venv\Scripts\python.exe -m pip install -q --upgrade pip
& .venv\Scripts\python.exe -m pip install -q -e ".[test]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

if (-not $NoRun) {
    # The council's real database when this laptop has one, the drill otherwise.
    & .venv\Scripts\python.exe -c "from dvc.folders.paths import default_db_path as p; raise SystemExit(0 if p().exists() else 1)"
    if ($LASTEXITCODE -eq 0) {
        Write-Host "== opening dvc"
        & .venv\Scripts\dvc.exe
    } else {
        Write-Host "== opening dvc on the drill database (no real database on this laptop yet)"
        & .venv\Scripts\dvc.exe --drill
    }
}
