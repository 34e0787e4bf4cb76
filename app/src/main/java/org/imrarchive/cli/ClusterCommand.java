package org.imrarchive.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.imrarchive.storage.runtime.ElasticsearchRuntimes;
import org.imrarchive.storage.runtime.LocalCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A local multi-node Elasticsearch cluster, for trying the archive the way a production cluster runs it. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Run a local multi-node Elasticsearch cluster from the same distribution.",
        subcommands = ClusterCommand.Start.class)
final class ClusterCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start N nodes on 127.0.0.1 (data under $IMR_HOME/cluster/) and run until Ctrl-C.",
                    "Point other imr commands at it with the ES_URL it prints, and IMR_REPLICAS=1 so every "
                            + "shard survives losing a node."})
    static final class Start implements Callable<Integer> {

        @Option(names = "--nodes", defaultValue = "3", paramLabel = "N", description = "Number of nodes (default: ${DEFAULT-VALUE}).")
        int nodes;

        @picocli.CommandLine.ParentCommand
        ClusterCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            if (nodes < 1 || nodes > 9) {
                throw new IllegalArgumentException("--nodes must be between 1 and 9, not " + nodes);
            }
            Imr imr = (Imr) parent.spec.parent().userObject();
            CountDownLatch stopped = new CountDownLatch(1);
            try (LocalCluster cluster = LocalCluster.start(ElasticsearchRuntimes.embeddedSettings(imr.env()), nodes)) {
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "imr-cluster-stop"));
                String urls = cluster.address().nodes().stream().map(Object::toString).collect(Collectors.joining(","));
                spec.commandLine().getOut().printf("%s%nUse it with:  ES_URL=%s IMR_REPLICAS=1 ./imr serve%n(Ctrl-C stops every node)%n",
                        cluster.describe(), urls);
                spec.commandLine().getOut().flush();
                stopped.await();
            }
            return 0;
        }
    }
}
