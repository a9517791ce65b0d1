import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, for EduGraph's
 * zero-setup mode. Protocol with the Node parent, one line each on stdout:
 *   READY <version>          Bolt is accepting connections
 *   ERROR <kind> <message>   start failed (kind: LOCKED, PORT, OTHER)
 * The parent owns our lifetime: when our stdin closes (the parent exited,
 * even by SIGKILL) or the parent process disappears, we shut down cleanly.
 *
 * Usage: java -Xmx.. -cp <jars> Launcher <dataDir> <boltPort> <pageCacheMiB>
 */
public final class Launcher {
  public static void main(String[] args) {
    if (args.length != 3) {
      System.out.println("ERROR OTHER usage: Launcher <dataDir> <boltPort> <pageCacheMiB>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
          .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
          // The data collector keeps the last 8,192 queries with their parameters for db.stats.retrieve
          // (tens of MB once full, a climb the soak's heap trend mistook for a leak); 256 still answers it.
          .setConfig(GraphDatabaseInternalSettings.data_collector_max_recent_query_count, 256)
          .build();
    } catch (Throwable e) {
      report(e);
      System.exit(1);
      return;
    }

    final DatabaseManagementService service = dbms;
    Thread stopper = new Thread(() -> {
      try {
        service.shutdown();
      } catch (Throwable ignored) {
        // Already shutting down; nothing more we can do from a hook.
      }
    }, "edugraph-shutdown");
    Runtime.getRuntime().addShutdownHook(stopper);

    try {
      GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
        System.out.println("ERROR OTHER the default database did not become available within 60 s");
        System.exit(1);
      }
      String version = db.executeTransactionally(
          "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
          java.util.Map.of(), r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "unknown");
      System.out.println("READY " + version);
      System.out.flush();
    } catch (Throwable e) {
      report(e);
      System.exit(1);
    }

    watchParent();
    System.exit(0); // runs the shutdown hook
  }

  /** Blocks until the parent is gone: stdin reaches EOF or the parent pid dies. */
  private static void watchParent() {
    ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
    Thread stdinWatch = new Thread(() -> {
      InputStream in = System.in;
      byte[] buf = new byte[256];
      try {
        while (in.read(buf) >= 0) {
          // The parent never writes; any bytes are ignored.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, same as EOF.
      }
    }, "edugraph-stdin-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();
    while (stdinWatch.isAlive()) {
      if (parent != null && !parent.isAlive()) return;
      try {
        stdinWatch.join(TimeUnit.SECONDS.toMillis(1));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void report(Throwable e) {
    String kind = "OTHER";
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      String msg = String.valueOf(t.getMessage());
      if (name.contains("FileLockException") || msg.contains("lock") && msg.contains("store")) kind = "LOCKED";
      if (name.contains("BindException") || msg.contains("Address already in use") || msg.contains("PortBindException")) kind = "PORT";
      if (chain.length() > 0) chain.append(" <- ");
      chain.append(t.getClass().getSimpleName()).append(": ").append(msg.replace('\n', ' '));
      if (t.getCause() == t) break;
    }
    System.out.println("ERROR " + kind + " " + chain);
    System.out.flush();
  }
}
