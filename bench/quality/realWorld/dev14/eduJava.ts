// Java course projects: JDBC homework, Spring Boot class projects, Maven/Gradle files, Android student apps.
import type { RealWorldDoc } from '../types';
import { eduDoc, V } from './eduValues';

export const EDU_JAVA_DOCS: RealWorldDoc[] = [
  eduDoc(
    'edu-java-jdbc-dbconnection',
    ['code', 'defaults-in-code'],
    'src/main/java/dao/DBConnection.java',
    (k) => `package dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * CS 2210 - Database Systems, Assignment 3
 * Author: ${V.name(k.g)} (student id ${k.n(V.studentId(k.g))})
 */
public class DBConnection {
    private static final String URL = "jdbc:mysql://localhost:3306/library_db?useSSL=false&serverTimezone=UTC";
    private static final String USER = "root";
    private static final String PASSWORD = "${k.hpw()}";

    private static Connection conn;

    public static Connection getConnection() throws SQLException {
        if (conn == null || conn.isClosed()) {
            try {
                Class.forName("com.mysql.cj.jdbc.Driver");
            } catch (ClassNotFoundException e) {
                System.out.println("Driver not found, did you add mysql-connector-j to the build path?");
            }
            conn = DriverManager.getConnection(URL, USER, PASSWORD);
        }
        return conn;
    }
}
`,
  ),

  eduDoc(
    'edu-java-jdbc-main-inline',
    ['code'],
    'Lab7/src/Main.java',
    (k) => `import java.sql.*;
import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        System.out.print("Enter student ID: ");
        String id = sc.nextLine();
        // TODO prof said use PreparedStatement, fix before submission
        try (Connection con = DriverManager.getConnection(
                "jdbc:oracle:thin:@oracle.cs.school.example.edu:1521:orcl", "${k.n(V.studentId(k.g))}", "${k.pw()}")) {
            Statement st = con.createStatement();
            ResultSet rs = st.executeQuery("SELECT name, gpa FROM students WHERE sid = '" + id + "'");
            while (rs.next()) {
                System.out.println(rs.getString(1) + " " + rs.getDouble(2));
            }
        } catch (SQLException e) {
            e.printStackTrace();
        }
    }
}
`,
  ),

  eduDoc(
    'edu-spring-application-properties',
    ['config-syntax'],
    'backend/src/main/resources/application.properties',
    (k) => `spring.application.name=campus-eats
server.port=8080

# database (team: use your own local mysql, don't change this line in PRs!!)
spring.datasource.url=jdbc:mysql://localhost:3306/campus_eats
spring.datasource.username=campus
spring.datasource.password=${k.hpw()}
spring.jpa.hibernate.ddl-auto=update
spring.jpa.show-sql=true

# jwt
app.jwt.secret=${k.tok()}
app.jwt.expiration-ms=86400000

# mail (gmail app password)
spring.mail.host=smtp.gmail.com
spring.mail.port=587
spring.mail.username=campuseats.team4@gmail.com
spring.mail.password=${k.s('password', `${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)} ${k.g.lower(4)}`)}
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true

# stripe test mode for the demo
stripe.api.key=${k.prov('Stripe', V.stripeTest(k.g))}
stripe.public.key=${k.n(V.stripePub(k.g))}
`,
  ),

  eduDoc(
    'edu-spring-application-yml',
    ['config-syntax'],
    'src/main/resources/application.yml',
    (k) => `server:
  port: 8081
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/gradebook
    username: postgres
    password: ${k.pw()}
  jpa:
    open-in-view: false
    properties:
      hibernate:
        format_sql: true
  security:
    oauth2:
      client:
        registration:
          github:
            client-id: ${k.n('Iv1.' + k.g.hex(16))}
            client-secret: ${k.hex(40)}
          google:
            client-id: ${k.n(V.oauthClient(k.g))}
            client-secret: ${k.prov('Google OAuth', 'GOCSPX-' + k.g.base64url(28))}
jwt:
  secret: ${k.n('${JWT_SECRET}')}
  issuer: gradebook-se4
logging:
  level:
    org.springframework.security: DEBUG
`,
  ),

  eduDoc(
    'edu-spring-application-dev-profile',
    ['config-syntax', 'precision'],
    'src/main/resources/application-prod.yml',
    (k) => `# profile used on the course VM (see README, section "Deployment")
spring:
  datasource:
    url: ${k.n('${DB_URL:jdbc:mysql://localhost:3306/petclinic}')}
    username: ${k.n('${DB_USER:petclinic}')}
    password: ${k.n('${DB_PASSWORD}')}
  mail:
    password: ${k.n('${MAIL_APP_PASSWORD:}')}
app:
  admin:
    default-email: admin@petclinic.local
    default-password: ${k.u('admin')}
  upload-dir: /var/petclinic/uploads
  api-key: ${k.ph()}
`,
  ),

  eduDoc(
    'edu-java-hibernate-cfg',
    ['config-syntax'],
    'src/main/resources/hibernate.cfg.xml',
    (k) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
        <property name="hibernate.connection.url">jdbc:mysql://db.labs.example.edu:3306/${k.n(V.studentId(k.g))}_hotel</property>
        <property name="hibernate.connection.username">${V.name(k.g)}_hotel</property>
        <property name="hibernate.connection.password">${k.hpw()}</property>
        <property name="hibernate.dialect">org.hibernate.dialect.MySQL8Dialect</property>
        <property name="hibernate.hbm2ddl.auto">update</property>
        <property name="show_sql">true</property>
        <mapping class="model.Room"/>
        <mapping class="model.Booking"/>
    </session-factory>
</hibernate-configuration>
`,
  ),

  eduDoc(
    'edu-java-persistence-xml',
    ['config-syntax'],
    'src/main/resources/META-INF/persistence.xml',
    (k) => `<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
  <persistence-unit name="bibliotecaPU" transaction-type="RESOURCE_LOCAL">
    <class>br.edu.ufmg.biblioteca.model.Livro</class>
    <class>br.edu.ufmg.biblioteca.model.Emprestimo</class>
    <properties>
      <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://localhost:5432/biblioteca"/>
      <property name="jakarta.persistence.jdbc.user" value="aluno"/>
      <property name="jakarta.persistence.jdbc.password" value="${k.hpw()}"/>
      <property name="jakarta.persistence.jdbc.driver" value="org.postgresql.Driver"/>
      <property name="hibernate.show_sql" value="true"/>
    </properties>
  </persistence-unit>
</persistence>
`,
  ),

  eduDoc(
    'edu-java-maven-settings-nexus',
    ['credential-file', 'config-syntax'],
    '.m2/settings.xml',
    (k) => `<settings>
  <!-- department nexus, account from the SE lab sheet -->
  <servers>
    <server>
      <id>dept-nexus</id>
      <username>se-team-${k.g.digits(2)}</username>
      <password>${k.gpw()}</password>
    </server>
    <server>
      <id>github</id>
      <username>${V.name(k.g)}-dev</username>
      <password>${k.prov('GitHub', V.githubPat(k.g))}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>dept-nexus</id>
      <url>https://nexus.cs.example.edu/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
`,
  ),

  eduDoc(
    'edu-android-firebase-google-services',
    ['config-syntax', 'precision'],
    'app/google-services.json',
    (k) => `{
  "project_info": {
    "project_number": "${k.n(k.g.digits(12))}",
    "project_id": "studybuddy-${k.g.lower(5)}",
    "storage_bucket": "studybuddy.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "${k.n(`1:${k.g.digits(12)}:android:${k.g.hex(16)}`)}",
        "android_client_info": { "package_name": "com.example.studybuddy" }
      },
      "oauth_client": [
        { "client_id": "${k.n(V.oauthClient(k.g))}", "client_type": 3 }
      ],
      "api_key": [
        { "current_key": "${k.n(V.firebaseWeb(k.g))}" }
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
`,
  ),

  eduDoc(
    'edu-android-constants-kotlin',
    ['code', 'defaults-in-code'],
    'app/src/main/java/com/example/weatherapp/util/Constants.kt',
    (k) => `package com.example.weatherapp.util

// Mobile Dev (IT210) final project - group 3
object Constants {
    const val BASE_URL = "https://api.openweathermap.org/data/2.5/"
    const val API_KEY = "${k.hex(32)}"
    const val UNITS = "metric"
    const val NEWS_API_KEY = "${k.hex(32)}"
    const val PREFS_NAME = "weather_prefs"
    const val KEY_TOKEN = "${k.n('auth_token')}"
    // admin login for the demo in class
    const val DEMO_EMAIL = "demo@weatherapp.test"
    const val DEMO_PASSWORD = "${k.hpw()}"
}
`,
  ),

  eduDoc(
    'edu-android-gradle-properties',
    ['config-syntax', 'credential-file'],
    'gradle.properties',
    (k) => `org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# signing for the play store upload (capstone)
RELEASE_STORE_FILE=../keystore/capstone.jks
RELEASE_STORE_PASSWORD=${k.hpw()}
RELEASE_KEY_ALIAS=capstone
RELEASE_KEY_PASSWORD=${k.hpw()}

MAPS_API_KEY=${k.n(V.googleKey(k.g))}
`,
  ),

  eduDoc(
    'edu-android-sqlite-helper',
    ['code', 'precision'],
    'app/src/main/java/com/example/notes/data/UserDbHelper.java',
    (k) => `package com.example.notes.data;

import android.content.ContentValues;
import android.content.Context;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;

public class UserDbHelper extends SQLiteOpenHelper {
    private static final String DB_NAME = "notes.db";
    private static final int DB_VERSION = 2;
    public static final String COL_PASSWORD = "${k.n('password')}";
    public static final String COL_PASSWORD_HASH = "${k.n('password_hash')}";

    public UserDbHelper(Context ctx) { super(ctx, DB_NAME, null, DB_VERSION); }

    @Override
    public void onCreate(SQLiteDatabase db) {
        db.execSQL("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, " + COL_PASSWORD_HASH + " TEXT)");
        // seed account, hash of the demo password (sha-256)
        ContentValues v = new ContentValues();
        v.put("email", "teacher@example.com");
        v.put(COL_PASSWORD_HASH, "${k.n(V.sha256(k.g))}");
        db.insert("users", null, v);
    }

    @Override
    public void onUpgrade(SQLiteDatabase db, int o, int n) {
        db.execSQL("DROP TABLE IF EXISTS users");
        onCreate(db);
    }
}
`,
  ),

  eduDoc(
    'edu-java-socket-chat-server',
    ['code', 'precision'],
    'ChatServer/src/ChatServer.java',
    (k) => `import java.io.*;
import java.net.*;
import java.util.*;

// Networks lab 4: multi-client chat with a shared room password
public class ChatServer {
    static final int PORT = 5050;
    static final String ROOM_PASSWORD = "${k.pw()}";
    static final String PASSWORD_PROMPT = "${k.n('Enter password:')}";
    static List<PrintWriter> clients = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws IOException {
        ServerSocket server = new ServerSocket(PORT);
        System.out.println("Server started on " + PORT);
        while (true) {
            Socket s = server.accept();
            new Thread(() -> handle(s)).start();
        }
    }

    static void handle(Socket s) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
             PrintWriter out = new PrintWriter(s.getOutputStream(), true)) {
            out.println(PASSWORD_PROMPT);
            if (!ROOM_PASSWORD.equals(in.readLine())) { out.println("Wrong password, bye"); return; }
            clients.add(out);
            String line;
            while ((line = in.readLine()) != null) for (PrintWriter c : clients) c.println(line);
        } catch (IOException e) { System.err.println(e.getMessage()); }
    }
}
`,
  ),

  eduDoc(
    'edu-java-junit-test-credentials',
    ['code', 'precision'],
    'src/test/java/service/UserServiceTest.java',
    (k) => `package service;

import static org.junit.jupiter.api.Assertions.*;
import org.junit.jupiter.api.Test;

class UserServiceTest {
    private final UserService svc = new UserService(new InMemoryUserRepo());

    @Test
    void registerHashesPassword() {
        User u = svc.register("alice@example.com", "${k.n('password123')}");
        assertNotEquals("password123", u.getPasswordHash());
        assertTrue(u.getPasswordHash().startsWith("$2a$"));
    }

    @Test
    void rejectsShortPassword() {
        assertThrows(IllegalArgumentException.class, () -> svc.register("bob@example.com", "${k.n('abc')}"));
    }

    @Test
    void loginWithKnownHash() {
        svc.seed("carol@example.com", "${k.n(V.bcrypt(k.g))}");
        assertFalse(svc.login("carol@example.com", "${k.n('wrong-password')}"));
    }
}
`,
  ),
];
