// rw-dev6 prose: CSV exports of tickets, spreadsheets and CRM notes: the password sits in a cell, in a quoted
// multi-line cell, or in an escaped JSON string inside a cell (`""note"": ""pw: …\n…""`).
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { csvRow, js, mk, htmlParas } from './proseValues';

export const SHEET_DOCS: RealWorldDoc[] = [
  doc('dev6-prose-csv-jira-export', ['prose', 'precision'], 'exports/jira/Jira Export CSV (all fields) 2026-03-18.csv', (k) => {
    const v = mk(k);
    const rows = [
      ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Reporter', 'Description', 'Comment'],
      [
        'Laptop for new hire (M. Rossi)',
        v.tid('IT'),
        k.g.digits(6),
        'Task',
        'Done',
        'hr.bot',
        'New hire starts 01/04.\nNeeds laptop + Office licence.',
        `18/Mar/26 9:02 AM;sven.larsen;Laptop ready. Windows login m.rossi / ${v.ch()}\nchange on first login`,
      ],
      ['VPN broken after update', v.tid('IT'), k.g.digits(6), 'Bug', 'Done', 'a.devries', `Since client ${v.ver()} the VPN fails with error 809.`, '18/Mar/26 11:40 AM;sven.larsen;Rolled back, fixed.'],
      [
        'Shared mailbox for events',
        v.tid('IT'),
        k.g.digits(6),
        'Task',
        'Done',
        'l.koch',
        'Please create events@ as a shared mailbox.',
        `19/Mar/26 8:15 AM;sven.larsen;Created. It is a shared mailbox so it has no password of its own; the mailbox password field shows ${v.red()}`,
      ],
      ['Guest wifi for board meeting', v.tid('IT'), k.g.digits(6), 'Task', 'Done', 'exec.assistant', 'Board meeting on Thursday, 12 guests.', `20/Mar/26 2:30 PM;omar.haddad;Guest SSID BOARD, key: ${v.wifi()}`],
      [
        'Tableau service account',
        v.tid('IT'),
        k.g.digits(6),
        'Task',
        'Done',
        'bi.team',
        'Need a service account for the extract refresh.',
        `21/Mar/26 10:00 AM;omar.haddad;svc_tableau created\npassword ${v.ma()}\nstored in vault as well`,
      ],
      ['Password reset for finance app', v.tid('IT'), k.g.digits(6), 'Task', 'Done', 'c.dubois', 'User locked out.', '21/Mar/26 10:20 AM;omar.haddad;Password reset link sent to the user. Closing.'],
    ];
    return rows.map(csvRow).join('\r\n') + '\r\n';
  }),

  doc('dev6-prose-csv-zugangsdaten-sheet', ['prose', 'precision'], 'Downloads/Zugangsdaten Praxis - Tabelle1.csv', (k) => {
    const v = mk(k, 'de');
    const rows = [
      ['Dienst', 'Benutzer', 'Passwort', 'Notiz'],
      ['Praxis-WLAN', '', v.le(), 'für Patienten NICHT geben'],
      ['Gast-WLAN', '', v.wifi(), 'steht auch am Empfang'],
      ['Telekom Kundencenter', 'praxis.mueller@example.de', v.ch(), ''],
      ['Praxissoftware', 'empfang', v.le(), 'Kennwort alle 90 Tage ändern'],
      ['Praxissoftware', 'dr.mueller', v.red(), 'hat sie selbst'],
      ['Router (FritzBox)', '', v.ch(), 'Fritz!Box 7590, Seriennr. ' + v.n(k.g.upper(1) + k.g.digits(3) + '.' + k.g.digits(3) + '.' + k.g.digits(2) + '.' + k.g.digits(3) + '.' + k.g.digits(3))],
      ['DATEV', 'siehe SmartCard', '', 'PIN weiß nur Frau Müller'],
      ['Alarmanlage', '', v.pin(), 'Code für die Tür hinten'],
      ['Amazon Business', 'einkauf@example.de', v.phr(), 'Bestellnr. letzte: ' + v.order()],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-fr-onboarding', ['prose', 'precision'], 'RH/arrivees_septembre.csv', (k) => {
    const v = mk(k, 'fr');
    const g = k.g;
    const names = ['Camille Laurent', 'Julien Moreau', 'Manon Girard', 'Théo Lefèvre', 'Inès Bernard', 'Lucas Petit'];
    const rows = [['Nom', 'Poste', "Date d'arrivée", 'Identifiant', 'Mot de passe provisoire', 'Badge']];
    for (const n of names) {
      const id = n
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(' ', '.');
      rows.push([n, g.pick(['Comptable', 'Développeur', 'Commercial', 'Assistante RH']), `0${g.pick(['1', '2', '8', '9'])}/09/2026`, id, g.pick([v.le, v.ch, v.ch])(), v.n(g.digits(8))]);
    }
    rows.push(['', '', '', '', 'Les mots de passe doivent être changés à la première connexion', '']);
    return rows.map((r) => r.map((c) => c).join(';')).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-servicenow-json-notes', ['prose', 'precision'], 'exports/servicenow/incident.csv', (k) => {
    const v = mk(k);
    const g = k.g;
    const note = (s: string) => `{"entries":[{"sys_created_by":"s.larsen","value":"${js(s)}"}]}`;
    const rows = [
      ['number', 'short_description', 'state', 'assigned_to', 'work_notes', 'sys_id'],
      [v.n('INC0' + g.digits(6)), 'Printer on 2nd floor offline', 'Resolved', 'Sven Larsen', note(`Reset the printer.\nWeb admin pw is now ${v.ch()}\nupdated the label`), v.n(g.hex(32))],
      [v.n('INC0' + g.digits(6)), 'SAP user locked', 'Resolved', 'Sven Larsen', note(`Unlocked, initial password\n${v.ma()}\nUser informed by phone.`), v.n(g.hex(32))],
      [
        v.n('INC0' + g.digits(6)),
        'Phishing mail reported',
        'Closed',
        'SOC',
        note(`User clicked the link but did not enter the password. Message-ID ${g.alnum(20)}@mail.example.net. No action.`),
        v.n(g.hex(32)),
      ],
      [v.n('INC0' + g.digits(6)), 'Need access to supplier portal', 'Resolved', 'Ines Duarte', note(`Supplier portal account shared: purchasing@example.com\npassword: ${v.le()}`), v.n(g.hex(32))],
      [v.n('INC0' + g.digits(6)), 'Wifi in warehouse', 'Resolved', 'Ines Duarte', note(`${v.wifi()} is the new warehouse wifi key (SSID WH-Scanner)`), v.n(g.hex(32))],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-escola-contas', ['prose'], 'secretaria/contas_alunos_7B.csv', (k) => {
    const v = mk(k, 'pt');
    const g = k.g;
    const alunos = ['Ana Souza', 'Bruno Lima', 'Carla Mendes', 'Davi Rocha', 'Eduarda Pires', 'Felipe Nunes', 'Gabriela Teixeira'];
    const rows = [['aluno', 'turma', 'usuario', 'senha', 'obs']];
    for (const a of alunos) rows.push([a, '7B', a.toLowerCase().split(' ').join('.'), v.le(), g.pick(['', '', 'esqueceu a senha em março', 'trocou a senha'])]);
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-es-clase', ['prose'], 'colegio/usuarios_plataforma_3ESO.csv', (k) => {
    const v = mk(k, 'es');
    const alumnos = ['Lucía Martín', 'Hugo Sánchez', 'Martina López', 'Pablo Gómez', 'Sofía Díaz'];
    const rows = [['Alumno', 'Usuario', 'Contraseña', 'Cambiada']];
    for (const a of alumnos)
      rows.push([
        a,
        a
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(' ', '.'),
        v.le(),
        k.g.pick(['no', 'no', 'sí']),
      ]);
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-asset-inventory', ['precision', 'prose'], 'IT/inventory_2026Q2.csv', (k) => {
    const v = mk(k);
    const g = k.g;
    const rows = [['asset_tag', 'model', 'serial', 'mac', 'owner', 'bios_pw', 'notes']];
    for (let i = 0; i < 7; i++) {
      rows.push([
        v.n(`AT-${g.digits(5)}`),
        g.pick(['Latitude 5440', 'ThinkPad T14 Gen 4', 'MacBook Air M2', 'EliteBook 840 G10']),
        v.n(g.upper(2) + g.digits(2) + g.upper(1) + g.digits(4)),
        v.n([g.hex(2), g.hex(2), g.hex(2), g.hex(2), g.hex(2), g.hex(2)].join(':').toUpperCase()),
        g.pick(['a.devries', 'm.rossi', 'c.dubois', 'spare', 'l.koch']),
        i % 3 === 0 ? v.ch() : i % 3 === 1 ? v.red() : '',
        g.pick(['', 'battery swollen', 'reimaged ' + g.digits(2) + '/05', 'warranty until 2027']),
      ]);
    }
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-crm-notes', ['prose', 'precision'], 'exports/hubspot/notes-export.csv', (k) => {
    const v = mk(k);
    const g = k.g;
    const rows = [
      ['Note ID', 'Associated Company', 'Created by', 'Note body'],
      [g.digits(11), 'Nordlicht GmbH', 'Jana Richter', `Call with their IT. They gave us a login to their supplier portal so we can upload invoices:\nuser: vendor-acme\npw: ${v.le()}`],
      [g.digits(11), 'Fabbrica Rossi SRL', 'Marco Bianchi', `Demo done. They asked how to reset passwords in our app, sent them the help article. Contract ${v.n('C-' + g.digits(6))}.`],
      [g.digits(11), 'Tulip Logistics BV', 'Daan Visser', `Integration kickoff. Their API key for the test shop: ${v.tok()} (they'll rotate after go-live)`],
      [g.digits(11), 'Kowalski i Syn', 'Kasia Nowak', `Shipment ${v.track()} lost, reshipped as ${v.order()}.`],
      [g.digits(11), 'Anadolu Tekstil', 'Emre Yilmaz', `Their dashboard: https://portal.example.com.tr, login satis@example.com.tr, şifre ${v.ch()}`],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-google-form', ['precision', 'prose'], 'Downloads/IT feedback survey (Responses) - Form Responses 1.csv', (k) => {
    const v = mk(k);
    const rows = [
      ['Timestamp', 'Email Address', 'What went wrong?', 'Anything else?'],
      ['2026/06/03 9:12:44 AM GMT+2', 'l.koch@example.com', 'I never got the password reset link', ''],
      ['2026/06/03 9:40:02 AM GMT+2', 'm.rossi@example.com', 'Password must contain 12 characters, one number and one symbol — too long!', 'no'],
      ['2026/06/03 10:01:13 AM GMT+2', 'p.nair@example.com', `my password ${v.ch()} was rejected as "too common", why?`, ''],
      ['2026/06/03 11:22:51 AM GMT+2', 'h.sato@example.com', 'The "Forgot password?" button is hidden on mobile', `ticket ${v.tid('IT')}`],
      ['2026/06/04 8:05:10 AM GMT+2', 'o.haddad@example.com', `old one was ${v.le()} and it still works on the printer, is that ok?`, ''],
      ['2026/06/04 8:30:00 AM GMT+2', 'c.dubois@example.com', 'The new password policy is fine', `request ${v.uuid()}`],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-freshdesk-html', ['prose', 'precision'], 'exports/freshdesk/tickets_2026-07.csv', (k) => {
    const v = mk(k, 'nl');
    const g = k.g;
    const rows = [
      ['Ticket ID', 'Subject', 'Description', 'Status', 'Agent'],
      [g.digits(5), 'Inloggen lukt niet', htmlParas(`Hallo,\nIk kan niet inloggen op het klantportaal.\nGroet, Sanne`), 'Closed', 'Pieter'],
      [g.digits(5), 'Nieuw wachtwoord', htmlParas(`Beste Sanne,\nJe tijdelijke wachtwoord is ${v.le()}\nWijzig het na het inloggen.`), 'Closed', 'Pieter'],
      [g.digits(5), 'Factuur ontbreekt', htmlParas(`Factuur ${v.n('F' + g.digits(7))} mist in het portaal.`), 'Open', 'Anouk'],
      [g.digits(5), 'Wachtwoord vergeten', htmlParas('Er is een link om je wachtwoord te resetten verstuurd.'), 'Closed', 'Anouk'],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-notion-db', ['prose', 'precision'], 'Notion export/Accounts 4f1c.csv', (k) => {
    const v = mk(k);
    const rows = [
      ['Name', 'URL', 'Login', 'Password', 'Tags', 'Last edited'],
      ['Figma team', 'figma.com', 'design@example.io', v.red(), 'design', 'March 3, 2026 10:12 AM'],
      ['Staging admin', 'https://admin.staging.example.io', 'admin', v.ma(), 'eng', 'March 9, 2026 4:40 PM'],
      ['Podcast host', 'anchor.fm', 'pod@example.io', v.phr(), 'marketing', 'April 1, 2026 9:00 AM'],
      ['Domain registrar', 'namecheap.com', 'founders@example.io', 'see 1Password', 'ops', 'April 2, 2026 1:15 PM'],
      ['Old Heroku', 'heroku.com', 'founders@example.io', v.u('n/a'), 'archived', 'Jan 7, 2025 8:00 AM'],
      ['Mailchimp API', 'mailchimp.com', '', `key ${v.tok()}`, 'marketing', 'May 5, 2026 3:33 PM'],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),

  doc('dev6-prose-csv-tr-sube', ['prose'], 'muhasebe/sube_sifreleri.csv', (k) => {
    const v = mk(k, 'tr');
    const rows = [
      ['Şube', 'Sistem', 'Kullanıcı', 'Şifre', 'Açıklama'],
      ['Kadıköy', 'POS', 'kasiyer1', v.pin(), ''],
      ['Kadıköy', 'Wi-Fi', '', v.le(), 'misafir ağı'],
      ['Beşiktaş', 'POS', 'kasiyer1', v.pin(), ''],
      ['Beşiktaş', 'e-Fatura', 'muhasebe', v.ch(), 'her ay değişiyor'],
      ['Merkez', 'Banka', 'firma', v.red(), "Ahmet Bey'de"],
    ];
    return rows.map(csvRow).join('\n') + '\n';
  }),
];
