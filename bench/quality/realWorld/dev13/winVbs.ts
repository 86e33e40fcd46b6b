// VBScript/WSH, Excel VBA macros and AutoHotkey: connection strings, SendKeys typing passwords, mapped drives.
import { wdoc } from './winValues';

const r = String.raw;

export const WIN_VBS = [
  wdoc(
    'vbs-logon-script',
    ['code'],
    'netlogon/logon.vbs',
    (k) => r`' Logon script - Marketing
' v2.3 (c) IT Dept
Option Explicit
Dim objNetwork, objShell, strUser
Set objNetwork = CreateObject("WScript.Network")
Set objShell = CreateObject("WScript.Shell")
strUser = objNetwork.UserName

On Error Resume Next
objNetwork.RemoveNetworkDrive "M:", True, True
objNetwork.MapNetworkDrive "M:", "\\fs02\Marketing", False, "CORP\svc_mkt", "${k.pw()}"
objNetwork.MapNetworkDrive "P:", "\\fs02\Public"
If Err.Number <> 0 Then
    objShell.LogEvent 1, "Mapping failed for " & strUser & ": " & Err.Description
End If
`,
  ),
  wdoc(
    'vbs-adodb-report',
    ['code'],
    'reports/inventory_export.vbs',
    (k) => r`'====================================================
' Exports inventory to CSV every morning (Task Scheduler)
'====================================================
Const adOpenStatic = 3
Dim objConn, objRS, fso, f
Set objConn = CreateObject("ADODB.Connection")
objConn.ConnectionTimeout = 30
objConn.Open "Provider=SQLOLEDB;Data Source=SQL02;Initial Catalog=Inventory;User ID=inv_reader;Password=${k.cs()};"
Set objRS = CreateObject("ADODB.Recordset")
objRS.Open "SELECT AssetTag, Hostname, Owner FROM dbo.Assets", objConn, adOpenStatic
Set fso = CreateObject("Scripting.FileSystemObject")
Set f = fso.CreateTextFile("\\fs01\Reports\inventory.csv", True)
Do Until objRS.EOF
  f.WriteLine objRS("AssetTag") & ";" & objRS("Hostname") & ";" & objRS("Owner")
  objRS.MoveNext
Loop
f.Close
' old Access DB, still used by the warehouse
Set objConn2 = CreateObject("ADODB.Connection")
objConn2.Open "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=\\fs01\Lager\lager.accdb;Jet OLEDB:Database Password=${k.cs()};"
`,
  ),
  wdoc(
    'vbs-sendkeys-legacy',
    ['code'],
    'automation/login_as400.vbs',
    (k) => r`' Logs into the AS400 terminal emulator and starts the daily report
Set WshShell = WScript.CreateObject("WScript.Shell")
WshShell.Run "C:\Program Files (x86)\IBM\Client Access\Emulator\pcsws.exe ""C:\Users\Public\AS400.ws"""
WScript.Sleep 5000
WshShell.AppActivate "Session A"
WshShell.SendKeys "RPTUSER{TAB}"
WshShell.SendKeys "${k.let()}{ENTER}"
WScript.Sleep 2000
WshShell.SendKeys "CALL DAYRPT{ENTER}"
`,
  ),
  wdoc(
    'vbs-ldap-bind',
    ['code'],
    'scripts/disable_stale.vbs',
    (k) => r`' Disable accounts not logged on for 90 days
Set objConnection = CreateObject("ADODB.Connection")
objConnection.Provider = "ADsDSOObject"
objConnection.Properties("User ID") = "CORP\svc_ldapsync"
objConnection.Properties("Password") = "${k.pw()}"
objConnection.Properties("Encrypt Password") = True
objConnection.Open "Active Directory Provider"
Set objDSO = GetObject("LDAP:")
Set objOU = objDSO.OpenDSObject("LDAP://OU=Staff,DC=corp,DC=local", "CORP\svc_ldapsync", "${k.pw()}", 1)
' lastLogonTimestamp filter, see KB
`,
  ),
  wdoc(
    'vba-excel-sales',
    ['code'],
    'excel/Umsatzbericht.xlsm.bas',
    (k) => r`Attribute VB_Name = "modDaten"
' Holt die Umsatzzahlen aus dem SQL Server in das Blatt "Daten"
Option Explicit

Private Const SERVER As String = "SQL01\VERTRIEB"
Private Const DB_USER As String = "excel_report"
Private Const DB_PASS As String = "${k.pw()}"

Public Sub DatenLaden()
    Dim cn As Object, rs As Object, sql As String
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={SQL Server};Server=" & SERVER & ";Database=Vertrieb;Uid=" & DB_USER & ";Pwd=" & DB_PASS & ";"
    sql = "SELECT Monat, Region, Umsatz FROM v_Umsatz WHERE Jahr = " & Year(Date)
    Set rs = cn.Execute(sql)
    Sheets("Daten").Range("A2").CopyFromRecordset rs
    rs.Close: cn.Close
End Sub

' Blattschutz
Public Sub Schuetzen()
    Sheets("Daten").Protect Password:="${k.let()}"
    ActiveWorkbook.Protect Password:="${k.hpw()}", Structure:=True
End Sub
`,
  ),
  wdoc(
    'vba-access-odbc',
    ['code'],
    'access/modLinkTables.bas',
    (k) => r`Option Compare Database
' Relinks the ODBC tables after the server move (jan 2023)
Public Function RelinkAll()
    Dim tdf As DAO.TableDef
    Const CONN As String = "ODBC;DRIVER={ODBC Driver 17 for SQL Server};SERVER=sql-prod-03;DATABASE=CRM;UID=crm_app;PWD=${k.cs()};APP=Access"
    For Each tdf In CurrentDb.TableDefs
        If Len(tdf.Connect) > 0 Then
            tdf.Connect = CONN
            tdf.RefreshLink
        End If
    Next
End Function
' API for the address check
Public Const ADDR_API_KEY As String = "${k.tok()}"
Public Const ADDR_API_URL As String = "https://api.addresscheck.example/v2/validate"
`,
  ),
  wdoc(
    'ahk-login-helper',
    ['code'],
    'AutoHotkey/sap_login.ahk',
    (k) => r`; SAP GUI auto login - only on my PC!!
#SingleInstance Force
SetTitleMatchMode, 2

^!s::
  Run, "C:\Program Files (x86)\SAP\FrontEnd\SapGui\saplogon.exe"
  WinWaitActive, SAP Logon
  Sleep, 1500
  Send, {Enter}
  WinWaitActive, SAP
  Send, 100{Tab}
  Send, MUELLERK{Tab}
  Send, ${k.hpw()}{Enter}
return

; VPN pin
^!v::
  SendRaw, ${k.pin()}
  Send, {Enter}
return

::mymail::k.mueller@contoso.de
`,
  ),
  wdoc(
    'ahk-ticket-macros',
    ['code', 'precision'],
    'AutoHotkey/helpdesk_snippets.ahk',
    (k) => r`; Helpdesk text snippets - shared on the team drive
::pwreset::Ihr Passwort wurde zurueckgesetzt. Das neue Startpasswort lautet ${k.n('<siehe SMS>')}. Bitte aendern Sie es bei der ersten Anmeldung.
::pwhint::Ein sicheres Passwort hat mindestens 12 Zeichen, z.B. ${k.n('Zwei-Katzen-auf-dem-Dach')} (nur ein Beispiel, nicht verwenden!)
::sig::Mit freundlichen Gruessen{Enter}IT Service Desk{Enter}Tel. -4711
::guest::Gaeste-WLAN: ${k.n('CONTOSO-GUEST')}, Passwort am Empfang erfragen
; temp password for the new starters this week
::tmppw::${k.hpw()}
`,
  ),
  wdoc(
    'vbs-ftp-upload',
    ['code'],
    'scripts/upload_edi.vbs',
    (k) => r`' Uploads EDI files to the supplier via the built-in ftp.exe
Set fso = CreateObject("Scripting.FileSystemObject")
Set scr = fso.CreateTextFile("C:\EDI\ftp.txt", True)
scr.WriteLine "open edi.supplier-portal.example"
scr.WriteLine "edi_contoso"
scr.WriteLine "${k.gpw()}"
scr.WriteLine "binary"
scr.WriteLine "cd inbound"
scr.WriteLine "mput C:\EDI\out\*.edi"
scr.WriteLine "bye"
scr.Close
CreateObject("WScript.Shell").Run "ftp -i -s:C:\EDI\ftp.txt", 0, True
fso.DeleteFile "C:\EDI\ftp.txt"
`,
  ),
];
