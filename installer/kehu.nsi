; Kehu's Windows installer (NSIS 3, Modern UI 2). Per user, into %LOCALAPPDATA%\Programs\Kehu:
; no administrator rights needed. Built from the one-folder bundle of installer/build.py:
;
;   makensis /DVERSION=0.1.0 installer\kehu.nsi
;
; Defines (paths relative to this folder; on Linux makensis takes -D instead of /D):
;   VERSION  the version in pyproject.toml, X.Y.Z (required)
;   SOURCE   the bundle folder, default dist\Kehu
;   ICON     the icon, default build\kehu.ico (installer/build.py writes it)
;   OUTFILE  the installer, default dist\Kehu-VERSION-setup.exe
;   FAST     store the files uncompressed (a quick test compile)
;
; The uninstaller keeps the user's books (in %LOCALAPPDATA%\Kehu\Kehu, platformdirs'
; user_data_dir("Kehu", "Kehu")) unless the user ticks the option that deletes them.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "Define VERSION, the version in pyproject.toml: makensis /DVERSION=X.Y.Z kehu.nsi"
!endif
!searchparse "${VERSION}" "" VERSION_MAJOR "." VERSION_MINOR "." VERSION_PATCH
!define /ifndef SOURCE "dist\Kehu"
!define /ifndef ICON "build\kehu.ico"
!define /ifndef OUTFILE "dist\Kehu-${VERSION}-setup.exe"

!define PRODUCT "Kehu 客户本"
!define EXE "Kehu.exe"
!define SHORTCUT "${PRODUCT}.lnk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Kehu"
; Where Kehu keeps the user's books, backups and log, and its settings file (QSettings, ini).
!define DATA_DIR "$LOCALAPPDATA\Kehu\Kehu"
!define SETTINGS_FILE "$APPDATA\Kehu\Kehu.ini"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Kehu"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
; The language chosen at install time is asked again by the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"

; -- pages ------------------------------------------------------------------------------------
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default when the system speaks neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString SEC_PROGRAM ${LANG_SIMPCHINESE} "客户本"
LangString SEC_PROGRAM ${LANG_ENGLISH} "Kehu"
LangString SEC_DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DATA ${LANG_SIMPCHINESE} "同时删除我的客户账本和备份"
LangString SEC_DATA ${LANG_ENGLISH} "Also delete my customer books and backups"
LangString DESC_PROGRAM ${LANG_SIMPCHINESE} "客户本程序，以及开始菜单中的快捷方式。"
LangString DESC_PROGRAM ${LANG_ENGLISH} "The Kehu program and its shortcut in the Start menu."
LangString DESC_DESKTOP ${LANG_SIMPCHINESE} "在桌面上放一个客户本的快捷方式。"
LangString DESC_DESKTOP ${LANG_ENGLISH} "A shortcut to Kehu on the desktop."
LangString DESC_UNPROGRAM ${LANG_SIMPCHINESE} "删除客户本程序及其快捷方式。您的账本会保留。"
LangString DESC_UNPROGRAM ${LANG_ENGLISH} "Removes the Kehu program and its shortcuts. Your books stay."
LangString DESC_DATA ${LANG_SIMPCHINESE} "删除 ${DATA_DIR}（账本、账本的备份和日志）以及客户本的设置。保存在您自己选择的其他文件夹中的备份，以及从别处打开的账本，不会被删除。"
LangString DESC_DATA ${LANG_ENGLISH} "Deletes ${DATA_DIR} (the books, their backups and the log) and Kehu's settings. Backups kept in another folder you chose and books opened from elsewhere stay."

VIProductVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIFileVersion "${VERSION_MAJOR}.${VERSION_MINOR}.${VERSION_PATCH}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "Kehu"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Kehu"

; -- install ----------------------------------------------------------------------------------
Section "$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"  ; an older version's files
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${EXE}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Kehu"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${EXE}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(DESC_PROGRAM)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_DESKTOP)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; -- uninstall --------------------------------------------------------------------------------
; Only what the installer put there: a folder the user chose may hold other files.
Section "un.$(SEC_PROGRAM)" UnSecProgram
  SectionIn RO
  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(SEC_DATA)" UnSecData
  RMDir /r "${DATA_DIR}"
  RMDir "$LOCALAPPDATA\Kehu"
  Delete "${SETTINGS_FILE}"
  RMDir "$APPDATA\Kehu"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgram} "$(DESC_UNPROGRAM)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(DESC_DATA)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
