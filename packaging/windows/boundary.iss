; Boundary's Windows installer (Inno Setup 6). Per user, no administrator rights.
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\...\dist\Boundary /DOutputDir=C:\...\dist ^
;        /DIconFile=C:\...\build\boundary\icons\boundary.ico packaging\windows\boundary.iss
;
; SourceDir is the folder PyInstaller made (packaging/boundary.spec); the result is
; OutputDir\Boundary-<version>-setup.exe. docs/releasing.md describes the whole release.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Boundary"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\boundary\icons\boundary.ico"
#endif

; The same value the app writes for "Start Boundary when I sign in"
; (boundary_app/core/autostart.py: WindowsRunKey).
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define RunValue "Boundary"

[Setup]
; Never change AppId: it is how a new version finds and replaces the installed one.
AppId={{0B3E75BD-F450-47D1-9EC7-D07459BF1E22}
AppName=Boundary
AppVersion={#AppVersion}
AppVerName=Boundary {#AppVersion}
AppPublisher=Boundary
VersionInfoVersion={#AppVersion}
; Per user: %LOCALAPPDATA%\Programs\Boundary, Start menu of this user, HKCU only.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Boundary
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=Boundary-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Boundary.exe
UninstallDisplayName=Boundary
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running Boundary is closed (Restart Manager) before its files are replaced or removed.
CloseApplications=yes
CloseApplicationsFilter=Boundary.exe
RestartApplications=no

[Tasks]
Name: "startatlogin"; Description: "Start Boundary when I sign in"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the old version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Boundary"; Filename: "{app}\Boundary.exe"; Comment: "Keep work boundaries"

[Registry]
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#RunValue}"; \
  ValueData: """{app}\Boundary.exe"""; Tasks: startatlogin

[Run]
Filename: "{app}\Boundary.exe"; Description: "Start Boundary now"; \
  Flags: nowait postinstall skipifsilent

[Code]
var
  TasksShown: Boolean;

{ The task's box starts as the system has it: ticked if Boundary already starts at sign-in
  (set by the app's Settings or an earlier install), so an upgrade keeps the person's choice.
  A silent install also passes through this page, unseen: there /TASKS decides, so nothing
  here may change the tasks it chose. }
procedure CurPageChanged(CurPageID: Integer);
begin
  if (CurPageID = wpSelectTasks) and not TasksShown and not WizardSilent then
  begin
    TasksShown := True;
    if RegValueExists(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}') then
      WizardSelectTasks('startatlogin')
    else
      WizardSelectTasks('!startatlogin');
  end;
end;

{ A box the person unticked means "do not start at sign-in": remove a value left from before.
  A silent install leaves the value alone unless /TASKS=startatlogin asks for it. }
procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and TasksShown and not WizardIsTaskSelected('startatlogin') then
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
end;

{ Uninstall removes the program, its Start-menu entry and the sign-in entry (whoever wrote
  it). The profile, journal and logs (%LOCALAPPDATA%\boundary) stay unless the person asks;
  a silent uninstall keeps them. Passwords stay in Windows Credential Manager ("boundary"). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', '{#RunValue}');
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\boundary');
    if DirExists(DataDir) and not UninstallSilent then
      if MsgBox('Also delete your Boundary settings, history and logs?' + #13#10 + #13#10 +
                DataDir + #13#10 + #13#10 +
                'Choose No to keep them for a later install.',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
