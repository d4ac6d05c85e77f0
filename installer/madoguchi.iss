; Inno Setup 6 script for Madoguchi: a per-user install, no administrator rights needed.
;
; Build the bundle first (.venv\Scripts\python installer\build.py), which writes the
; version to build\installer-assets\version.iss and, when Inno Setup is installed, runs
; this script itself. By hand, from the repository folder:
;     iscc installer\madoguchi.iss
;     iscc /DAppVersion=1.2.3 installer\madoguchi.iss      (an explicit version wins)
; The installer is written to dist\installer\.
;
; This file is UTF-8 with a byte order mark, so that Inno Setup reads the Japanese texts.

#ifndef AppVersion
  #if FileExists(AddBackslash(SourcePath) + "..\build\installer-assets\version.iss")
    #include "..\build\installer-assets\version.iss"
  #else
    #error "No version: run installer\build.py first, or pass /DAppVersion=X.Y.Z"
  #endif
#endif

#define AppName "Madoguchi"
#define AppExe "madoguchi.exe"

[Setup]
; Never change AppId: upgrades and the uninstaller find earlier installs by it.
AppId={{C8F9AFB5-4D75-41DD-9EE0-74080A3241B0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per-user: installs under %LOCALAPPDATA%\Programs\Madoguchi, writes only to HKCU.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
ShowLanguageDialog=auto
SetupIconFile=..\build\installer-assets\madoguchi.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist\installer
OutputBaseFilename=Madoguchi-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; Close a running Madoguchi before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.ShortcutName=窓口 Madoguchi
en.ShortcutName=Madoguchi
ja.ShortcutComment=知財総合支援窓口の支援記録
en.ShortcutComment=Records of an IP support counter
ja.DataKept=記録データは削除されていません:%n%1%n%n不要になった場合は、このフォルダーを手動で削除してください。
en.DataKept=Your records have not been deleted:%n%1%n%nDelete this folder by hand if you no longer need them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: madoguchi.exe (the app), madoguchi-cli.exe (the command
; line, e.g. "madoguchi-cli check --selftest") and _internal\.
Source: "..\dist\madoguchi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:ShortcutName}}"; Flags: nowait postinstall skipifsilent

; The user's data is NOT part of this installation and the uninstaller leaves it alone.
; Madoguchi keeps the database, its backups, window state and local playbooks in
; %LOCALAPPDATA%\Madoguchi (platformdirs' user data folder, see desktop/paths.py), which
; is a different folder from the program folder {localappdata}\Programs\Madoguchi. The
; uninstaller removes only the files listed under [Files]; there is deliberately no
; [UninstallDelete] section, and none must be added for {localappdata}\Madoguchi.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
