@echo off
rem Kennisbank launcher for Windows: does what ./kennisbank does on Linux and macOS.
rem Builds the generator with the Maven wrapper when its sources changed, then runs it.
rem   kennisbank.cmd build      bouwt content\ naar target\site
rem   kennisbank.cmd check      controleert alle inhoud, schrijft niets
rem   kennisbank.cmd --help     alle opdrachten en opties
rem No delayed expansion and no parenthesised blocks around variables: a title such as "Doe mee!" passes unchanged.
setlocal EnableExtensions DisableDelayedExpansion
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\generator\target\kennisbank.jar"
set "LOG=%HERE%\generator\target\kennisbank-bouw.log"

rem A JDK 21 or newer: JAVA_HOME first, else java on the PATH.
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -XshowSettings:properties -version 2>&1 | findstr /R /C:"java.specification.version = 2[1-9]" /C:"java.specification.version = [3-9][0-9]" >nul
if errorlevel 1 goto nojdk

if not exist "%JAR%" goto build
if not exist "%HERE%\generator\target\lib" goto build
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath '%JAR%').LastWriteTime; if (Get-ChildItem -Recurse -File -LiteralPath '%HERE%\generator\src\main','%HERE%\generator\pom.xml','%HERE%\pom.xml' | Where-Object { $_.LastWriteTime -gt $jar } | Select-Object -First 1) { exit 1 } else { exit 0 }"
if errorlevel 1 goto build
goto run

:build
echo Generator bouwen (eenmalig, of na een wijziging in generator\)... 1>&2
if not exist "%HERE%\generator\target" mkdir "%HERE%\generator\target"
pushd "%HERE%"
call "%HERE%\mvnw.cmd" -q -B -ntp -pl generator -am package -DskipTests > "%LOG%" 2>&1
if errorlevel 1 goto buildfailed
popd
rem Maven leaves an up-to-date jar untouched; mark it as checked so the next run does not build again.
powershell -NoProfile -NonInteractive -Command "(Get-Item -LiteralPath '%JAR%').LastWriteTime = Get-Date"
if exist "%HERE%\generator\target\kennisbank.jsa" del /q "%HERE%\generator\target\kennisbank.jsa"

:run
rem Same JVM settings as ./kennisbank: serial collector, quick C1 compiler, class-data sharing archive.
pushd "%HERE%"
"%JAVA%" -XX:+UseSerialGC -XX:MaxNewSize=128m -XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%HERE%\generator\target\kennisbank.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "%JAR%" %*
set "RESULT=%ERRORLEVEL%"
popd
exit /b %RESULT%

:nojdk
echo Geen JDK 21 of nieuwer gevonden. Installeer een JDK 21+ en zet JAVA_HOME. 1>&2
exit /b 2

:buildfailed
popd
type "%LOG%" 1>&2
echo Het bouwen van de generator is mislukt (zie hierboven). 1>&2
exit /b 2
