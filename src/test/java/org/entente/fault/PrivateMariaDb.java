package org.entente.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own, on its own port and data directory, that the test can kill -9, stop
 * (SIGSTOP), resume (SIGCONT) and start again on the same data. Needs the machine's {@code /usr/sbin/mariadbd}.
 */
public final class PrivateMariaDb implements AutoCloseable {

    /**
     * Ports for the tests' own servers are taken below Linux's ephemeral range (32768-60999): a port from
     * {@code new ServerSocket(0)} is in that range, and between the moment it is handed out and the moment the
     * server (or a Galera node's state-transfer listener, which binds only when a transfer starts) binds it, any
     * outgoing connection on the machine may take it as its local port. Each port is handed out once per JVM.
     */
    private static final int LISTEN_PORTS_FROM = 20000;
    private static final int LISTEN_PORTS_TO = 32000;
    private static final java.util.Random RANDOM = new java.security.SecureRandom();
    private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();


    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

    private final Path home;
    private final int port;
    private final String database;
    private Process process;

    private PrivateMariaDb(Path home, int port, String database) {
        this.home = home;
        this.port = port;
        this.database = database;
        // a test JVM that is killed (SIGTERM) or exits early must not leave its server running
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "private-mariadb-stop"));
    }

    /** Whether this machine has the server binaries the fault tests need; where it has not, they are skipped. */
    public static boolean available() {
        return Files.isExecutable(SERVER) && Files.isExecutable(INSTALL);
    }

    /** Installs a fresh data directory, starts the server and creates {@code database}. */
    public static PrivateMariaDb start(String database) {
        try {
            Path home = Files.createTempDirectory("entente-private-db");
            PrivateMariaDb db = new PrivateMariaDb(home, freePort(), database);
            db.install();
            db.startServer();
            try (Connection c = DriverManager.getConnection(db.serverUrl(), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The private MariaDB did not accept its database", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** A connection of the test's own, straight to the server (not through the app's pool). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?connectTimeout=2000&socketTimeout=20000", "root", "");
    }

    /** SIGKILL: the server dies at once, with whatever transactions were open; InnoDB recovers at the next start. */
    public void kill9() {
        process.destroyForcibly();
        waitFor(process);
    }

    /** SIGSTOP: the server keeps its sockets open but answers nothing, as a hung database does. */
    public void freeze() {
        signal("STOP");
    }

    /** SIGCONT: the stopped server carries on. */
    public void resume() {
        signal("CONT");
    }

    /** Starts the server again on the same port and data directory, after {@link #kill9()}. */
    public void restart() {
        startServer();
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            resume();
            process.destroyForcibly();
            waitFor(process);
        }
        deleteTree(home);
    }

    private void install() throws IOException {
        List<String> command = List.of(INSTALL.toString(), "--no-defaults", "--datadir=" + home.resolve("data"),
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name"));
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("install.log").toFile()).start();
        if (waitFor(install) != 0) {
            throw new IllegalStateException("mariadb-install-db failed, see " + home.resolve("install.log"));
        }
    }

    private void startServer() {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + home.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + home.resolve("mariadb.sock"), "--pid-file=" + home.resolve("mariadb.pid"),
                "--log-error=" + home.resolve("error.log"), "--skip-log-bin", "--innodb-buffer-pool-size=64M",
                // durable commits, as production has them: a write the app was told succeeded survives kill -9
                "--innodb-flush-log-at-trx-commit=1", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci", "--user=" + System.getProperty("user.name")));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + SERVER, e);
        }
        awaitReady(Duration.ofSeconds(60));
    }

    private void awaitReady(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The private MariaDB exited; see " + home.resolve("error.log"));
            }
            try (Connection c = DriverManager.getConnection(serverUrl() + "?connectTimeout=1000", "root", "")) {
                if (c.isValid(1)) {
                    return;
                }
            } catch (SQLException e) {
                last = e;
            }
            sleep(100);
        }
        throw new IllegalStateException("The private MariaDB did not answer within " + limit, last);
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start();
            if (waitFor(kill) != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitFor(Process p) {
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Process " + p.pid() + " did not finish");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sleeps, turning an interrupt into a failure (shared with AppProcess). */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A TCP port nothing listens on right now (shared with AppProcess). */
    public static synchronized int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = LISTEN_PORTS_FROM + RANDOM.nextInt(LISTEN_PORTS_TO - LISTEN_PORTS_FROM);
            if (!HANDED_OUT.add(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException inUse) {
                // taken by someone else; try another
            }
        }
        throw new IOException("No free port between " + LISTEN_PORTS_FROM + " and " + LISTEN_PORTS_TO);
    }

    /** Deletes a server's directory tree; what cannot be deleted is reported, not thrown. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }
}
