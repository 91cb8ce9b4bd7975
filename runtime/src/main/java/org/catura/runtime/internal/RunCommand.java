package org.catura.runtime.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.catura.webui.api.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the order process on an external PostgreSQL with real endpoints, "
                + "configured by a properties file (see catura.example.properties).")
final class RunCommand implements Callable<Integer> {

    private final Framework framework;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "The properties file")
    Path config;

    @Option(names = "--until-idle", description = "Exit once no order has work to do")
    boolean untilIdle;

    RunCommand(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        RunConfiguration run = RunConfiguration.read(config);
        StopSignal signal = untilIdle ? null : new StopSignal();
        WebServer.configureCookies(framework, run);
        try (Session session = Session.external(framework, run)) {
            System.out.println("Catura running on " + run.database().url() + " with " + run.workers() + " worker(s)"
                    + (untilIdle ? "; exits when idle." : "; Ctrl-C stops."));
            String url = WebServer.start(framework, run);
            if (url != null) {
                System.out.println("Web UI: " + url);
            }
            run.plainHttpWarning().ifPresent(System.out::println);
            if (!UsersCommand.hasActiveAdmin(framework.await(Users.class, Session.SERVICE_TIMEOUT))) {
                System.out.println(UsersCommand.noAdminHint(config.toString()));
            }
            if (untilIdle) {
                Idle.waitFor(session);
            } else {
                while (!signal.awaitStop(60_000)) {
                    // the engine works on its own threads
                }
            }
            Idle.printSummary(session, System.out);
        }
        return 0;
    }
}
