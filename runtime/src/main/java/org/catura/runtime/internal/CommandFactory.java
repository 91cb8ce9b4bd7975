package org.catura.runtime.internal;

import picocli.CommandLine;

/** Gives every command the running framework. */
final class CommandFactory implements CommandLine.IFactory {

    private final Framework framework;

    CommandFactory(Framework framework) {
        this.framework = framework;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Framework.class).newInstance(framework);
        } catch (NoSuchMethodException noFrameworkConstructor) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
