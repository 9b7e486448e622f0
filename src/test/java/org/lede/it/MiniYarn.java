package org.lede.it;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * A throwaway Hadoop cluster in its own JVM: a MiniDFSCluster (one DataNode) and a MiniYARNCluster (one
 * ResourceManager, one NodeManager), everything on loopback. Writes the client configuration a user would
 * get from their cluster (core-site.xml, hdfs-site.xml, yarn-site.xml) to CONF_DIR, prints {@code READY} and
 * runs until its standard input closes or it is killed. Its own JVM because MiniYARNCluster leaves
 * non-daemon threads behind and needs the RM web app's JAXB and BouncyCastle on its classpath.
 *
 * <pre>java [Java 17 flags] -cp TEST_CLASSPATH org.lede.it.MiniYarn WORK_DIR CONF_DIR</pre>
 */
public final class MiniYarn {
  private MiniYarn() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Path confDir = Files.createDirectories(Path.of(args[1]));
    // MiniYARNCluster puts its NodeManager's local and log folders (the containers' stdout and stderr) under
    // test.build.data, target/test/data in the working folder unless told otherwise
    System.setProperty("test.build.data", work.toString());
    YarnConfiguration conf = new YarnConfiguration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("dfs").toString());
    conf.set("yarn.scheduler.capacity.root.queues", "default");
    conf.set("yarn.scheduler.capacity.root.default.capacity", "100");
    conf.set("yarn.scheduler.capacity.maximum-am-resource-percent", "1.0");
    conf.setInt("yarn.nodemanager.resource.memory-mb", 4096);
    conf.setInt("yarn.nodemanager.resource.cpu-vcores", 4);
    conf.setInt("yarn.scheduler.minimum-allocation-mb", 256);
    conf.setInt("yarn.scheduler.maximum-allocation-mb", 4096);
    conf.setBoolean("yarn.nodemanager.vmem-check-enabled", false);
    conf.setBoolean("yarn.nodemanager.pmem-check-enabled", false);
    conf.setFloat("yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage", 99.9f);
    // keep a killed application's containers' logs readable for the test's messages
    conf.setInt("yarn.nodemanager.delete.debug-delay-sec", 600);

    MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    dfs.waitActive();
    conf.set("fs.defaultFS", dfs.getURI().toString());
    MiniYARNCluster yarn = new MiniYARNCluster("lede-it", 1, 1, 1);
    yarn.init(conf);
    yarn.start();
    Configuration client = yarn.getConfig();
    long end = System.nanoTime() + 60_000_000_000L;
    // the RM's address is known once it has bound its port (0 = any free port)
    while (client.get(YarnConfiguration.RM_ADDRESS, "").endsWith(":0") && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    // a client configuration as a cluster hands it out: the ResourceManager's addresses, nothing of the
    // mini clusters' own test settings (their rack mapping class, say, exists only on this JVM's classpath)
    Configuration site = new Configuration(false);
    for (java.util.Map.Entry<String, String> e : client) {
      if (e.getKey().startsWith("yarn.resourcemanager.") && e.getKey().endsWith(".address")) {
        site.set(e.getKey(), e.getValue());
      }
    }
    try (OutputStream o = Files.newOutputStream(confDir.resolve("yarn-site.xml"))) {
      site.writeXml(o);
    }
    Files.writeString(confDir.resolve("core-site.xml"), "<?xml version=\"1.0\"?>\n<configuration>\n"
        + "  <property><name>fs.defaultFS</name><value>" + dfs.getURI() + "</value></property>\n"
        + "</configuration>\n");
    System.out.println("READY " + dfs.getURI() + " " + client.get(YarnConfiguration.RM_ADDRESS));
    System.out.flush();
    try {
      while (System.in.read() >= 0) {
        // run until the parent closes our standard input (or kills us)
      }
    } finally {
      yarn.stop();
      dfs.shutdown();
      Runtime.getRuntime().halt(0); // MiniYARNCluster's non-daemon threads would keep the JVM alive
    }
  }
}
