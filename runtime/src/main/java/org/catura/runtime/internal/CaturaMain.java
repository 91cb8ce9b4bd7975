package org.catura.runtime.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The command line, run on the main thread by the bnd launcher. A named class with
 * {@code Integer call()}: the launcher checks the return type by reflection.
 */
public final class CaturaMain implements Callable<Integer> {

    private final Framework framework;

    CaturaMain(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() {
        String[] args = framework.launcherArguments();
        CommandLine cli = new CommandLine(new CaturaCommand(), new CommandFactory(framework));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(e.getMessage() != null ? e.getMessage() : e.toString());
            return e instanceof UsageException ? 2 : 1;
        });
        cli.setOut(new java.io.PrintWriter(System.out, true));
        cli.setErr(new java.io.PrintWriter(System.err, true));
        return cli.execute(args);
    }
}
