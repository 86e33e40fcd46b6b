// Storage and backups: rclone.conf, restic and borg notes, SMB credentials files, fstab, TrueNAS and Synology
// exports, Proxmox Backup Server, S3-compatible MinIO/Garage keys. Disk UUIDs, serials and repo ids around them.
import type { RealWorldDoc } from '../types';
import { hDoc, H } from './selfhostValues';

export const SELFHOST_STORAGE_DOCS: RealWorldDoc[] = [
  hDoc(
    'rclone-conf',
    ['config-syntax', 'credential-file', 'precision'],
    'home/user/.config/rclone/rclone.conf',
    (k) => `[b2]
type = b2
account = ${k.u(H.b2KeyId(k.g))}
key = ${k.prov('Backblaze B2', H.b2Key(k.g))}
hard_delete = true
# bucket id ${k.n(k.g.hex(24))}

[crypt-b2]
type = crypt
remote = b2:family-backup
password = ${k.u(k.g.base64url(62))}
password2 = ${k.u(k.g.base64url(62))}

[wasabi]
type = s3
provider = Wasabi
access_key_id = ${k.u(k.g.upper(20))}
secret_access_key = ${k.s('token', k.g.base64(40).replace(/[+/=]/g, 'W'))}
endpoint = s3.eu-central-2.wasabisys.com

[gdrive]
type = drive
client_id = ${k.n(`${k.g.digits(12)}-${k.g.lower(32)}.apps.googleusercontent.com`)}
root_folder_id = ${k.n(k.g.base64url(33))}

[nas]
type = sftp
host = 192.168.1.10
user = backup
key_file = ~/.ssh/id_ed25519
`,
  ),

  hDoc(
    'smb-credentials',
    ['credential-file', 'config-syntax', 'precision'],
    'root/.smbcredentials',
    (k) => `username=${k.g.pick(['mediauser', 'kodi', 'backup'])}
password=${k.pw()}
domain=WORKGROUP
# previous: password=${k.n('<same as Windows>')}
`,
  ),

  hDoc(
    'fstab-cifs',
    ['config-syntax', 'precision'],
    'etc/fstab',
    (k) => `# <file system> <mount point>   <type>  <options>       <dump>  <pass>
UUID=${k.n(k.g.uuid())} /               ext4    errors=remount-ro 0       1
UUID=${k.n(`${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}`)}  /boot/efi       vfat    umask=0077      0       1
//192.168.1.10/media  /mnt/media  cifs  credentials=/root/.smbcredentials,uid=1000,gid=1000,iocharset=utf8  0  0
//192.168.1.10/photos /mnt/photos cifs  username=mum,password=${k.spw()},vers=3.0,uid=1000  0  0
`,
  ),

  hDoc(
    'restic-readme',
    ['prose', 'command-line', 'precision'],
    'docs/backup.md',
    (k) => `# Backups

Everything in \`/srv/appdata\` goes to two places:

| Repo | Where | Password |
|---|---|---|
| local | \`/mnt/usb-backup/restic\` | in Bitwarden, "restic local" |
| offsite | \`s3:https://s3.eu-central-003.backblazeb2.com/lab-restic\` | \`${k.pw()}\` |

Restore test (do it every quarter!):

    export RESTIC_PASSWORD_FILE=${k.n('/root/.restic-pass')}
    restic -r /mnt/usb-backup/restic snapshots
    restic -r /mnt/usb-backup/restic restore ${k.n(k.g.hex(8))} --target /tmp/restore

Last snapshot id: ${k.n(H.volumeId(k.g))}
`,
  ),

  hDoc(
    'truenas-cloud-sync-export',
    ['config-syntax', 'precision'],
    'truenas/cloudsync-credentials.json',
    (k) => `[
  {
    "id": 1,
    "name": "Backblaze",
    "provider": {"type": "B2", "account": "${k.u(H.b2KeyId(k.g))}", "key": "${k.prov('Backblaze B2', H.b2Key(k.g))}"}
  },
  {
    "id": 2,
    "name": "AWS Glacier",
    "provider": {"type": "S3", "access_key_id": "${k.u(H.awsId(k.g))}", "secret_access_key": "${k.prov('AWS', H.awsSecret(k.g))}", "region": "eu-west-1"}
  },
  {
    "id": 3,
    "name": "Storj",
    "provider": {"type": "STORJ_IX", "access_key_id": "${k.ph()}", "secret_access_key": "${k.ph()}"}
  }
]
`,
  ),

  hDoc(
    'synology-hyperbackup-notes',
    ['prose', 'precision'],
    'notes/synology.txt',
    (k) => `DS920+ (serial ${k.n(k.g.digits(4) + k.g.upper(3) + k.g.digits(6))})
DSM admin: disabled, my user is "${k.g.pick(['jan', 'piet', 'tom'])}" with ${k.hpw()}
Hyper Backup to C2: encryption password ${k.pw()} + the .pem key file on the USB stick in the drawer
QuickConnect ID: ${k.n(`${k.g.lower(6)}nas`)}
Drive serials: ${k.n(`WD-WX${k.g.upper(2)}${k.g.digits(8)}`)}, ${k.n(`WD-WX${k.g.upper(2)}${k.g.digits(8)}`)}
`,
  ),

  hDoc(
    'minio-env',
    ['config-syntax', 'precision'],
    'minio/minio.env',
    (k) => `# MINIO_ROOT_USER and MINIO_ROOT_PASSWORD sets the root account for the MinIO server.
MINIO_ROOT_USER=${k.g.pick(['minioadmin', 'labadmin', 'rootuser'])}
MINIO_ROOT_PASSWORD=${k.gpw()}
MINIO_VOLUMES="/mnt/data"
MINIO_KMS_SECRET_KEY_FILE=${k.n('/run/secrets/kms')}
MINIO_IDENTITY_OPENID_CLIENT_ID=${k.n(k.g.alnum(40))}
MINIO_SERVER_URL="https://s3.lab.example.net"
# access key for restic: ${k.u(k.g.upper(20))}
# secret key:            ${k.s('token', k.g.base64(40).replace(/[+/=]/g, 'M'))}
`,
  ),

  hDoc(
    'pbs-client-script',
    ['command-line', 'precision'],
    'usr/local/sbin/pbs-backup.sh',
    (k) => `#!/bin/bash
export PBS_REPOSITORY='backup@pbs!hostbackup@192.168.1.3:datastore1'
export PBS_PASSWORD='${k.prov('Proxmox', H.proxmoxSecret(k.g))}'
export PBS_FINGERPRINT='${k.n(Array.from({ length: 32 }, () => k.g.hex(2)).join(':'))}'
export PBS_ENCRYPTION_PASSWORD='${k.phrase()}'
proxmox-backup-client backup root.pxar:/ etc.pxar:/etc --exclude /var/lib/docker --keyfile /root/pbs-enc.key
`,
  ),

  hDoc(
    'zfs-native-encryption-notes',
    ['prose', 'command-line', 'precision'],
    'docs/zfs.md',
    (k) => `## tank/secure dataset

Created with native encryption, passphrase-based:

    zfs create -o encryption=aes-256-gcm -o keyformat=passphrase tank/secure
    Enter new passphrase: ${k.phrase()}

Unlock after reboot: \`zfs load-key tank/secure\`. Pool guid ${k.n(k.g.digits(19))}, scrub every 1st Sunday.
Snapshots: \`tank/secure@auto-2026-03-01_00-00\`, checksum ${k.n(H.sha1(k.g))}.
`,
  ),

  hDoc(
    'unraid-go-file',
    ['config-syntax', 'command-line', 'precision'],
    'boot/config/go',
    (k) => `#!/bin/bash
# Start the Management Utility
/usr/local/sbin/emhttp &
# mount the offsite box
mkdir -p /mnt/remotes/offsite
# flash GUID ${k.n(`${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}-${k.g.hex(4).toUpperCase()}-${k.g.hex(12).toUpperCase()}`)}
sshfs -o password_stdin backup@offsite.example.net:/data /mnt/remotes/offsite <<< '${k.hpw()}'
# rclone mount for the media cache
rclone mount gdrive-crypt: /mnt/remotes/gdrive --allow-other --daemon
# disk1 serial ${k.n(`ST8000VN004-${k.g.upper(2)}${k.g.digits(4)}_${k.g.upper(3)}${k.g.digits(4)}`)}
`,
  ),

  hDoc(
    'davfs-secrets',
    ['credential-file', 'config-syntax', 'precision'],
    'etc/davfs2/secrets',
    (k) => `# davfs2 secrets file, mode 600
# mount point / server URL       username     password
# fingerprint of the server cert: ${k.n(H.sha1(k.g))}
/mnt/nextcloud                   ${k.g.pick(['anna', 'marek', 'lucia'])}         "${k.spw()}"
https://cloud.example.org/remote.php/dav/files/backup/ backup ${k.s('password', `${k.g.alnum(5)}-${k.g.alnum(5)}-${k.g.alnum(5)}-${k.g.alnum(5)}-${k.g.alnum(5)}`)}
`,
  ),

  hDoc(
    'syncthing-config-xml',
    ['config-syntax', 'precision'],
    'home/user/.local/state/syncthing/config.xml',
    (k) => `<configuration version="37">
    <folder id="${k.n(`${k.g.lower(5)}-${k.g.lower(5)}`)}" label="Photos" path="/srv/photos" type="receiveonly"></folder>
    <device id="${k.n(Array.from({ length: 8 }, () => k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 7)).join('-'))}" name="phone" compression="metadata"></device>
    <gui enabled="true" tls="false">
        <address>0.0.0.0:8384</address>
        <user>admin</user>
        <password>${k.n(H.bcrypt(k.g))}</password>
        <apikey>${k.s('token', k.g.alnum(32))}</apikey>
        <theme>dark</theme>
    </gui>
</configuration>
`,
  ),
];
