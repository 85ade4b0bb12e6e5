package org.entente.galera;

import org.entente.fault.PrivateMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A three-node MariaDB Galera cluster of the test's own, on loopback ports and data directories of its own, built
 * from the machine's packages (mariadbd, galera-4, mariadb-backup for state transfers). Node 1 bootstraps the
 * cluster; nodes 2 and 3 join it one after the other, each by a full state transfer (mariadb-backup: rsync fails
 * here on directory permissions). A node can be killed (kill -9) and started again, when it catches up by an
 * incremental state transfer from another node's write-set cache. Every node runs with {@code wsrep_sync_wait=1},
 * the setting docs/operations.md asks of a multi-writer cluster, so that a read on one node sees what was
 * committed on any other.
 */
public final class GaleraCluster implements AutoCloseable {

    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");
    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    static final Path BACKUP = Path.of("/usr/bin/mariadb-backup");
    /** A full state transfer takes 20-40 s here (the SST script alone sleeps 10 s); a busy CI machine is slower. */
    private static final Duration JOIN_LIMIT = Duration.ofMinutes(4);

    private final Path home;
    private final String database;
    private final List<Node> nodes = new ArrayList<>();

    /** One server: its SQL port and the three Galera ports (group communication, IST, SST). */
    public final class Node {
        final int index;
        final int port;
        final int gcommPort;
        final int istPort;
        final int sstPort;
        private Process process;

        private Node(int index) throws IOException {
            this.index = index;
            this.port = PrivateMariaDb.freePort();
            this.gcommPort = PrivateMariaDb.freePort();
            this.istPort = PrivateMariaDb.freePort();
            this.sstPort = PrivateMariaDb.freePort();
        }

        public int port() {
            return port;
        }

        public String name() {
            return "node" + index;
        }

        Path dir() {
            return home.resolve(name());
        }

        /** A connection of the test's own, straight to this node. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database
                    + "?connectTimeout=2000&socketTimeout=20000", "root", "");
        }

        /** SIGKILL: the node dies at once, as a lost machine does; the others carry on as a cluster of two. */
        public void kill9() {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(60));
        }

        /**
         * Starts the node again on its data directory; it rejoins and catches up (IST, or SST if it fell too far). A
         * node killed with -9 may stop during its first state transfer on a busy machine; it is then started once
         * more, as an operator or Kubernetes would, and that is reported.
         */
        public void restart() {
            start(false);
            try {
                awaitSynced(JOIN_LIMIT);
            } catch (IllegalStateException exited) {
                if (process.isAlive()) {
                    throw exited; // still running but not synced in time: no second server on the same data
                }
                System.err.println(name() + " stopped while rejoining; starting it once more. " + exited.getMessage());
                start(false);
                awaitSynced(JOIN_LIMIT);
            }
        }

        public boolean running() {
            return process != null && process.isAlive();
        }

        /** The value of a global status variable ({@code wsrep_cluster_size}, {@code wsrep_local_state_comment}...). */
        public String status(String variable) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port
                    + "/?connectTimeout=1000&socketTimeout=5000", "root", "");
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE '" + variable + "'")) {
                return r.next() ? r.getString(2) : null;
            }
        }

        private void install() throws IOException {
            Process install = new ProcessBuilder(INSTALL.toString(), "--no-defaults", "--datadir=" + dir().resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db",
                    "--user=" + System.getProperty("user.name"))
                    .redirectErrorStream(true).redirectOutput(dir().resolve("install.log").toFile()).start();
            if (waitFor(install, Duration.ofMinutes(3)) != 0) {
                throw new IllegalStateException("mariadb-install-db failed, see " + dir().resolve("install.log"));
            }
        }

        private void start(boolean bootstrap) {
            String cluster = nodes.stream().map(n -> "127.0.0.1:" + n.gcommPort).collect(Collectors.joining(","));
            List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                    "--datadir=" + dir().resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                    "--socket=" + dir().resolve("mariadb.sock"), "--pid-file=" + dir().resolve("mariadb.pid"),
                    "--log-error=" + dir().resolve("error.log"), "--user=" + System.getProperty("user.name"),
                    "--innodb-flush-log-at-trx-commit=1", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci",
                    // what Galera needs: row-based replication, interleaved auto-increment locks, a primary key per table
                    "--binlog-format=ROW", "--innodb-autoinc-lock-mode=2", "--wsrep-on=ON",
                    "--wsrep-provider=" + PROVIDER, "--wsrep-cluster-name=entente-test",
                    "--wsrep-cluster-address=gcomm://" + cluster, "--wsrep-node-name=" + name(),
                    "--wsrep-node-address=127.0.0.1",
                    "--wsrep-provider-options=gmcast.listen_addr=tcp://127.0.0.1:" + gcommPort
                            + ";ist.recv_addr=127.0.0.1:" + istPort + ";gcache.size=64M",
                    "--wsrep-sst-receive-address=127.0.0.1:" + sstPort, "--wsrep-sst-method=mariabackup",
                    "--wsrep-sst-auth=root:",
                    // a read waits until this node has applied everything committed before it anywhere in the cluster
                    "--wsrep-sync-wait=1"));
            if (bootstrap) {
                command.add("--wsrep-new-cluster");
            }
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir().resolve("console.log").toFile())).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start " + SERVER, e);
            }
        }

        /** Waits until the node is part of the primary component and has applied the cluster's state (Synced). */
        void awaitSynced(Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            Exception last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name() + " exited; see " + dir().resolve("error.log"));
                }
                try {
                    if ("Synced".equals(status("wsrep_local_state_comment"))) {
                        return;
                    }
                } catch (SQLException e) {
                    last = e;  // still starting, or receiving its state transfer
                }
                PrivateMariaDb.sleep(250);
            }
            throw new IllegalStateException(name() + " not synced within " + limit + "; see " + dir().resolve("error.log"),
                    last);
        }

        /** The last lines of this node's error log and console, on stderr: what CI keeps of a failed start. */
        void printLogTail() {
            for (String log : List.of("error.log", "console.log")) {
                Path file = dir().resolve(log);
                try {
                    if (Files.exists(file)) {
                        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
                        System.err.println("--- " + name() + " " + log + " (last 40 lines) ---");
                        lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(System.err::println);
                    }
                } catch (IOException e) {
                    System.err.println("--- " + name() + " " + log + " unreadable: " + e);
                }
            }
        }

        private void stop() {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                waitFor(process, Duration.ofSeconds(60));
            }
        }
    }

    private GaleraCluster(Path home, String database) {
        this.home = home;
        this.database = database;
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "galera-cluster-stop"));
    }

    /** Whether this machine has what the cluster needs; where it has not, the Galera tests are skipped. */
    public static boolean available() {
        return missing().isEmpty();
    }

    /** The packages' files this machine lacks. */
    static List<Path> missing() {
        return List.of(SERVER, INSTALL, PROVIDER, BACKUP).stream().filter(p -> !Files.exists(p)).toList();
    }

    /**
     * Installs three data directories, bootstraps the cluster on node 1, lets nodes 2 and 3 join it (a state transfer
     * each, one at a time: a donor serves one joiner at a time) and creates {@code database}. A cluster that does not
     * form is reported with the tail of each node's error log; it is then built once more from scratch, on new ports
     * and directories, and that is reported too (it failed once on CI, where the log was not kept).
     */
    public static GaleraCluster start(String database) {
        try {
            return form(database);
        } catch (IllegalStateException first) {
            System.err.println("The Galera cluster did not form at the first attempt; building it once more. "
                    + first.getCause());
            return form(database);
        }
    }

    private static GaleraCluster form(String database) {
        long started = System.nanoTime();
        GaleraCluster cluster;
        try {
            cluster = new GaleraCluster(Files.createTempDirectory("entente-galera"), database);
            for (int i = 1; i <= 3; i++) {
                cluster.nodes.add(cluster.new Node(i));
                Files.createDirectories(cluster.nodes.get(i - 1).dir());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            // the joiners' data directories are replaced by their state transfer, but the server needs one to start
            IntStream.range(0, 3).parallel().forEach(i -> {
                try {
                    cluster.nodes.get(i).install();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            cluster.node(1).start(true);
            cluster.node(1).awaitSynced(JOIN_LIMIT);
            for (int i = 2; i <= 3; i++) {
                cluster.node(i).start(false);
                cluster.node(i).awaitSynced(JOIN_LIMIT);
            }
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + cluster.node(1).port + "/",
                    "root", ""); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        } catch (RuntimeException | SQLException e) {
            cluster.nodes.forEach(Node::printLogTail);
            cluster.close();
            throw new IllegalStateException("The Galera cluster did not form", e);
        }
        System.out.printf("Galera cluster of 3 nodes formed in %d s (ports %s)%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                cluster.nodes.stream().map(n -> String.valueOf(n.port)).collect(Collectors.joining(", ")));
        return cluster;
    }

    /** Node 1, 2 or 3. */
    public Node node(int index) {
        return nodes.get(index - 1);
    }

    /**
     * The URL an instance uses: Connector/J's sequential mode connects to the first node that answers, in the order
     * given, and moves on to the next when its node fails.
     */
    public String sequentialUrl(int... order) {
        return "jdbc:mariadb:sequential://" + IntStream.of(order).mapToObj(i -> "127.0.0.1:" + node(i).port)
                .collect(Collectors.joining(",")) + "/" + database;
    }

    @Override
    public synchronized void close() {
        nodes.forEach(Node::stop);
        PrivateMariaDb.deleteTree(home);
    }

    private static int waitFor(Process p, Duration limit) {
        try {
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Process " + p.pid() + " did not finish within " + limit);
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
