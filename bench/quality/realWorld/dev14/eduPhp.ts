// PHP course projects: mysqli/PDO CRUD apps on XAMPP, Laravel class projects, Moodle config.php, WordPress labs.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_PHP_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-php-mysqli-connect',
    ['code', 'defaults-in-code'],
    'includes/db_connect.php',
    (k) => `<?php
// Web Programming - Project 2 (Student Registration System)
$servername = "localhost";
$username = "root";
$password = "${k.hpw()}";
$dbname = "student_reg";

$conn = mysqli_connect($servername, $username, $password, $dbname);
if (!$conn) {
    die("Connection failed: " . mysqli_connect_error());
}
mysqli_set_charset($conn, "utf8mb4");
?>
`,
  ),

  eduDoc(
    'edu-php-mysqli-oop-config',
    ['code', 'defaults-in-code'],
    'config/config.php',
    (k) => `<?php
define('DB_HOST', 'localhost');
define('DB_USER', 'bookstore_user');
define('DB_PASS', '${k.pw()}');
define('DB_NAME', 'bookstore');
define('SITE_URL', 'http://localhost/bookstore/');
define('PAYPAL_CLIENT_ID', '${k.n('A' + k.g.base64url(79))}');
define('PAYPAL_SECRET', '${k.s('token', 'E' + k.g.base64url(79))}');

$mysqli = new mysqli(DB_HOST, DB_USER, DB_PASS, DB_NAME);
if ($mysqli->connect_errno) {
    echo "Failed to connect to MySQL: " . $mysqli->connect_error;
    exit();
}
`,
  ),

  eduDoc(
    'edu-php-pdo-class',
    ['code'],
    'classes/Database.php',
    (k) => `<?php
class Database {
    private $host = "sql${k.g.digits(3)}.infinityfree.com";
    private $db_name = "if0_${k.g.digits(8)}_clinic";
    private $username = "if0_${k.g.digits(8)}";
    private $password = "${k.gpw()}";
    public $conn;

    public function getConnection() {
        $this->conn = null;
        try {
            $this->conn = new PDO("mysql:host=" . $this->host . ";dbname=" . $this->db_name, $this->username, $this->password);
            $this->conn->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        } catch (PDOException $exception) {
            echo "Connection error: " . $exception->getMessage();
        }
        return $this->conn;
    }
}
`,
  ),

  eduDoc(
    'edu-php-login-hash-negatives',
    ['code', 'precision'],
    'login.php',
    (k) => `<?php
session_start();
require 'includes/db_connect.php';

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $email = $_POST['email'];
    $password = $_POST['${k.n('password')}'];

    $stmt = $conn->prepare("SELECT id, password_hash FROM users WHERE email = ?");
    $stmt->bind_param("s", $email);
    $stmt->execute();
    $stmt->bind_result($id, $hash);
    if ($stmt->fetch() && password_verify($password, $hash)) {
        $_SESSION['user_id'] = $id;
        header("Location: dashboard.php");
        exit;
    }
    $error = "Invalid email or password";
}
// admin seed: password_hash('...') output, NOT the password
// ${k.n(V.bcrypt(k.g))}
?>
<form method="post">
  <input type="email" name="email" placeholder="Email">
  <input type="password" name="password" placeholder="${k.n('Password')}">
  <button>Login</button>
</form>
`,
  ),

  eduDoc(
    'edu-php-sql-dump-seed',
    ['code', 'precision'],
    'database/school_db.sql',
    (k) => `-- phpMyAdmin SQL Dump
-- version 5.2.1
-- Host: 127.0.0.1
-- Generation Time: Nov 12, 2025 at 09:41 AM
-- Server version: 10.4.28-MariaDB

SET SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
CREATE TABLE \`users\` (
  \`id\` int(11) NOT NULL,
  \`username\` varchar(50) NOT NULL,
  \`password\` varchar(255) NOT NULL,
  \`role\` enum('admin','teacher','student') NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO \`users\` (\`id\`, \`username\`, \`password\`, \`role\`) VALUES
(1, 'admin', '${k.n(V.bcrypt(k.g))}', 'admin'),
(2, 'teacher1', '${k.n(V.md5(k.g))}', 'teacher'),
(3, 'student1', '${k.hpw()}', 'student'),
(4, 'student2', '${k.hpw()}', 'student');
`,
  ),

  eduDoc(
    'edu-laravel-env',
    ['config-syntax'],
    '.env',
    (k) => `APP_NAME="Campus Events"
APP_ENV=local
APP_KEY=base64:${k.s('token', V.b64(k.g.alnum(32)))}
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=campus_events
DB_USERNAME=root
DB_PASSWORD=${k.hpw()}

MAIL_MAILER=smtp
MAIL_HOST=sandbox.smtp.mailtrap.io
MAIL_PORT=2525
MAIL_USERNAME=${k.n(k.g.hex(14))}
MAIL_PASSWORD=${k.hex(14)}

PUSHER_APP_ID=${k.n(k.g.digits(7))}
PUSHER_APP_KEY=${k.n(k.g.hex(20))}
PUSHER_APP_SECRET=${k.hex(20)}
PUSHER_APP_CLUSTER=ap1
`,
  ),

  eduDoc(
    'edu-laravel-env-example',
    ['config-syntax', 'precision'],
    '.env.example',
    (k) => `APP_NAME=Laravel
APP_ENV=local
APP_KEY=${k.n('')}
APP_DEBUG=true

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=${k.n('')}

MAIL_PASSWORD=${k.n('null')}
AWS_ACCESS_KEY_ID=${k.n('')}
AWS_SECRET_ACCESS_KEY=${k.ph()}
PUSHER_APP_SECRET=${k.ph()}
STRIPE_SECRET=${k.n('sk_test_your_key_here')}
`,
  ),

  eduDoc(
    'edu-moodle-config-php',
    ['config-syntax', 'code'],
    'moodle/config.php',
    (k) => `<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '${k.gpw()}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array (
  'dbpersist' => 0,
  'dbport' => '',
  'dbsocket' => '',
  'dbcollation' => 'utf8mb4_unicode_ci',
);

$CFG->wwwroot   = 'https://elearn.school.example.org';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->passwordsaltmain = '${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#%&*()-_+=', 40))}';
$CFG->directorypermissions = 0777;

// SMTP for forum notifications
$CFG->smtphosts = 'smtp.office365.com:587';
$CFG->smtpuser  = 'moodle-noreply@school.example.org';
$CFG->smtppass  = '${k.hpw()}';

require_once(__DIR__ . '/lib/setup.php');
`,
  ),

  eduDoc(
    'edu-moodle-webservice-client',
    ['code', 'http-auth'],
    'sync/moodle_sync.php',
    (k) => `<?php
// Pulls enrolments from Moodle into the gradebook (teacher's script, runs nightly)
$domain = 'https://elearn.school.example.org';
$token  = '${k.hex(32)}';
$function = 'core_enrol_get_enrolled_users';
$courseid = 42;

$url = $domain . '/webservice/rest/server.php?wstoken=' . $token . '&wsfunction=' . $function
     . '&moodlewsrestformat=json&courseid=' . $courseid;
$users = json_decode(file_get_contents($url), true);
foreach ($users as $u) {
    echo $u['id'] . ";" . $u['fullname'] . ";" . $u['email'] . PHP_EOL;
}
// old call kept for reference:
// curl "${'$'}{MOODLE}/webservice/rest/server.php?wstoken=${k.http(k.g.hex(32))}&wsfunction=core_course_get_courses&moodlewsrestformat=json"
`,
  ),

  eduDoc(
    'edu-wordpress-wp-config-lab',
    ['config-syntax'],
    'wp-config.php',
    (k) => `<?php
/** IT 2301 Web CMS lab - WordPress install on the lab server */
define( 'DB_NAME', 'wp_${k.n(V.studentId(k.g))}' );
define( 'DB_USER', 'wp_student' );
define( 'DB_PASSWORD', '${k.hpw()}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '${k.s('token', k.g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'SECURE_AUTH_KEY',  '${k.n('put your unique phrase here')}' );
define( 'LOGGED_IN_KEY',    '${k.n('put your unique phrase here')}' );
define( 'NONCE_KEY',        '${k.n('put your unique phrase here')}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  ),

  eduDoc(
    'edu-php-mailer-contact-form',
    ['code'],
    'contact/send.php',
    (k) => `<?php
use PHPMailer\\PHPMailer\\PHPMailer;
require 'vendor/autoload.php';

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host       = 'smtp.gmail.com';
$mail->SMTPAuth   = true;
$mail->Username   = 'hotel.project.${k.g.digits(3)}@gmail.com';
$mail->Password   = '${k.s('password', k.g.lower(16))}'; // app password, 2FA on the group account
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port       = 587;

$mail->setFrom($mail->Username, 'Hotel Booking Project');
$mail->addAddress($_POST['email']);
$mail->Subject = 'Your booking';
$mail->Body    = 'Thanks for booking with us!';
$mail->send();
`,
  ),

  eduDoc(
    'edu-php-recaptcha-keys',
    ['code', 'precision'],
    'includes/recaptcha.php',
    (k) => `<?php
// site key is public (goes in the HTML), secret key stays here
const RECAPTCHA_SITE_KEY = '${k.n('6L' + k.g.base64url(38))}';
const RECAPTCHA_SECRET_KEY = '${k.s('token', '6L' + k.g.base64url(38))}';

function verify_captcha(string $response): bool {
    $r = file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret=' . RECAPTCHA_SECRET_KEY . '&response=' . urlencode($response));
    return json_decode($r, true)['success'] ?? false;
}
`,
  ),
];
