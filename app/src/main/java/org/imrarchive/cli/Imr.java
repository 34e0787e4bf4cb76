package org.imrarchive.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The archive's command line; {@code ./imr} at the repository root builds and runs it. */
@Command(name = "imr",
        mixinStandardHelpOptions = true,
        version = "imr 0.1.0",
        description = "An archive of California workers' compensation IMR determinations: import letters, "
                + "search precedents, compute uphold rates.",
        subcommands = {
                ServeCommand.class,
                ParseCommand.class,
                ImportCommand.class,
                StatsCommand.class,
                GenerateCommand.class,
                ClusterCommand.class,
                EvalCommand.class,
                EmbedCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Imr implements Runnable {

    private final Map<String, String> env;

    /** @param env the configuration (environment variables; tests pass their own) */
    public Imr(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Map<String, String> env() {
        return env;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(System.getenv());
        String command = args.length > 0 && cli.getSubcommands().containsKey(args[0]) ? args[0] : "imr";
        LogFile.of(System.getenv(), command).install();
        System.exit(cli.execute(args));
    }

    static CommandLine commandLine(Map<String, String> env) {
        return new CommandLine(new Imr(env))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // A user sees what went wrong and what to do, not a stack trace (IMR_DEBUG=1 shows it).
                    cmd.getErr().println("imr " + cmd.getCommandName() + ": " + e.getMessage());
                    if (System.getenv("IMR_DEBUG") != null) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return 2;
                });
    }
}
