package org.catura.launch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What Catura's bundles log. iDempiere logs through java.util.logging (slf4j-jdk14 under
 * slf4j-api), a JVM-wide logger tree, so a handler on the root logger sees the same lines a
 * person reads in the server log, such as the ERP port's "waiting for the iDempiere database".
 */
final class LogCapture extends Handler implements AutoCloseable {

    private final String prefix;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(String prefix) {
        this.prefix = prefix;
        setLevel(Level.ALL);
    }

    static LogCapture of(String loggerPrefix) {
        LogCapture capture = new LogCapture(loggerPrefix);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord entry) {
        if (entry.getLoggerName() != null && entry.getLoggerName().startsWith(prefix)) {
            records.add(entry);
        }
    }

    /** The formatted messages of the loggers whose name starts with {@code loggerName}. */
    List<String> messages(String loggerName) {
        return records.stream()
                .filter(r -> r.getLoggerName().startsWith(loggerName))
                .map(r -> r.getLevel() + " " + message(r))
                .toList();
    }

    private static String message(LogRecord entry) {
        String text = entry.getMessage();
        Object[] parameters = entry.getParameters();
        if (parameters != null) {
            for (int i = 0; i < parameters.length; i++) {
                text = text.replace("{" + i + "}", String.valueOf(parameters[i]));
            }
        }
        return text;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
