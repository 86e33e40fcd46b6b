// Legacy PHP: connection includes with literals, mysql_connect/mysqli/PDO calls, PHPMailer, payment includes.
import { doc } from '../dev/kit';
import type { RealWorldDoc } from '../types';
import { web } from './webValues';

export const WEB_LEGACY_PHP_DOCS: RealWorldDoc[] = [
  doc('web-php-conexion-mysql', ['code', 'defaults-in-code'], 'includes/conexion.php', (k) => {
    const w = web(k);
    return `<?php
// conexion a la base de datos - NO TOCAR
// modificado por ${w.who()} 2011
$servidor = "localhost";
$usuario  = "inmobil_web";
$clave    = "${w.hum()}";
$basedatos = "inmobil_db";

$conexion = mysql_connect($servidor, $usuario, $clave) or die("Error de conexion: " . mysql_error());
mysql_select_db($basedatos, $conexion) or die("No se pudo seleccionar la base");
mysql_query("SET NAMES 'utf8'");

// servidor viejo (por si acaso)
//$conexion = mysql_connect("190.${k.g.digits(2)}.${k.g.digits(2)}.7", "root", "${w.pw()}");
?>`;
  }),

  doc('web-php-mysqli-inline', ['code'], 'admin/pedidos.php', (k) => {
    const w = web(k);
    return `<?php
session_start();
if (!isset($_SESSION['admin'])) { header('Location: login.php'); exit; }

$db = new mysqli('localhost', 'pedidos_usr', '${w.gen()}', 'pedidos');
if ($db->connect_errno) {
    die('Falha na conexão: ' . $db->connect_error);
}
$db->set_charset('utf8');

$status = isset($_GET['status']) ? $_GET['status'] : 'novo';
$res = $db->query("SELECT * FROM pedidos WHERE status = '" . $db->real_escape_string($status) . "' ORDER BY id DESC");
?>
<table class="table">
<?php while ($p = $res->fetch_assoc()): ?>
  <tr><td><?= $p['id'] ?></td><td><?= htmlspecialchars($p['cliente']) ?></td><td><?= $p['total'] ?></td></tr>
<?php endwhile; ?>
</table>
<?php
// relatório pro contador via API do Bling
$ch = curl_init('https://bling.com.br/Api/v2/pedidos/json/?apikey=${w.hex(64)}');
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$json = curl_exec($ch);
`;
  }),

  doc('web-php-pdo-class', ['code'], 'lib/Database.php', (k) => {
    const w = web(k);
    return `<?php
/**
 * Simple PDO singleton.
 * @author ${w.who()}
 */
class Database
{
    private static $instance = null;
    private $pdo;

    private $host = 'mysql${k.g.digits(2)}.example-hosting.net';
    private $db   = 'c${k.g.digits(4)}_erp';
    private $user = 'c${k.g.digits(4)}_erp';
    private $pass = '${w.hum()}';
    private $charset = 'utf8mb4';

    private function __construct()
    {
        $dsn = "mysql:host={$this->host};dbname={$this->db};charset={$this->charset}";
        $this->pdo = new PDO($dsn, $this->user, $this->pass, [
            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,
        ]);
    }

    public static function reporting(): PDO
    {
        // read-only user for the BI dashboard
        return new PDO('pgsql:host=10.1.2.3;port=5432;dbname=bi;user=bi_reader;password=${w.cs()}');
    }

    public static function get(): self
    {
        if (self::$instance === null) {
            self::$instance = new self();
        }
        return self::$instance;
    }
}
`;
  }),

  doc('web-php-define-config', ['code', 'config-syntax'], 'inc/config.inc.php', (k) => {
    const w = web(k);
    return `<?
/* ============================================
   Cấu hình chung - website bán hàng
   ============================================ */
define("DB_SERVER", "localhost");
define("DB_USER", "banhang_user");
define("DB_PASS", "${w.hum()}");
define("DB_NAME", "banhang");

define("SITE_URL", "http://www.banhang-example.vn/");
define("ADMIN_EMAIL", "admin@banhang-example.vn");

// mật khẩu vào trang quản trị (tạm thời, chưa làm bảng users)
define("ADMIN_PASS", "${w.let()}");

// Khóa bí mật để mã hóa cookie
define("SECRET_KEY", "${w.tok()}");

// md5 của mật khẩu cũ (để so sánh khi đăng nhập)
define("OLD_ADMIN_HASH", "${w.md5()}");

// Google Analytics
define("GA_ID", "${w.ga()}");
?>`;
  }),

  doc('web-phpmailer-contact', ['code'], 'contato/enviar.php', (k) => {
    const w = web(k);
    return `<?php
use PHPMailer\\PHPMailer\\PHPMailer;
use PHPMailer\\PHPMailer\\Exception;

require '../vendor/autoload.php';

// reCAPTCHA
$recaptcha_secret = '6L${k.s('token', k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}';
$recaptcha_site = '${k.n('6L' + k.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 38))}'; // vai no HTML
$resp = file_get_contents("https://www.google.com/recaptcha/api/siteverify?secret=" . $recaptcha_secret . "&response=" . $_POST['g-recaptcha-response']);

$mail = new PHPMailer(true);
try {
    $mail->isSMTP();
    $mail->Host       = 'smtp.gmail.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'contato.example.advocacia@gmail.com';
    $mail->Password   = '${k.s('password', `${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)}`)}'; // senha de app do Google
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port       = 587;

    $mail->setFrom('contato.example.advocacia@gmail.com', 'Site');
    $mail->addAddress('dra.${w.who()}@example-advocacia.com.br');
    $mail->Subject = 'Contato pelo site: ' . $_POST['nome'];
    $mail->Body    = $_POST['mensagem'];
    $mail->send();
    echo 'Mensagem enviada!';
} catch (Exception $e) {
    echo "Erro: {$mail->ErrorInfo}";
}
`;
  }),

  doc('web-php-paypal-include', ['code'], 'includes/paypal_config.php', (k) => {
    const w = web(k);
    return `<?php
// PayPal NVP (Express Checkout classic) - LIVE
$PayPalMode         = 'live'; // sandbox or live
$PayPalApiUsername  = 'payments_api1.example-guitars.co.uk';
$PayPalApiPassword  = '${k.s('password', k.g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16))}';
$PayPalApiSignature = '${k.s('token', k.g.alnum(24) + '.' + k.g.alnum(31))}';
$PayPalCurrencyCode = 'GBP';
$PayPalReturnURL    = 'https://www.example-guitars.co.uk/checkout/return.php';
$PayPalCancelURL    = 'https://www.example-guitars.co.uk/checkout/cancel.php';

// sandbox creds (kept for testing)
//$PayPalApiUsername  = 'sb-${k.g.lower(6)}_api1.business.example.com';
//$PayPalApiPassword  = '${k.n('XXXXXXXXXXXXXXXX')}';
//$PayPalApiSignature = '${k.n('A-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX')}';

// Sage Pay (old, disabled)
$sagepay_vendor = 'exampleguitars';
$sagepay_encryption_password = '${w.gen()}';
`;
  }),

  doc('web-php-login-hardcoded', ['code', 'defaults-in-code'], 'panel/login.php', (k) => {
    const w = web(k);
    return `<?php
session_start();
$hata = '';

// Kullanıcı listesi (veritabanı yok, küçük site)
$kullanicilar = array(
    'admin'   => '${w.hum()}',
    'editor'  => '${w.pw()}',
    'muhasebe' => '${w.pin()}'
);

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $k = $_POST['kullanici'] ?? '';
    $s = $_POST['sifre'] ?? '';
    if (isset($kullanicilar[$k]) && $kullanicilar[$k] === $s) {
        $_SESSION['giris'] = $k;
        header('Location: index.php');
        exit;
    }
    $hata = 'Kullanıcı adı veya şifre hatalı';
}
?>
<form method="post">
  <label>Kullanıcı adı</label><input name="kullanici">
  <label>Şifre</label><input type="password" name="sifre" placeholder="${k.n('Şifrenizi girin')}">
  <button>Giriş</button>
  <p class="hata"><?= $hata ?></p>
</form>
`;
  }),

  doc('web-php-api-cron', ['code', 'command-line'], 'cron/sync_stock.php', (k) => {
    const w = web(k);
    return `<?php
/*
 * Lagerabgleich mit dem Warenwirtschaftssystem
 * crontab: */15 * * * * /usr/bin/php /home/shop/cron/sync_stock.php key=${w.tok()} >/dev/null 2>&1
 * oder per wget: wget -q -O- "https://shop.example-fahrrad.de/cron/sync_stock.php?key=<CRON_KEY>"
 */
parse_str(implode('&', array_slice($argv ?? [], 1)), $cli);
$key = $cli['key'] ?? ($_GET['key'] ?? '');
if ($key !== getenv('CRON_KEY')) { http_response_code(403); exit('nope'); }

$jtl = [
    'url'   => 'https://wawi.example-fahrrad.de:8443/api/v1/',
    'user'  => 'shopsync',
    'token' => '${w.tok()}',
];
$ctx = stream_context_create(['http' => [
    'header' => "Authorization: Basic " . base64_encode($jtl['user'] . ':' . '${w.hum()}') . "\\r\\n" .
                "X-Api-Key: " . $jtl['token'],
]]);
$artikel = json_decode(file_get_contents($jtl['url'] . 'stock', false, $ctx), true);
echo count($artikel) . " Artikel synchronisiert\\n";
`;
  }),

  doc('web-php-ldap-intranet', ['code'], 'intranet/auth_ldap.php', (k) => {
    const w = web(k);
    return `<?php
// Intranet login via AD. bind user has read-only rights.
$ldap = ldap_connect('ldaps://dc01.example-kanzlei.local');
ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_set_option($ldap, LDAP_OPT_REFERRALS, 0);

if (!@ldap_bind($ldap, 'CN=svc_intranet,OU=Service,DC=example-kanzlei,DC=local', '${w.gen()}')) {
    error_log('LDAP bind failed: ' . ldap_error($ldap));
    die('Anmeldung derzeit nicht möglich.');
}

$filter = '(sAMAccountName=' . ldap_escape($_POST['user'], '', LDAP_ESCAPE_FILTER) . ')';
$sr = ldap_search($ldap, 'DC=example-kanzlei,DC=local', $filter);
$entries = ldap_get_entries($ldap, $sr);
`;
  }),

  doc('web-php-sms-gateway', ['code'], 'lib/sms.php', (k) => {
    const w = web(k);
    return `<?php
// SMSAPI.pl – powiadomienia o wizytach
const SMSAPI_TOKEN = '${w.tok()}';
const SMS_SENDER = 'Gabinet';

function wyslij_sms(string $numer, string $tresc): bool {
    $ch = curl_init('https://api.smsapi.pl/sms.do');
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => ['to' => $numer, 'message' => $tresc, 'from' => SMS_SENDER, 'format' => 'json'],
        CURLOPT_HTTPHEADER => ['Authorization: Bearer ' . SMSAPI_TOKEN],
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $odp = curl_exec($ch);
    return $odp !== false;
}

// Przelewy24
$p24 = [
    'merchant_id' => ${k.g.digits(6)},
    'pos_id' => ${k.g.digits(6)},
    'crc' => '${w.hex(16)}',
    'api_key' => '${w.hex(32)}',
];
`;
  }),
];
