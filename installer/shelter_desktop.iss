; Inno Setup script: the Windows installer of Shelter Desktop.
; Build on Windows (Inno Setup 6.3 or newer) from the repository root, after the PyInstaller
; bundle (installer/README.md):
;   pyinstaller --noconfirm installer\shelter_desktop.spec
;   iscc installer\shelter_desktop.iss
; Output: dist\installer\ShelterDesktop-Setup-<version>.exe
;
; THE DATA IS NEVER DELETED. The shelter's encrypted database, settings and logs live in
; the per-user data folder (%LOCALAPPDATA%\ShelterDesktop, or SHELTER_DATA_DIR), not in the
; program folder, and the database key is in Windows Credential Manager. The installer only
; writes the program folder; the uninstaller removes only what the installer wrote. There is
; deliberately no [UninstallDelete] section and none may be added for the data folder: an
; uninstall, a reinstall or an upgrade must never lose a resident's case file.

#define AppName "Shelter Desktop"
#define AppVersion "0.1.0"
#define AppPublisher "Shelter Desktop"
#define AppExe "Shelter Desktop.exe"
#define CliExe "shelter-desktop.exe"
; Relative to this script (installer\): the PyInstaller output.
#define BundleDir "..\dist\shelter-desktop"

[Setup]
; Never change AppId: upgrades find the installed copy by it.
AppId={{6E0B9C52-4C1B-4F43-9C63-5E2C8D1A7B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for all users when run as administrator, else for the current user only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=ShelterDesktop-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\shelter-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Offer to close a running copy before its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and _internal\ (Python, Qt, fonts, translations,
; migrations, assessment templates).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\resources\icons\shelter-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; Start menu: the window (no console). The command line stays available as shelter-desktop.exe
; in the program folder for administrators (check, backup, restore).
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\shelter-desktop.ico"; Comment: "Encrypted case management for residential shelters"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\shelter-desktop.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code] that removes folders: see the note at the top.
