// Site IT on construction projects: NVR and camera streams, site Wi-Fi on notice boards, survey instrument and GNSS
// correction logins, cabin router configs and site handover sheets in several languages.
import type { RealWorldDoc } from '../types';
import { cDoc, C } from './civicValues';

export const CIVIC_SITE_IT_DOCS: RealWorldDoc[] = [
  cDoc(
    'civic-site-nvr-streams-yaml',
    ['config-syntax', 'precision'],
    'site-it/frigate/config.yml',
    (k) => `mqtt:
  host: 10.60.0.5
  user: frigate
  password: ${k.spw()}
cameras:
  gate_north:
    ffmpeg:
      inputs:
        - path: rtsp://admin:${k.cs()}@10.60.1.11:554/Streaming/Channels/101
          roles: [detect, record]
  tower_crane:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:${k.cs()}@10.60.1.12:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
  compound:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:${k.n('{FRIGATE_RTSP_PASSWORD}')}@10.60.1.13:554/stream1
          roles: [record]
`,
  ),

  cDoc(
    'civic-site-wifi-notice',
    ['prose', 'precision'],
    'site-it/notices/welcome-board-A4.txt',
    (k) => `WELCOME TO RIVERSIDE SCHOOL – SITE RULES

Site induction every morning 07:30 in the welfare cabin.
PPE: hard hat, boots, hi-vis, gloves, eye protection.

SITE WIFI
  Network:  RS-Site-Staff      Password: ${k.wifi()}
  Network:  RS-Site-Visitors   Password: ${k.wifi()}

Permit to work numbers start with ${k.n('PTW-' + k.g.digits(4))}. Hot works permit ${k.n('HW-' + k.g.digits(3))}.
First aider today: see board. Emergency assembly point: car park B.
`,
  ),

  cDoc(
    'civic-chantier-cr-fr',
    ['prose', 'precision'],
    'chantier/comptes-rendus/CR-reunion-chantier-12.md',
    (k) => `# Compte rendu réunion de chantier n°12 – Groupe scolaire Belleville

Permis de construire ${k.n('PC 075 120 ' + k.g.digits(2) + ' V' + k.g.digits(4))}.

- Lot 02 Gros œuvre : plan ${k.n(C.drawing(k.g))} diffusé.
- Informatique de chantier : le mot de passe de l'enregistreur vidéo a été changé (${k.dev()}). Le code
  du cadenas du local serveur reste ${k.u(k.g.digits(4))}.
- Accès à la GED (plateforme collaborative) pour le bureau de contrôle : identifiant bc-socotec,
  mot de passe ${k.hpw()}
- Prochaine réunion : mardi 9h00.
`,
  ),

  cDoc(
    'civic-canteiro-relatorio-pt',
    ['prose', 'precision'],
    'obra/relatorios/2026-04-relatorio-semanal.md',
    (k) => `# Relatório semanal de obra – Edifício Alfama Residências (alvará ${k.n(C.permit(k.g))})

1. Betonagem da laje do piso 3 concluída. Desenho ${k.n(C.drawing(k.g))}.
2. Rede Wi-Fi do estaleiro: ${k.wifi()}
3. Câmara de vigilância: utilizador admin, senha ${k.dev()}
4. Acesso ao portal do dono de obra: fiscalizacao@alfama-res.example / ${k.hpw()}
5. Artigo matricial do lote: ${k.n(k.g.digits(4) + '-' + k.g.upper(1))}
`,
  ),

  cDoc(
    'civic-bygge-overlamning-sv',
    ['prose', 'precision'],
    'bygg/overlamning/IT-overlamning-kv-Sodermalm.md',
    (k) => `# IT-överlämning – kv. Södermalm 4 (bygglov ${k.n('BN ' + k.g.pick(['2025', '2026']) + '-' + k.g.digits(6))})

- Passersystem (RCO R-CARD): administratör, lösenord ${k.dev()}
- Fastighetsnät: switchar i teknikrum, lokalt lösenord ${k.spw()}
- Bredbandsrouter trapphus B: ${k.n('admin/admin (fabriksinställning, byts vid inflyttning)')}
- Fastighetsbeteckning: ${k.n('Stockholm Södermalm ' + k.g.digits(1) + ':' + k.g.digits(2))}
- Gäst-wifi i gemensamhetslokalen: ${k.wifi()}
`,
  ),

  cDoc(
    'civic-insaat-santiye-tr',
    ['prose', 'precision'],
    'santiye/notlar/2026-02-santiye-bt.md',
    (k) => `# Şantiye BT notları – Kadıköy Konut Projesi (yapı ruhsatı ${k.n(k.g.digits(4) + '/' + k.g.digits(3))})

- Şantiye kamerası (NVR) yönetici şifresi: ${k.dev()}
- Şantiye ofisi kablosuz ağ şifresi: ${k.wifi()}
- İhale portalı (EKAP) kullanıcı: firma_yetkili, şifre ${k.hpw()}
- Pafta / ada / parsel: ${k.n('pafta ' + k.g.digits(2) + ', ada ' + k.g.digits(3) + ', parsel ' + k.g.digits(2))}
`,
  ),

  cDoc(
    'civic-genba-memo-ja',
    ['prose', 'precision'],
    'genba/メモ/現場IT引継ぎ.md',
    (k) => `# 現場 IT 引継ぎメモ（渋谷オフィスビル新築工事）

- 現場事務所 Wi-Fi：SSID SHB-GENBA、パスワード ${k.wifi()}
- 工事用カメラ（クラウド録画）管理者パスワード：${k.dev()}
- 施工管理アプリ 共有アカウント：genba-shibuya / ${k.hpw()}
- 確認済証番号：${k.n('第' + k.g.digits(5) + '号')}
- 図面番号：${k.n(C.drawing(k.g))}
`,
  ),

  cDoc(
    'civic-hyeonjang-notes-ko',
    ['prose', 'precision'],
    'hyeonjang/인수인계/현장-IT.md',
    (k) => `# 현장 IT 인수인계 (강남 복합시설 신축공사)

- 현장 사무실 와이파이 비밀번호: ${k.wifi()}
- CCTV 녹화기 관리자 비밀번호: ${k.dev()}
- 전자조달(나라장터) 공용 계정 비밀번호: ${k.hpw()}
- 건축허가번호: ${k.n(k.g.pick(['2025', '2026']) + '-건축과-신축허가-' + k.g.digits(3))}
- 도면번호: ${k.n(C.drawing(k.g))}
`,
  ),

  cDoc(
    'civic-gnss-ntrip-config',
    ['config-syntax', 'precision'],
    'survey/gnss/rtk-rover.conf',
    (k) => `# RTKLIB str2str / rover settings for the site GNSS base
inpstr1-type       =ntripcli
inpstr1-path       =oakridge_survey:${k.cs()}@www.smartnet-eu.com:2101/${k.n('MSM_iMAX')}
outstr1-type       =file
outstr1-path       =/data/rtk/%Y%m%d.ubx
pos1-posmode       =kinematic
# site control points checksum ${k.n(C.md5(k.g))}
ant1-postype       =llh
ant1-pos1          =51.50621
ant1-pos2          =-0.10419
`,
  ),

  cDoc(
    'civic-budowa-router-pl',
    ['config-syntax', 'precision'],
    'budowa/router/mikrotik-kontener.rsc',
    (k) => `# RouterOS export – kontener biurowy budowy Mokotów
/interface wireless security-profiles
add authentication-types=wpa2-psk mode=dynamic-keys name=budowa wpa2-pre-shared-key=${k.s('password', C.wifi(k.g).replace(/-/g, ''))}
/ip hotspot user
add name=goscie password=${k.spw()} profile=default
/ppp secret
add name=kierownik password=${k.spw()} service=l2tp
/user
add name=serwis group=full password=${k.n('')} comment="konto wylaczone"
/system identity set name=${k.n('BUD-MOK-' + k.g.digits(2))}
`,
  ),

  cDoc(
    'civic-bouwplaats-overdracht-nl',
    ['prose', 'precision'],
    'bouw/overdracht/bouwplaats-it-Jordaan.md',
    (k) => `# Overdracht bouwplaats-IT – project Jordaan Woningen (omgevingsvergunning ${k.n('OLO ' + k.g.digits(7))})

- Bouwcamera's: beheerder, wachtwoord ${k.dev()}
- Wifi keet: ${k.wifi()}
- Toegang BIM-viewer voor onderaannemers: ${k.hpw()}
- Kadastrale aanduiding: ${k.n('Amsterdam AB ' + k.g.digits(4))}
- Tekeningnummer: ${k.n(C.drawing(k.g))}
`,
  ),

  cDoc(
    'civic-cantiere-verbale-it',
    ['prose', 'precision'],
    'cantiere/verbali/verbale-sopralluogo-07.md',
    (k) => `# Verbale di sopralluogo n. 7 – Scuola via Ripamonti (permesso di costruire ${k.n(C.permit(k.g))})

- Telecamere di cantiere: password amministratore aggiornata a ${k.dev()}
- Wi-Fi baracca uffici: ${k.wifi()}
- Piattaforma documentale (ACC) per il direttore dei lavori: utente dl.ripamonti, password ${k.hpw()}
- Foglio e particella catastale: ${k.n('foglio ' + k.g.digits(3) + ', mappale ' + k.g.digits(3))}
`,
  ),
];
