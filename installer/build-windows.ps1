# Builds ThiĐua's Windows installer with jpackage and a runtime made by jlink (see installer/README.md):
#   target\installer\ThiDua-<version>.msi   (or .exe with -Type exe)
#
# Run from a PowerShell prompt in the repository (no administrator rights needed to build):
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-SkipBuild] [-Type msi|exe] [-AppVersion X.Y.Z]
#
# Needs a JDK 17 (java, jdeps, jlink, jpackage on PATH, e.g. Eclipse Temurin 17), Maven, and the WiX Toolset 3
# (3.11 or 3.14: candle.exe and light.exe on PATH). JDK 17's jpackage works only with WiX 3; WiX 4 and newer
# need JDK 22's jpackage. "mvn package" on Windows puts JavaFX's Windows libraries into thidua.jar.
param(
    [switch]$SkipBuild,
    [ValidateSet("msi", "exe")][string]$Type = "msi",
    [string]$AppVersion = ""
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$out = Join-Path $root "target\installer"

$missing = @("java", "jdeps", "jlink", "jpackage", "mvn", "candle", "light") |
    Where-Object { -not (Get-Command $_ -ErrorAction SilentlyContinue) }
if ($missing) {
    throw "Missing on PATH: $($missing -join ', '). Install a JDK 17, Maven and the WiX Toolset 3.14 " +
        "(https://github.com/wixtoolset/wix3/releases) and add their bin folders to PATH."
}

# The version: the pom's, numbers only (MSI: major and minor up to 255, build up to 65535).
if (-not $AppVersion) {
    [xml]$pom = Get-Content -Encoding UTF8 (Join-Path $root "pom.xml")
    $AppVersion = $pom.project.version -replace "-SNAPSHOT$", ""
}
if ($AppVersion -notmatch "^\d+(\.\d+){0,2}$") { throw "The package version must be numbers, not '$AppVersion'" }

function Invoke-Tool {
    param([string]$Tool, [string[]]$Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed ($LASTEXITCODE)" }
}

if (-not $SkipBuild) {
    Push-Location $root
    try { Invoke-Tool mvn @("-B", "-ntp", "-q", "-DskipTests", "package") } finally { Pop-Location }
}
$jar = Join-Path $root "target\thidua.jar"
if (-not (Test-Path $jar)) { throw "No $jar : run without -SkipBuild" }

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force (Join-Path $out "input") | Out-Null
Copy-Item $jar (Join-Path $out "input\thidua.jar")

# The runtime: the JDK modules the jar uses, and those found only at run time (see build-linux.sh).
Write-Host "jdeps: finding the modules the program needs..."
$modules = (& jdeps --multi-release 17 --ignore-missing-deps --print-module-deps $jar | Select-Object -Last 1)
$modules = "$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
Write-Host "jlink: $modules"
Invoke-Tool jlink @("--add-modules", $modules, "--include-locales=en,vi", "--strip-debug", "--no-man-pages",
    "--no-header-files", "--generate-cds-archive", "--output", (Join-Path $out "runtime"))

# The installer. The upgrade code stays the same for every version: a newer .msi replaces the older one.
# Names and texts are ASCII: JDK 17's jpackage reads its arguments in the system code page on Windows.
Write-Host "jpackage: $Type..."
Invoke-Tool jpackage @("--type", $Type, "--name", "ThiDua", "--app-version", $AppVersion,
    "--vendor", "ThiDua", "--copyright", "ThiDua",
    "--description", "ThiDua - emulation and commendation work (thi dua, khen thuong)",
    "--dest", $out, "--input", (Join-Path $out "input"), "--main-jar", "thidua.jar",
    "--main-class", "vn.thidua.app.Main", "--runtime-image", (Join-Path $out "runtime"),
    "--icon", (Join-Path $PSScriptRoot "icons\thidua.ico"),
    "--java-options", "-XX:TieredStopAtLevel=1", "--java-options", "-Xmx192m",
    "--win-menu", "--win-menu-group", "ThiDua", "--win-shortcut", "--win-dir-chooser",
    "--win-upgrade-uuid", "fd68266d-3fc1-4709-b251-0bc738b2926e")
Get-ChildItem $out -Filter "ThiDua-*.$Type" | ForEach-Object { Write-Host "Done: $($_.FullName)" }
