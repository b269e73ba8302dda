package se.kommunsvar.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar kommunsvar.jar <command>}. */
@Command(name = "kommunsvar", mixinStandardHelpOptions = true, version = "kommunsvar 0.1",
        description = "Cited answers from Swedish municipal web pages.",
        subcommands = {ServeCommand.class, IngestCommand.class, ReindexCommand.class, AskCommand.class, EvalCommand.class,
                GenerateCorpusCommand.class, LoadCommand.class, ReliabilityCommand.class, ParseCommand.class})
public final class Main implements Callable<Integer> {

    static final Path DEFAULT_INDEX = Path.of("index");
    static final Path DEFAULT_CORPUS = Path.of("corpus");
    static final Path DEFAULT_WEB = Path.of("web");

    public static void main(String[] args) {
        int code = commandLine()
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return 1;
                })
                .execute(args);
        if (code != 0 || args.length == 0 || !args[0].equals("serve")) {
            System.exit(code);
        }
    }

    /** The command line with {@code --help} (and {@code --version}) on every subcommand, not only the top one. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        for (CommandLine sub : line.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
        }
        return line;
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }
}
